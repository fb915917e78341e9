"""Rounds 59-60's unanswered kinds (plain61): own-words questions that got a neighbouring block
or "doesn't answer" (tests/simulated-users/2026-12-07-round59, -round60):

- "a picture of me in my underwear ... does that count?" (r60 p22: printed copies, then texting
  as sharing, then the definition): near-nude images count; the criminal offence is narrower;
- "he is family, I cannot block him", "he's at my school so I can't just block him", "do I have
  to block him? my cousin will ask why" (r59 p15, r60 p26, r60 p30: "block them" again): you
  don't have to block him to get help; a threat counts; the tribunal's order and the IIPS; for a
  young writer, a safe adult;
- a parent whose child shared someone's image: "can her parents sue us?", "could she take my
  son to that tribunal?" (r60 p10: "you can make a claim", then "doesn't answer"): a claim is
  against the person who shared; what the sources don't say about a sharer under 18;
- "my 13 year old daughter is being groomed by a man on Discord" (r60 p03's kind, in words that
  got the sextortion steps for the writer): report it, how to support her; then "should I
  message him myself?" ("not sure"): the older answer (the sources don't say to confront him;
  the steps they give);
- a child's helper: "she hasn't sent him anything, will cybertip still take it?", "so cybertip
  or not??" (r61 p31, rated not: "a threat counts", then "Not from what the information I have
  says"): report it to Cybertip.ca, nothing needs to have been sent;
- "easiest way to get him to delete it? I don't want to sue" (r60 p06: the tribunal's order
  alone): removal without a claim for money;
- "I am the one in the photos, not him" (r60 p19: "not sure I understood"): the routes for the
  person pictured;
- "can i still get the free lawyer even tho the pics are from before i turned 18? and hes 19"
  (r61 p24: the age-rules check for 18 and 19, "the law allows it"): no age limit; "can I still
  report to cybertip even though im an adult now" (r62 p29: "I got that wrong, the under-18
  lines don't apply", then "doesn't answer"): the older answer for an adult now whose images are
  from under 18;
- "ok. is calling the lawyer safer then, he wont know about that?" (r62 p15: "What would you
  like to know?"): talking to the lawyer doesn't tell him;
- "even if she is my wife?", "married people it is the same law?" (r61 p11, asked three times:
  the contacts, the interpreter, the under-18 law): being married is not consent, what you can
  do, and the interpreter asked beside it (spread_consent's answer, in more wordings);
- "she only sent it to one person, does that count?" (r62 p21: the consent text twice): the
  older answer, sending it to a few people counts;
- a young writer: "could the school punish ME for it", "will i get suspended" (r61 p20: "not
  sure I understood", then the service's steps): what the sources don't say, and what they do.

Plain functions; the InterruptPolicy asks (assistant/policies/follow_up_readers.py: after
plain59). Responses in domain/plain61.yml, and older ones named below.
"""

from __future__ import annotations

import re

from assistant.first_kind import first_kind
from assistant.fresh_answers import fresh_or_again, replies_in_last
from assistant.plain53 import questions_asked
from assistant.plain59 import CHILD_REPLIES
from assistant.plain_text import plain_lower
from assistant.route_form_gate import young_now
from assistant.safety import read_safety

UNDERWEAR_COUNTS = "utter_underwear_counts"
CANT_BLOCK = "utter_cant_block"
CANT_BLOCK_YOUNG = "utter_cant_block_youth"
CANT_BLOCK_AGAIN = "utter_cant_block_again"
INTERPRETER = "utter_interpreter"  # domain/topics.yml
CONTACT = "utter_contact"  # domain/handoff.yml
SHARER_DAMAGES = "utter_sharer_damages"  # domain/plain59.yml
SHARER_UNDER_18 = "utter_sharer_under_18_claim"
CHILD_TARGETED = "utter_child_groomed"
CHILD_SUPPORT = "utter_child_asked_support"  # domain/safety.yml
# domain/next_questions.yml: the sources say nothing on confronting him; the steps they give
DONT_CONTACT_HIM = "utter_helper_minor_confront"
REMOVE_WITHOUT_SUING = "utter_remove_without_suing"
I_AM_PICTURED = "utter_i_am_pictured"
CHILD_CYBERTIP = "utter_child_cybertip_yes"
LAWYER_ANY_AGE = "utter_lawyer_young_images"
ADULT_NOW_REPORT = "utter_adult_young_then_report"  # domain/ages23.yml
LAWYER_NOT_TOLD = "utter_told_person_service"  # domain/who_finds_out.yml
PARTNER_SHARING = "utter_partner_sharing"  # domain/statements.yml: marriage is not consent
SHARED_NEXT = "utter_shared_next"  # domain/eligibility.yml: what you can do, the contacts
ONE_PERSON = "utter_few_people_counts"  # domain/deadends31.yml: sending to a few people counts
SCHOOL_PUNISH = "utter_school_punish_youth"
IF_SHARED_YOUNG = "utter_if_threat_carried_out_young"  # domain/context_followups.yml

# Asked again right after its answer ("so does underwear count or not?", "could she take my son
# to that tribunal?"): the point plainly, not the same block or "doesn't answer".
AGAIN = {
    UNDERWEAR_COUNTS: ["utter_underwear_counts_again"],
    SHARER_DAMAGES: ["utter_sharer_claim_again"],
    CHILD_CYBERTIP: ["utter_child_cybertip_again"],
}

# --- an underwear photo -------------------------------------------------------------------------
_UNDERWEAR = re.compile(
    r"\b(?:underwear|boxers|briefs|undies|bra|panties|lingerie|thong|my underpants)\b"
)
_COUNTS = re.compile(
    r"\b(?:count|counts|intimate|covered|qualify|qualifies|considered|apply|applies|matter)\b"
)

# --- cannot block him ---------------------------------------------------------------------------
# In person or at home ("he's in my house", "I see him at practice") keeps safety28's answer,
# which that reader gives first.
_CANT_BLOCK = re.compile(
    r"\b(?:can'?t|cannot|can not|cant|couldn'?t|unable to|not able to|won'?t be able to)"
    r" (?:just |really |even |simply )?block\b"
    r"|\bblocking (?:him|her|them )?(?:is not|isn'?t|won'?t|wont|doesn'?t|does not) (?:an option"
    r"|possible|work|help)\b"
    # "do I have to block him? my cousin will ask why" (round 59 p15, twice unanswered)
    r"|\bdo i (?:have|need|got) to block\b|\bmust i block\b"
)
# Beside a question about the lawyer, a job or the police, or with a boss or coach, the older
# answers (threats count and the lawyer; the position-of-trust rule) take the message. (A family
# member stays: "he is family, I cannot block him" is this answer's.)
_OTHER_SUBJECT = re.compile(
    r"\b(?:lawyer|legal|quit|job|police|cops|sue|court|tribunal|crt|report|boss|manager|coach"
    r"|teacher)\b"
)
_ASKS_NUMBER = re.compile(
    r"\bwhat (?:number|phone|line)\b|\bwho do i (?:call|phone)\b|\bhow (?:do )?i (?:call|contact)\b"
    r"|\bwhat(?:'s| is) (?:the |their |your )?(?:phone )?number\b"
)
_NUMBER_FOR_LAWYER = re.compile(
    r"\b(?:phone )?(?:number|line) (?:for|of) (?:the|a|your) (?:free )?lawyers?\b"
)
_LANGUAGE = re.compile(
    r"\b(?:interpreter|translator|translation|arabic|punjabi|mandarin|cantonese|farsi|persian|spanish"
    r"|tagalog|korean|vietnamese|hindi|urdu|french|russian|ukrainian|in my language)\b"
)

# --- a parent of a child who shared -------------------------------------------------------------
_MY_CHILD_SHARED = re.compile(
    r"\bmy (?:\d+[- ]?(?:year[- ]?old|yo) )?(?:son|daughter|kid|child|boy|girl|teen|teenager"
    r"|stepson|stepdaughter)\b[^.?!]{0,30}\b(?:shared|posted|sent|forwarded|showed|passed"
    r"|airdropped|spread)\b"
)
_SUE_US = re.compile(
    r"\bsue (?:us|me|my (?:son|daughter|kid|child|boy|girl)|him|her)\b"
    r"|\btake (?:us|me|my (?:son|daughter|kid|child|boy|girl)|him|her) to (?:the |that |a )?"
    r"(?:tribunal|court|crt|small claims)\b"
    r"|\b(?:can|could|will|would|might) (?:she|they|her (?:parents|family|mom|dad|mother"
    r"|father)|his (?:parents|family)|the (?:girl|boy|family|parents))"
    r" (?:\w+ )?(?:sue|make a claim|file a claim|bring a claim|go to the tribunal)\b"
)


# --- a child groomed, and contacting him ---------------------------------------------------------
_MY_CHILD = re.compile(
    r"\b(?:my|our) (?:\d{1,2}[- ]?(?:year[- ]?old|yrs?[- ]?old|yo|y/o) |little |young |teenage )?"
    r"(?:daughter|son|kid|child|niece|nephew|granddaughter|grandson|stepdaughter|stepson"
    r"|little sister|little brother)\b"
)
_GROOMED = re.compile(r"\b(?:groom(?:ed|ing|s)?|preying on|predator)\b")
# A conversation about a child asked for or targeted: plain59's child answers and the groomed one.
CHILD_CONTEXT = CHILD_REPLIES | {CHILD_TARGETED}
_CONTACT_HIM = re.compile(
    r"\b(?:should|can|could|do|shall) (?:i|we) (?:just )?(?:message|text|dm|contact|email"
    r"|confront|write to|warn) (?:him|this (?:guy|man|person)|the (?:guy|man|person))"
    r"(?: myself| directly| first)?(?: and tell him to (?:stop|back off|leave her alone))?\s*\??$"
)

# Cybertip.ca asked about plainly ("will cybertip still take it?", "so cybertip or not??"); who
# Cybertip.ca tells, or whether it is anonymous, are the older answers.
_CYBERTIP_ASKED = re.compile(
    r"\bcyber ?tip\b[^.?!]{0,40}\b(?:or not|take|takes|still|worth|bother|accept|handle|deal with"
    r"|care)\b"
    r"|\b(?:still|even) (?:report|tell|go to|call|contact)\b[^.?!]{0,25}\bcyber ?tip\b"
)
# Who Cybertip.ca tells, reporting it oneself as an aunt or a brother, which comes first, or
# tonight: the older answers.
_CYBERTIP_OTHER = re.compile(
    r"\b(?:tell (?:her|his|my|the) (?:parents|mom|dad|mother|father)|find out|anonymous|my name"
    r"|contact (?:me|us|her|him)|call (?:me|us) back|myself|herself|himself|first|tonight|night"
    r"|morning|website|online)\b"
)

# --- the free lawyer for images from under 18 ------------------------------------------------
_LAWYER_ASK = re.compile(
    r"\b(?:can|could|do|will|would) i (?:still )?(?:get|use|have|call|see|qualify for|apply for"
    r"|go to) (?:the |a |that )?(?:free )?(?:lawyer|legal advice|legal help|service)\b"
    r"|\bdo i (?:still )?qualify\b"
)
_YOUNG_IMAGES = re.compile(
    r"\b(?:before|when) i (?:turned|was) (?:18|eighteen|1[0-7]|[1-9]|under 18|a minor)\b"
    r"|\bi was (?:1[0-7]|[1-9]) in (?:them|it|the \w+)\b"
)

# "even tho the pics are from before i turned 18": whether the age in them stops it. With the
# tools asked beside it ("so stopncii or take it down? and can i still get the free lawyer"), the
# older answers take both parts.
_DESPITE_AGE = re.compile(
    r"\b(?:even (?:though|tho|if)|before i turned|from when i was|since (?:the )?(?:pics|photos"
    r"|pictures|images) (?:are|were))\b"
)
_TOOLS = re.compile(r"\bstop ?ncii\b|\btake it down\b|\bwhich (?:site|one|tool)\b")
# "an adult now" in words; "im 18 now" is the older answers' (ages23, the images' age answers).
_ADULT_NOW = re.compile(
    r"\b(?:i'?m|im|i am) (?:an adult|(?:a )?grown up|grown) now\b|\bas an adult\b"
    r"|\bnow that i'?m an adult\b"
)
_REPORT_ASKED = re.compile(r"\b(?:report|cyber ?tip|police)\b")

# --- the lawyer and him -------------------------------------------------------------------------
_CALLING_LAWYER = re.compile(
    r"\b(?:calling|call|talking to|talk to|contacting|emailing|phoning|using) (?:the |a |that )?"
    r"(?:free )?(?:lawyer|legal advice|legal service)\b"
)
# "is calling the lawyer safer then, he wont know about that?" (round 62 p15). "if i call the
# lawyer will he find out? he checks my phone" keeps the older answers (the phone, the call log).
_HE_WONT_KNOW = re.compile(
    r"\b(?:is|would) (?:calling|talking to|contacting|using) (?:the |a )?(?:free )?(?:lawyer|legal"
    r" advice|legal service)\b[^.?!]{0,15}\bsafer\b"
    r"|\b(?:he|she|they) (?:won'?t|wont|will not|wouldn'?t) know about (?:that|it|this)\b"
)
_PHONE_WATCHED = re.compile(
    r"\b(?:phone|call log|checks|looks at|reads|texts|live together|see it|sees)\b"
)

# --- a spouse, one person -------------------------------------------------------------------------
_MARRIED = re.compile(
    r"\b(?:even if|even though|if|but|and) (?:she is|he is|she'?s|he'?s|it is|it'?s|they are"
    r"|they'?re) (?:my |our )?(?:wife|husband|spouse|married)\b"
    r"|\b(?:she|he) is my (?:wife|husband|spouse)\b[^.?!]{0,30}\b(?:still|wrong|illegal|allowed"
    r"|ok|okay|crime)\b"
    r"|\bmarried (?:people|couples?)\b|\bbecause (?:we'?re|we are) married\b"
)
_ONE_PERSON = re.compile(
    r"\b(?:only|just) (?:sent|showed|shared|gave|forwarded) (?:it|them|the \w+) to"
    r" (?:one|1|a single) (?:person|friend|guy|girl)\b|\bonly (?:to )?(?:one|1) person\b"
    r"|\bjust one person\b"
    # Round 65 p24: "is sending to one person still sharing or does it have to be posted".
    r"|\b(?:sending|sent|send|forwarding)(?: it| them| the \w+)? to (?:one|1|a single) (?:person"
    r"|friend|guy|girl)\b[^.?!]{0,20}\b(?:still |even )?(?:sharing|count|counts)\b"
)

# --- a young writer and the school ----------------------------------------------------------------
_SCHOOL_PUNISH = re.compile(
    r"\b(?:school|principal|teachers?)\b[^.?!]{0,30}\b(?:punish|suspend|expel|kick me out"
    r"|discipline|get me in trouble)\w*"
    r"|\b(?:will|would|could|can|am) i (?:\w+ )?(?:get|be|going to be|gonna be|gonna get)"
    r" (?:suspended|expelled|kicked out|punished)\b"
)
_WHAT_IF_SENT = re.compile(
    r"\bwhat if (?:he|she|they) (?:\w+ )?(?:sends?|posts?|shares?|shows?|puts?)\b"
)

# --- removal without a claim for money ------------------------------------------------------------
_NO_SUING = re.compile(
    r"\b(?:don'?t|do not|dont|doesn'?t|not) (?:want|wanna|plan|going) (?:to )?(?:sue|go to court"
    r"|take (?:him|her|them) to court|make a claim|get a lawyer)\b|\bwithout (?:suing|court"
    r"|a lawsuit|going to court)\b|\bnot (?:trying to )?sue\b"
)
_REMOVE = re.compile(r"\b(?:delete|remove|take (?:it|them) down|get rid of|gone|erase)\b")

# --- the person pictured says so -----------------------------------------------------------------
_I_AM_PICTURED = re.compile(
    r"\bi(?:'m| am|m) the one (?:in|pictured in|shown in|who is in|that is in)"
    r" (?:the |those |these )?(?:photos|pictures|pics|images|videos|nudes)\b"
    r"|\b(?:the|those|these) (?:photos|pictures|pics|images) (?:are|were) (?:of )?me\b"
    r"|\bit'?s me in (?:the|those|them)\b"
)


def _underwear(
    cleaned: str, told: list[str], replies: list[list[str]], young: bool
) -> list[str] | None:
    if _UNDERWEAR.search(cleaned) and _COUNTS.search(cleaned) and "?" in cleaned:
        return [UNDERWEAR_COUNTS] if questions_asked(cleaned) <= 1 else None
    return None


def _cant_block(
    cleaned: str, told: list[str], replies: list[list[str]], young: bool
) -> list[str] | None:
    # "I cannot block him. Please what is phone number for the lawyer" (round 72 p15): the
    # lawyer's number asked for, not a question about the lawyer.
    subject = _NUMBER_FOR_LAWYER.sub(" ", cleaned)
    if not _CANT_BLOCK.search(cleaned) or _OTHER_SUBJECT.search(subject):
        return None
    answer = [CANT_BLOCK_YOUNG] if young else [CANT_BLOCK]
    if _LANGUAGE.search(cleaned):
        answer.append(INTERPRETER)
    elif _ASKS_NUMBER.search(cleaned):
        answer.append(CONTACT)
    return answer


def _sharers_parent(
    cleaned: str, told: list[str], replies: list[list[str]], young: bool
) -> list[str] | None:
    if _SUE_US.search(cleaned) and any(_MY_CHILD_SHARED.search(t) for t in [*told, cleaned]):
        return [SHARER_DAMAGES, SHARER_UNDER_18]
    return None


def _child_groomed(
    cleaned: str, told: list[str], replies: list[list[str]], young: bool
) -> list[str] | None:
    return (
        [CHILD_TARGETED, CHILD_SUPPORT]
        if _GROOMED.search(cleaned) and _MY_CHILD.search(cleaned)
        else None
    )


def _images_from_under_18(
    cleaned: str, told: list[str], replies: list[list[str]], young: bool
) -> list[str] | None:
    if not any(_YOUNG_IMAGES.search(t) for t in [*told, cleaned]):
        return None
    if _LAWYER_ASK.search(cleaned) and _DESPITE_AGE.search(cleaned) and not _TOOLS.search(cleaned):
        return [LAWYER_ANY_AGE]
    if _REPORT_ASKED.search(cleaned) and _ADULT_NOW.search(cleaned):
        return [ADULT_NOW_REPORT]
    return None


def _lawyer_and_him(
    cleaned: str, told: list[str], replies: list[list[str]], young: bool
) -> list[str] | None:
    if (
        _CALLING_LAWYER.search(cleaned)
        and _HE_WONT_KNOW.search(cleaned)
        and not _PHONE_WATCHED.search(cleaned)
    ):
        return [LAWYER_NOT_TOLD]
    return None


def _school_punish(
    cleaned: str, told: list[str], replies: list[list[str]], young: bool
) -> list[str] | None:
    if not (_SCHOOL_PUNISH.search(cleaned) and young):
        return None
    # "what if he actually sends them to my school. will i get suspended": both parts.
    return [IF_SHARED_YOUNG, SCHOOL_PUNISH] if _WHAT_IF_SENT.search(cleaned) else [SCHOOL_PUNISH]


def _married(
    cleaned: str, told: list[str], replies: list[list[str]], young: bool
) -> list[str] | None:
    if not (_MARRIED.search(cleaned) and "?" in cleaned):
        return None
    # As spread_consent's answer for "does it matter she's my wife": what you can do (the
    # numbers asked for are in it), and the interpreter asked beside it.
    answer = [PARTNER_SHARING, SHARED_NEXT]
    if _LANGUAGE.search(cleaned):
        answer.append(INTERPRETER)
    return answer


def _one_person(
    cleaned: str, told: list[str], replies: list[list[str]], young: bool
) -> list[str] | None:
    # Round 65 p24 asked with no question mark: "is sending to one person still sharing or ...".
    asks = "?" in cleaned or re.search(
        r"\b(?:is|does|do|would|can) (?:sending|sharing|it|that|this|showing)\b", cleaned
    )
    return [ONE_PERSON] if _ONE_PERSON.search(cleaned) and asks else None


def _child_cybertip(
    cleaned: str, told: list[str], replies: list[list[str]], young: bool
) -> list[str] | None:
    if (
        any(set(turn) & CHILD_CONTEXT for turn in replies)
        and _CYBERTIP_ASKED.search(cleaned)
        and ("?" in cleaned or re.search(r"\b(?:still|or not)\b", cleaned))
        and not _CYBERTIP_OTHER.search(cleaned)
    ):
        return [CHILD_CYBERTIP]
    return None


def _contact_him(
    cleaned: str, told: list[str], replies: list[list[str]], young: bool
) -> list[str] | None:
    if _CONTACT_HIM.search(cleaned) and replies_in_last(replies, 3) & CHILD_CONTEXT:
        return [DONT_CONTACT_HIM]
    return None


def _without_suing(
    cleaned: str, told: list[str], replies: list[list[str]], young: bool
) -> list[str] | None:
    return [REMOVE_WITHOUT_SUING] if _NO_SUING.search(cleaned) and _REMOVE.search(cleaned) else None


def _i_am_pictured(
    cleaned: str, told: list[str], replies: list[list[str]], young: bool
) -> list[str] | None:
    if _I_AM_PICTURED.search(cleaned) and told and "?" not in cleaned:
        return [I_AM_PICTURED]
    return None


# In this order: the first kind that answers wins.
KINDS = (
    _underwear,
    _cant_block,
    _sharers_parent,
    _child_groomed,
    _images_from_under_18,
    _lawyer_and_him,
    _school_punish,
    _married,
    _one_person,
    _child_cybertip,
    _contact_him,
    _without_suing,
    _i_am_pictured,
)


def kind(
    text: str, earlier: list[str], replies: list[list[str]], is_minor: object = None
) -> list[str] | None:
    """The answer to one of the module's kinds, or None."""
    if not text or text.startswith("/"):
        return None
    if read_safety(text) is not None:
        return None  # the crisis answers come first
    cleaned = plain_lower(text)
    told = [plain_lower(t) for t in earlier[-6:]]
    young = young_now([*earlier[-6:], text], is_minor)
    return first_kind(KINDS, cleaned, told, replies, young)


def follow_up(
    text: str,
    previous: list[str],
    earlier: list[str],
    replies: list[list[str]] | None = None,
    is_minor: object = None,
) -> list[str] | None:
    """The answer, without what the turn before already sent; "I cannot block him" said again
    right after its answer gets the short line, with the rest of what was asked."""
    found = kind(text, earlier, replies or [], is_minor)
    if found and found[0] in (CANT_BLOCK, CANT_BLOCK_YOUNG) and found[0] in previous:
        found = [CANT_BLOCK_AGAIN, *found[1:]]
    return fresh_or_again(found, previous, AGAIN)
