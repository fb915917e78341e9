"""The fallback's first stage: "Did you mean ...?" with the closest topics
(assistant/fallback_topics.py). When the action server is down the InterruptPolicy sends
the static utter_fallback instead.

Right after a safety check-in ("Are you safe right now?") nothing says "Sorry, I didn't
understand": someone who wrote "everyone has seen it, I can't face anyone" was heard, and is
invited to say more, with the same topics (simulated users round 4).
"""

from __future__ import annotations

from rasa_sdk import Action

from actions.earlier_messages import user_intents
from actions.safety_net import NeverRaises
from assistant import fallback_topics
from assistant.safety import CHECK_IN_KEY

GIBBERISH_CONFIDENCE = 1.0  # the GibberishGuard's nlu_fallback: its ranking is noise


def suggested_topics(tracker, domain) -> list[dict]:
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
        buttons = suggested_topics(tracker, domain)
        if tracker.latest_message.get(CHECK_IN_KEY):
            # After "Are you safe right now?": heard, not "didn't understand".
            buttons = buttons or fallback_buttons(domain)
            dispatcher.utter_message(response="utter_checked_in_topics", buttons=buttons)
        elif buttons:
            dispatcher.utter_message(response="utter_did_you_mean", buttons=buttons)
        else:
            dispatcher.utter_message(response="utter_fallback")
        return []


def fallback_buttons(domain) -> list[dict]:
    """The static fallback's topic buttons (domain/basics.yml), to offer in other words."""
    variants = ((domain or {}).get("responses") or {}).get("utter_fallback") or [{}]
    return list(variants[0].get("buttons") or [])
