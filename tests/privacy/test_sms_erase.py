"""SMS: ERASE and DELETE wipe the conversation (real PostgreSQL tracker store) and the
channel's state for the number, except an opt-out; one neutral line confirms it; HELP lists
it; the next text starts fresh."""

from __future__ import annotations

import re

import pytest

from assistant.channels.sms.channel import SmsInput
from assistant.channels.sms.ids import keyed_hash
from assistant.channels.sms.store import MemoryStore
from assistant.channels.sms.wording import wording
from tests.privacy.helpers import StoreAgent, event_counts, pg_store
from tests.sms.helpers import CONFIG, PHONE, SECRET, SmsServer, twilio_form

OTHER_PHONE = "+16045550177"
CONVERSATION = keyed_hash(PHONE, SECRET)
LOCK_SCREEN_WORDS = re.compile(r"\b(intimate|image|nude|naked|sex|porn|explicit|photo|pic)", re.I)


@pytest.fixture
async def sms(pg_database):
    store = pg_store(pg_database)
    state = MemoryStore()
    server = await SmsServer(StoreAgent(store), SmsInput(CONFIG, state)).start()
    yield server, store, state
    await server.stop()
    store.engine.dispose()


@pytest.mark.parametrize("word", ["ERASE", "delete", " Erase. "])
async def test_erase_deletes_the_conversation_and_the_next_text_starts_fresh(sms, word):
    server, store, state = sms
    first = await server.text("hello")
    assert first.body.startswith(wording().privacy_notice)
    assert "message 2" in (await server.text("again")).body
    await server.text("someone else", sender=OTHER_PHONE)
    assert event_counts(store.engine)[CONVERSATION] == 6

    erased = await server.text(word)
    assert erased.messages == [wording().erase]
    assert CONVERSATION not in event_counts(store.engine)
    assert keyed_hash(OTHER_PHONE, SECRET) in event_counts(store.engine)
    # Nothing is left in the channel's state for the number but the ERASE reply's own marker.
    left = [key for key in state._entries if CONVERSATION in key]
    assert left == [f"replies:{CONVERSATION}"]
    kept_replies = [value for key, (_, value) in state._entries.items() if key.startswith("msg:")]
    assert not any("message 2" in reply for reply in kept_replies)

    fresh = await server.text("hi")
    assert fresh.body.startswith(wording().privacy_notice)  # a new conversation
    assert "message 1" in fresh.body


async def test_erase_keeps_an_opt_out(sms):
    server, store, state = sms
    await server.text("hello")
    await server.text("STOP")
    assert (await server.text("ERASE")).messages == []  # nothing is sent after STOP
    assert CONVERSATION not in event_counts(store.engine)
    assert await state.get(f"optout:{CONVERSATION}") == "1"
    assert (await server.text("a question")).messages == []  # still opted out
    assert (await server.text("START")).messages == [wording().start]


async def test_delete_inside_a_sentence_goes_to_the_bot(sms):
    server, store, _ = sms
    reply = await server.text("how do i delete the pics he has")
    assert "message 1" in reply.body


def test_help_lists_erase():
    assert "Reply ERASE to delete this conversation" in wording().help


def test_erase_reply_is_one_neutral_line_that_says_how_to_delete_the_thread():
    line = wording().erase
    assert "\n" not in line
    assert "delete this thread in your messages app" in line
    assert "text message provider" in line
    assert not LOCK_SCREEN_WORDS.search(line)


async def test_first_reply_opens_with_neutral_words_whatever_the_answer(sms):
    """A lock screen shows the first words of a text: the first reply opens with the privacy
    notice, never with the bot's answer."""
    server, _, _ = sms
    reply = await server.post(twilio_form("nudes of me were posted", sender="+16045550111"))
    opening = reply.messages[0][:80]
    assert opening.startswith("Privacy tip")
    assert not LOCK_SCREEN_WORDS.search(opening)
