"""Rounds 57-58's unanswered kinds (plain59): own-words questions that got a quiz, a neighbouring
block or "I'm not sure I have the answer" (tests/simulated-users/2026-12-07-round57, -round58):

- "I'm a grade 8 teacher. A student told me something scary happened" (r58 p31: the routes and
  "Did someone share your intimate images?"): what to do for the student, no quiz;
- "will my wife find out if I go to police?" (r58 p13: answered about the scammer; the money half
  answered alone); with "can I get the money back?" beside it, both;
- "he texted again, what do I say back", "what am I supposed to say to him" (r57 p06, p29: the
  consent list): you don't owe a reply, the steps; for a young writer, a safe adult too;
- "what should she have ready when she phones?" (r58 p41, three times): nothing needed;
- "I call for her, ok?", "can I make the phone call for my wife?" (r58 p26): the answer on
  calling for someone; "can I call 988 myself for advice on talking to her?" (r58 p20);
- after the answer for a child asked for images, "report him to the game company, it's Roblox"
  (r58 p32, three times: the police paragraph): the platform's report tool, screenshots first;
- "will the protection service contact him?" (r57 p23, r58 p22): the older answer on what the
  IIPS does;
- a person who shared: "if she wins, how much could they order ME to pay?" (r58 p28);
- "can UBC kick them out?" (r58 p39: a high-school answer): what the sources say of colleges.

Plain functions; the InterruptPolicy asks (assistant/policies/follow_up_readers.py: after
plain57). Responses in domain/plain59.yml, and older ones named below.
"""

from __future__ import annotations

import re

from assistant.fresh_answers import fresh_or_again, replies_in_last
from assistant.plain_text import plain_lower
from assistant.route_form_gate import young_now
from assistant.safety import read_safety

TEACHER_DISCLOSURE = "utter_teacher_disclosure"
FAMILY_FINDS_OUT = "utter_family_find_out_police"
MONEY_BACK = "utter_money_back"  # domain/practical_answers.yml
SAY_BACK = "utter_block_steps"  # domain/urgent_questions.yml: you don't owe them a reply
SAY_BACK_YOUNG = "utter_block_steps_youth"  # a safe adult, Kids Help Phone, Cybertip.ca
READY_FOR_CALL = "utter_ready_for_call"  # domain/plain46.yml
ON_BEHALF = "utter_on_behalf"  # domain/practical_answers.yml: ask the intake line
HELPER_988 = "utter_helper_call_988"
CHILD_PLATFORM = "utter_child_report_platform"
IIPS_CONTACTS_HIM = "utter_iips_tells_him"  # domain/plain40.yml
SHARER_DAMAGES = "utter_sharer_damages"
TELL_COLLEGE = "utter_tell_college"  # domain/plain57.yml
SELF_BLAME = "utter_self_blame"  # domain/practical_answers.yml: it is not your fault

RECENT_TURNS = 3

# --- a teacher told something by a student --------------------------------------------------
_SCHOOL_STAFF = re.compile(
    r"\b(?:i'?m|im|i am|as) (?:a |an |the )?(?:grade \d+ |high school |middle school |school )?"
    r"(?:teacher|counsellor|counselor|principal|vice[- ]principal|educator|school staff"
    r"|youth worker|coach|librarian|teaching assistant|ta)\b"
)
_STUDENT_TOLD = re.compile(
    r"\b(?:a|one of my|my) (?:student|pupil|kid in my class|player)s?\b[^.?!]{0,30}"
    r"\b(?:told|came to|disclosed|said|talked to|confided)\b"
)
_IMAGE_WORDS = re.compile(
    r"\b(?:nudes?|pics?|photos?|pictures?|images?|videos?|sext\w*|snap\w*|shared|posted)\b"
)

# --- family finding out through the police -----------------------------------------------------
# A spouse or partner ("will my wife find out if I go to police?"); "does my family find out if I
# go to the tribunal or police?" keeps the older answers (who else is told, the lawyer's
# confidentiality), as does a young writer's.
_FAMILY_FINDS_OUT = re.compile(
    r"\b(?:will|would|could) (?:my )?(?:wife|husband|partner|spouse|girlfriend|boyfriend)\b"
    r"[^.?!]{0,15}\b(?:find out|know|be told|hear|get told|learn)\b"
)
_LAWYER_OR_TRIBUNAL = re.compile(r"\b(?:lawyer|tribunal|crt|legal advice)\b")
_POLICE = re.compile(r"\b(?:police|cops|rcmp|report)\w*\b")
_MONEY_BACK = re.compile(r"(?:\bmoney|\bdollars|\$ ?\d[\d,]*)\b[^.?!]{0,15}\bback\b")

# --- what to say back ---------------------------------------------------------------------------
# A reply to the person asking for images: "what do I say back", or "what am I supposed to say to
# him" from the one being asked. "What do I say to her?" from a helper is about the person they
# help, and "what do I say to them?" about Cybertip.ca: the older answers.
_SAY_BACK = re.compile(
    r"\bwhat (?:do|should|can|would) i (?:say|text|write|send|reply) back\b"
    r"|\bhow (?:do|should) i (?:reply|respond|answer)(?: (?:to )?(?:him|her|back))?\s*(?:\?|$)"
    r"|\bshould i (?:reply|respond|answer)(?: (?:to )?(?:him|her))?\s*(?:\?|$)"
)
_SAY_TO_HIM = re.compile(
    r"\bwhat (?:do|should|can) i (?:say|tell) (?:to )?him\b"
    r"|\bwhat am i (?:supposed|meant) to (?:say|tell) (?:to )?him\b"
)
# Facing him in person ("what do i say to him at practice"): the older answers (a safe adult,
# Cybertip.ca), not the online steps.
_IN_PERSON = re.compile(
    r"\b(?:at (?:practice|school|work|the game|training|the gym)|in person|irl|face to face"
    r"|when i see him)\b"
)
_ASKED_ME = re.compile(r"\b(?:asking|asks|asked|texted|texting|messag\w*|dm\w*|pressur\w*) me\b")

# --- what to have ready -------------------------------------------------------------------------
# A helper asking for the person they help ("what should she have ready when she phones?"); the
# writer's own "what should I have ready" keeps the older answers (the tribunal's, plain46's).
_READY = re.compile(
    r"\bwhat (?:should|does|do|would|will) (?:she|he|they) (?:need to )?(?:have ready|bring"
    r"|prepare|have on hand|get ready)\b"
    r"|\bwhat (?:does|do) (?:she|he|they) need (?:to have )?(?:ready|for the call)\b"
)

# The writer's own "what should I have ready before I phone?", "do I need documents or an
# application form first?" (round 60 p20: "doesn't answer", then the evidence steps).
_READY_BEFORE_CALL = re.compile(
    r"\bwhat (?:should|do|would) i (?:need to )?have ready before i (?:phone|call|ring|email)\b"
    r"|\bdo i need (?:any )?(?:documents|papers|an application form|a form)\b[^.?!]{0,25}"
    r"\b(?:first|before)\b"
)

# --- blamed by family: "my mother says it is my fault" (round 59 p06: "not sure I understood",
# then the consent definition) ----------------------------------------------------------------
# Said as a statement, with no other question beside it ("does it count if I showed it myself?
# people say its my fault" keeps the older answer to the question).
_BLAMED_BY = re.compile(
    r"\b(?:mother|mom|mum|dad|father|parents|family|husband|wife|friends?|sister|brother|everyone"
    r"|people)\b (?:says?|said|thinks?|told me|keeps? saying|tells me) (?:that )?(?:it'?s|it is"
    r"|its|it was|is) (?:all )?my (?:own )?fault\b"
)
_MY_FAULT_BECAUSE = re.compile(
    r"\b(?:is|was) (?:it )?my fault because i (?:send|sent|took|trusted|let)\b"
)

# --- calling for the person ---------------------------------------------------------------------
_CALL_FOR = re.compile(
    r"\b(?:i|me) (?:call|phone|make the (?:phone )?call) for (?:her|him|them|my \w+)\b"
    r"|\bcan i(?:,? \w+,?)? (?:make the (?:phone )?call|call|phone) (?:for|on behalf of) (?:her|him"
    r"|them|my \w+)\b|\bmake the (?:phone )?call for (?:her|him|them|my \w+)\b"
)
_988_MYSELF = re.compile(r"\b(?:call|text) (?:988|9-8-8)\b[^.?!]{0,20}\b(?:myself|me too|for me)\b")

# --- a child's helper and the game or app ------------------------------------------------------
CHILD_REPLIES = frozenset(
    {
        "utter_child_asked",
        "utter_child_asked_support",
        "utter_child_asked_not_in_trouble",
        "utter_helper_minor",
        "utter_helper_minor_first",
        "utter_helper_tell_parent_first",
    }
)
REPORT_PLATFORM = re.compile(
    r"\b(?:report|flag|tell)\b[^.?!]{0,30}\b(?:to|in|on) (?:the )?(?:game|app|site|company"
    r"|platform|roblox|snapchat|snap|discord|instagram|tiktok|minecraft|fortnite)\b"
    r"|\b(?:game|app) company\b"
)

# --- the IIPS contacting him ------------------------------------------------------------------
_IIPS_CONTACT = re.compile(
    r"\b(?:will|would|does|do|is|are|could) (?:that|the|this|they|those) ?(?:protection |government"
    r" |images )?(?:service|people|iips|line)? ?(?:going to |gonna )?(?:contact|call|reach out to"
    r"|message|email|talk to) (?:him|her|the guy|the person|my ex)\b"
)
_IIPS = re.compile(r"\b(?:protection service|iips|government service|1-?833)\b")
_IIPS_REPLY = re.compile(r"iips|protection_service")

# --- damages a person who shared may pay -------------------------------------------------------
_ME_PAY = re.compile(
    r"\bhow much (?:could|would|can|will|might) (?:they|she|he|the tribunal|the crt|a court|it)"
    r" (?:order|make|force) me to pay\b|\bhow much (?:could|would|might) i (?:have to|need to)"
    r" pay\b|\border me to pay\b"
)
_I_SHARED = re.compile(r"\bi (?:shared|posted|sent|forwarded|showed)\b")

# --- a college's discipline -------------------------------------------------------------------
_COLLEGE_ACT = re.compile(
    r"\bcan (?:ubc|sfu|uvic|bcit|kpu|the (?:university|college|school)|my (?:university|college"
    r"|school)|the uni) (?:kick|expel|suspend|discipline|punish|do anything|do something)\b"
)
_COLLEGE = re.compile(r"\b(?:ubc|sfu|uvic|bcit|kpu|university|college|uni|frat|sorority|campus)\b")


def kind(
    text: str,
    earlier: list[str],
    replies: list[list[str]],
    is_minor: object = None,
) -> list[str] | None:
    """The answer to one of the module's kinds, or None."""
    if not text or text.startswith("/"):
        return None
    cleaned = plain_lower(text)
    if read_safety(text) is not None:
        return None  # the crisis answers come first
    told = [plain_lower(t) for t in earlier[-6:]]
    recent = replies_in_last(replies, RECENT_TURNS)
    if (
        not told
        and _SCHOOL_STAFF.search(cleaned)
        and _STUDENT_TOLD.search(cleaned)
        and not _IMAGE_WORDS.search(cleaned)
    ):
        return [TEACHER_DISCLOSURE]
    young = young_now([*earlier[-6:], text], is_minor)
    if (
        _FAMILY_FINDS_OUT.search(cleaned)
        and _POLICE.search(cleaned)
        and not _LAWYER_OR_TRIBUNAL.search(cleaned)
        and not young
    ):
        return [FAMILY_FINDS_OUT, MONEY_BACK] if _MONEY_BACK.search(cleaned) else [FAMILY_FINDS_OUT]
    if not told:
        return None
    asked_me = any(_ASKED_ME.search(t) for t in [*told, cleaned])
    in_person = _IN_PERSON.search(cleaned)
    if not in_person and (_SAY_BACK.search(cleaned) or (_SAY_TO_HIM.search(cleaned) and asked_me)):
        return [SAY_BACK, SAY_BACK_YOUNG] if young else [SAY_BACK]
    if (_READY.search(cleaned) or _READY_BEFORE_CALL.search(cleaned)) and not _POLICE.search(
        cleaned
    ):
        return [READY_FOR_CALL]
    if (_BLAMED_BY.search(cleaned) and "?" not in cleaned) or _MY_FAULT_BECAUSE.search(cleaned):
        return [SELF_BLAME]
    if _988_MYSELF.search(cleaned):
        return [HELPER_988]
    if _CALL_FOR.search(cleaned):
        return [ON_BEHALF]
    if recent & CHILD_REPLIES and REPORT_PLATFORM.search(cleaned):
        return [CHILD_PLATFORM]
    if _IIPS_CONTACT.search(cleaned) and (
        _IIPS.search(cleaned) or any(_IIPS_REPLY.search(n) for n in recent)
    ):
        return [IIPS_CONTACTS_HIM]
    if _ME_PAY.search(cleaned) and any(_I_SHARED.search(t) for t in told):
        return [SHARER_DAMAGES]
    if _COLLEGE_ACT.search(cleaned) and _COLLEGE.search(" ".join([*told, cleaned])):
        return [TELL_COLLEGE]
    return None


def follow_up(
    text: str,
    previous: list[str],
    earlier: list[str],
    replies: list[list[str]],
    is_minor: object = None,
) -> list[str] | None:
    """The answer, without what the turn before already sent."""
    return fresh_or_again(kind(text, earlier, replies, is_minor), previous, {})
