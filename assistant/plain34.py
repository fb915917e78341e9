"""Rounds 33-34 (plain34): plain follow-ups whose answer is in the sources but that got a nearby
stock block, the age quiz or "I can't help with that"
(tests/simulated-users/2026-12-06-round33, -round34):

- a threat not carried out, asked whether the lawyer, the tribunal or anyone can help yet ("he
  only say he will send, lawyer still help me?", "is that enough or do I have to wait til he
  posts", "can the tribunal do anything about a threat, or only once it's posted?"): threats
  count (r34 p04, p14), where the sextortion steps, the timing answer or the moving answer came;
- "what is a screenshot, how do I make one?" (r33 p32): what one is, and what to capture, where
  the thanks or "I can't help with that" came;
- "does it matter that I'm almost 18 / he says it's fine cause I turn 18 in March" (r34 p07):
  under 18 until the 18th birthday, where the fallback or the general youth block came;
- "do I have to go to Vancouver, can I do everything by phone?" (r33 p34): the service page's
  phone, video or possibly in person, the tribunal online, where the routes list came;
- "And the cap?" right after a tribunal answer (r33 p15): the damages limit, where the age quiz
  started;
- an adult's "should I tell my son, could he help me?" (r33 p32): their choice, and a support
  person can be on the call, where the evidence steps came;
- a counsellor or teacher asks whether the school should collect phones or have students delete
  copies (r34 p11): what the sources say about images of anyone under 18, and asking police or
  Cybertip.ca before anyone deletes, where the under-18 victim's answer came;
- a parent of a child asked for pictures asks whether to take the game or phone away (r34 p03):
  not in the sources, what is (not in trouble, evidence, report), where a victim's answer came;
- a parent whose own child shared asks "what do I say to the girl's parents?" (r33 p13): what
  the sources don't say, a lawyer first, and what the other family's child can use, where the
  victim's-parent advice ("tell them they are not in trouble") came (`sharer_family_step`,
  read first in the table: the helper readers took it).

Plain functions over the latest message and the person's earlier ones; the InterruptPolicy asks
(assistant/policies/follow_up_readers.py). Responses in domain/plain34.yml.
"""

from __future__ import annotations

import re

from assistant import ages23, writer_role
from assistant.fresh_answers import fresh
from assistant.is_question import is_question
from assistant.plain_text import plain_lower
from assistant.route_form_gate import young_now

THREAT_COUNTS = ["utter_threats_covered", "utter_threats_routes"]  # domain/eligibility.yml
SCREENSHOT = "utter_screenshot_how"
ALMOST_18 = "utter_almost_18"
NO_TRAVEL = "utter_meet_in_person_needed"  # domain/legal_asks.yml
CAP = "utter_crt_damages"  # domain/routes.yml
TELL_FAMILY = "utter_tell_family_choice"
POLICE_VIEW = "utter_police_take_seriously"  # "will the police think I'm foolish" beside it
SHARER_OTHER_FAMILY = "utter_sharer_other_family"
STAFF_COPIES = "utter_staff_phone_copies"
CHILD_DEVICE = "utter_child_device_choice"

# --- a threat not carried out -----------------------------------------------------------------
# What was not done yet, in plain or second-language words: "he only say he will send", "he not
# send yet", "it's just threats so far", "do I have to wait til he posts", "only once it's posted".
_NOT_DONE = re.compile(
    r"\b(?:only|just) (?:say|says|said|saying|threat\w*)\b"
    r"|\b(?:he|she|they|it|video|pics?|photos?|pictures?|images?) (?:is |are )?not (?:\w+ )?"
    r"(?:send|sent|post|posted|share|shared|put)\b"
    r"|\b(?:hasn'?t|hasnt|has not|haven'?t|havent|didn'?t|didnt|did not) (?:\w+ )?"
    r"(?:posted|shared|sent|put|leaked)\b"
    r"|\bwait (?:until|till|til|for) (?:he|she|they|it)\b"
    r"|\bonly (?:once|when|if|after) (?:it'?s|its|it is|it was|he|she|they|the \w+ (?:is|are|was))"
    r" ?(?:posted|sent|send|shared|online|out|posts|shares|sends)\b"
    r"|\b(?:about|for|over) (?:a|the|just a|only a) threat\b"
)
# Asking whether anyone can help or whether it is enough.
_HELP_ASKED = re.compile(
    r"\b(?:lawyer|tribunal|crt|legal advice|the service|this service|protection order"
    r"|do anything|anything (?:i|we) can do|enough|count|counts|covered|qualify|still help"
    r"|help me|can help)\b"
)
# A threat said now or before ("he say he will send", "it's just threats"): "he has not shared
# them" alone is held images, the older answers' (round 8 p12).
_THREAT_TOLD = re.compile(
    r"\bthreat\w*|\b(?:say|says|said|saying|told me) (?:that )?(?:he|she|they)(?:'ll| will| would"
    r"|'d| is going| are going| gonna)?\b[^.?!]{0,20}\b(?:post|send|share|show|leak|put)\b"
    r"|\b(?:gonna|going to|will) (?:post|send|share|leak)\b"
)
# Left to the older answers: a threat of violence; a demand in the same message ("if I don't come
# back", the demand answer's); a spoken threat without proof (stock27's); the police asked about
# alone (the police answers').
_VIOLENCE = re.compile(r"\b(?:kill\w*|hurt\w*|beat\w*|stab\w*|shoot\w*|rape\w*|attack\w*)\b")
_DEMAND_HERE = re.compile(
    r"\bunless\b|\bif (?:i|you) (?:don'?t|dont|do not|won'?t|not)\b|\bor else\b"
)
_SPOKEN = re.compile(
    r"\bout loud\b|\bverbal\w*|\bin person\b|\bface to face\b|\b(?:no|without) proof\b"
    r"|\bin writing\b"
)
_POLICE_ONLY = re.compile(r"\b(?:police|cops|rcmp)\b")
_LEGAL_NAMED = re.compile(r"\b(?:lawyer|tribunal|crt|legal advice|service)\b")

# --- screenshots ------------------------------------------------------------------------------
_SCREENSHOT = re.compile(
    r"\bwhat(?:'?s| is| are)? (?:a |an )?screen ?shots?\b"
    r"|\bhow (?:do|can|would|should|to) (?:i |you |we )?(?:take|make|do|get|save) (?:a |the )?"
    r"screen ?shots?\b"
    r"|\bscreen ?shots?\b[^.?!]{0,40}\bhow\b|\bhow\b[^.?!]{0,40}\bscreen ?shots?\b"
)

# --- almost 18 --------------------------------------------------------------------------------
_ALMOST_18_SELF = re.compile(
    r"\b(?:i'?m|im|i am|i'?ll|ill|i will|i) (?:almost|nearly|about to (?:be|turn)|turning|turn"
    r"|gonna be|going to be|be) 18\b"
)
_ALMOST_18 = re.compile(r"\b(?:almost|nearly|about to (?:be|turn)|turning|turn) 18\b")
_MATTERS = re.compile(
    r"\b(?:matter|matters|fine|ok|okay|legal|allowed|change|changes|difference|bs|count|still"
    r"|true|right|cause|because|since)\b"
)

# --- travel -----------------------------------------------------------------------------------
_TRAVEL = re.compile(
    r"\b(?:have to|need to|must|gotta|got to|do i|should i) (?:go|come|travel|drive|fly)"
    r" (?:to |down to |into |in to )?(?:vancouver|victoria|the city|the office|their office"
    r"|an office|in person|downtown|the mainland)\b"
    r"|\b(?:everything|it all|all of it|all of this) (?:by|over the|on the) phone\b"
    r"|\b(?:do|does) (?:i|it) (?:have|need) to be in person\b"
)


# --- the damages limit, asked in two words after a tribunal answer ---------------------------
_CAP_ONLY = re.compile(
    r"^(?:and |so |what about |how about |ok |okay )*"
    r"(?:the |its |their |what'?s the |what is the )?"
    r"(?:cap|max|maximum|limit|most (?:they|it) can (?:give|award))\W*$"
)
_TRIBUNAL_SAID = re.compile(r"crt|tribunal|damages")

# --- an adult asking whether to tell family ---------------------------------------------------
_FAMILY = (
    r"(?:son|daughter|kids|children|husband|wife|partner|sister|brother|family|mom|mum|mother"
    r"|dad|father|parents|friend|best friend)"
)
_TELL_FAMILY = re.compile(
    rf"\b(?:should|can|could|do|must) i (?:tell|ask|let) (?:my )?{_FAMILY}\b"
    rf"|\b(?:could|can|should|would) my {_FAMILY} help\b"
    rf"|^\W*(?:and|what about) my {_FAMILY}\W*$"
    rf"|^\W*(?:and|what about) my {_FAMILY}\?"
)


_POLICE_VIEW = re.compile(
    r"\bpolice\b[^.?!]{0,40}\b(?:think|judge|laugh|believe|blame|take (?:me|it|this) seriously)\b"
)


# --- a school's staff and copies on students' phones ------------------------------------------
_STAFF = re.compile(
    r"\b(?:counsell?or|teacher|principal|vice.principal|school staff|staff|i teach|youth worker)\b"
)
# Copies on several students' phones ("their phones"), not one person's ("from his phone", where
# a tribunal order may be what is asked: round 33 p07).
_COPIES_ON_PHONES = re.compile(r"\b(?:phones|devices|copies|camera rolls)\b")
_SCHOOL_STEP = re.compile(
    r"\b(?:collect\w*|take (?:the |their )?(?:phones?|devices?)|taking (?:the |their )?phones?"
    r"|confiscat\w*|(?:make|have|ask|asking|tell|telling) (?:them|the students|students|the kids"
    r"|kids) (?:to )?delet\w*|delet\w*|wipe|check (?:the |their )?phones?)\b"
)

# --- a parent deciding about the child's game or phone ----------------------------------------
_YOUNG_RELATIVE = re.compile(
    r"\bmy (?:\d+[- ]?(?:year|yr)s?[- ]old |little |young )?(?:daughter|son|kid|child|niece|nephew"
    r"|grandson|granddaughter|sister|brother|stepdaughter|stepson)\b"
)
_DEVICE_CHOICE = re.compile(
    r"\btake (?:away )?(?:the |her |his |their )?(?:game|phone|account|ipad|tablet|console)\b"
    r"|\btake (?:it|the game|the phone|her phone|his phone) away\b"
    r"|\b(?:let|allow) (?:her|him|them) (?:to )?(?:keep|play|use)\b"
    r"|\bkeep (?:playing|using) (?:the |that )?(?:game|app)\b"
    r"|\bban (?:her|him|them) from\b|\bdelete the (?:game|app)\b"
)


def _staff_copies(cleaned: str, told: list[str]) -> bool:
    return bool(
        _COPIES_ON_PHONES.search(cleaned)
        and _SCHOOL_STEP.search(cleaned)
        and not re.search(r"\border\b", cleaned)
        and any(_STAFF.search(t) for t in [*told, cleaned])
        and re.search(
            r"\b(?:students?|kids|pupils|classmates|school)\b", " ".join([*told, cleaned])
        )
    )


def _child_device(cleaned: str, told: list[str]) -> bool:
    return bool(
        _DEVICE_CHOICE.search(cleaned) and any(_YOUNG_RELATIVE.search(t) for t in [*told, cleaned])
    )


# --- the sharer's parent and the other family ------------------------------------------------
_OTHER_FAMILY = re.compile(
    r"\b(?:what (?:do|should|can|would) (?:i|we) (?:say|tell)|how (?:do|should|can) (?:i|we)"
    r" (?:talk|speak|respond|reply))\b[^.?!]{0,20}"
    r"\b(?:girl'?s|boy'?s|her|his|their|the other|other|victim'?s|kid'?s|child'?s) (?:\w+ )?"
    r"(?:parents|family|mom|mum|dad|mother|father)\b"
)
# Deleting, a lawyer or the police asked too: the older answers for the sharer's family say the
# other family's part beside them (round 10, 15, 26 conversations).
_OTHER_ASKS = re.compile(r"\b(?:delet\w*|lawyer|police|cops|report|apologi[sz]e)\b")


def sharer_family_step(text: str, earlier: list[str], previous: list[str]) -> list[str] | None:
    """A parent whose own child shared someone's image asks what to say to the other family."""
    if not text or text.startswith("/") or not earlier:
        return None
    cleaned = plain_lower(text)
    if not _OTHER_FAMILY.search(cleaned) or _OTHER_ASKS.search(cleaned):
        return None
    texts = [*earlier, text]
    if writer_role.writer_role(texts) != writer_role.PARENT_SHARER and not ages23.own_child_shared(
        [plain_lower(t) for t in earlier[-6:]]
    ):
        return None
    return fresh([SHARER_OTHER_FAMILY], previous)


_WARN = re.compile(r"\bwarn\w*|\bbefore (?:he|she|they|it)\b|\bin case\b")


def _tell_family(cleaned: str, earlier: list[str], is_minor: object) -> bool:
    """An adult's own question about telling family who were not part of what happened (a young
    writer is told to tell a safe adult by the older answers)."""
    asked = _TELL_FAMILY.search(cleaned)
    if not asked or young_now([*earlier, cleaned], is_minor):
        return False
    if _WARN.search(cleaned):
        return False  # warning family before he sends it to them: asks25's answer
    word = re.search(_FAMILY, asked.group(0))
    told = " ".join(plain_lower(t) for t in earlier)
    return word is not None and not re.search(rf"\b{word.group(0)}\b", told)


def _threat_counts_asked(cleaned: str, earlier: list[str]) -> bool:
    if not (_NOT_DONE.search(cleaned) and _HELP_ASKED.search(cleaned)):
        return False
    if _VIOLENCE.search(cleaned) or _DEMAND_HERE.search(cleaned) or _SPOKEN.search(cleaned):
        return False
    if _POLICE_ONLY.search(cleaned) and not _LEGAL_NAMED.search(cleaned):
        return False
    told = [plain_lower(t) for t in earlier[-6:]]
    return any(_THREAT_TOLD.search(t) for t in [*told, cleaned])


def _almost_18(cleaned: str, earlier: list[str], is_minor: object) -> bool:
    if not _MATTERS.search(cleaned):
        return False
    if _ALMOST_18_SELF.search(cleaned):
        return True
    return bool(_ALMOST_18.search(cleaned)) and young_now([*earlier, cleaned], is_minor)


# "so him saying it's fine is bs right": a question by its tag.
_TAG_QUESTION = re.compile(r"\b(?:right|correct|true|yeah)\W*$|\bbs\b")


def kind(
    text: str,
    earlier: list[str],
    is_minor: object = None,
    previous: list[str] | None = None,
    outside_bc: bool = False,
) -> list[str] | None:
    """The answer to one of the module's kinds, or None."""
    if not text or text.startswith("/"):
        return None
    cleaned = plain_lower(text)
    if _CAP_ONLY.search(cleaned) and any(_TRIBUNAL_SAID.search(a) for a in previous or []):
        return [CAP]
    if not (is_question(cleaned) or _TAG_QUESTION.search(cleaned)):
        return None
    if _SCREENSHOT.search(cleaned):
        return [SCREENSHOT]
    # Outside B.C., the outside-B.C. answers say what reaches there (round 17 p04, round 21 p04).
    if not outside_bc and _threat_counts_asked(cleaned, earlier):
        return list(THREAT_COUNTS)
    if _almost_18(cleaned, earlier, is_minor):
        return [ALMOST_18]
    if _TRAVEL.search(cleaned):
        return [NO_TRAVEL]
    told = [plain_lower(t) for t in earlier[-6:]]
    if _staff_copies(cleaned, told):
        return [STAFF_COPIES]
    if not young_now([*earlier, cleaned], is_minor) and _child_device(cleaned, told):
        return [CHILD_DEVICE]
    if _tell_family(cleaned, earlier, is_minor):
        return [TELL_FAMILY, POLICE_VIEW] if _POLICE_VIEW.search(cleaned) else [TELL_FAMILY]
    return None


def follow_up(
    text: str,
    previous: list[str],
    earlier: list[str],
    is_minor: object = None,
    outside_bc: bool = False,
) -> list[str] | None:
    """The answer, without what the turn before already sent (asked again, the next reader
    answers)."""
    found = kind(text, earlier, is_minor, previous, outside_bc)
    return fresh(found, previous) if found else None
