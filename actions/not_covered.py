"""Says a question back with an honest "the information I have doesn't answer that"
(assistant/question_coverage.py); the InterruptPolicy sends who can tell next. The classifier's
topic is offered as a button when its answer has not been given yet (it was a guess)."""

from __future__ import annotations

from rasa_sdk import Action

from actions.earlier_messages import user_intents
from actions.safety_net import NeverRaises
from assistant import fallback_topics, question_coverage


def topic_button(tracker, domain) -> list[dict]:
    """The classifier's topic as a button, unless an earlier message already had it."""
    intent = (tracker.latest_message.get("intent") or {}).get("name")
    if not intent or intent in user_intents(tracker)[:-1]:
        return []
    titles = fallback_topics.button_titles((domain or {}).get("responses") or {})
    return [{"title": titles[intent], "payload": f"/{intent}"}] if intent in titles else []


class ActionNotCovered(NeverRaises, Action):
    def name(self) -> str:
        return "action_not_covered"

    def run(self, dispatcher, tracker, domain):
        question = tracker.latest_message.get(question_coverage.UNCOVERED_QUESTION_KEY) or ""
        dispatcher.utter_message(
            response="utter_not_covered",
            question=question,
            buttons=topic_button(tracker, domain),
        )
        return []
