"""An answer in the person's own words to the question a form just asked ("like last
weekend", "he put them on reddit"), whatever intent the classifier gave it. Used by the
forms' extract_<slot> methods; what may be an answer is assistant/form_answers.may_answer."""

from __future__ import annotations

from collections.abc import Callable

from rasa_sdk import Tracker

from assistant.form_answers import may_answer, statement_before_question


def answer_in_own_words(slot: str, tracker: Tracker, read: Callable[[str], str | None]) -> dict:
    """{slot: value} when the slot was just asked for and `read` finds an answer, else {}
    (the form then lets the message's own rule answer it, and asks again)."""
    text = tracker.latest_message.get("text") or ""
    intent = (tracker.latest_message.get("intent") or {}).get("name") or ""
    if tracker.get_slot("requested_slot") != slot:
        return {}
    if not may_answer(intent, text):
        # "I was an adult. does a threat count?": once the question has had its own answer
        # (this turn), the statement answers the form's question: not asked again.
        text = statement_before_question(intent, text) if _answered_this_turn(tracker) else ""
        if not text:
            return {}
    value = read(text)
    return {slot: value} if value else {}


def _answered_this_turn(tracker: Tracker) -> bool:
    """Whether the bot already replied to the latest message (its question was answered)."""
    for event in reversed(tracker.events):
        if event.get("event") == "user":
            return False
        if event.get("event") == "bot":
            return True
    return False
