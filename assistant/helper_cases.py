"""Someone writing for another person: four kinds found by probing after round 12 (issue 16).
Plain Python, no Rasa imports; the InterruptPolicy and assistant/answer_kinds.py call it.

1. An adult being asked or pressured for images, told by a helper ("my friend (30) has a
   coworker pressuring her for pics", "my sister is 24 and a guy keeps asking her for pics"):
   the pressure answer for a helper (they never have to send anything, keep the messages,
   report the account; at work, what the sources say), never the route questions about "your
   images" or "How old is the other person?".
2. A helper's message about a child asked for images: the answer at once, without the
   writer's own "Are you safe right now?", unless the writer says they are in danger or
   distress (the answer itself says to call 9-1-1 if the child is in danger).
3. A check-in followed, in the same turn, by an answer that lists 9-1-1 and 9-8-8 again: the
   answer without the lines the check-in just gave; and a check-in about someone else in
   crisis asks about that person.
4. A relative named with no age ("my cousin's ex posted her video"): not assumed a child; an
   answer with both branches (under 18 in the images, or 18 or older).
"""

from __future__ import annotations

import re

from assistant import helper_reading as hr
from assistant.calm_messages import _DISTRESS
from assistant.situation_reading import situation_from_text

HELPER_ADULT_ASKED = "helper_adult_asked_for_images"
HELPER_ADULT_ASKED_WORK = "helper_adult_asked_for_images_at_work"
HELPER_AGE_UNKNOWN = "helper_age_not_said"
# "what can she do?" right after the answer for an adult asked for images.
HELPER_ADULT_ASKED_FIRST = "helper_adult_asked_for_images_first"
KINDS = frozenset(
    {HELPER_ADULT_ASKED, HELPER_ADULT_ASKED_WORK, HELPER_AGE_UNKNOWN, HELPER_ADULT_ASKED_FIRST}
)

ANSWERS: dict[str, list[str]] = {
    HELPER_ADULT_ASKED: ["utter_helper_adult_asked", "utter_helper_adult_asked_next"],
    HELPER_ADULT_ASKED_WORK: [
        "utter_helper_adult_asked",
        "utter_helper_adult_asked_work",
        "utter_helper_adult_asked_next",
    ],  # fmt: skip
    HELPER_AGE_UNKNOWN: ["utter_helper_age_unknown", "utter_helper_age_unknown_adult"],
    HELPER_ADULT_ASKED_FIRST: ["utter_helper_adult_asked_first"],
}

# --- 1. An adult asked for images, told by a helper ------------------------------------------
# Someone at work: the asker or the place ("a coworker", "her boss", "at her job").
_WORK = re.compile(
    r"\b(?:co-?workers?|colleagues?|boss|manager|supervisor|employer|workplace|at work"
    r"|from work|(?:her|his|their) (?:work|job)|shifts?)\b"
)


# Typos seen in people's messages, for the words this reader needs ("my freind", "askin").
_TYPOS = {
    "freind": "friend",
    "frend": "friend",
    "firend": "friend",
    "freinds": "friends",
    "askin": "asking",
    "askng": "asking",
    "aksing": "asking",
    "beggin": "begging",
    "pressureing": "pressuring",
    "presuring": "pressuring",
    "pressurin": "pressuring",
    "coworkr": "coworker",
    "cowroker": "coworker",
}


def _untypo(cleaned: str) -> str:
    return " ".join(_TYPOS.get(word, word) for word in cleaned.split())


# The one asked is someone else ("asking her", "my sister is getting pressured"), not the
# writer ("my boyfriend won't stop asking for nudes" is the writer's own case).
_THEY_ARE_ASKED = re.compile(
    r"\b(?:ask|beg|pressur|push|bug|pester|harass|want|messag|texting|dm)\w* (?:her|him|them"
    r"|my \w+|our \w+)\b"
    r"|\b(?:she|he|they|my \w+)(?: \(\d{1,2}\))?(?:'s| is| are|'re| was| were| has been"
    r"| have been)?"
    r" (?:\w+ )?(?:getting|being|been|got|was|were) (?:asked|pressured|pushed|begged|harassed"
    r"|bugged|pestered)\b"
)


def _any_minor_age(cleaned: str) -> bool:
    """Any age under 18 given anywhere in the message (the asker's age may come first)."""
    for match in hr._SAYS_AGE.finditer(cleaned):
        groups = [g for g in match.groups() if g]
        if groups and (match.group(0).startswith("grade") or int(groups[0]) < hr.ADULT_AGE):
            return True
    return False


def helper_adult_asked(text: str) -> str | None:
    """HELPER_ADULT_ASKED(_WORK) when the writer tells of someone else, an adult or of no age
    that names a child, being asked or pressured for images, with nothing shared, threatened or
    asked for money; None otherwise."""
    cleaned = _untypo(hr._clean(text))
    if not cleaned or hr._CHILD_MONEY.search(cleaned):
        return None  # money asked: the blackmail answer fits a helper too
    if hr._MINE.search(cleaned) and not hr.for_someone_else(cleaned):
        return None  # "he keeps asking me": the writer's own case
    age = hr._helped_age(cleaned)
    if age is not None and age < hr.ADULT_AGE or _any_minor_age(cleaned):
        return None  # a child asked: the exploitation answer ("a 30 year old ... my 14 year old")
    named_child = hr._CHILD.search(cleaned) or hr._A_CHILD.search(cleaned)
    if age is None and (named_child or hr._GRADE.search(cleaned)):
        return None
    if not (hr._OTHER_PERSON.search(cleaned) or hr._SIBLING.search(cleaned) or named_child):
        return None
    if situation_from_text(cleaned) in {"shared", "threatened"}:
        return None  # the helper's answer for images shared or threatened
    if not (hr._ASKS_IMAGES.search(cleaned) and _THEY_ARE_ASKED.search(cleaned)):
        return None
    return HELPER_ADULT_ASKED_WORK if _WORK.search(cleaned) else HELPER_ADULT_ASKED


# --- 2. A child asked for images: no check-in on the writer without a reason ------------------
# Kinds whose first answer already says "If the child is in danger right now, call 9-1-1".
CHILD_ASKED_KINDS = frozenset({"child_asked_for_images", "child_asked_by_person_of_trust"})
# Fear for the child is no distress of the writer's own ("I'm scared for her").
_FOR_THEM = re.compile(
    r"\b(?:scared|afraid|worried|terrified|frightened|panicking|freaking out) (?:for|about)"
    r" (?:her|him|them|my \w+|our \w+|the \w+)\b"
)
# The writer's own danger or distress ("I'm scared", "I can't cope", "I'm not safe").
_OWN = re.compile(
    r"\b(?:i'?m|im|i am|i feel|i'?ve been|i was) (?:so |really |very |just |completely |totally )?"
    r"(?:scared|afraid|terrified|frightened|panicking|freaking out|not ok(?:ay)?|not safe"
    r"|unsafe|in danger|losing it|falling apart|shaking|a mess|suicidal|done)\b"
    r"|\bmyself\b|\bi (?:want|wanna|need) to (?:die|disappear)\b|\bkill me\b|\bhurt me\b"
)
# Anyone's harm or death named: the check-in stays ("she said she wants to die").
_HARM = re.compile(
    r"\b(?:kill\w*|die|dying|dead|suicid\w*|self[- ]?harm\w*|cutting|overdos\w*"
    r"|hurt\w* (?:her|him|them|my|your)sel\w*|end (?:it|it all|(?:her|his|their|my) life))\b"
)


def check_in_not_needed(kind: str | None, text: str) -> bool:
    """A child asked for images, told by a helper who says nothing of their own danger or
    distress, nor of anyone's harm: the answer at once, without "Are you safe right now?"."""
    if kind not in CHILD_ASKED_KINDS:
        return False
    cleaned = _FOR_THEM.sub(" ", hr._clean(text))
    return not (_OWN.search(cleaned) or _DISTRESS.search(cleaned) or _HARM.search(cleaned))


# --- 3. Each crisis line once in a turn ---------------------------------------------------------
# Someone else in crisis: the check-in asks about them (assistant/helper_check_in.py).
OTHERS_IN_CRISIS = frozenset({hr.OTHER_IN_CRISIS, hr.CANT_REACH, "crisis_lines_for_someone"})
# Answers that list 9-1-1 and 9-8-8 -> the same without them, after a check-in that gave them.
AFTER_CHECK_IN = {
    "utter_other_person_in_danger": "utter_other_person_in_danger_rest",
    "utter_cant_reach": "utter_cant_reach_rest",
    "utter_crisis_lines_for_someone": "utter_crisis_lines_for_someone_rest",
}


# "my friend might hurt herself", "I'm worried she'll do something to herself": someone else
# at risk, said without "she said" (helper_reading.other_person_may_hurt_themselves reads that).
_OTHER_AT_RISK = re.compile(
    r"\b(?:she|he|they|my \w+)(?:'ll|'s| is| are| will| might| may| could| would)?"
    r"(?: \w+){0,3}? (?:hurt|harm|kill|cut) (?:herself|himself|themselves|themself)\b"
    r"|\b(?:do|does|did) (?:something|anything) (?:stupid |bad |drastic )?to"
    r" (?:herself|himself|themselves|themself)\b"
    r"|\b(?:she|he|they|my \w+)(?:'s| is| are|'re)? (?:\w+ )?suicidal\b"
)


def other_at_risk(text: str) -> bool:
    """Someone else may hurt themselves, in the writer's words or theirs."""
    cleaned = hr._clean(text)
    if re.search(r"\bif i (?:don'?t|dont|do not|won'?t|stop|leave)\b", cleaned):
        return False  # "he'll hurt himself if I leave": pressure, answered as such
    return hr.other_person_may_hurt_themselves(cleaned) or bool(_OTHER_AT_RISK.search(cleaned))


def once_after_check_in(sequence: list[str]) -> list[str]:
    """`sequence` with each answer that repeats the check-in's lines in its shorter form."""
    return [AFTER_CHECK_IN.get(action, action) for action in sequence]


# --- 4. A relative named with no age ----------------------------------------------------------
# Relatives who are as often adults as children: a child only when an age or a child's word
# says so ("my little cousin", "my 12 year old niece").
_MAYBE_ADULT = re.compile(
    r"\b(?:cousin|niece|nephew|grand(?:daughter|son|child|kid)|god(?:son|daughter|child|kid)"
    r"|great[- ]?grand\w+)s?\b"
)
_SCHOOL = re.compile(
    r"\b(?:school|class|classmates?|students?|pupils?|teacher|grade \d+|elementary|daycare)\b"
)
_CHILD_WORDS = re.compile(
    r"\b(?:little|lil|younger|baby|teen|teenage|toddler|young|kid|child|\d{1,2})\b"
)


def age_unknown(text: str) -> bool:
    """The person helped is named only as a relative who may be an adult, with no age, grade or
    school said: neither the child's answer nor the adult's alone."""
    # "he says he will show them to our grandkids": those the images would go to, not a person
    # helped (session 17).
    cleaned = hr.CHILD_AUDIENCE.sub(" ", hr._clean(text))
    if hr._helped_age(cleaned) is not None or hr._GRADE.search(cleaned):
        return False
    if hr._A_CHILD.search(cleaned) or _SCHOOL.search(cleaned):
        return False
    matches = [match.group(0) for match in hr._CHILD.finditer(cleaned)]
    return bool(matches) and all(
        _MAYBE_ADULT.search(found) and not _CHILD_WORDS.search(found) for found in matches
    )


# --- Next messages after these answers --------------------------------------------------------
_ASKED_KINDS = frozenset({HELPER_ADULT_ASKED, HELPER_ADULT_ASKED_WORK, HELPER_ADULT_ASKED_FIRST})
# "what can she do", "what should she do first", "next steps?", "what are her options".
_WHAT_NOW = re.compile(
    r"\bwhat (?:should|can|could|do|does|would|is) (?:she|he|they|i|we|my \w+) (?:\w+ )?do\b"
    r"|\bwhat now\b|\b(?:first|next) steps?\b|\bwhat (?:are|r) (?:her|his|their|the) options\b"
    r"|\bhow (?:can|do|should|could) (?:she|he|they|i|we) (?:handle|deal with|stop|help)\b"
    r"|\bwhat (?:should|can|do) (?:she|he|they) do first\b"
)
# Kinds a next message may carry that say nothing of its own here.
_REPLACEABLE = frozenset({None, "follow_up", hr.HELPER_OTHER, hr.HELPER_TALK_MAYBE})
# The conversation's own intents keep their answers.
_KEEPS = frozenset(
    {"crisis", "immediate_danger", "stop", "delete_conversation", "need_help_now", "contact_lawyer"}
)


def _age_said(cleaned: str) -> int | None:
    """A short message that gives the helped person's age ("she's 17", "shes 22", "19")."""
    if len(cleaned.split()) > 10:
        return None
    if re.fullmatch(r"(?:only |just )?(\d{1,2})\W*", cleaned):
        return int(re.findall(r"\d{1,2}", cleaned)[0])
    return hr._helped_age(cleaned)


def kind_in_context(
    kind: str | None,
    intent: str | None,
    text: str,
    earlier_topics: list[str | None],
    loop: str | None,
) -> str | None:
    """After the answer with both branches, the age said: the child's or the adult's answer for
    a helper (never the age check's "How old is the other person?"); after the answer for an
    adult asked for images, "what can she do?": what helps first (never the route questions
    about "your images")."""
    if loop or intent in _KEEPS or kind not in _REPLACEABLE:
        return kind
    cleaned = _untypo(hr._clean(text))
    recent = set(earlier_topics[-2:])
    if earlier_topics and earlier_topics[-1] == HELPER_AGE_UNKNOWN:
        age = _age_said(cleaned)
        if age is not None:
            return hr.HELPER_MINOR if age < hr.ADULT_AGE else hr.HELPER_ADULT
    if recent & _ASKED_KINDS and (intent == "route_finder" or _WHAT_NOW.search(cleaned)):
        return HELPER_ADULT_ASKED_FIRST
    return kind
