"""What the eligibility check keeps from a message: the person's own words before a value an
entity or an intent set on its own. Plain Python; actions/eligibility.py is the Rasa shell.

Each reader returns (value, unclear): `value` is what to keep (None: still unknown), `unclear`
is True only when the message was meant as the answer and could not be read (the form then
asks again in other words).
"""

from __future__ import annotations

import re
from typing import Any

from assistant import eligibility
from assistant.home_reading import home_from_text, moves_to_bc, place_mentions
from assistant.situation_reading import KNOWN as KNOWN_SITUATIONS
from assistant.situation_reading import situation_from_text
from assistant.slot_history import Earlier, is_free_text

_SAID_SITUATIONS = frozenset({"shared", "threatened"})
KNOWN_HOMES = frozenset({eligibility.YES, eligibility.NO, eligibility.UNSURE, eligibility.SKIPPED})
LIVES_IN_BC, IMAGE_SITUATION = "lives_in_bc", "image_situation"


def _known(value: Any, known: frozenset[str]) -> str | None:
    cleaned = str(value).strip().lower() if value is not None else ""
    return cleaned if cleaned in known else None


def earlier_home(earlier: Earlier) -> str | None:
    """What was known before, re-reading the message that gave a bare place name."""
    known = _known(earlier.value, KNOWN_HOMES)
    if known or earlier.value is None:
        return known
    return home_from_text(earlier.text) if is_free_text(earlier.text) else None


def earlier_situation(earlier: Earlier) -> str | None:
    if earlier.value is None:
        return None
    if is_free_text(earlier.text):
        # "I don't know if he shared it" may have set "shared" through its intent.
        reading = situation_from_text(earlier.text)
        if reading:
            return reading
    return _known(earlier.value, KNOWN_SITUATIONS)


def home_answer(text: str, slot_value: Any, earlier: Earlier) -> tuple[str | None, bool]:
    """Does the person live in B.C.? Places named for someone else never answer it."""
    if is_free_text(text) and place_mentions(text):
        home = home_from_text(text)
        if home:
            return home, False
        if moves_to_bc(text):
            # "I'm moving to Vancouver soon": a home still to come, not one now; asked again.
            return None, False
        # "yes, my ex lives in Nanaimo": the yes answers; the place does not.
        return _known(slot_value, KNOWN_HOMES) or earlier_home(earlier), False
    if slot_value is not None and slot_value == earlier.value:
        return earlier_home(earlier), False  # set by an older message
    if answers_situation_instead(text):
        # "I don't know if he shared it" answers the other question: not "unsure" of the home.
        return earlier_home(earlier), False
    answer = eligibility.lives_in_bc_from_text(str(slot_value or ""))
    return answer, answer is None


def answers_situation_instead(text: str) -> bool:
    """A typed doubt about the sharing ("not sure if he sent them"), with no place and no yes
    or no: it answers the images question, whichever question was asked."""
    return (
        is_free_text(text)
        and not place_mentions(text)
        and yes_or_no(text) is None
        and situation_from_text(text) == "unsure"
    )


def heard_home(text: str) -> str | None:
    """'yes' / 'no' when a typed message names the person's own place (said back to them)."""
    return home_from_text(text) if is_free_text(text) else None


def situation_answer(text: str, slot_value: Any, earlier: Earlier) -> tuple[str | None, bool]:
    """Shared, threatened, neither or unsure: only what the person said."""
    if is_free_text(text):
        reading = situation_from_text(text)
        if reading:
            return reading, False
        if place_mentions(text):
            # "no, I live in Alberta" answers the other question, not this one; what an
            # earlier message said ("now they're posted") stays (issue 16: not asked again).
            kept = _known(slot_value, _SAID_SITUATIONS)  # "no" (neither) may be about the place
            return earlier_situation(earlier) or kept, False
    if slot_value is not None and slot_value == earlier.value:
        return earlier_situation(earlier), False
    answer = situation_from_text(str(slot_value or ""))
    return answer, answer is None


def corrections(text: str, home_before: str | None, situation_before: str | None) -> dict:
    """The answers a message changes ("no, I said I live in Alberta"), to redo the outcome."""
    if not is_free_text(text):
        return {}
    changed = {}
    home = home_from_text(text)
    if home and home != home_before:
        changed[LIVES_IN_BC] = home
    situation = situation_from_text(text)
    if situation and situation != situation_before:
        changed[IMAGE_SITUATION] = situation
    return changed


# Never taken as an answer: the safety net, handoff and conversation moves answer these.
NEVER_ANSWERS = frozenset(
    {
        "stop",
        "skip",
        "resume",
        "crisis",
        "immediate_danger",
        "need_help_now",
        "contact_lawyer",
        "goodbye",
        "delete_conversation",
    }
)
_QUESTION = re.compile(
    r"\?\s*$|^(?:how|what|whats|what's|who|where|when|why|which|can|could|do|does|is|are|will"
    r"|would|should|am)\b"
)


def may_answer(intent: str, text: str) -> bool:
    """Whether a typed message may be the answer to the question the form asked, whatever
    intent the classifier gave it ("like last weekend"); a question is answered by its own
    rule instead, then the form asks again."""
    if not is_free_text(text) or intent in NEVER_ANSWERS:
        return False
    return not _QUESTION.search(text.strip().lower())


_OPENING_WORD = re.compile(r"^(?:but|and|also|so|oh|ok|okay|um|uh|wait)\b[\s,]*")
_FIRST_SENTENCE = re.compile(r"^\s*([^.!?]+)[.!]+\s+(?=\S)")


def statement_before_question(intent: str, text: str) -> str | None:
    """The statement that opens a message ending in a question ("I was an adult. does a threat
    count?"): it may answer the form's question while the question gets its own answer."""
    if not is_free_text(text) or intent in NEVER_ANSWERS:
        return None
    match = _FIRST_SENTENCE.match(text)
    if not match:
        return None
    rest = text[match.end() :].strip().lower()
    # "yes vancouver. but do you help men too": a question without its question mark.
    if "?" not in rest and not _QUESTION.search(_OPENING_WORD.sub("", rest)):
        return None
    statement = match.group(1).strip()
    return statement if may_answer(intent, statement) else None


_SENTENCE = re.compile(r"[^.!?]+[.!?]*")


def statements_before_question(intent: str, text: str) -> str | None:
    """Every sentence before a message's first question ("I didn't say I live in BC, I was
    visiting. I live in Vancouver though. Is recording someone illegal?", round 45 p09): what
    they say may answer the form's question when the first sentence alone does not."""
    if not is_free_text(text) or intent in NEVER_ANSWERS:
        return None
    told: list[str] = []
    for sentence in (m.group(0).strip() for m in _SENTENCE.finditer(text)):
        opening = _OPENING_WORD.sub("", sentence.lower())
        if sentence.endswith("?") or _QUESTION.search(opening):
            statement = " ".join(told)
            return statement if told and may_answer(intent, statement) else None
        told.append(sentence)
    return None


# A plain yes or no to a form's yes/no question ("yes", "yeah it did", "nope"), and a bare
# acknowledgement ("ok", "alright") that answers nothing: the form asks its question again.
_YES = re.compile(r"^(?:yes|yeah|yea|yep|yup|ya|yah|y|correct|right|true|i was|it did)\b")
_NO = re.compile(r"^(?:no|nope|nah|n|not really|i wasn'?t|it didn'?t)\b")
_ACK = re.compile(r"^(?:ok|okay|k|kk|alright|all right|got it|sure|thanks|thank you|cool)\W*$")


def yes_or_no(text: str) -> bool | None:
    cleaned = " ".join((text or "").lower().replace("\u2019", "'").split())
    if _YES.search(cleaned):
        return True
    if _NO.search(cleaned):
        return False
    return None


def only_acknowledges(text: str) -> bool:
    return bool(_ACK.search(" ".join((text or "").lower().split())))


# "I already said", "I told you", "like I said": the answer is one given before.
_TOLD_BEFORE = re.compile(
    r"\b(?:(?:i )?already (?:said|told|answered|mentioned)|i (?:told|said to) you|like i said"
    r"|as i said|i just said|i said that)\b"
)


def told_before(text: str) -> bool:
    return bool(_TOLD_BEFORE.search(" ".join((text or "").lower().replace("\u2019", "'").split())))
