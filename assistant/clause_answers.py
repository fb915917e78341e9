"""Each question of a two- or three-question message answered (assistant/clauses.py; the
classifier's topic of each clause comes from assistant/nlu/clause_reader.py).

Used only where nothing else answered the message: no reader's kind, and the whole message was a
guess (the fallback, "doesn't answer that"). Each topic gets its main answer, the first response
of its rule (data/rules; tests/unit/test_round16_mine.py keeps them the same), in the order the
person asked; a topic whose answer was just given is left out.
"""

from __future__ import annotations

from collections.abc import Mapping

CLAUSE_TOPICS = "clause_topics"
# A clause's topic counts when the classifier is this sure of it.
SURE = 0.6
MAX_TOPICS = 3

# A question topic's main answer: the first response of its rule in data/rules (both steps of
# the service dates: the second says whether the dates have passed).
MAIN_ANSWER: dict[str, list[str]] = {
    "ask_age_limit": ["utter_age_limit"],
    "ask_age_of_consent": ["utter_age_of_consent"],
    "ask_approach": ["utter_approach"],
    "ask_confidentiality": ["utter_confidentiality"],
    "ask_consent": ["utter_consent"],
    "ask_crt": ["utter_crt"],
    "ask_details_required": ["utter_details_required"],
    "ask_evidence": ["utter_evidence"],
    "ask_examples": ["utter_examples"],
    "ask_image_removal": ["utter_image_removal"],
    "ask_interpreter": ["utter_interpreter"],
    "ask_intimate_image_definition": ["utter_intimate_image_definition"],
    "ask_is_it_crime": ["utter_is_it_crime"],
    "ask_no_consent": ["utter_no_consent"],
    "ask_police": ["utter_police"],
    "ask_resources": ["utter_resources"],
    "ask_revoke_consent": ["utter_revoke_consent"],
    "ask_service": ["utter_service"],
    "ask_service_dates": ["utter_service_dates", "action_service_status"],
    "ask_sharer_responsibility": ["utter_sharer_responsibility"],
    "ask_support_person": ["utter_support_person"],
    "ask_support_services": ["utter_support_services"],
    "ask_under_18_images": ["utter_under_18_images"],
    # The steps are one numbered list in two messages: step 3 is when you speak with the lawyer,
    # what "how long until I speak to the lawyer" asks (round 19, p13: the list stopped at 2).
    "ask_what_to_expect": ["utter_what_to_expect", "utter_what_to_expect_more"],
    "ask_who_qualifies": ["utter_who_qualifies"],
    "contact_lawyer": ["utter_contact"],
}


def clause_topics(parse_data: Mapping | None) -> list[str]:
    """The distinct topics the classifier was sure of, one per clause, in the person's order."""
    topics: list[str] = []
    for clause in (parse_data or {}).get("clauses") or []:
        intent = clause.get("intent")
        if intent not in MAIN_ANSWER or float(clause.get("confidence") or 0.0) < SURE:
            continue
        if intent not in topics:
            topics.append(intent)
    return topics[:MAX_TOPICS]


def clause_sequence(
    parse_data: Mapping | None, whole_was_a_guess: bool, previous_actions: list[str]
) -> list[str] | None:
    """Each sure clause's main answer when the whole message fell to the fallback or to "doesn't
    answer that" (`whole_was_a_guess`); None otherwise, or when no clause was sure. (Adding a
    second topic to a message whose own topic answered made the next turn repeat a block, and a
    clause read alone misses what "it" is: "how do I get the order? does it cost money": left.)"""
    if not whole_was_a_guess:
        return None
    topics = [
        topic
        for topic in clause_topics(parse_data)
        if MAIN_ANSWER[topic][0] not in previous_actions
    ]
    return [action for topic in topics for action in MAIN_ANSWER[topic]] or None
