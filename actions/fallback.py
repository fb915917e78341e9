"""The fallback's first stage: "Did you mean ...?" with the closest topics
(assistant/fallback_topics.py). When the action server is down the InterruptPolicy sends
the static utter_fallback instead.
"""

from __future__ import annotations

from rasa_sdk import Action

from actions.earlier_messages import user_intents
from actions.safety_net import NeverRaises
from assistant import fallback_topics

GIBBERISH_CONFIDENCE = 1.0  # the GibberishGuard's nlu_fallback: its ranking is noise


def _suggested(tracker, domain) -> list[dict]:
    ranking = tracker.latest_message.get("intent_ranking") or []
    if ranking and ranking[0].get("confidence", 0) >= GIBBERISH_CONFIDENCE:
        return []
    if fallback_topics.unclear_twice_in_a_row(user_intents(tracker)):
        return []
    titles = fallback_topics.button_titles((domain or {}).get("responses") or {})
    intents = fallback_topics.closest_topics(ranking, titles)
    return fallback_topics.suggestion_buttons(intents, titles) if intents else []


class ActionSuggestTopics(NeverRaises, Action):
    def name(self) -> str:
        return "action_suggest_topics"

    def run(self, dispatcher, tracker, domain):
        buttons = _suggested(tracker, domain)
        if buttons:
            dispatcher.utter_message(response="utter_did_you_mean", buttons=buttons)
        else:
            dispatcher.utter_message(response="utter_fallback")
        return []
