"""Rounds 65-68's unanswered follow-ups (plain67): questions the sources do answer, or answer
in part with a concrete place to ask, that got a neighbouring block, the same block again or
"I'd rather not guess" (tests/simulated-users/2026-12-07-round65 to -round68):

- "can i do the take it down thing by myself without my dad knowing" (r65 p28): the service
  page lists Take It Down "for removing underage images of yourself";
- "he only told me this in person, there is nothing written down. How can I prove it?" (r66
  p07): write down what was said, when and where, in one log;
- "will they need to see the video?" (r66 p21: the same block twice): not in the sources; you
  share only what you are comfortable with, and can ask at intake;
- "Is the Stand Informed service still running right now?" (r66 p14): the service's dates;
- "can i go to the owner about him", from a 17-year-old (r66 p06): telling work is the
  writer's choice; what work must do is not in the sources; Cybertip.ca, free advice;
- "so under skirt photo is count or no?" (r65 p20): near-nude images count; secretly taking
  one can be voyeurism;
- "can I use the tribunal if he just has it" (r65 p13, where the reply was "I'd rather not
  guess"; asked only on such a dead end): the tribunal is for sharing or threats; the IIPS for
  images held but not shared;
- "will they help her if she lives in Alberta?" right after asking about the IIPS (r65 p29):
  the older answer (domain/deadends31.yml): not in the sources, ask them;
- "if i tell a teacher will they call my mom" (r66 p15): not in the sources; ask first; Kids
  Help Phone;
- "do I go to police first, or is it fine to tell the school too?", asked again (r65 p03):
  which first is not in the sources (the older utter_police_or_school), then, asked once more,
  nothing in them makes you choose;
- "so who do i actually talk to first", from a 14-year-old (r66 p15: the lawyer's intake
  steps): Kids Help Phone and a safe adult, Cybertip.ca, the free lawyer;
- "am i allowed to make the report myself since im 16", from a sister helping a child (round 68
  p17: the trust rule, "you never have to send anything"): the sources don't say a report must
  come from a parent; Cybertip.ca or the police; ask Cybertip.ca what it needs.

Plain functions; the InterruptPolicy asks (assistant/policies/follow_up_readers.py, early, the
patterns narrow). Responses in domain/plain67.yml.
"""

from __future__ import annotations

import re

from assistant.first_kind import first_kind
from assistant.fresh_answers import fresh_or_again
from assistant.plain65 import helping_a_child
from assistant.plain_text import plain_lower
from assistant.route_form_gate import young_now
from assistant.safety import read_safety

TAKE_IT_DOWN_YOURSELF = "utter_take_it_down_yourself"
SPOKEN_THREAT_RECORD = "utter_spoken_threat_record"
LAWYER_SEE_IMAGES = "utter_lawyer_see_images"
SERVICE_DATES = ["utter_service_dates", "action_service_status"]  # domain/topics.yml
TELL_WORK_YOUNG = "utter_tell_work_young"
UPSKIRT_COUNTS = "utter_upskirt_counts"
CRT_IF_ONLY_HELD = "utter_crt_if_only_held"
IIPS_OUTSIDE_BC = "utter_iips_outside_bc"  # domain/deadends31.yml
TEACHER_TELLS_PARENT = "utter_teacher_tells_parent"
POLICE_OR_SCHOOL = "utter_police_or_school"  # domain/skipped_questions.yml
WHO_FIRST_YOUNG = "utter_who_first_young"
YOUNG_HELPER_REPORTS = "utter_young_helper_can_report"

# Asked again right after its answer: the short line, never the same block twice.
AGAIN = {
    IIPS_OUTSIDE_BC: ["utter_iips_outside_bc_plainly"],
    TELL_WORK_YOUNG: ["utter_tell_work_young_again"],
    POLICE_OR_SCHOOL: ["utter_police_or_school_again"],
    LAWYER_SEE_IMAGES: ["utter_lawyer_see_images_again"],
    UPSKIRT_COUNTS: ["utter_upskirt_counts_again"],
    TEACHER_TELLS_PARENT: ["utter_teacher_tells_parent_again"],
}

_ASKS = re.compile(r"\?|\b(?:can|could|do|does|will|would|should|is|am|how)\b")

# --- Take It Down without a parent ----------------------------------------------------------------
_TAKE_IT_DOWN = re.compile(r"\btake ?it ?down\b")
_ON_MY_OWN = re.compile(
    r"\b(?:by myself|myself|on my own|alone|without (?:my |a |an )?(?:parents?|mom|mum|dad"
    r"|guardian|adult|anyone|them) ?(?:knowing|finding out)?"
    r"|(?:need|have to (?:have|get)|needs?) (?:a |my |an )?(?:parents?|mom|mum|dad|guardian|adult"
    r"|permission)|just use it)\b"
)

# --- a threat said out loud -----------------------------------------------------------------------
_SPOKEN = re.compile(
    r"\b(?:in person|to my face|face to face|out loud|said it"
    r"|told me (?:this |that |it )?(?:in person|at)|on the phone"
    r"|nothing (?:is |was )?(?:written|in writing|on paper)|not in writing"
    r"|no (?:messages|texts|emails|screenshots)|there (?:are|were) no messages"
    r"|nothing written down|didn'?t write|never wrote)\b"
)
# "How can I prove it?"; "does it count without proof?" is the older answer's (round 25 p30).
_PROVE = re.compile(
    r"\bhow (?:can|do|would|could|will|should) (?:i|we) (?:ever |even )?(?:prove|show|record)\b"
    r"|\bwhat (?:proof|evidence)\b"
)

# --- will the lawyer need to see the video --------------------------------------------------------
_SEE_IMAGES = re.compile(
    r"\b(?:need|have|want|ask(?: me)?) to (?:see|show|look at|watch)"
    r"\b(?: (?:them|the lawyer|him|her|anyone))?[^.?!]{0,15}"
    r"\b(?:the |my |that |it|them|the actual )?(?:actual )?"
    r"(?:video|videos|photos?|pictures?|pics|images?|recording|footage|it|them)\b"
)
_SEE_SUBJECT = re.compile(
    r"\b(?:they|the lawyer|lawyers?|the intake|intake|the coordinator|the service|i ever|i)\b"
)
_OTHER_SEER = re.compile(
    r"\b(?:police|cops|rcmp|tribunal|crt|protection service|iips|court|judge|school|platform"
    r"|take ?it ?down|stop ?ncii|upload\w*|cybertip)"
)

# --- is Stand Informed still running --------------------------------------------------------------
_STAND_INFORMED = re.compile(r"\bstand ?informed\b")
_RUNNING = re.compile(
    r"\b(?:still (?:running|open|going|around|operating|available|on|there)|running|operating"
    r"|open (?:now|still)|taking (?:new )?(?:clients|people|cases)|shut down|closed|ended|over)\b"
)

# --- telling work ---------------------------------------------------------------------------------
_WORK = re.compile(
    r"\b(?:tell|go to|talk to|report (?:him |it |this |that )?to|complain to|email|call)"
    r" (?:the |my |our )?(?:owner|owners|hr|human resources|boss|big boss|head office"
    r"|store manager|general manager|district manager|employer|supervisor|company)\b"
    # "i meant report him to my work" (round 70 p29); "will the police tell my work" is not.
    r"|\breport (?:him|her|them|it) to (?:my |the )?work\b"
)
# "should i tell someone else at work like the owner or HR" (round 66 p06).
_AT_WORK = re.compile(r"\b(?:at|from) (?:work|my work|my job)\b|\bowner\b|\bhr\b")
_TELLING = re.compile(r"\b(?:tell|go to|talk to|report|complain)\b")

# --- an upskirt photo -----------------------------------------------------------------------------
_UPSKIRT = re.compile(
    r"\b(?:up ?skirt|under ?(?:my |her |the )?(?:skirt|dress)|up (?:my|her) (?:skirt|dress))\b"
)
# Whether it counts; "is that even a crime?" is the older voyeurism answer's (round 15).
_COUNTS = re.compile(r"\b(?:count|counts|intimate image|covered|considered)\b")

# --- the tribunal when the images are only held ---------------------------------------------------
_TRIBUNAL = re.compile(r"\b(?:tribunal|crt|protection order|civil resolution)\b")
_ONLY_HELD = re.compile(
    r"\b(?:just|only|still) (?:has|have|had|keeps?|got|holds?)\b"
    r"|\b(?:never|not|hasn'?t|has not|didn'?t|did not|wasn'?t|was not) (?:been )?(?:shared|posted"
    r"|sent|share|post|send|put)\b"
)

# A threat told of the other person ("he keeps saying he will", "not posted yet"); "you said the
# tribunal was only if it's shared or threatened" quotes the bot (round 65 p13).
_THREAT = re.compile(
    r"\b(?:he|she|they|ex|him|her)\b[^.?!]{0,15}\bthreat\w*"
    r"|\bsays? (?:he|she|they)(?:'ll| will)\b|\bkeeps? saying\b|\byet\b"
)

# --- the IIPS for someone outside B.C. ------------------------------------------------------------
_IIPS = re.compile(r"\b(?:iips|protection service|images protection|1-833)\b")
_HELPS = re.compile(r"\b(?:help|helps|work for|serve|take|support|contact)\b")
_MOVING = re.compile(r"\b(?:mov(?:e|es|ed|ing)|once i|after i|when i get)\b")
_OUTSIDE = re.compile(
    r"\b(?:alberta|ontario|saskatchewan|manitoba|quebec|nova scotia|new brunswick|yukon"
    r"|outside (?:of )?(?:b\.?c\b\.?|british columbia)|another province|out of province"
    r"|not in b\.?c\b|the (?:us|usa|states)|edmonton|calgary|toronto|winnipeg|regina|saskatoon"
    r"|montreal|ottawa|seattle)"
)

# --- a teacher and the parents --------------------------------------------------------------------
_SCHOOL_ADULT = re.compile(r"\b(?:teachers?|counsell?ors?|principal|coach|youth worker)\b")
_TELLS_PARENT = re.compile(
    r"\b(?:will|would|do|does|have to|has to|gonna|going to|must|could|might)\b[^.?!]{0,25}"
    r"\b(?:call|tell|contact|text|email|inform|phone)\b[^.?!]{0,12}\b(?:my )?(?:mom|mum|dad"
    r"|parents?|family|mother|father|guardian|step ?(?:mom|dad))\b"
)


# --- the police or the school first ------------------------------------------------------------
_POLICE = re.compile(r"\b(?:police|cops|rcmp|cybertip(?:\.ca)?)\b")
_SCHOOL = re.compile(r"\b(?:school|principal|vice principal|teachers?|counsell?or)\b")
_WHICH_FIRST = re.compile(r"\b(?:first|or|both|too|also|before)\b")

# --- a young writer: who to talk to first --------------------------------------------------------
# "so who do i actually talk to first" (round 66 p15); "who can i talk to" and "who do i call
# first" keep their older answers (the 24/7 lines).
_WHO_FIRST = re.compile(r"\bwho (?:do|should) i (?:actually |even |really |just )?talk to first\b")
_PARENTS = re.compile(r"\b(?:parents?|mom|mum|dad|family)\b")


# --- a young helper reporting themselves ---------------------------------------------------------
# "im only 16, can i report it myself", "am i allowed to make the report myself since im 16",
# "can a 16 year old report to cybertip" (round 68 p17: the interpreter, then the trust rule).
_REPORT_MYSELF = re.compile(
    r"\b(?:can|could|may|am) i (?:be allowed to |allowed to )?(?:make (?:the|a) report|report"
    r" (?:it|this|him|them)?)\b[^.?!]{0,20}\b(?:myself|my self|on my own|alone|since i'?m"
    r"|at \d{2}|or (?:does|do) (?:it|i) (?:need|have))"
    r"|\b(?:can|could|may) (?:a|an) (?:1[0-7]|teen|teenager|kid|minor)(?: ?(?:year|yr)s?[- ]?old)?"
    r" (?:make (?:a|the) report|report)\b"
    r"|\b(?:a|an) (?:1[0-7]|teen|teenager|kid|minor)(?: ?(?:year|yr)s?[- ]?old)? (?:can|could|may"
    r"|is allowed to) (?:make (?:a|the) report|report)\b"
)


def _take_it_down_yourself(cleaned: str, young: bool, told: list[str]) -> list[str] | None:
    if _TAKE_IT_DOWN.search(cleaned) and _ON_MY_OWN.search(cleaned) and _ASKS.search(cleaned):
        return [TAKE_IT_DOWN_YOURSELF]
    return None


def _spoken_threat(cleaned: str, young: bool, told: list[str]) -> list[str] | None:
    if _SPOKEN.search(cleaned) and _PROVE.search(cleaned) and _ASKS.search(cleaned):
        return [SPOKEN_THREAT_RECORD]
    return None


def _see_images(cleaned: str, young: bool, told: list[str]) -> list[str] | None:
    if (
        _ASKS.search(cleaned)
        and _SEE_IMAGES.search(cleaned)
        and _SEE_SUBJECT.search(cleaned)
        and not _OTHER_SEER.search(cleaned)
        and re.search(r"\b(?:video|videos|photos?|pictures?|pics|images?|recording)\b", cleaned)
    ):
        return [LAWYER_SEE_IMAGES]
    return None


def _stand_informed(cleaned: str, young: bool, told: list[str]) -> list[str] | None:
    if _STAND_INFORMED.search(cleaned) and _RUNNING.search(cleaned) and _ASKS.search(cleaned):
        return list(SERVICE_DATES)
    return None


def _tell_work(cleaned: str, young: bool, told: list[str]) -> list[str] | None:
    told_work = _WORK.search(cleaned) or (
        _AT_WORK.search(cleaned)
        and _TELLING.search(cleaned)
        and re.search(r"\b(?:owner|hr|human resources|boss|someone)\b", cleaned)
    )
    # "i meant report him to my work, like HR or the owner" corrects a misread (round 70 p29).
    if young and told_work and (_ASKS.search(cleaned) or re.search(r"\bi meant\b", cleaned)):
        return [TELL_WORK_YOUNG]
    return None


def _upskirt(cleaned: str, young: bool, told: list[str]) -> list[str] | None:
    if _UPSKIRT.search(cleaned) and _COUNTS.search(cleaned) and "?" in cleaned:
        return [UPSKIRT_COUNTS]
    return None


def _crt_if_only_held(cleaned: str, young: bool, told: list[str]) -> list[str] | None:
    if (
        _TRIBUNAL.search(cleaned)
        and _ONLY_HELD.search(cleaned)
        and _ASKS.search(cleaned)
        and not _THREAT.search(cleaned)
    ):
        return [CRT_IF_ONLY_HELD]
    return None


def _iips_outside_bc(cleaned: str, young: bool, told: list[str]) -> list[str] | None:
    named = _IIPS.search(cleaned) or any(_IIPS.search(text) for text in told[-1:])
    if (
        named
        and _OUTSIDE.search(cleaned)
        and _HELPS.search(cleaned)
        and not _MOVING.search(cleaned)
        and not _POLICE.search(cleaned)
        and "?" in cleaned
    ):
        return [IIPS_OUTSIDE_BC]
    return None


def _teacher_tells_parent(cleaned: str, young: bool, told: list[str]) -> list[str] | None:
    if (
        young
        and _SCHOOL_ADULT.search(cleaned)
        and _TELLS_PARENT.search(cleaned)
        and _ASKS.search(cleaned)
    ):
        return [TEACHER_TELLS_PARENT]
    return None


def _police_or_school(cleaned: str, young: bool, told: list[str]) -> list[str] | None:
    # Asked again: the first asking has the older answers (round 13 p03's "In order").
    asked_before = any(_POLICE.search(said) and _SCHOOL.search(said) for said in told[-4:])
    if (
        asked_before
        and _POLICE.search(cleaned)
        and _SCHOOL.search(cleaned)
        and _WHICH_FIRST.search(cleaned)
        and re.search(r"\b(?:should|do|can|is it|which|or)\b", cleaned)
        and "?" in cleaned
    ):
        return [POLICE_OR_SCHOOL]
    return None


def _who_first_young(cleaned: str, young: bool, told: list[str]) -> list[str] | None:
    if young and _WHO_FIRST.search(cleaned) and not _PARENTS.search(cleaned):
        return [WHO_FIRST_YOUNG]
    return None


# The writer's own young age said with it ("im only 16", "since im 16", "a 16 year old"): an
# adult helper's "can I report it myself as his grandmother?" has its older answer.
_YOUNG_AGE_SAID = re.compile(
    r"\b(?:i'?m|im|i am)(?: only| just)? 1[0-7]\b|\b(?:a|an) 1[0-7] ?(?:year|yr)s?[- ]?old\b"
)


def _young_helper_reports(cleaned: str) -> list[str] | None:
    """Asked only in a conversation about a child the writer helps (`kind`)."""
    if _REPORT_MYSELF.search(cleaned) and _YOUNG_AGE_SAID.search(cleaned):
        return [YOUNG_HELPER_REPORTS]
    return None


# In this order: the first kind that answers wins.
KINDS = (
    _take_it_down_yourself,
    _spoken_threat,
    _see_images,
    _stand_informed,
    _upskirt,
    _iips_outside_bc,
    _teacher_tells_parent,
    _police_or_school,
    _tell_work,
    _who_first_young,
)


# Asked only when the reply chosen otherwise is a dead end ("I'd rather not guess"): the older
# answers on the tribunal read more wordings well (follow_up_readers.dead_end_sequence).
DEAD_END_KINDS = (_crt_if_only_held,)


def kind(
    text: str,
    earlier: list[str],
    is_minor: object = None,
    kinds: tuple = KINDS,
    replies: list[list[str]] | None = None,
) -> list[str] | None:
    """The answer to one of `kinds`, or None."""
    cleaned = plain_lower(text)
    if not cleaned or cleaned.startswith("/"):
        return None
    reporting = _young_helper_reports(cleaned) if helping_a_child(replies or []) else None
    if reporting:
        return reporting
    young = young_now([*earlier[-6:], text], is_minor)
    told = [plain_lower(said) for said in earlier[-6:]]
    return first_kind(kinds, cleaned, young, told)


def follow_up(
    text: str,
    previous: list[str],
    earlier: list[str],
    is_minor: object = None,
    replies: list[list[str]] | None = None,
) -> list[str] | None:
    """The answer, the short line when the same answer was the turn before's; a message for
    the safety net is left to it."""
    if read_safety(text) is not None:
        return None
    found = kind(text, earlier, is_minor, KINDS, replies)
    return fresh_or_again(found, previous, AGAIN)


def dead_end_answer(
    text: str, previous: list[str], earlier: list[str], is_minor: object = None
) -> list[str] | None:
    """The answer of a DEAD_END_KINDS kind, when the reply chosen otherwise is a dead end."""
    if read_safety(text) is not None:
        return None
    return fresh_or_again(kind(text, earlier, is_minor, DEAD_END_KINDS), previous, AGAIN)
