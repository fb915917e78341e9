"""When "My answer just above is what the information I have says" may be sent (issue 16,
simulated users round 12, kind 1). Plain Python, no Rasa imports; read from the words and the
replies of the turn before.

Why it fired on new questions: a reader that knows a question's own answer ("does income
matter?", "how long until I speak to a lawyer?") gives way to the classifier's topic when that
topic's answer says it too (`answer_kinds_practical._INCOME_TOPICS`,
`answer_kinds_what_happens._TOPIC_KEEPS`). Right after that topic's answer, the same topic again
is a repeat to the guard (`repeats.same_topic_again`), and a topic with no next step gets
"see above". Now:
- a kind its topic kept is answered in its own words when the topic's answer was the turn
  before's (`kept_kind`: the kind read without the topic);
- "how long until I talk to the lawyer?" right after the intake steps: the steps with their
  times (`TIME_TO_LAWYER`, domain/said_above_gate.yml);
- income asked right after who qualifies, in words the classifier takes elsewhere ("do they
  look at how much money I make"): what the page says about income (`INCOME`);
- a yes/no question asked again right after its answer ("does printed count as sharing?"): the
  short yes (`AGAIN`), never "see above".
"See above" is left for the same question asked again with nothing more to say.
"""

from __future__ import annotations

import re

from assistant.answer_kinds import KEEP, answer_kind
from assistant.answer_kinds_practical import INCOME
from assistant.answer_kinds_what_happens import WAITLIST
from assistant.image_kinds import DEEPFAKE, PRINTED
from assistant.plain_text import plain_lower

TIME_TO_LAWYER = "time_to_lawyer"
ANSWERS: dict[str, list[str]] = {TIME_TO_LAWYER: ["utter_time_to_lawyer"]}
KINDS = frozenset(ANSWERS)
# Right after the steps, "is there a wait? how long until I talk to them": the steps' times.
REPLACES = frozenset({WAITLIST})
# Asked again right after their answer: the plain yes in other words (repeats.AGAIN).
AGAIN: dict[str, list[str]] = {
    PRINTED: ["utter_printed_copies_again"],
    DEEPFAKE: ["utter_deepfake_again"],
    TIME_TO_LAWYER: ["utter_waitlist"],
}

# The replies that give the intake steps (domain/topics.yml, handoff.yml, what_happens.yml).
STEPS_GIVEN = frozenset(
    {"utter_what_to_expect", "utter_what_to_expect_more", "utter_contact_next", "utter_waitlist"}
)
# The replies that say who qualifies (domain/topics.yml, staff.yml, source_answers.yml).
ELIGIBILITY_GIVEN = frozenset(
    {"utter_who_qualifies", "utter_staff_criteria", "utter_service_short", "utter_eligible"}
)

# "how long until I speak to a lawyer", "when do I actually talk to them", "how long does that
# all take", "how many days before I hear back", "how soon".
_WHEN = re.compile(
    r"\bhow (?:long|soon|fast|quickly|many (?:days|weeks))\b"
    r"|\bwhen (?:will|would|do|can|could|should|does|is) (?:i|we|they|he|she|the lawyer)"
    r" (?:\w+ ){0,3}(?:talk|speak|hear|meet|see|get|call|contact|reach|start)\b"
    r"|\bwhen (?:is|will be|would be) (?:the|my) (?:meeting|appointment|call)\b"
    r"|\b(?:timeline|time ?frame|waiting time|wait time)\b"
)
# The tribunal's timing has its own answer (answer_kinds_specific / next_questions).
_OTHER_BODY = re.compile(
    r"\b(?:tribunal|crt|protection order|court|police|stopncii|take it down)\b"
)

# Income in words the practical reader misses: "how much money I make", "what I earn", "if I
# have a good job", "my salary".
_INCOME_WORDS = re.compile(
    r"\bincome\b|\bsalary\b|\bwages?\b|\bhow much (?:money )?(?:i|we|you|they|he|she)"
    r" (?:make|makes|earn|earns|get paid|gets paid)\b"
    r"|\bwhat (?:i|we) (?:make|earn)\b|\b(?:have|got) a (?:good|decent|well[- ]paid|full[- ]time)"
    r" job\b|\b(?:rich|well[- ]off)\b|\bmeans[- ]test\w*\b"
)


def time_to_lawyer(text: str, previous: list[str]) -> bool:
    """'how long until I speak to a lawyer?' right after the intake steps."""
    if not STEPS_GIVEN & set(previous):
        return False
    cleaned = plain_lower(text)
    return bool(_WHEN.search(cleaned) and not _OTHER_BODY.search(cleaned))


def income_after_eligibility(text: str, previous: list[str]) -> bool:
    """Income asked right after who qualifies."""
    return bool(ELIGIBILITY_GIVEN & set(previous) and _INCOME_WORDS.search(plain_lower(text)))


def follow_up_kind(text: str, previous: list[str], intent: str | None) -> str | None:
    """The kind of a follow-up to the steps or the eligibility answer, or None."""
    if intent in KEEP:
        return None
    if time_to_lawyer(text, previous):
        return TIME_TO_LAWYER
    if income_after_eligibility(text, previous):
        return INCOME
    return None


def kept_kind(text: str, intent: str | None) -> str | None:
    """The kind the words read when the classifier's topic `intent` kept its own answer over
    it; None when there is none or the topic did not keep one."""
    if not intent or intent in KEEP or answer_kind(text, intent):
        return None
    return answer_kind(text, None)
