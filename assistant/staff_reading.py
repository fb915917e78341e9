"""Staff, clinic workers and counsellors testing or asking about the assistant (issue 16). Plain
Python, no Rasa.

Someone who says who they are at work ("I work at a legal clinic and I'm testing this", "I'm a
social worker, what do you tell people about eligibility?") is not the person it happened to,
and not "a friend helping". They get direct answers:

- testing or reviewing the assistant, no question yet: what it can answer (STAFF_TESTING);
- who qualifies, the criteria: the criteria, the pilot period, call first (STAFF_CRITERIA);
- whether the service still runs: the pilot's dates and its status today (STAFF_STATUS);
- what this chat keeps: the privacy answer (assistant/answer_kinds_everyday.CHAT_KEPT).

A worker who tells of a case ("I'm a counsellor and my client's ex posted her pics") is a
helper: the helper readings answer (assistant/helper_reading.py). Later in the conversation,
"do they qualify?" or "check eligibility" from the same worker gets the criteria, not the
eligibility questions about "your images" (`staff_kind_in_context`).
"""

from __future__ import annotations

import re

from assistant.answer_kinds_everyday import CHAT_KEPT, everyday_kind
from assistant.image_words import images
from assistant.plain_text import plain_lower

STAFF_TESTING = "staff_testing"
STAFF_CRITERIA = "staff_criteria"
STAFF_STATUS = "staff_service_status"
# Session 19: "how would a student use your service", "can I refer them directly".
STAFF_HOW_TO_USE = "staff_how_to_use"
STAFF_REFER = "staff_refer"
KINDS = frozenset({STAFF_TESTING, STAFF_CRITERIA, STAFF_STATUS, STAFF_HOW_TO_USE, STAFF_REFER})
ANSWERS: dict[str, list[str]] = {
    STAFF_TESTING: ["utter_staff_testing"],
    STAFF_CRITERIA: ["utter_staff_criteria"],
    STAFF_STATUS: ["utter_service_dates", "action_service_status"],
    STAFF_HOW_TO_USE: ["utter_staff_how_to_use"],
    STAFF_REFER: ["utter_staff_refer"],
}
# The classifier's topics a worker's "do they qualify?" is answered with the criteria for.
ELIGIBILITY_INTENTS = frozenset({"check_eligibility", "ask_who_qualifies", "ask_service"})

_WORKPLACE = (
    r"(?:clinic|legal (?:aid|clinic|centre|center|office)|law (?:office|firm|centre|center)"
    r"|(?:community|women'?s|youth|friendship|resource|crisis|health|sexual assault) (?:centre"
    r"|center)|centre|center|shelter|transition house|agency|organi[sz]ation|non-?profit"
    r"|society|school board|victim services|the service|this service|helpline|help line)"
)
_JOB = (
    r"(?:social worker|counsell?or|paralegal|lawyer|advocate|support worker|case ?worker"
    r"|outreach worker|youth worker|victim services worker|intake worker|legal worker"
    r"|staff member|clinic worker|therapist|psychologist|program (?:manager|coordinator)"
    r"|navigator)"
)
# Who is writing, said as their work.
_STAFF = re.compile(
    rf"\bi (?:work|volunteer) (?:at|for|with|in) (?:a|an|the|our) (?:\w+ ){{0,3}}?{_WORKPLACE}"
    rf"|\b(?:i'?m|im|i am) (?:a|an|the) (?:\w+ ){{0,2}}?{_JOB}\b"
    rf"|\b(?:i'?m|im|i am|we'?re|we are) (?:with|from|at) (?:a|an|the|our) (?:\w+ ){{0,2}}?"
    rf"{_WORKPLACE}"
    rf"|\bas an? (?:\w+ )?{_JOB}\b"
    r"|\b(?:staff|clinic staff|a staffer|staffer) here\b|\b(?:i'?m|im|i am) (?:on )?staff\b"
    r"|\bi (?:refer|send|see|work with) (?:people|clients|women|youth|students|survivors"
    r"|victims)\b|\bmy clients\b|\bour clients\b"
)
# Testing or reviewing the assistant itself.
_TESTING = re.compile(
    r"\b(?:test|testing|tests|tried|trying (?:it|this|you) out|try (?:it|this|you) out"
    r"|review\w*|evaluat\w*|check(?:ing)? (?:out )?(?:how|what|this|the|you)"
    r"|see(?:ing)? (?:what|how) (?:this|the|you|it)|before i (?:send|refer|recommend|point))"
)
# A question about the service or the assistant, not a case.
_CRITERIA = re.compile(
    r"\beligib\w*|\bqualif\w*|\bcriteria\b|\bwho (?:can|is able to|could) (?:apply|use|get)"
    r"|\bwho (?:is|are) (?:it|the service|this|this service|the program) for\b"
    r"|\bwho (?:is|gets) covered\b"
    r"|\brequirements?\b"
)
_STATUS = re.compile(
    r"\bpilot\b|\bstill (?:running|open|on|going|available|active|taking|accepting|operating)"
    r"|\b(?:is|are) (?:the service|it|this|they) (?:still )?(?:open|running|active|available)"
    r"|\btaking (?:new )?(?:clients|referrals|people)\b|\b(?:end|ended|ending) date\b"
)
# Words that tell of a case: the helper readings answer those.
_IMAGES = images(r"naked \w+")
# ("before we share it with clients" is not a case).
_CASE = re.compile(
    rf"{_IMAGES}"
    r"|\b(?:blackmail|sextort|extort)\w*|\bthreat\w* (?:to|that)\b|\bthreatening (?:her|him|them)\b"
    r"|\b(?:post|shar|leak|upload|forward|spread|expos)\w* (?:her|his|their|them|my|our)\b"
    r"|\basking (?:her|him|them) for\b"
)


# How the people a worker helps would use the service, or how to refer them.
_WHO_THEY_HELP = (
    r"(?:students?|clients?|kids?|youth|young (?:people|person)|teens?|people|someone|patients?"
    r"|survivors?|victims?|women|they|them)"
)
_HOW_TO_USE = re.compile(
    rf"\bhow (?:would|does|do|can|could|should|will) (?:a |an |my |our |the )?{_WHO_THEY_HELP}"
    r" (?:\w+ )?(?:use|access|contact|reach|get|apply|start|sign up|connect)\b"
    rf"|\bhow (?:do|does|would|can) (?:it|this|the service|your service) work for (?:a |an |my |our"
    rf" )?{_WHO_THEY_HELP}\b"
)
_REFER = re.compile(
    r"\brefer\w*\b|\bsend (?:them|him|her|students?|clients?|people) (?:to you|your way|over)\b"
    r"|\bmake a referral\b"
)


def is_staff(text: str) -> bool:
    """The writer says who they are at work ("I'm a social worker", "I work at a clinic")."""
    return bool(_STAFF.search(plain_lower(text)))


def _question_kind(cleaned: str) -> str | None:
    if everyday_kind(cleaned) == CHAT_KEPT:
        return CHAT_KEPT
    if _STATUS.search(cleaned):
        return STAFF_STATUS
    if _CRITERIA.search(cleaned):
        return STAFF_CRITERIA
    if _REFER.search(cleaned):
        return STAFF_REFER
    if _HOW_TO_USE.search(cleaned):
        return STAFF_HOW_TO_USE
    return None


# A worker asks to check whether the person they help qualifies ("check if my client
# qualifies", "would my client be eligible? she lives in Surrey and..."): the criteria, even
# with the case told beside it (round 19, p30).
_CLIENT_CHECK = re.compile(
    r"\b(?:my|our|a|the) (?:client|patient|student|resident|member)s?\b[^.?!]{0,40}?"
    r"\b(?:qualif\w*|eligib\w*|fits? the criteria|meets? the criteria)"
    r"|\b(?:qualif\w*|eligib\w*|criteria)\b[^.?!]{0,30}?\b(?:my|our) (?:client|patient)s?\b"
)


def staff_kind(text: str) -> str | None:
    """A worker's message about the assistant or the service: its kind, or None (a case told,
    or no worker said)."""
    cleaned = plain_lower(text)
    if _CLIENT_CHECK.search(cleaned):
        return STAFF_CRITERIA
    if not cleaned or not _STAFF.search(cleaned) or _CASE.search(cleaned):
        return None
    question = _question_kind(cleaned)
    if question:
        return question
    return STAFF_TESTING if _TESTING.search(cleaned) else None


def role_without_case(text: str) -> bool:
    """A worker who says only their job and asks a question, with no case told ("im a school
    counsellor, what does the service do exactly"): no child's case is assumed."""
    cleaned = plain_lower(text)
    if _CASE_IMPLIED.search(cleaned):
        return False
    return bool(_STAFF.search(cleaned)) and not _CASE.search(cleaned)


# A case behind the job, though not told: "I'm THE school counsellor" (of the child spoken of),
# "what is my next step", "where do I report this", a "she" or "he".
_CASE_IMPLIED = re.compile(
    r"\b(?:i'?m|im|i am) (?:the|her|his|their)\b|\bnext steps?\b|\breport (?:this|it|him|her)\b"
    r"|\bwhat (?:should|do|can|would) (?:i|we) do\b|\b(?:she|he|her|him|this (?:student|child"
    r"|kid|girl|boy|client))\b"
)


_WHO_TO_CALL = re.compile(
    r"\bwho (?:do|should|can|would) (?:i|we) (?:call|contact|phone|reach|email|talk to)\b"
    r"|\bwhat(?:'s| is)? the (?:number|phone number|email)\b|\bhow (?:do|can) (?:i|we) (?:reach"
    r"|contact|call) (?:you|them|the service)\b"
)


def role_question_kind(text: str) -> str | None:
    """The worker's answer for a job said alone with a question: the criteria, the pilot, a
    referral, or how the person uses the service ("who do I call?"); None leaves it to the
    classifier's topic."""
    cleaned = plain_lower(text)
    question = _question_kind(cleaned)
    if question in KINDS:
        return question
    return STAFF_HOW_TO_USE if _WHO_TO_CALL.search(cleaned) else None


# A question of its own beside the testing ("I'm testing this. which numbers do you give?").
_QUESTION = re.compile(
    r"\?|(?:^|[.,;:!] ?)(?:and )?(?:what|which|how|who|when|where|why|can|could|do|does|is|are"
    r"|will|would|should|tell me)\b"
)


def only_testing(text: str) -> bool:
    """A worker says they are testing, with no question of their own: what the assistant can
    answer (STAFF_TESTING). A question beside it is answered as asked."""
    cleaned = plain_lower(text)
    return staff_kind(cleaned) == STAFF_TESTING and not _QUESTION.search(cleaned)


# "I'd like to run the eligibility check", "let me try the quiz", "can we do the questions": the
# worker asks for the check itself, after the criteria (round 19, explore20: it got "My answer
# just above" instead of the check's first question).
_RUN_CHECK = re.compile(
    r"\b(?:run|start|do|try|take|go through|begin|walk (?:me|us) through|test|use)\b[^.?!]{0,30}?"
    r"\b(?:check|checker|quiz|questions|questionnaire|form)\b"
)


def staff_kind_in_context(
    kind: str | None, intent: str | None, text: str, earlier_texts: list[str]
) -> str | None:
    """A worker who said so earlier and now asks about eligibility, the pilot or the chat: the
    direct answer, not the eligibility questions about "your images"; `kind` otherwise."""
    if kind in KINDS or kind == CHAT_KEPT:
        return kind
    if not any(staff_kind(earlier) for earlier in earlier_texts[-6:]):
        return kind
    cleaned = plain_lower(text)
    if _CASE.search(cleaned):
        return kind  # a case told after all: the helper readings' answer
    if kind is not None:
        return kind
    if _RUN_CHECK.search(cleaned):
        return kind  # round 19 (explore20): the worker asks to go through the check itself
    question = _question_kind(cleaned)
    if question:
        return question
    if intent in ELIGIBILITY_INTENTS:
        return STAFF_CRITERIA
    return kind
