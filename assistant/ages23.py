"""Round 23 kinds (ages23): ages already given, used for the answer; a few misreads.

- A young writer (under 18 now, said now or before) threatened with their pictures ("im 14, he
  says he'll show ppl", "im 17 in the pics, he only threatened, does that count"): the under-18
  threat answer (the images are child sexual abuse material in law, Cybertip.ca, Take It Down /
  NeedHelpNow.ca, a safe adult, Kids Help Phone), never the adults' CRT/IIPS-only answer (p15,
  p27). The age-gap rule only when asked (the age check keeps "is he allowed to have them").
- The same young writer asks whether what he does is illegal ("is it illegal tho? hes 18"): the
  under-18 image law for the threat, never the generic s. 162.1 text (p27 T3).
- A parent whose child under 18 is pictured asks if the young one who shared broke the law ("he
  is 13 too"): the answer for young people who shared and what the sources say about age and
  charges (p03).
- Someone threatened who lives with the person ("we live together, he gets angry when i say
  no"): safety while living with him, never the consent definition (p05).
- A parent whose own child shared someone's images asks about deleting them (and a lawyer): the
  sharer's side (don't keep, show or forward; deleting not said; a lawyer), never the victim's
  "don't delete messages" evidence advice (p13).

Plain functions; no Rasa imports. Never reads or logs more than the messages given.
"""

from __future__ import annotations

import re

from assistant import age_now, route_form_gate, writer_role
from assistant.context_followups import _CALL_LOG
from assistant.plain_text import plain_lower
from assistant.situation_reading import THREATENED, situation_from_text

YOUNG_THREAT = ["utter_young_threat", "utter_young_threat_next"]
YOUNG_THREAT_AGAIN = ["utter_young_threat_again"]
# With a call that must not show on a checked phone (p27 T2): both asks answered.
YOUNG_THREAT_CALL_LOG = ["utter_young_threat", "utter_call_log_safety", "utter_young_threat_next"]
YOUNG_THREAT_LAW = ["utter_young_threat_law", "utter_young_threat_next"]
YOUNG_SHARER_LAW = ["utter_minors_who_shared", "utter_young_sharer_age"]
YOUNG_SHARER_LAW_AGAIN = ["utter_young_sharer_law_again"]
LIVING_WITH = ["utter_living_with_threat", "utter_living_with_threat_next"]
LIVING_WITH_AGAIN = ["utter_living_with_threat_again"]
CHILD_SHARED_DELETE = ["utter_child_sharer_delete"]
CHILD_SHARED_DELETE_LAWYER = ["utter_child_sharer_delete", "utter_sharer_family_lawyer"]
CHILD_SHARED_DELETE_AGAIN = ["utter_child_sharer_delete_again"]
ADULT_YOUNG_THEN_REMOVAL = ["utter_images_taken_under_18", "utter_images_taken_under_18_next"]
ADULT_YOUNG_THEN_REPORT = ["utter_adult_young_then_report"]

ANSWER_NAMES = frozenset(
    name
    for answer in (
        YOUNG_THREAT,
        YOUNG_THREAT_AGAIN,
        YOUNG_THREAT_LAW,
        YOUNG_SHARER_LAW,
        YOUNG_SHARER_LAW_AGAIN,
        LIVING_WITH,
        LIVING_WITH_AGAIN,
        CHILD_SHARED_DELETE_LAWYER,
        CHILD_SHARED_DELETE_AGAIN,
        ADULT_YOUNG_THEN_REMOVAL,
        ADULT_YOUNG_THEN_REPORT,
    )
    for name in answer
)

_RECENT = 8

# A threat to share in this message ("says hell show ppl", "threatening to send them").
_THREAT = re.compile(
    r"\bthreat\w*|\bblackmail\w*|\bsextort\w*"
    r"|\b(?:says?|said|saying|keeps saying)\b[^.!?]{0,30}\b(?:show|send|post|share|leak"
    r"|spread|put)\b"
    r"|\b(?:he|she|they)(?:'?ll| will|'?d| would| is gonna| is going to|s gonna| gonna)"
    r" (?:\w+ )?(?:show|send|post|share|leak|spread)\b"
)
# "does that count", "is that a thing", "can he do that": the threat asked about.
_COUNT_ASKED = re.compile(r"\b(?:does|do|would|will) (?:that|it|this|threats?) (?:still )?count\b")
# "is what hes doing illegal", "is that even legal", "against the law", "a crime".
_ILLEGAL = re.compile(
    r"\b(?:illegal|against the law|a crime|criminal|breaking the law|is (?:that|this|it) (?:even )?"
    r"legal)\b"
)
# A young one who shared: "he is 13 too", "the boy who shared it is also 13", "a classmate".
_SHARER_YOUNG = re.compile(
    r"\b(?:he|she|they)(?:'?s| is| are|s)? (?:only |also |just )?(?:1[0-7]|[1-9])(?: too| as well"
    r"| also)?\b"
    r"|\b(?:boy|girl|kid|student|classmate)s? (?:who|that) (?:\w+ ){0,3}(?:is|are|was) (?:also |"
    r"only |just )?(?:1[0-7]|[1-9])\b"
    r"|\b(?:a |the )?(?:boy|girl|kid|student)s? in (?:her|his|their) (?:class|grade|school)\b"
    r"|\bclassmates?\b"
)
# The writer's child, under 18, pictured ("my daughter, who is 13", "my 14 year old").
_OWN_CHILD = re.compile(
    r"\bmy (?:\d{1,2}[- ]?(?:year[- ]?old|yo|y/o) )?(?:daughter|son|kid|child|stepdaughter"
    r"|stepson)\b"
)
_CHILD_YOUNG = re.compile(
    r"\b(?:is|who is|who's|whos|aged?|turned) (?:only |just )?(?:1[0-7]|[1-9])\b"
    r"|\bmy (?:1[0-7]|[1-9])[- ]?(?:year[- ]?old|yo|y/o)\b|\bin grade\b"
)
_CHILD_PICTURED = re.compile(
    r"\b(?:photos?|pics?|pictures?|images?|videos?|nudes?|selfies?) of (?:her|him|herself"
    r"|himself)\b|\b(?:her|his) (?:own )?(?:nudes?|pics?|photos?|pictures?|images?|videos?)\b"
)
# Living with the person ("we live together still", "i still live with him").
_LIVE_WITH = re.compile(
    r"\b(?:we|i) (?:still )?(?:live|living|stay|staying) (?:together|with (?:him|her|them|my ex"
    r"|my (?:bf|gf|boyfriend|girlfriend|partner)))\b"
    r"|\bliving (?:together|with (?:him|her|them))\b|\bsame (?:house|apartment|place)\b"
)
# Fear, anger or a safe place: what makes living with him the question.
_LIVE_WORRY = re.compile(
    r"\b(?:angry|mad|yell\w*|scream\w*|rage|temper|scared|afraid|frightened|terrified|worried"
    r"|unsafe|safe|hurt|hit|somewhere (?:i|to) (?:can )?go|place to (?:go|stay)|leave|move out"
    r"|say no|said no)\b"
)
_DELETE = re.compile(r"\b(?:delete|deleting|deleted|erase|get rid of|wipe)\b")
_LAWYER = re.compile(r"\blawyer\b|\blegal (?:help|advice)\b")


def _plain(texts: list[str]) -> list[str]:
    return [plain_lower(text or "") for text in texts]


def _threat_told(texts: list[str]) -> bool:
    return any(situation_from_text(text) == THREATENED or _THREAT.search(text) for text in texts)


def young_threat(text: str, earlier: list[str], is_minor_slot: object) -> list[str] | None:
    """The under-18 threat answer for a young writer told a threat now, or asking if it counts or
    is illegal with the threat told before; None otherwise."""
    said = [*earlier[-_RECENT:], text]
    if not route_form_gate.young_now(said, is_minor_slot):
        return None
    cleaned = plain_lower(text)
    threat_now = bool(_THREAT.search(cleaned)) or situation_from_text(text) == THREATENED
    if _ILLEGAL.search(cleaned) and (threat_now or _threat_told(_plain(earlier[-_RECENT:]))):
        return YOUNG_THREAT_LAW
    if threat_now or (_COUNT_ASKED.search(cleaned) and _threat_told(_plain(earlier[-_RECENT:]))):
        return YOUNG_THREAT
    return None


def young_sharer_law(text: str, earlier: list[str]) -> bool:
    """A parent whose own child under 18 is pictured asks whether the young one who shared broke
    the law (p03)."""
    cleaned = plain_lower(text)
    if not _ILLEGAL.search(cleaned):
        return False
    said = _plain([*earlier[-_RECENT:], text])
    whole = " ".join(said)
    return bool(
        _OWN_CHILD.search(whole)
        and _CHILD_YOUNG.search(whole)
        and _CHILD_PICTURED.search(whole)
        and _SHARER_YOUNG.search(whole)
    )


def living_with(text: str, earlier: list[str], situation_slot: object) -> bool:
    """Someone threatened (or shared) says they live with the person, with fear or anger."""
    cleaned = plain_lower(text)
    if not (_LIVE_WITH.search(cleaned) or re.search(r"\bliving with (?:him|her|them)\b", cleaned)):
        return False
    if not _LIVE_WORRY.search(cleaned):
        return False
    return situation_slot in ("threatened", "shared") or _threat_told(_plain(earlier[-_RECENT:]))


def child_shared_delete(text: str, earlier: list[str]) -> list[str] | None:
    """A parent whose own child shared someone's images asks about deleting them."""
    cleaned = plain_lower(text)
    if not _DELETE.search(cleaned) or not earlier:
        return None
    if writer_role.writer_role([*earlier, text]) != writer_role.PARENT_SHARER and not (
        own_child_shared(_plain(earlier[-_RECENT:]))
    ):
        return None
    return CHILD_SHARED_DELETE_LAWYER if _LAWYER.search(cleaned) else CHILD_SHARED_DELETE


# "my son ... he shared nude pictures a girl ... sent him": the writer's child shared someone
# else's images (writer_role reads only its own stories; round 23 p13 was not one). "my 16 year
# old son shared a picture his girlfriend sent him" too (round 33 p13).
_CHILD_SHARED = re.compile(
    r"\b(?:he|she|my (?:\d+[- ]?(?:year|yr)s?[- ]old |\d+ ?y/?o )?(?:son|daughter|kid|child))\b"
    r" (?:\w+ ){0,2}(?:shared|sent|forwarded|posted"
    r"|showed|passed around|spread|airdropped)\b (?:\w+ ){0,3}(?:nudes?|pics?|photos?|pictures?"
    r"|images?|videos?)\b (?:of |from )?(?:a|some|this|that|another|his|her) (?:\w+ )?(?:girl"
    r"|boy|classmate|student|girlfriend|boyfriend|gf|bf|kid)\b"
)


def own_child_shared(texts: list[str]) -> bool:
    """The writer's own child shared someone else's images (lowercased messages)."""
    whole = " ".join(texts)
    return bool(
        _OWN_CHILD.search(whole)
        and _CHILD_SHARED.search(whole)
        and not _CHILD_PICTURED.search(whole)
    )


# Removal or the tools asked ("stopncii or take it down", "get them taken down").
_REMOVAL = re.compile(
    r"\bstop ?ncii\b|\btake it down\b|\btaken? (?:down|off)\b|\bremov\w*|\bget (?:it|them|the"
    r" \w+) (?:off|down)\b"
)
# "i was 16 in them", "i was 17 in the pics" (age_now reads "when i was 16").
_YOUNG_IN_THEM = re.compile(
    r"\bi was (?:only |just )?(?:1[0-7]|[1-9]) in (?:them|it|the (?:pics?|photos?|pictures?|images?"
    r"|videos?|vids?|nudes?))\b"
)
_REPORT = re.compile(r"\b(?:police|cops?|rcmp|report\w*|cyber ?tip\w*)\b")


def adult_young_then(text: str, earlier: list[str], previous: list[str]) -> list[str] | None:
    """An adult now whose images are from under 18 ("i was 16 in them but im 18 now"): removal
    or reporting for the images, adult framing for the writer (p20), never "tell a safe adult"."""
    said = [*earlier[-_RECENT:], text]
    if not age_now.adult_now_said(said):
        return None
    if not any(
        age_now.adult_now_young_then(t) or _YOUNG_IN_THEM.search(plain_lower(t)) for t in said
    ):
        return None
    cleaned = plain_lower(text)
    if _REMOVAL.search(cleaned) and not set(ADULT_YOUNG_THEN_REMOVAL) & set(previous):
        return ADULT_YOUNG_THEN_REMOVAL
    if (
        _REPORT.search(cleaned)
        and "?" in cleaned
        and not set(ADULT_YOUNG_THEN_REPORT) & set(previous)
    ):
        return ADULT_YOUNG_THEN_REPORT
    return None


def unwired_follow_up(
    text: str, earlier: list[str], is_minor_slot: object, previous: list[str]
) -> list[str] | None:
    """The readers written but not called yet (session 22): a parent's delete question, a young
    writer threatened, an adult with images from under 18."""
    deleting = child_shared_delete(text, earlier)
    if deleting:
        return CHILD_SHARED_DELETE_AGAIN if set(deleting) <= set(previous) else deleting
    threat = young_threat(text, earlier, is_minor_slot)
    if threat:
        if threat[0] in previous:
            return YOUNG_THREAT_AGAIN
        if threat == YOUNG_THREAT and _CALL_LOG.search(plain_lower(text)):
            return YOUNG_THREAT_CALL_LOG
        return threat
    return adult_young_then(text, earlier, previous)


def follow_up(
    text: str,
    earlier: list[str],
    is_minor_slot: object,
    situation_slot: object,
    previous: list[str],
) -> list[str] | None:
    """The answer for the kinds above, or None (read as before). Never the same answer twice in
    a row: right after it, the short form."""
    if not text or text.startswith("/"):
        return None
    # Session 22: young_threat, child_shared_delete and adult_young_then are written and tested
    # but not called: in the recorded conversations they took 38 turns whose own answers were
    # right (sextortion steps, the parent's delete answer, "what to keep"); see docs/intents.md.
    if young_sharer_law(text, earlier):
        if YOUNG_SHARER_LAW_AGAIN[0] in previous:
            return None
        return YOUNG_SHARER_LAW_AGAIN if YOUNG_SHARER_LAW[0] in previous else YOUNG_SHARER_LAW
    if living_with(text, earlier, situation_slot):
        return LIVING_WITH_AGAIN if LIVING_WITH[0] in previous else LIVING_WITH
    return None
