"""Reading the age check's answers from one turn: which ages, offset and trust a message gives,
and when a reply meant as an age has none (ask again). Plain functions on a `Turn`;
actions/age_check.py reads the tracker into one and turns the result into events.
The law is assistant/age_rules.py; reading ages from text, assistant/age_parsing.py.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from assistant import age_rules, helper_reading, trust_words
from assistant.age_parsing import ParsedAges, parse_ages, resolve_pair
from assistant.earlier_ages import with_earlier
from assistant.hypothetical_ages import is_hypothetical_pair
from assistant.image_words import images
from assistant.trust_words import names_position_of_trust

AGE, OTHER_AGE, OFFSET, TRUST, IS_MINOR = (
    "age_check_age",
    "age_check_other_age",
    "age_check_other_offset",
    "age_check_trust",
    "is_minor",
)
FORM_SLOTS = (AGE, OTHER_AGE, OFFSET, TRUST)
TRUST_FROM_INTENT = {"affirm": "yes", "deny": "no", "dont_know": "unsure", "skip": "unsure"}
TRUST_VALUES = {"yes": True, "no": False}
_LEADING_ANSWER = re.compile(
    r"^(?:(?P<yes>yes|yeah|yep|yup|ya)|no|nope|nah|not really)\b(?!\s*(?:idea|clue))"
)

# Never read an answer from these: they belong to the safety net, stop/skip rules or handoff.
BLOCKED_INTENTS = {
    "stop",
    "skip",
    "crisis",
    "immediate_danger",
    "need_help_now",
    "contact_lawyer",
    "sextortion",
    "goodbye",
}
# Intents a real answer to "how old...?" is likely to get. Other intents (a question from
# another topic) are read only when the message is short, so "is 16 the age of consent?"
# is answered by its own rule instead of being taken as an age.
ANSWER_INTENTS = {"check_age_rules", "youth_disclosure", "inform", "nlu_fallback"}
SHORT_ANSWER_WORDS = 6


@dataclass(frozen=True)
class Turn:
    """What reading an answer needs from the conversation."""

    intent: str
    text: str
    activating: bool = False  # the form's opening message: read for everything it says
    requested: str | None = None  # the slot just asked about (None at activation)
    age: float | None = None  # slots already known
    offset: float | None = None
    # The person's earlier messages, read at activation so ages already given are not asked.
    earlier: tuple[str, ...] = ()


@dataclass(frozen=True)
class Reading:
    slots: dict[str, Any] = field(default_factory=dict)
    wrong_age: bool = False  # meant as an age but none usable in it: ask again


def required_slots(age: float | None, other: float | None, trust: str | None = None) -> list[str]:
    """Ask about authority or trust only when the answer depends on it."""
    # "I'm 17 and my manager ...": the trust rule answers whatever the other's age.
    if other is None and age_rules.trust_decides(age, TRUST_VALUES.get(trust or "")):
        return [AGE, TRUST]
    slots = [AGE, OTHER_AGE]
    if age is None or other is None or age_rules.trust_matters(age, other):
        slots.append(TRUST)
    return slots


def readable(turn: Turn) -> bool:
    if turn.intent in BLOCKED_INTENTS:
        return False
    if turn.activating or turn.intent in ANSWER_INTENTS:
        return True
    return len(re.findall(r"\S+", turn.text)) <= SHORT_ANSWER_WORDS


def parsed(turn: Turn) -> ParsedAges:
    if not readable(turn):
        return ParsedAges()
    ages = parse_ages(turn.text)
    # At the start, ages the person already gave ("I'm 15" in the first message) count too.
    return with_earlier(ages, list(turn.earlier)) if turn.activating else ages


def unusable_answer(turn: Turn, ages: ParsedAges) -> bool:
    """A reply meant as an answer but with no age in it ("old", "asdf")."""
    return turn.intent in ANSWER_INTENTS and not ages.found_anything()


def minor(age: int) -> dict[str, Any]:
    checked = age_rules.as_age(age)
    if checked is None:
        return {}
    return {IS_MINOR: checked < age_rules.Thresholds.from_content().adult_age}


def _as_float(age: int | None) -> float | None:
    return None if age is None else float(age)


def about_a_child(turn: Turn) -> bool:
    """A parent or helper asking about their child: "she's 17" is the young person's age."""
    return any(helper_reading.names_child(text) for text in (turn.text, *turn.earlier))


def pair_at_start(turn: Turn, ages: ParsedAges) -> tuple[int | None, int | None]:
    """Both ages at activation. A helper gives no age of their own: the one age they give
    ("my daughter ... she is 17") is the young person's, and the other person's is asked."""
    age, other = resolve_pair(ages)
    if age is None and other is not None and not ages.self_stated and about_a_child(turn):
        return other, None
    return age, other


def read_age(turn: Turn) -> Reading:
    ages = parsed(turn)
    if turn.activating:
        age, _other = pair_at_start(turn, ages)
        found: dict[str, Any] = {AGE: _as_float(age)}  # also clears an earlier check
        if ages.self_stated and age is not None:
            found.update(minor(age))
        return Reading(found)
    age = ages.age
    asked = turn.requested == AGE
    if age is None and asked and ages.unassigned:
        age = ages.unassigned[0]
    if age is None and asked and unusable_answer(turn, ages):
        return Reading({AGE: None}, wrong_age=True)
    if age is None:
        return Reading()
    return Reading({AGE: float(age), **minor(age)})


def read_other_age(turn: Turn) -> Reading:
    ages = parsed(turn)
    found: dict[str, Any] = {}
    wrong_age = False
    if ages.other_offset is not None:
        found[OFFSET] = float(ages.other_offset)
    if turn.activating:
        _age, other = pair_at_start(turn, ages)
        found.setdefault(OFFSET, None)
        found[OTHER_AGE] = _as_float(other)
    else:
        asked = turn.requested == OTHER_AGE
        other = ages.other_age
        if other is None and asked and ages.unassigned:
            other = ages.unassigned[0]
        if other is not None:
            found[OTHER_AGE] = float(other)
        elif asked and unusable_answer(turn, ages):
            wrong_age = True
            found[OTHER_AGE] = None
    # "2 years older" becomes an age once the person's own age is known.
    offset = found.get(OFFSET, turn.offset)
    if found.get(OTHER_AGE) is None and offset is not None and turn.age is not None:
        found[OTHER_AGE] = float(turn.age) + float(offset)
    return Reading(found, wrong_age)


# Said at the trust question instead of an answer (session 21): "we love each other though",
# "she says she sent them willingly", "its consensual". Agreeing is not what the question asks,
# and it left the form stuck ("Sorry, I'm not sure how to help with that", or other resources):
# read as not known, so the answer explains what the trust question would change and that
# agreeing does not make images of anyone under 18 legal.
_AGREEING_SAID = re.compile(
    r"\b(?:love each other|in love|consensual|consent(?:ed|s)?|willingly|agreed|agree(?:s|d)?"
    r"|mutual|(?:she|he|they|i|we) (?:wanted|want) (?:to|it|them)|on (?:her|his|their|my) own"
    r"|(?:we'?re|we are|they'?re|they are) (?:dating|together|a couple)"
    r"|(?:he'?s|she'?s|he is|she is) (?:my|her|his|their) (?:boyfriend|girlfriend|bf|gf|partner))\b"
)


def read_trust(turn: Turn) -> dict[str, Any]:
    if turn.requested == TRUST:
        if turn.intent in TRUST_FROM_INTENT:
            return {TRUST: TRUST_FROM_INTENT[turn.intent]}
        authority = _authority(turn)
        if authority is None and _AGREEING_SAID.search(turn.text.lower()):
            return {TRUST: "unsure"}
        return {} if authority is None else {TRUST: "yes" if authority else "no"}
    # Outside the question only a clear "he's my teacher" counts: "my bf" must not
    # answer "no" for someone who may also be a coach.
    if parsed(turn).authority is True or (readable(turn) and names_position_of_trust(turn.text)):
        return {TRUST: "yes"}
    # The writer named their own coach or teacher asking for images before the check ("my
    # coach keeps asking me for pics", then "im 16 hes 26"): not asked again (round 17, p08).
    if turn.activating and trust_words.trust_told_before(turn.text, turn.earlier):
        return {TRUST: "yes"}
    # A helper named the child's teacher, coach or babysitter earlier ("her teacher").
    if turn.activating and about_a_child(turn):
        if any(helper_reading.names_others_authority(text) for text in turn.earlier):
            return {TRUST: "yes"}
    if turn.activating and is_hypothetical_pair(turn.text):
        return {TRUST: "unsure"}  # nobody's relationship: the answer says what would change it
    return {TRUST: None} if turn.activating else {}


def _authority(turn: Turn) -> bool | None:
    """The answer to the trust question, read from a message of any length ("yeah I told you
    he's my coach"): naming a relationship is not a question from another topic."""
    if turn.intent in BLOCKED_INTENTS:
        return None
    if names_position_of_trust(turn.text):
        return True
    authority = parse_ages(turn.text).authority
    if authority is None:
        # "no, they go to the same school": a plain yes or no said first answers the question.
        leading = _LEADING_ANSWER.match(turn.text.strip().lower())
        authority = None if leading is None else leading.group("yes") is not None
    return authority


def checked_age(slot: str, value: Any) -> Reading:
    """An extracted age as the slot keeps it; 0, 150, -3: ask again in plain words rather
    than answer with a wrong age."""
    if value is None:
        return Reading({slot: None})
    age = age_rules.as_age(value)
    if age is None:
        return Reading({slot: None}, wrong_age=True)
    return Reading({slot: float(age)})


_IMAGE_WORDS = re.compile(rf"\b{images('sexting', 'sext')}\b")


def names_images(texts: list[str]) -> bool:
    """Whether any of the person's messages names pictures, nudes or videos ("can they share
    pics?"): the age answer then starts with the images rule."""
    return any(_IMAGE_WORDS.search((text or "").lower()) for text in texts)
