"""Round 27 (plain27): own-words follow-ups that got a nearby stock block
(tests/simulated-users/2026-12-05-round27). Each reader gives the answer to what was asked:

- a young writer who sent a picture asks "am I in trouble" (r27 p28 T1-T2): not in trouble for
  what was done to them, the one it was done to; under 12 cannot be charged when they said they
  are under 12 (bc-facts.md, Corrections); Cybertip.ca, a safe adult, Kids Help Phone
  (`YOUNG_SENDER_TROUBLE`). Before: the consent text, then confidentiality and chat retention.
- "can facebook block the photos before he post", "is there a way to stop them going on
  instagram before" (r27 p03 T5): StopNCII for images taken at 18 or older, Take It Down for
  under 18 (service page: StopNCII "removes and prevents"); which sites use them is not in the
  sources; the IIPS contacts platforms (`BEFORE_POSTED`). Before: the evidence steps.
- "does it still count if he deleted the message", "is it still illegal if he deleted them
  after" (r27 p11 T2-T3): the sources' routes are about the sharing itself, and nothing in them
  says deleting afterwards undoes it; the lawyer says what it means for the case
  (`DELETED_AFTER`). Before: the evidence steps, then the crime text.
- "how long does it take" right after the removal routes (r27 p27 T3): the sources give no
  removal times; ask the IIPS (`REMOVAL_HOW_LONG`). Before: the lawyer letter's week.
- a friend who promised not to tell asks "is it ok to tell?": roles28 answers it (merged).

Read first in follow_up_readers.SEQUENCE_READERS (outside forms, never for a safety intent).
Plain functions; responses in domain/plain27.yml.
"""

from __future__ import annotations

import re

from assistant.age_parsing import parse_ages
from assistant.clauses import question_clauses
from assistant.plain_text import plain_lower
from assistant.route_form_gate import young_now

YOUNG_SENDER_TROUBLE = ["utter_young_sender_trouble", "utter_in_trouble_young_help"]
YOUNG_SENDER_TROUBLE_UNDER_12 = [
    "utter_young_sender_trouble_under_12",
    "utter_in_trouble_young_help",
]
YOUNG_SENDER_TROUBLE_AGAIN = ["utter_young_sender_trouble_again"]
BEFORE_POSTED = ["utter_before_posted_tools"]
BEFORE_POSTED_YOUNG = ["utter_before_posted_tools_young"]
DELETED_AFTER = ["utter_deleted_after_sharing"]
DELETED_AFTER_AGAIN = ["utter_deleted_after_sharing_again"]
# limits25's short answer (domain/limits25.yml): no removal times in the sources, ask the IIPS.
REMOVAL_HOW_LONG = ["utter_removal_timing_again"]
ANSWERS = (
    "utter_young_sender_trouble",
    "utter_young_sender_trouble_under_12",
    *YOUNG_SENDER_TROUBLE_AGAIN,
    *BEFORE_POSTED,
    *BEFORE_POSTED_YOUNG,
    *DELETED_AFTER,
    *DELETED_AFTER_AGAIN,
)
_NO_CHARGE_BELOW = 12
_ADULT = 18

# --- a young writer who sent a picture: "am I in trouble" ------------------------------------
_IN_TROUBLE = re.compile(
    r"\b(?:am i|will i|would i|could i|can i|im|i'?m|am i gonna|am i going to) (?:be |get |gonna"
    r" be |going to be |getting )?(?:in|into) (?:big |so much |any )?trouble\b"
    r"|\b(?:will|would|could|can|are) (?:the )?(?:police|cops) (?:arrest|charge|get) me\b"
    r"|\b(?:will|would|could|can) i (?:be|get) (?:arrested|charged)\b"
)
_SENT = re.compile(
    r"\b(?:i|me) (?:\w+ ){0,2}(?:sent|send|sended|gave|shared|took)\b|\bsent (?:him|her|them|one"
    r"|it|a pic|a photo|pics|photos)\b"
)


def _young_age(texts: list[str]) -> int | None:
    """The age under 18 the writer gave of themselves (latest first), or None."""
    for text in reversed(texts):
        parsed = parse_ages(plain_lower(text))
        if parsed.self_stated and parsed.age is not None and parsed.age < _ADULT:
            return parsed.age
    return None


# The one who asked is an adult ("a man online", "an older guy", "hes 30").
_ADULT_ASKER = re.compile(
    r"\b(?:a|an|some|this|the|that) (?:grown |old |older |adult )?(?:man|adult|grown ?up|older"
    r" (?:guy|man|person)|old guy|grown man)\b|\b(?:he'?s|hes|he is) (?:like |about )?(?:[2-9]\d)\b"
    r"|\b(?:[2-9]\d) ?(?:yo|y/o|year old|years old)\b"
)


# Someone the young writer sees in person, with power or trust over them (round 15 p29: a
# manager; the older readers' answer keeps VictimLinkBC and the legal line).
_TRUST = re.compile(
    r"\b(?:boss|manager|supervisor|coach|teacher|tutor|babysitter|pastor|priest|youth leader"
    r"|stepdad|uncle|instructor|trainer)\b"
)


def _adult_asked(texts: list[str]) -> bool:
    for text in texts:
        cleaned = plain_lower(text)
        if _ADULT_ASKER.search(cleaned):
            return True
        other = parse_ages(cleaned).other_age
        if other is not None and other >= _ADULT:
            return True
    return False


def young_sender_trouble(
    text: str, earlier: list[str], previous: list[str], is_minor: object
) -> list[str] | None:
    cleaned = plain_lower(text)
    if not _IN_TROUBLE.search(cleaned):
        return None
    told = [*earlier[-4:], text]
    if not any(_SENT.search(plain_lower(t)) for t in told) or not _adult_asked(told):
        return None
    if any(_TRUST.search(plain_lower(t)) for t in told):
        return None  # a boss, coach or teacher: the trust readers' answers (threat27, ages21)
    age = _young_age(told)
    if age is None and not young_now(told, is_minor):
        return None
    if (
        "utter_young_sender_trouble" in previous
        or "utter_young_sender_trouble_under_12" in previous
    ):
        return None if YOUNG_SENDER_TROUBLE_AGAIN[0] in previous else YOUNG_SENDER_TROUBLE_AGAIN
    if age is not None and age < _NO_CHARGE_BELOW:
        return YOUNG_SENDER_TROUBLE_UNDER_12
    return YOUNG_SENDER_TROUBLE


# --- a site stopping the images before they are posted ---------------------------------------
_SITE = re.compile(
    r"\b(?:facebook|fb|instagram|insta|ig|snapchat|snap|tiktok|twitter|reddit|discord|whatsapp"
    r"|meta|google|the (?:app|apps|site|sites|website|websites|platform|platforms)|social media"
    r"|websites?|platforms?)\b"
)
_STOP_IT = re.compile(r"\b(?:block\w*|stop\w*|prevent\w*|keep (?:it|them|the \w+) off|ban\w*)\b")
_BEFORE = re.compile(
    r"\bbefore (?:he|she|they|it|anyone|anything|someone|them|posting|sharing|being|it'?s|they'?re"
    r"|going|getting)\b|\bbefore$|\bbefore\W*$"
    r"|\b(?:not|hasn'?t|haven'?t|isn'?t|aren'?t) (?:\w+ )?(?:posted|shared|up|online) yet\b"
    r"|\bin advance\b|\bahead of time\b"
)
_STOPNCII_NAMED = re.compile(r"\bstop ?ncii\b|\btake ?it ?down\b")
_UNDER_18_THEN = re.compile(
    r"\bwhen (?:i|she|he) (?:was|were) (?:only |just )?(?:1[0-7]|[5-9]|a minor|under 18)\b"
    r"|\bunder ?18\b|\bminor\b"
)


def before_posted(
    text: str, earlier: list[str], previous: list[str], is_minor: object
) -> list[str] | None:
    cleaned = plain_lower(text)
    if _STOPNCII_NAMED.search(cleaned):
        return None  # the tools named: removal_tools' readers answer
    if not (_SITE.search(cleaned) and _STOP_IT.search(cleaned) and _BEFORE.search(cleaned)):
        return None
    young = young_now([*earlier, text], is_minor) or any(
        _UNDER_18_THEN.search(plain_lower(t)) for t in [*earlier[-6:], text]
    )
    answer = BEFORE_POSTED_YOUNG if young else BEFORE_POSTED
    return None if answer[0] in previous else answer


# --- "does it still count if he deleted it" -------------------------------------------------
_THEY_DELETED = re.compile(
    r"\b(?:he|she|they|him|her|my ex|my (?:boy|girl)friend|my bf|my gf)\b[^.?!]{0,25}"
    r"\b(?:deleted|removed|took (?:it|them|the \w+) down|unsent|erased)\b"
    r"|\b(?:deleted|removed|took (?:it|them) down) (?:it|them|the \w+)? ?(?:after|afterwards|later"
    r"|now)\b|\bif (?:he|she|they) delete[sd]?\b"
)
_STILL = re.compile(
    r"\bstill (?:count|counts|illegal|a crime|against the law|matter|matters|report|sue|do "
    r"(?:something|anything)|take (?:him|her|them) to|go to|a case|have a case|valid|qualify"
    r"|considered|get help|use)\b|\b(?:does|do|would|will) it (?:still )?(?:count|matter)\b"
    r"|\bstill (?:be )?(?:illegal|a crime|sharing)\b|\bundo\w*\b"
)


def deleted_after(text: str, previous: list[str]) -> list[str] | None:
    cleaned = plain_lower(text)
    if not (_THEY_DELETED.search(cleaned) and _STILL.search(cleaned)):
        return None
    if DELETED_AFTER[0] in previous:
        return None if DELETED_AFTER_AGAIN[0] in previous else DELETED_AFTER_AGAIN
    return DELETED_AFTER


# --- "how long does it take" after the removal routes ----------------------------------------
_HOW_LONG = re.compile(r"\bhow (?:long|fast|quick\w*|soon)\b|\bhow many (?:days|weeks|hours)\b")
_REMOVAL_WORDS = re.compile(
    r"\b(?:take (?:it|them) down|taken down|remov\w*|come down|off (?:the|that) (?:site|website"
    r"|internet)|gone|get (?:it|them) off)\b"
)
_OTHER_WAIT = re.compile(
    r"\b(?:lawyer|letter|tribunal|crt|claim|court|police|call back|appointment|intake|hearing)\b"
)
# The turn before gave the removal routes.
_REMOVAL_ANSWERS = frozenset(
    {
        "utter_image_removal",
        "utter_image_removal_young",
        "utter_removal_first_number",
        "utter_removal_ways",
        "utter_removal_ways_young",
    }
)


def removal_how_long(text: str, previous: list[str]) -> list[str] | None:
    cleaned = plain_lower(text)
    if not _HOW_LONG.search(cleaned) or _OTHER_WAIT.search(cleaned):
        return None
    if len(question_clauses(text)) > 1:
        return None  # another question beside it: question_parts answers both (how_long_part)
    after_removal = any(
        name in _REMOVAL_ANSWERS or "removal" in name or "remove" in name for name in previous
    )
    if not (_REMOVAL_WORDS.search(cleaned) or after_removal):
        return None
    return None if REMOVAL_HOW_LONG[0] in previous else REMOVAL_HOW_LONG


def how_long_part(answer: list[str], clause: str, previous: list[str]) -> list[str]:
    """question_parts' "how long" part right after the removal routes: removal's time, not the
    lawyer letter's week (r27 p27 T3: "HOW LONG DOES IT TAKE. AND CAN HE GO TO JAIL")."""
    if answer != ["utter_part_how_long"] or _OTHER_WAIT.search(plain_lower(clause)):
        return answer
    if removal_how_long(clause, previous):
        return list(REMOVAL_HOW_LONG)
    return answer


def follow_up(
    text: str,
    previous: list[str],
    earlier: list[str],
    is_minor: object,
) -> list[str] | None:
    """The answer for the kinds above, or None (read as before). Outside forms only."""
    if not text:
        return None
    return (
        young_sender_trouble(text, earlier, previous, is_minor)
        or before_posted(text, earlier, previous, is_minor)
        or deleted_after(text, previous)
        or removal_how_long(text, previous)
    )
