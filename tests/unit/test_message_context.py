"""The message context (read once per message) and the ordered table of sequence readers
(assistant/policies/message_context.py, follow_up_readers.py; session 23)."""

from __future__ import annotations

from rasa.shared.core.events import ActionExecuted, BotUttered, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker

from assistant.policies import follow_up_readers
from assistant.policies.message_context import MessageContext


def _conversation() -> tuple[DialogueStateTracker, list]:
    events = [
        UserUttered("my ex posted my pics. i live in calgary", intent={"name": "share_story"}),
        ActionExecuted("utter_threat_counts"),
        BotUttered("first reply", metadata={"utter_action": "utter_threat_counts"}),
        ActionExecuted("action_listen"),
        UserUttered("what can i do tonight", intent={"name": "ask_next_step"}),
    ]
    tracker = DialogueStateTracker("t", [])
    for event in events:
        tracker.update(event)
    return tracker, list(tracker.events)


def test_readings_of_the_conversation():
    tracker, events = _conversation()
    ctx = MessageContext(tracker, events, lambda name: f"text of {name}")
    assert ctx.text == "what can i do tonight"
    assert ctx.intent == "ask_next_step"
    assert ctx.earlier == ["my ex posted my pics. i live in calgary"]
    assert ctx.previous == ["utter_threat_counts", "action_listen"]
    assert ctx.replies == [["utter_threat_counts"]]
    assert ctx.replies_flat == ["utter_threat_counts"]
    assert ctx.earlier_topics == ["share_story"]
    assert ctx.outside_bc is True  # "i live in calgary", said in the turn before
    assert ctx.is_minor is None  # no such slot: no reading, no error
    assert ctx.response_text("utter_x") == "text of utter_x"


def test_each_reading_is_made_once(monkeypatch):
    tracker, events = _conversation()
    calls = []
    from assistant.policies import message_context

    real = message_context.earlier_texts

    def counting(evts):
        calls.append(1)
        return real(evts)

    monkeypatch.setattr(message_context, "earlier_texts", counting)
    ctx = MessageContext(tracker, events, str)
    for _ in range(5):
        assert ctx.earlier
        assert ctx.outside_bc
    assert len(calls) == 1


def test_table_names_are_unique_and_the_first_answer_wins(monkeypatch):
    names = [name for name, _ in follow_up_readers.SEQUENCE_READERS]
    assert len(names) == len(set(names))
    asked = []

    def reader(name, answer):
        def read(ctx):
            asked.append(name)
            return answer

        return read

    monkeypatch.setattr(
        follow_up_readers,
        "SEQUENCE_READERS",
        (("a", reader("a", None)), ("b", reader("b", ["utter_b"])), ("c", reader("c", ["x"]))),
    )
    tracker, events = _conversation()
    assert follow_up_readers.first_sequence(MessageContext(tracker, events, str)) == ["utter_b"]
    assert asked == ["a", "b"]  # "c" is never asked once "b" answered


def test_no_reader_answers_an_unrelated_message():
    tracker = DialogueStateTracker("t", [])
    tracker.update(UserUttered("hello", intent={"name": "greet"}))
    ctx = MessageContext(tracker, list(tracker.events), str)
    assert follow_up_readers.first_sequence(ctx) is None
