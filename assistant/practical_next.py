"""Round 19 kinds 1 and 5, second pass (followups20): practical follow-ups that got "The
information I have doesn't answer that", the stock "My answer just above", or the same list
again, with no next step.

- now or wait ("should we call the police tonight or wait till morning", "wait until I move or
  call now?", "now or after the weekend"): no need to wait, what can be done now; with a threat
  or a deadline, act now and don't pay; before a move, ask the intake line now.
- reporting from outside B.C. or Canada, asked again ("is there a Canadian way to report it?"):
  the sources don't say; who can tell (the IIPS), what works from anywhere.
- which first between two named routes, or the quickest way to get images down: a suggested
  order the sources support, said to be a suggestion.
- a young person about to tell a trusted adult ("i might tell my counsellor"): that is a good
  step (tell a safe adult), Kids Help Phone.

Read before the topic answers (InterruptPolicy._direct_answer, outside forms, never for a
safety intent), only after a first message. Plain functions, no Rasa; responses in
domain/practical_next.yml.
"""

from __future__ import annotations

import re

from assistant.plain_text import plain_lower

TIMING_NOW = "utter_timing_now"
TIMING_THREAT = "utter_timing_threat"
TIMING_MOVE = "utter_timing_move"
REPORT_FROM_OUTSIDE = "utter_report_from_outside"
FIRST_IIPS_OR_LAWYER = "utter_first_iips_or_lawyer"
FIRST_POLICE_OR_LAWYER = "utter_first_police_or_lawyer"
FASTEST_REMOVAL = "utter_fastest_removal"
YOUTH_TELL_TRUSTED = "utter_youth_tell_trusted"
FIND_LAWYER = "utter_find_lawyer_low_cost"
# Asked again right after its answer: the point once more, short, never "see above".
TIMING_AGAIN = "utter_timing_again"
REPORT_FROM_OUTSIDE_AGAIN = "utter_report_from_outside_again"
AGAIN = {
    TIMING_NOW: TIMING_AGAIN,
    TIMING_THREAT: TIMING_AGAIN,
    TIMING_MOVE: TIMING_AGAIN,
    REPORT_FROM_OUTSIDE: REPORT_FROM_OUTSIDE_AGAIN,
}
ANSWERS = (
    FIND_LAWYER,
    TIMING_AGAIN,
    REPORT_FROM_OUTSIDE_AGAIN,
    TIMING_NOW,
    TIMING_THREAT,
    TIMING_MOVE,
    REPORT_FROM_OUTSIDE,
    FIRST_IIPS_OR_LAWYER,
    FIRST_POLICE_OR_LAWYER,
    FASTEST_REMOVAL,
    YOUTH_TELL_TRUSTED,
)

# --- now or wait -------------------------------------------------------------------------
_LATER = (
    r"(?:morning|tomorrow|tmrw|tmr|monday|tuesday|wednesday|thursday|friday|saturday|sunday"
    r"|next week|the weekend|weekend|after the weekend|later|i(?:'ve| have)? move[sd]?"
    r"|i(?:'m| am) moved|i(?:'m| am) there|i get there"
    r"|i(?:'m| am) in (?:b\.?c\.?|vancouver|victoria)|he (?:posts|does)|after)"
)
_WAIT_CHOICE = re.compile(
    r"\b(?:or (?:should|do|can|could|shall) (?:i|we) (?:just )?wait"
    r"|or (?:just )?wait\b|wait (?:un)?til+|wait till|wait for (?:the )?" + _LATER + r"|hold off"
    r"|(?:now|tonight|today|right away|straight away|immediately|asap) or (?:\w+ ){0,3}?"
    + _LATER
    + r"|(?:tonight|today|now) or (?:wait|tomorrow|in the morning|later)"
    r"|wait (?:\w+ ){0,3}?(?:to|before) (?:call|report|contact|phone|ring|do)"
    r"|(?:call|report|contact|phone|do (?:it|this|that)) (?:\w+ ){0,3}?(?:now|tonight|today) or"
    r"|better to wait|should (?:i|we) wait|is it ok(?:ay)? to wait|can (?:it|this) wait)"
)
_NOT_TIMING = re.compile(
    r"\bhow long\b|\bhow many (?:days|weeks)\b|\bwait(?:ing)? (?:list|time)\b"
    r"|\bwait (?:for|until) (?:the|a|my) (?:letter|lawyer|appointment|call back)\b"
)
_THREAT = re.compile(
    r"\b(?:threat\w*|blackmail\w*|sextort\w*|extort\w*|deadline|by midnight|by tonight|by "
    r"tomorrow|ransom|or else|pay (?:him|her|them|up)|wants? (?:money|\$|\d)|\$ ?\d+|\d+ ?"
    r"(?:dollars|bucks)|gift ?cards?|bitcoin|send (?:more|another)|money|unless|if i don'?t)\b"
    r"|\$\d"
)
_MOVE = re.compile(r"\b(?:mov(?:e|ed|ing)|relocat\w+)\b")


# What the person would do now or later: a route (police, the lines, the lawyer), or calling,
# reporting, "doing it". Never a person ("his parents", "the host", "my boy") or blocking.
_ROUTE_ACT = re.compile(
    r"\b(?:police|cops?|rcmp|report\w*|lawyer|legal|service|intake|cybertip\w*|iips|government"
    r"|tribunal|crt|victimlink\w*|(?:call|phone|ring|contact) (?:them|it|now|tonight|today|right)"
    r"|do (?:it|this|that|anything|something)|act"
    r"|(?:tele)?(?:phone|call|ring) (?:someone|somebody|anyone|a person|for help))\b"
)
_OTHER_TARGET = re.compile(
    r"\b(?:parents?|mom|mum|dad|host|landlord|owner|school|teacher|boy|girl|son|daughter|kid"
    r"|block\w*|message|text (?:him|her)|confront|tell (?:him|her|them))\b"
)


def timing_kind(text: str, earlier: list[str]) -> str | None:
    """TIMING_* for a now-or-wait question, with a threat told here or before, or a move."""
    cleaned = plain_lower(text)
    if not _WAIT_CHOICE.search(cleaned) or _NOT_TIMING.search(cleaned):
        return None
    if _OTHER_TARGET.search(cleaned):
        return None
    if not _ROUTE_ACT.search(cleaned) and len(cleaned.split()) > 6:
        return None  # a short "now or after the weekend?" is about the step just given
    if _THREAT.search(cleaned) or any(_THREAT.search(plain_lower(t)) for t in earlier[-4:]):
        return TIMING_THREAT
    if _MOVE.search(cleaned) or any(_MOVE.search(plain_lower(t)) for t in earlier[-4:]):
        return TIMING_MOVE
    return TIMING_NOW


# --- reporting from outside B.C. or Canada -------------------------------------------------
_REPORT = re.compile(
    r"\b(?:report\w*|police|cops?|rcmp|vpd|law enforcement|press charges|file a complaint)\b"
)
_FROM_OUTSIDE = re.compile(
    r"\b(?:canadian (?:way|police|cops|authorities|side)|(?:police|cops|rcmp) (?:in|from) "
    r"(?:b\.?c\.?|canada|vancouver|victoria|kelowna|surrey|burnaby|nanaimo|kamloops)"
    r"|(?:b\.?c\.?|canadian|vancouver|victoria|kelowna|surrey) (?:police|cops|rcmp)"
    r"|from (?:the )?(?:us|u\.s\.?|usa|states|america|seattle|alberta|ontario|quebec|abroad"
    r"|overseas|out of (?:province|country)|outside (?:b\.?c\.?|canada)|another (?:province"
    r"|country)|here|where i (?:live|am))"
    r"|in canada|(?:i|we)(?:'m| am| are| live) (?:not )?(?:in|outside) (?:canada|b\.?c\.?)"
    r"|(?:my|our) (?:local )?police (?:are|is|here|won'?t|wont|can'?t|cant|don'?t|dont))"
)
# The first answers about police from elsewhere (domain: nearby_followups, outside_bc...).
POLICE_ELSEWHERE_GIVEN = frozenset(
    {"utter_police_where", "utter_police_outside_bc", "utter_police_abroad"}
)


# Outside Canada, or a Canadian way asked for: the first police answer for another province
# (utter_police_outside_bc, "which police") stays for "Calgary police or Vancouver police?".
_OUTSIDE_CANADA = re.compile(r"\b(?:canadian (?:way|police|cops|authorities|side)|in canada)\b")
# The writer says where they are: outside Canada ("from the states").
_FROM_ABROAD = re.compile(
    r"\bfrom (?:the )?(?:us|u\.s\.?|usa|states|america|seattle|abroad|overseas|out of (?:the )?"
    r"country|outside canada|another country)\b"
)


def report_from_outside(text: str, previous: list[str], outside: bool) -> bool:
    """Reporting to police in B.C. or Canada asked by someone who lives outside B.C.: from
    outside Canada, or again right after a first answer about police from elsewhere."""
    cleaned = plain_lower(text)
    if not _REPORT.search(cleaned) or not _FROM_OUTSIDE.search(cleaned):
        return False
    if POLICE_ELSEWHERE_GIVEN & set(previous) or REPORT_FROM_OUTSIDE in previous:
        return True
    if _FROM_ABROAD.search(cleaned):
        return True
    return outside and bool(_OUTSIDE_CANADA.search(cleaned))


# --- which first, quickest --------------------------------------------------------------
_IIPS = (
    r"(?:the )?(?:government(?: one| service| people)?|gov(?:t|ernment)?(?: one)?|iips"
    r"|(?:intimate images )?protection service)"
)
_LAWYER = r"(?:the |a )?(?:free )?(?:lawyers?|legal (?:advice|help|service|one)|free service)"
_POLICE = r"(?:the )?(?:police|cops?|rcmp)"
_PAIR = r"(?: first)?,? (?:or|vs\.?|versus|before|then) "


def _pair(one: str, other: str) -> re.Pattern[str]:
    return re.compile(rf"\b(?:{one}{_PAIR}{other}|{other}{_PAIR}{one})\b")


_IIPS_OR_LAWYER = _pair(_IIPS, _LAWYER)
_POLICE_OR_LAWYER = _pair(_POLICE, _LAWYER)
_WHICH_WORDS = re.compile(r"\b(?:first|before|start with|begin with|better|best|which|who)\b")
# "the fastest way to get it down", "i want it down fast", "quickest"; never a duration ("how
# fast can the tribunal order it", "how long") or a comparison ("quicker than the tribunal").
_FASTEST = re.compile(
    r"\b(?:fastest|quickest|soonest|(?:down|removed|gone|off \w+(?: \w+)?) (?:fast|asap|quick"
    r"|right away|as soon as possible)|asap)\b"
)
_NOT_FASTEST = re.compile(r"\bhow (?:fast|quick|quickly|long|soon)\b|\bthan\b")
_DOWN = re.compile(
    r"\b(?:down|removed?|removal|gone|off (?:the|that|this)|taken off|delete[sd]?|erased?)\b"
)
REMOVAL_GIVEN = frozenset({"utter_image_removal", "utter_image_removal_youth"})


def first_kind(text: str, previous: list[str]) -> str | None:
    """FIRST_* for 'which first' between two named routes; FASTEST_REMOVAL for the quickest
    way to get images down (named, or right after the removal routes)."""
    cleaned = plain_lower(text)
    if _WHICH_WORDS.search(cleaned):
        if _IIPS_OR_LAWYER.search(cleaned):
            return FIRST_IIPS_OR_LAWYER
        if _POLICE_OR_LAWYER.search(cleaned):
            return FIRST_POLICE_OR_LAWYER
    if _FASTEST.search(cleaned) and not _NOT_FASTEST.search(cleaned):
        if _DOWN.search(cleaned) or REMOVAL_GIVEN & set(previous):
            return FASTEST_REMOVAL
    return None


# --- a lawyer at low or no cost ---------------------------------------------------------
_LEGAL_AID = re.compile(
    r"\blegal aid\b|\blawyer referral\b"
    r"|\b(?:cheap|cheaper|low[- ]cost|affordable|inexpensive|cheapest)\w* (?:\w+ )?"
    r"(?:lawyers?|legal help|attorney)\b"
    r"|\b(?:can'?t|cant|cannot|couldn'?t|not able to|unable to) (?:really )?afford (?:a |an |to "
    r"(?:pay|hire|get) (?:a )?)?(?:lawyer|attorney|legal)"
    r"|\bafford (?:a |an )?(?:lawyer|attorney)\b|\blawyers? (?:are|is) (?:too )?expensive\b"
)
_FIND = re.compile(
    r"\b(?:where|how|who|any|anyone|anything|is there|are there|find|get|help|what)\b|\?"
)
# A parent whose child shared keeps writer_role's answer (the free service is for the person
# whose images were shared).
_CHILD_SHARED = re.compile(
    r"\b(?:my|our) (?:\d+ ?(?:yo|year old) )?(?:son|daughter|kid|child|boy|girl|teen)\b"
    r"(?: \w+){0,3} (?:shared|sent|posted|forwarded|showed|airdropped)\b"
    r"|\b(?:son|daughter|kid|child) did the sharing\b"
)


# The free service's own cost asked ("but is it free? I can't afford a lawyer"): its answer.
_SERVICE_COST = re.compile(
    r"\b(?:is (?:it|that|this|the lawyer|the service)(?: \w+)? free|does (?:it|that|this) cost"
    r"|free lawyer)\b"
)


def finds_lawyer(text: str, earlier: list[str]) -> bool:
    """Legal aid, a lawyer referral, a cheap lawyer, or 'I can't afford a lawyer'."""
    cleaned = plain_lower(text)
    if not _LEGAL_AID.search(cleaned) or not _FIND.search(cleaned):
        return False
    if _SERVICE_COST.search(cleaned):
        return False
    return not any(_CHILD_SHARED.search(plain_lower(t)) for t in [*earlier, text])


# --- a young person about to tell a trusted adult -----------------------------------------
_TRUSTED = (
    r"(?:school )?(?:counsell?ors?|counselors?|guidance counsell?or|teachers?|aunt(?:ie|y)?"
    r"|uncle|mom|mum|mommy|mother|dad|father|parents?|grandm\w*|grandp\w*|gran|nana|nan"
    r"|older (?:sister|brother)|sister|brother|cousin|principal|vice principal|school nurse"
    r"|nurse|youth worker|social worker|foster (?:mom|dad|parents?)|step ?(?:mom|dad)"
    r"|coach|pastor|an adult|a grown ?up|someone at school)"
)
_TELL_TRUSTED = re.compile(
    r"\b(?:tell|telling|talk to|talking to|speak to|speak with|talk with|go to|show|ask)"
    r" (?:\w+ ){0,2}?(?:my |the |our |a )?" + _TRUSTED + r"\b"
)
# A plan said, not a question ("should I tell my mom?" keeps urgent_questions' answer).
_INTENDS = re.compile(
    r"\b(?:i (?:think|guess) i(?:'ll| will| might| could| should|ll)|i(?:'ll| will| might"
    r"| may| want to| am going to|'m going to| am gonna|'m gonna|m gonna|'m gonna) |im gonna"
    r"|i wanna |ill |i'll |maybe (?:i(?:'ll)?|ill)|i(?:'m| am|m) planning to|i decided to"
    r"|i(?:'ve| have) decided to|i(?:'m| am) thinking (?:of|about))"
)
_NOT_TELL = re.compile(
    r"\b(?:can'?t|cant|cannot|won'?t|wont|don'?t|dont|never|not) (?:\w+ ){0,2}?(?:tell|talk"
    r"|speak|show)\b|\bwill (?:you|they|he|she|it|the|my) (?:\w+ )?tell\b|\bfind out\b"
    r"|\bwill (?:they|she|he) (?:have to|call|report)\b|\bdoes (?:she|he|they) have to\b"
    r"|\b(?:are|is|will|would|do|does) (?:you|they|he|she|it|the \w+|my \w+) (?:going to |gonna )?"
    r"tell\b|\bknowing\b|\?"
)
_YOUNG = re.compile(
    r"\b(?:i'?m|i am|im|age|aged) (?:only |just )?(?:1[0-7]|[89])\b(?! ?(?:k|dollars|min))"
    r"|\b(?:1[0-7]) ?(?:yo|y/o|years? old|yrs? old)\b(?!.{0,30}\b(?:son|daughter|kid|child"
    r"|brother|sister|student|niece|nephew)\b)"
    r"|\b(?:1[0-7]) ?[mf]\b|\(1[0-7]\)|\bin (?:grade|gr) ?(?:[5-9]|1[0-2])\b"
    r"|\bmy (?:mom|mum|parents) (?:would|will|are going to) (?:kill|freak|be mad)"
)


def young_writer(texts: list[str], is_minor: object = None) -> bool:
    """The writer said they are under 18 (or the age check found it)."""
    if is_minor is True or str(is_minor).lower() == "true":
        return True
    return any(_YOUNG.search(plain_lower(t)) for t in texts)


def youth_tells_trusted(text: str, earlier: list[str], is_minor: object = None) -> bool:
    """'i think i might tell my counsellor' from a young writer."""
    cleaned = plain_lower(text)
    match = _TELL_TRUSTED.search(cleaned)
    if not match or not _INTENDS.search(cleaned) or _NOT_TELL.search(cleaned):
        return False
    who = match.group(0).split()[-1]
    # The adult named as the one who did it before ("my coach has pics") is not the one to tell.
    if any(re.search(rf"\b{re.escape(who)}\b", plain_lower(t)) for t in earlier):
        return False
    return young_writer([*earlier, text], is_minor)


def follow_up(
    text: str,
    previous: list[str],
    earlier: list[str],
    outside: bool = False,
    is_minor: object = None,
) -> list[str] | None:
    """The answer to a practical follow-up (module text), or None. `previous`: the actions of
    the turn before; `earlier`: the person's earlier messages (none: not a follow-up)."""
    if not earlier:
        return None
    text = text or ""
    found = None
    if youth_tells_trusted(text, earlier, is_minor):
        found = YOUTH_TELL_TRUSTED
    elif report_from_outside(text, previous, outside):
        found = REPORT_FROM_OUTSIDE
    elif finds_lawyer(text, earlier):
        found = FIND_LAWYER
    else:
        found = timing_kind(text, earlier) or first_kind(text, previous)
    if not found:
        return None
    if found in AGAIN:
        again = AGAIN[found]
        family = {kind for kind, short in AGAIN.items() if short == again} | {again}
        if family & set(previous):
            return None if again in previous else [again]
    return None if found in previous else [found]
