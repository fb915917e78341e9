"""The first stage of the fallback: the closest topics from the classifier's ranking.

Rasa's two-stage fallback idea without an extra intent: when the classifier is unsure, offer
the two or three topics it ranked highest ("Did you mean ...?"), with the full topic list one
tap away. A second unclear message in a row gets the full list at once. Button titles are the
domain's own (the title most buttons already use for that intent), so all wording stays there.
"""

from __future__ import annotations

from collections import Counter

MAX_SUGGESTIONS = 3
# Below this the classifier is guessing; suggesting it would only add noise.
MIN_CONFIDENCE = 0.05
# Replies, small talk and markers: never offered as a topic. Nor crisis and danger: a possible
# crisis is the safety tiers' to answer (check-in), not a guess to offer as a button.
NEVER_SUGGESTED = frozenset(
    {
        "nlu_fallback",
        "crisis",
        "immediate_danger",
        "affirm",
        "deny",
        "dont_know",
        "skip",
        "stop",
        "resume",
        "greet",
        "goodbye",
        "thank",
        "inform",
        "inform_shared",
        "inform_threatened",
        "inform_neither",
        "out_of_scope",
        "other_language",
        "bot_challenge",
        "ask_capabilities",
        "request_summary",
    }
)
# Always offered after the suggestions: the whole topic list and a person.
ALWAYS_OFFERED = ("ask_capabilities", "contact_lawyer")


def button_titles(responses: dict) -> dict[str, str]:
    """{intent: title} from the domain's buttons whose payload is a bare `/intent`: the title
    used most often (first seen on a tie)."""
    counts: dict[str, Counter] = {}
    for variants in (responses or {}).values():
        for variant in variants or []:
            for button in (variant or {}).get("buttons") or []:
                payload = str(button.get("payload") or "")
                if payload.startswith("/") and payload[1:].isidentifier():
                    counts.setdefault(payload[1:], Counter())[str(button.get("title"))] += 1
    return {intent: titles.most_common(1)[0][0] for intent, titles in counts.items()}


def closest_topics(ranking: list[dict], titles: dict[str, str]) -> list[str]:
    """The intents to offer, best first: ranked, confident enough, with a button title."""
    found: list[str] = []
    for entry in ranking or []:
        intent = str((entry or {}).get("name") or "")
        confidence = float((entry or {}).get("confidence") or 0.0)
        if intent in NEVER_SUGGESTED or intent in ALWAYS_OFFERED or intent not in titles:
            continue
        if confidence < MIN_CONFIDENCE or intent in found:
            continue
        found.append(intent)
        if len(found) == MAX_SUGGESTIONS:
            break
    return found


def suggestion_buttons(intents: list[str], titles: dict[str, str]) -> list[dict]:
    """Buttons for the suggested intents, then the topic list and a person."""
    offered = [*intents, *(intent for intent in ALWAYS_OFFERED if intent in titles)]
    return [{"title": titles[intent], "payload": f"/{intent}"} for intent in offered]


def unclear_twice_in_a_row(intents_of_user_messages: list[str]) -> bool:
    """True when the latest two user messages were both unclear (nlu_fallback)."""
    return intents_of_user_messages[-2:] == ["nlu_fallback", "nlu_fallback"]
