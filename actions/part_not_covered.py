"""Says back the part of a two- or three-part question the reply had no answer for, in one line
with who can answer it (assistant/question_parts.py); nothing when every part was spoken to."""

from __future__ import annotations

from rasa_sdk import Action

from actions.safety_net import NeverRaises
from assistant import question_parts


def bot_texts_this_turn(tracker) -> str:
    """What the bot has said since the person's latest message."""
    texts: list[str] = []
    for event in tracker.events:
        if event.get("event") == "user":
            texts = []
        elif event.get("event") == "bot":
            texts.append(str(event.get("text") or ""))
    return " ".join(texts)


class ActionPartNotCovered(NeverRaises, Action):
    def name(self) -> str:
        return question_parts.PART_NOT_COVERED

    def run(self, dispatcher, tracker, domain):
        part = question_parts.uncovered_clause(tracker.latest_message, bot_texts_this_turn(tracker))
        if part:
            dispatcher.utter_message(response="utter_part_not_covered", question=part)
        return []
