"""Says back a question nothing understood mid-conversation, honestly, with the closest topics
as buttons (assistant/question_fallback.py); the InterruptPolicy sends who can answer next."""

from __future__ import annotations

from rasa_sdk import Action

from actions.fallback import suggested_topics
from actions.safety_net import NeverRaises
from assistant import question_fallback


class ActionQuestionFallback(NeverRaises, Action):
    def name(self) -> str:
        return question_fallback.ACTION

    def run(self, dispatcher, tracker, domain):
        question = question_fallback.asked_question(tracker.latest_message.get("text") or "")
        buttons = suggested_topics(tracker, domain)
        response = "utter_question_fallback_topics" if buttons else "utter_question_fallback"
        dispatcher.utter_message(response=response, question=question, buttons=buttons)
        return []
