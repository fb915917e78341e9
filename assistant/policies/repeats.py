"""The same block not sent twice in a row (issue 16: the CRT paragraph three times): a direct
answer leaves out what the turn before already said, and a second question on the topic just
answered gets the topic's next step, or "that's what I have, the lawyer can tell you more",
instead of the same block again. Used by the InterruptPolicy."""

from __future__ import annotations

import re

from rasa.shared.core.events import ActionExecuted, UserUttered

from assistant import said_again
from assistant.answer_kinds import CLOSING, PAY, THREAT_ONLY
from assistant.answer_kinds_sources import CHILD_IN_TROUBLE
from assistant.context_followups import AGAIN as CONTEXT_AGAIN
from assistant.demand_reading import DEMAND_NOT_MONEY
from assistant.direct_questions import HELPER_SAFETY
from assistant.fear_reading import FEAR_HELPER
from assistant.feelings import AGAIN as FEELINGS_AGAIN
from assistant.form_followups import AGAIN as FORMS_AGAIN
from assistant.helper_followups import HELPER_WHO_FIRST
from assistant.helper_reading import HELPER_MINOR_FIRST, TAKEN_UNDER_18
from assistant.money_not_shared import AGAIN as MONEY_AGAIN
from assistant.other_sense import AGAIN as OTHER_SENSE_AGAIN
from assistant.others_reading import OWN_CHILD_SHARED, WRITER_SHARED
from assistant.plain_questions import IIPS_CONTACT, WHAT_IS_IIPS
from assistant.question_fallback import AGAIN as QUESTION_FALLBACK_AGAIN
from assistant.role_followups import AGAIN as ROLE_AGAIN
from assistant.route_form_gate import wants_questions
from assistant.safety_followups import AGAIN as SAFETY_FOLLOWUPS_AGAIN
from assistant.said_above_gate import AGAIN as GATE_AGAIN
from assistant.unanswered import AGAIN as UNANSWERED_AGAIN
from assistant.urgent_questions import TONIGHT
from assistant.writer_role import AGAIN as WRITER_ROLE_AGAIN
from assistant.wrong_topic import INTERPRETER
from assistant.young_holder import ADULT_HOLDER_NEXT, YOUNG_HOLDS_IMAGES

SAID_ABOVE = "utter_said_above"
# The next step of a topic asked about again in other words ("how much can I get" after the
# CRT's answer); a topic with none gets SAID_ABOVE.
AGAIN: dict[str, list[str]] = {
    "ask_service": ["utter_service_short"],
    "ask_crt": ["utter_crt_courts"],
    "ask_police": ["utter_police_youth"],
    THREAT_ONLY: ["utter_threats_before_posting"],
    CHILD_IN_TROUBLE: ["utter_helped_child_in_trouble_again"],
    # "no, MY son is the one who shared it" after that answer: said back, the key points.
    OWN_CHILD_SHARED: ["utter_own_child_shared_again"],
    # "please, just tell me: should I pay?" again: the plain no, not "see above".
    PAY: ["utter_sextortion_pay_again", "utter_sextortion_pay_short"],
    TONIGHT: ["utter_help_now"],
    # The IIPS's contacts asked for again: its own phone and email, not the intake line.
    IIPS_CONTACT: ["utter_iips_contacts_again"],
    WHAT_IS_IIPS: ["utter_iips_contacts_again"],
    # "who can she call for her safety?" again: the safety lines again, never "see above".
    HELPER_SAFETY: ["utter_helper_safety_again"],
    # Round 8: a threat for a house asked again, a helper's fear for them said again, and
    # "WHO DO WE CALL. THE POLICE?" right after the order: the point in other words.
    DEMAND_NOT_MONEY: ["utter_demand_not_money_again"],
    FEAR_HELPER: ["utter_fear_safety_helper_again"],
    HELPER_WHO_FIRST: ["utter_helper_minor_first"],
    # "what should my mom do tonight?" again right after the child's first steps (round 11,
    # p14): who to call, in order, never "see above".
    HELPER_MINOR_FIRST: ["utter_helper_minor_order"],
    WRITER_SHARED: ["utter_writer_shared_again"],
    # "should I delete them? she asked me to" right after the holding rules (round 10, p31):
    # what the sources say on keeping and deleting, never "see above" or the evidence answer.
    YOUNG_HOLDS_IMAGES: ["utter_young_received_image_next"],
    # "could i get in trouble for having them" right after the adult holder's answer (session
    # 19): the point once more, short, never the victim's free lawyer.
    ADULT_HOLDER_NEXT: ["utter_adult_holder_again"],
    # "which removal site do I use?" right after the answer on images from under 18 (round 10,
    # p28): the two sites and who each is for, never "see above".
    TAKEN_UNDER_18: ["utter_route_take_it_down", "utter_route_stopncii"],
    # "Can the lawyer talk Punjabi?" right after the interpreter answer (round 10, p05): which
    # languages the sources don't say, and the line to ask on; never "see above", and not the
    # intake steps that "what number do I call?" brings next.
    "ask_interpreter": ["utter_interpreter_again"],
    INTERPRETER: ["utter_interpreter_again"],
    # "so can I take the host to the tribunal or not?" right after that answer (round 11, p10).
    **MONEY_AGAIN,
    # "No, that's all" right after the goodbye (round 9, p33): a short goodbye, never "see above".
    CLOSING: ["utter_goodbye_again"],
    # Round 10: a sharer's parent, a helper whose person won't call (role_followups.py).
    **ROLE_AGAIN,
    # Round 11: Kids Help Phone's privacy, custody, being asked, every number (unanswered.py).
    **UNANSWERED_AGAIN,
    # Round 12: printed copies or a fake asked again: the short yes; the tribunal's cost again.
    **GATE_AGAIN,
    **SAFETY_FOLLOWUPS_AGAIN,
    **OTHER_SENSE_AGAIN,
    # Session 16: a second question nothing read, right after the first: said back, the topics.
    **QUESTION_FALLBACK_AGAIN,
    # Round 15: a move to B.C. or a threat to stop today asked again (form_followups.py).
    **FORMS_AGAIN,
    **WRITER_ROLE_AGAIN,
    # Round 16: the call log, the one number for removal (context_followups.py).
    **CONTEXT_AGAIN,
    # Session 17: feelings told again right after that answer: heard again, in other words.
    **FEELINGS_AGAIN,
}
# A lead-in whose block the turn before sent: its own words instead ("Here is what to do."
# with nothing after it read as cut off).
STANDALONE = {"utter_sextortion_pay": ("utter_sextortion_steps", "utter_sextortion_pay_again")}
# "what can I do?" right after the routes that fit: the first step (the intake call and what
# follows), not the same routes again.
ROUTES_AGAIN = ["utter_contact", "utter_contact_next"]
ROUTE_FINDER, ROUTES_GIVEN = "route_finder", "action_route_finder"
# The question a form asks again is no repeat: it is where the person is.
_FORM_QUESTION = "utter_ask_"


def _user_indexes(events: list) -> list[int]:
    return [i for i, event in enumerate(events) if isinstance(event, UserUttered)]


def previous_turn_actions(events: list) -> list[str]:
    """The actions the bot took for the user message before the latest one."""
    users = _user_indexes(events)
    if len(users) < 2:
        return []
    return [
        event.action_name
        for event in events[users[-2] + 1 : users[-1]]
        if isinstance(event, ActionExecuted) and event.action_name
    ]


# The sextortion steps already given earlier in the conversation: "should I pay?" gets the
# short plain no (with the key steps), not the whole five-step block again.
PAY_BLOCK = frozenset(
    {"utter_sextortion_steps", "utter_sextortion_report", "utter_sextortion_next"}
)


def earlier_actions(events: list) -> list[str]:
    """The actions the bot took before the latest user message."""
    users = _user_indexes(events)
    if not users:
        return []
    return [
        event.action_name
        for event in events[: users[-1]]
        if isinstance(event, ActionExecuted) and event.action_name
    ]


def short_after_steps(sequence: list[str], earlier: list[str]) -> list[str]:
    """`sequence` with the don't-pay block shortened when its steps were given before."""
    if "utter_sextortion_pay" not in sequence or "utter_sextortion_steps" not in earlier:
        return sequence
    short = [a for a in sequence if a not in PAY_BLOCK]
    return [
        STANDALONE["utter_sextortion_pay"][1] if a == "utter_sextortion_pay" else a for a in short
    ]


# A helper's support block that follows the main answer ("To support them: stay calm ..."):
# sent in one of the last three turns, it is not sent again beside another answer (round 22,
# p21: T1 and T4 both ended with it, A, B, A). Never the first block of a reply.
SUPPORT_TAILS = frozenset({"utter_child_asked_support"})
SUPPORT_TAIL_TURNS = 3


def without_recent_tails(sequence: list[str], events: list) -> list[str]:
    """`sequence` without a support tail sent in the last SUPPORT_TAIL_TURNS turns."""
    users = _user_indexes(events)
    if len(users) < 2 or len(sequence) < 2:
        return sequence
    start = users[-1 - SUPPORT_TAIL_TURNS] if len(users) > SUPPORT_TAIL_TURNS else 0
    recent = {
        event.action_name
        for event in events[start : users[-1]]
        if isinstance(event, ActionExecuted) and event.action_name
    }
    return [
        action
        for i, action in enumerate(sequence)
        if i == 0 or action not in SUPPORT_TAILS or action not in recent
    ]


def without_repeats(
    sequence: list[str], previous: list[str], kind: str | None, text: str = ""
) -> list[str]:
    """`sequence` without the responses the turn before sent (a form's question stays); when
    nothing is left, the kind's next step, or what `text` asks for (said_again.py), or
    SAID_ABOVE."""
    said = {name for name in previous if name.startswith("utter_")}
    kept = [a for a in sequence if a not in said or a.startswith(_FORM_QUESTION)]
    kept = [
        STANDALONE[a][1] if a in STANDALONE and STANDALONE[a][0] not in kept else a for a in kept
    ]
    if any(not a.startswith(_FORM_QUESTION) for a in kept):
        return kept
    # The first next step not said the turn before (a kind may have a second, shorter one).
    again = next(([a] for a in AGAIN.get(kind or "", []) if a not in said), [SAID_ABOVE])
    if again == [SAID_ABOVE]:
        # Round 19: never "see above" for a need the sources answer, nor twice in a row.
        again = said_again.instead(text, said) or again
    return again + kept


# "I mean can I get some kind of order so he can't post them" after the order's answer: the
# tribunal asked again for the order, not for its next step (the money); session 21.
_ORDER_ASKED = re.compile(
    r"\b(?:order|protection|stop (?:him|her|them)|(?:can'?t|cannot|can not|won'?t) (?:post|share)"
    r"|from (?:posting|sharing)|not (?:to )?(?:post|share))\b"
)
_MONEY_ASKED = re.compile(r"\b(?:damages|money|sue|compensat\w*|how much|paid|pay)\b|\$")


def order_asked_again(text: str) -> bool:
    """The tribunal's order asked for again (not the money the next step is about)."""
    lowered = (text or "").lower().replace("\u2019", "'")
    return bool(_ORDER_ASKED.search(lowered)) and not _MONEY_ASKED.search(lowered)


def same_topic_again(events: list, marks_key: str) -> str | None:
    """The topic intent when the latest message asks the same topic as the one before in other
    words (neither marked with a direct answer); None otherwise."""
    users = _user_indexes(events)
    if len(users) < 2:
        return None
    latest, before = events[users[-1]], events[users[-2]]
    intent = (latest.intent or {}).get("name") or ""
    if not intent.startswith("ask_") or intent != ((before.intent or {}).get("name") or ""):
        return None
    if (latest.parse_data or {}).get(marks_key) or (before.parse_data or {}).get(marks_key):
        return None
    if (latest.text or "").strip().lower() == (before.text or "").strip().lower():
        return None  # asked again word for word: the same answer is right
    return intent


def routes_asked_again(events: list, marks_key: str) -> list[str] | None:
    """ROUTES_AGAIN when the latest message asks for the routes (no direct-answer mark) and
    the turn before gave them; None otherwise."""
    users = _user_indexes(events)
    if not users:
        return None
    latest = events[users[-1]]
    if (latest.intent or {}).get("name") != ROUTE_FINDER or (latest.parse_data or {}).get(
        marks_key
    ):
        return None
    if wants_questions(latest.text or ""):
        return None  # "Help me choose": the questions, asked for
    return list(ROUTES_AGAIN) if ROUTES_GIVEN in previous_turn_actions(events) else None


# A topic asked again in the classifier's eyes, whose runner-up is another topic: that topic's
# answer comes before "see above" ("what if the site doesn't remove it" ranked as removal again,
# the tribunal second). Only a topic (ask_*) ranked high enough: never a safety intent, a form
# or a guess.
RUNNER_UP_FLOOR = 0.25
_TOPIC = "ask_"


def runner_up_topic(parse_data: dict | None, topic: str, topic_before: str | None) -> str | None:
    """The second-ranked intent of `parse_data` when the first is `topic` (the one just
    answered): a topic of its own, not the one before, ranked at RUNNER_UP_FLOOR or more."""
    ranking = (parse_data or {}).get("intent_ranking") or []
    if len(ranking) < 2 or ranking[0].get("name") != topic:
        return None
    name = ranking[1].get("name") or ""
    if not name.startswith(_TOPIC) or name in {topic, topic_before}:
        return None
    return name if (ranking[1].get("confidence") or 0.0) >= RUNNER_UP_FLOOR else None
