"""The SMS channel in front of the trained bot and the real action server.

The eligibility check is answered by menu numbers only, and the stored conversation (in memory
and in a throwaway PostgreSQL database) is scanned for the phone number.
"""

from __future__ import annotations

import contextlib
import uuid

import pytest

from assistant.channels.sms.channel import SmsInput
from assistant.channels.sms.ids import keyed_hash
from assistant.channels.sms.store import MemoryStore
from tests.postgres import PG, throwaway_database, tracker_store_in_use

from .helpers import CONFIG, SECRET, SmsServer, number_for

pytestmark = pytest.mark.slow


def phone_forms(phone: str) -> list[str]:
    digits = phone.lstrip("+")
    return [phone, digits, digits[1:], f"{digits[1:4]}-{digits[4:7]}-{digits[7:]}"]


@contextlib.contextmanager
def sms_server(bot):
    server = SmsServer(bot.agent, SmsInput(CONFIG, MemoryStore()))
    bot.loop.run_until_complete(server.start())
    try:
        yield lambda body, phone: bot.loop.run_until_complete(server.text(body, sender=phone))
    finally:
        bot.loop.run_until_complete(server.stop())


def new_phone() -> str:
    return "+1604555" + str(uuid.uuid4().int)[:4]


def run_eligibility_by_numbers(text, phone: str) -> list:
    """Start the check in words, then answer each question by its menu number only."""
    replies = [text("Do I qualify for the free legal advice?", phone)]
    assert replies[-1].status == 200
    replies.append(text(number_for(replies[-1].body, "Yes"), phone))
    replies.append(text(number_for(replies[-1].body, "They shared them"), phone))
    return replies


def test_eligibility_check_by_numbers_only(bot):
    phone = new_phone()
    with sms_server(bot) as text:
        replies = run_eligibility_by_numbers(text, phone)
    tracker = bot.tracker(keyed_hash(phone, SECRET))
    assert tracker.get_slot("lives_in_bc") == "yes"
    assert tracker.get_slot("image_situation") == "shared"
    assert tracker.active_loop_name is None  # the form finished
    assert "Reply 1 for" in replies[-1].body  # the outcome offers its next steps as a menu
    for reply in replies:
        assert "](" not in reply.body and "**" not in reply.body


def test_phone_number_is_not_in_the_tracker(bot):
    phone = new_phone()
    with sms_server(bot) as text:
        run_eligibility_by_numbers(text, phone)
    stored = str(bot.tracker(keyed_hash(phone, SECRET)).as_dialogue().as_dict())
    assert bot.tracker(phone) is None
    for form in phone_forms(phone):
        assert form not in stored


@pytest.fixture
def postgres_tracker_store(bot):
    """A throwaway PostgreSQL database as the agent's tracker store, dropped afterwards."""
    from rasa.core.tracker_store import SQLTrackerStore

    with throwaway_database("sms_test") as name:
        store = SQLTrackerStore(
            bot.agent.domain, dialect="postgresql", host=PG["host"], port=PG["port"], db=name,
            username=PG["user"],
        )  # fmt: skip
        with tracker_store_in_use(bot.agent, store):
            yield store


def test_phone_number_is_not_in_the_sql_tracker_store(bot, postgres_tracker_store):
    phone = new_phone()
    with sms_server(bot) as text:
        run_eligibility_by_numbers(text, phone)
        text("HELP", phone)
    with postgres_tracker_store.engine.connect() as connection:
        rows = connection.exec_driver_sql("SELECT sender_id, data FROM events").fetchall()
    assert rows, "the conversation was stored"
    assert {row[0] for row in rows} == {keyed_hash(phone, SECRET)}
    dump = "\n".join(f"{row[0]} {row[1]}" for row in rows)
    for form in phone_forms(phone):
        assert form not in dump
