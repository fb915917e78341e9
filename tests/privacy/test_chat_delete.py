"""The "delete my conversation" intent with the trained model and the real action server:
the assistant asks, "yes" deletes the whole conversation from the tracker store (real
PostgreSQL, and the in-memory store of `make run`), "no" keeps it, and the next message starts
a new conversation."""

from __future__ import annotations

import pytest
from rasa.shared.core.events import UserUttered

from assistant.content.responses import say
from assistant.privacy.stores import PrivateInMemoryTrackerStore
from tests.postgres import tracker_store_in_use
from tests.privacy.helpers import event_counts, pg_store
from tests.support.messages import texts

pytestmark = pytest.mark.slow

ASK = say("utter_ask_delete_conversation")
DELETED = say("utter_conversation_deleted")


@pytest.fixture
def private_store(bot, request, pg_database):
    """The agent's tracker store replaced by one of ours (PostgreSQL or memory)."""
    store = (
        pg_store(pg_database, bot.agent.domain)
        if request.param == "postgresql"
        else PrivateInMemoryTrackerStore(bot.agent.domain)
    )
    try:
        with tracker_store_in_use(bot.agent, store):
            yield store
    finally:
        if getattr(store, "_sweeper", None) is not None:  # the in-memory store's timer
            store._sweeper.cancel()


def user_texts(tracker) -> list[str]:
    return [event.text for event in tracker.events if isinstance(event, UserUttered)]


@pytest.mark.parametrize("private_store", ["postgresql", "memory"], indirect=True)
def test_yes_deletes_the_conversation_and_the_next_message_starts_fresh(bot, private_store):
    sender = bot.new_sender()
    bot.say("what counts as an intimate image", sender)
    assert ASK in texts(bot.say("please delete this conversation", sender))
    assert DELETED in texts(bot.say("yes", sender))
    assert bot.tracker(sender) is None
    if hasattr(private_store, "engine"):
        assert sender not in event_counts(private_store.engine)
    bot.say("hi", sender)
    assert user_texts(bot.tracker(sender)) == ["hi"]


@pytest.mark.parametrize("private_store", ["postgresql"], indirect=True)
def test_the_button_deletes_too_and_no_keeps_everything(bot, private_store):
    sender = bot.new_sender()
    bot.say("erase this chat", sender)
    assert "Done." not in texts(bot.say("no", sender))
    assert user_texts(bot.tracker(sender)) == ["erase this chat", "no"]
    asked = bot.say("can u delete this convo", sender)
    assert ASK in texts(asked)
    yes = next(b["payload"] for m in asked for b in m.get("buttons") or [] if "Yes" in b["title"])
    assert DELETED in texts(bot.say(yes, sender))
    assert sender not in event_counts(private_store.engine)


@pytest.mark.parametrize(
    "message",
    ["delete my chat history with you", "I would like you to erase this conversation."],
)
def test_new_phrasings_are_understood(bot, message):
    assert ASK in texts(bot.say(message))


@pytest.mark.parametrize(
    "message",
    ["how do i get my pics deleted off instagram", "should i delete the messages he sent me"],
)
def test_deleting_images_or_evidence_is_not_deleting_the_chat(bot, message):
    assert ASK not in texts(bot.say(message))
