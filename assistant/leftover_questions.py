"""Plain questions that got the nearest stock block, the same block again, "doesn't answer that"
or "Did you mean" (issue 16, simulated users round 8, helper r8b, kinds 1 and 2). Plain Python,
no Rasa imports; read from the words and the turns before, never from training examples.

Each kind is a question the service page or bc-facts.md answers, or one where the honest reply
is what they do say and who can tell:
- "can I make him delete them?", "can I make him stop, legally?": the tribunal's protection order
  (`MAKE_DELETE`); said with "he hasn't shown anyone", the images held answer (`HELD_NOT_SHARED`).
- "will my son be in trouble for taking it of himself?" is the helped child's answer; "my son
  shared her pics ... will he be charged?" the answer about young people who shared.
- "does it cost anything? and what is the CRT?": both answers (`FEE_AND_CRT`).
- "can the order keep him away from her?": the order is about images; safety lines (`STAY_AWAY`).
- "the site is hosted in another country": the sources don't say; who can (`SITE_ABROAD`).
- "do I just go on that website, what do I need?" after the tribunal: its first step
  (`CRT_START`).
- "will they really post it?", "is it going to be okay?": nobody can say; what helps
  (`WILL_THEY_POST`).
- "I don't know if he shared it": help without knowing (the practical answer's).
- "so nothing for me in BC though she lives there?" from outside B.C. (`OTHER_IN_BC`).
- "do I need the texts for police?" (`KEEP_TEXTS`); "do I have to look at it to report?"
  (`NO_NEED_TO_LOOK`).
- "how do I get it off Snapchat, and can she call without her parents?": both parts
  (`PLATFORM_AND_ALONE`).
- "my sister picture threat by her ex. family must not know": a helper's threat answer with
  confidentiality (`HELPER_THREAT_PRIVATE`).
"""

from __future__ import annotations

import re

from assistant.answer_kinds_practical import UNSURE_SHARED
from assistant.answer_kinds_sources import CHILD_IN_TROUBLE, OTHERS_IN_TROUBLE
from assistant.next_questions import PLATFORM
from assistant.plain_text import plain_lower

MAKE_DELETE = "make_them_delete"
HELD_NOT_SHARED = "held_not_shared"
YOUNG_CALL_ALONE = "young_call_alone"
FEE_AND_CRT = "fee_and_crt"
STAY_AWAY = "crt_stay_away"
SITE_ABROAD = "site_abroad"
CRT_START = "crt_start"
WILL_THEY_POST = "will_they_post"
OTHER_IN_BC = "other_person_in_bc"
KEEP_TEXTS = "keep_texts"
NO_NEED_TO_LOOK = "no_need_to_look"
PLATFORM_AND_ALONE = "platform_and_alone"
HELPER_THREAT_PRIVATE = "helper_threat_private"
# Round 9 (helper r9a): a neighbouring topic's reply, or "not sure I understood", before.
PHONE_PERSON = "phone_a_person"
LINE_HOURS = "intake_hours"
CALL_911 = "call_911"
POLICE_SERIOUS = "police_take_seriously"
YOUNG_ALONE = "young_call_alone"
ADULT_ASKED_CHILD = "adult_asked_child_crime"
HAS_A_PIC = "someone_has_pic"
FEE_AND_STEPS = "fee_and_steps"

ANSWERS: dict[str, list[str]] = {
    MAKE_DELETE: ["utter_make_delete"],
    HELD_NOT_SHARED: ["utter_held_not_shared_order"],
    FEE_AND_CRT: ["utter_fee", "utter_crt"],
    STAY_AWAY: ["utter_crt_stay_away"],
    SITE_ABROAD: ["utter_site_abroad"],
    CRT_START: ["utter_crt_start"],
    WILL_THEY_POST: ["utter_will_they_post"],
    OTHER_IN_BC: ["utter_other_person_in_bc"],
    KEEP_TEXTS: ["utter_keep_texts"],
    NO_NEED_TO_LOOK: ["utter_no_need_to_look"],
    PLATFORM_AND_ALONE: ["utter_platform_removal", "utter_young_call_alone"],
    # Round 9: a helper asks if the young person needs a parent's permission (never "you too").
    YOUNG_CALL_ALONE: ["utter_young_call_alone"],
    HELPER_THREAT_PRIVATE: ["utter_helper_threats_covered", "utter_helper_threat_private"],
    PHONE_PERSON: ["utter_phone_someone"],
    LINE_HOURS: ["utter_hours"],
    CALL_911: ["utter_call_911"],
    POLICE_SERIOUS: ["utter_police_take_seriously"],
    YOUNG_ALONE: ["utter_young_call_alone"],
    ADULT_ASKED_CHILD: ["utter_adult_asked_child_crime"],
    HAS_A_PIC: ["utter_someone_has_pic"],
    FEE_AND_STEPS: ["utter_fee", "utter_what_to_expect", "utter_what_to_expect_more"],
}
KINDS = tuple(ANSWERS)
# Read over a kind another reader gave (a helper's block again, "no need for police to use the
# service"); every other kind here answers only a message no reader took.
# Round 9: "SHOULD I CALL 911" read as an age, "will the police laugh at me? ... camera" as the
# device answer, "is it a crime for him?" as the first steps again.
OVERRIDING = frozenset(
    {CHILD_IN_TROUBLE, OTHERS_IN_TROUBLE, NO_NEED_TO_LOOK, CALL_911, POLICE_SERIOUS}
    | {ADULT_ASKED_CHILD, PHONE_PERSON, LINE_HOURS, FEE_AND_STEPS}
)

_ASKS = re.compile(
    r"\?|\b(?:can|could|will|would|should|do|does|is|are|am|how|what|who|where|which|is there"
    r"|any way)\b"
)
_PERSON = r"(?:him|her|them|the (?:boy|girl|guy|man|woman|person|kid|student)|my ex|that \w+)"

# --- make the person delete, remove or stop ------------------------------------------------
_MAKE_DELETE = re.compile(
    rf"\b(?:make|get|force|have|order|tell)\w* {_PERSON}(?: \w+){{0,2}}? (?:to )?(?:delete"
    r"|remove|erase|destroy|get rid of|take (?:it |them )?down|wipe)\b"
    rf"|\b(?:make|get|force|order)\w* {_PERSON} (?:to )?stop\b(?! (?:messag|call|text|contact"
    r"|talk|follow|com))"
    rf"|\b(?:legal(?:ly)?|the law|a court|an order)\b[^?]{{0,30}}\b(?:stop|make) {_PERSON}\b"
    rf"|\b(?:stop|make) {_PERSON}\b[^?]{{0,30}}\b(?:legal(?:ly)?|the law|in court)\b"
    r"|\b(?:make|get|have) (?:him|her|them|my ex) (?:\w+ )?(?:delete|remove|erase)"
)
_NOT_SHARED = re.compile(
    r"\b(?:not|hasn'?t|has not|never|didn'?t|did not|haven'?t|have not|isn'?t)"
    r" (?:\w+ ){0,2}(?:shared|shown|posted|sent|showed|leaked|put)\b"
    # "he hasn't done anything with them" (round 10, p27): held, not shared.
    r"|\b(?:hasn'?t|has not|didn'?t|did not|never|haven'?t|have not) (?:really |actually )?"
    r"(?:done|did) (?:anything|nothing) (?:with|about) (?:them|it|the|my)\b"
)
_MONEY = re.compile(r"\b(?:pay|paid|money|cash|dollars?|\$)")


# "can the school make him delete it?" asks what a school can do.
_OTHER_MAKER = re.compile(
    r"\b(?:school|principal|teachers?|police|cops|rcmp|platform|site|app|parents?)\b"
    r" (?:\w+ ){0,2}(?:make|get|force|order|have)\b"
)


# Someone under 18 in the conversation: "how do I get her to delete them" keeps the young
# people's removal answer (Take It Down, NeedHelpNow.ca); a lawyer or an order asked is ours.
_YOUNG = re.compile(
    r"\b(?:1[0-7]|[1-9])[- ]?(?:years?|yrs?)[- ]?olds?\b|\bunder 18\b|\bminor\b"
    r"|\b(?:i'?m|im|i am|she'?s|he'?s|she is|he is|they'?re|we'?re|we are|both|is|are|aged?"
    r"|turned) (?:only |both |just )?(?:1[0-7]|[1-9])\b"
    r"|\b(?:my|our|her|his) (?:son|daughter|child|kid|niece|nephew|grandson|granddaughter"
    r"|student)\b"
)
_LEGAL = re.compile(r"\b(?:lawyer|legal\w*|law|tribunal|crt|court|order|sue)\b")


def make_delete(cleaned: str, earlier: list[str] | None = None) -> str | None:
    """ "can I make him delete the videos?", "can I make him stop though? legally": the order."""
    if not _ASKS.search(cleaned) or _MONEY.search(cleaned) or _OTHER_MAKER.search(cleaned):
        return None
    young = any(_YOUNG.search(text) for text in [cleaned, *(earlier or [])[-6:]])
    if young and not _LEGAL.search(cleaned):
        return None
    if _MAKE_DELETE.search(cleaned):
        return HELD_NOT_SHARED if _NOT_SHARED.search(cleaned) else MAKE_DELETE
    return None


_HELP_IF_NOT_SHARED = re.compile(
    r"\b(?:anyone|anybody|anything|someone|somebody|who|help)\b[^?]{0,40}\b(?:if|when|since"
    r"|though|even)\b[^?]{0,25}"
    r"\b(?:not|hasn'?t|has not|never|didn'?t|did not|haven'?t|have not) (?:\w+ ){0,2}"
    r"(?:shared|shown|posted|sent|showed|leaked)\b"
)


def held_not_shared(cleaned: str) -> bool:
    """ "is there anyone who can help if he has not shared them?"."""
    return bool(_HELP_IF_NOT_SHARED.search(cleaned))


# --- a young person in trouble: the helped child's own image, or young people who shared ------
_CHILD = re.compile(
    r"\b(?:my|our) (?:son|daughter|child|kid|boy|girl|nephew|niece|grandson|granddaughter"
    r"|grandchild|student|stepson|stepdaughter|little (?:brother|sister))\b"
)
_TROUBLE = re.compile(
    r"\b(?:in trouble|charged|arrested|punished|a criminal record|prosecuted|to jail|to juvie)\b"
)
_OF_SELF = re.compile(
    r"\b(?:took|taken|taking|take|made|making|sent|sending|send)\b[^.?!]{0,25}"
    r"\b(?:herself|himself|themselves|of herself|of himself|her own|his own|selfies?)\b"
)
_HE_SHE = re.compile(r"\b(?:will|would|could|can|is|does) (?:he|she|they)\b|\b(?:he|she) be\b")
_CHILD_SHARED = re.compile(
    r"\b(?:my|our) (?:son|daughter|child|kid|boy|girl|grandson|granddaughter|nephew|niece"
    r"|stepson|stepdaughter)\b[^.?!]{0,20}\b(?:shared|sent|forwarded|posted|showed|passed"
    r" around|leaked|spread)\b"
)


def young_in_trouble(cleaned: str, earlier: list[str]) -> str | None:
    if not _TROUBLE.search(cleaned) or not _ASKS.search(cleaned):
        return None
    # "will my daughter get in trouble for taking it herself?": she is the one it was done to.
    if (_CHILD.search(cleaned) or _HE_SHE.search(cleaned)) and _OF_SELF.search(cleaned):
        return CHILD_IN_TROUBLE
    # "my son shared his girlfriend's pics" said now or before: "will he be charged?"
    if (_CHILD.search(cleaned) or _HE_SHE.search(cleaned)) and any(
        _CHILD_SHARED.search(text) for text in [cleaned, *earlier[-4:]]
    ):
        return OTHERS_IN_TROUBLE
    return None


# --- the fee and what the CRT is, in one message ------------------------------------------
_WHAT_CRT = re.compile(
    r"\bwhat(?:'s| is| does)? (?:the |a )?(?:crt|c\.r\.t\.?|tribunal|civil resolution tribunal)"
    r"(?: mean| stand for)?\b"
)
_COST = re.compile(r"\b(?:cost|costs|fee|fees|free|pay|price|charge|how much)\b")


def fee_and_crt(cleaned: str) -> bool:
    return bool(_WHAT_CRT.search(cleaned) and _COST.search(cleaned))


# "is the lawyer thing free? and what actually happens after I call them?" (round 9, r9a):
# the steps alone left the fee out.
_IS_FREE = re.compile(
    r"\b(?:is|it'?s|are) (?:\w+ ){0,3}free\b|\b(?:cost|costs|fee|fees|how much)\b"
)
_STEPS = re.compile(
    r"\bwhat (?:\w+ )?happens (?:after|when|once|next|if)\b|\bwhat are the (?:next )?steps\b"
)


def fee_and_steps(cleaned: str) -> bool:
    return bool(_IS_FREE.search(cleaned) and _STEPS.search(cleaned))


# --- stay away from the person ------------------------------------------------------------
_STAY_AWAY = re.compile(
    r"\b(?:stay|keep) (?:away|back)\b|\bno[- ]contact order\b|\brestraining order\b"
    r"|\bpeace bond\b|\bprotect(?:ion|ed)? (?:her |him |me |them )?from (?:him|her|them|the)\b"
    r"|\b(?:only|just) (?:about|for) the (?:pictures|images|photos|videos|pics)\b"
)


def stay_away(cleaned: str) -> bool:
    return bool(_STAY_AWAY.search(cleaned) and _ASKS.search(cleaned))


# --- a website hosted outside Canada ------------------------------------------------------
_SITE = r"(?:site|website|web site|server|host|hosting|platform|page|company)"
_ABROAD = (
    r"(?:outside (?:of )?canada|another country|other country|different country|overseas"
    r"|abroad|foreign|in the (?:us|u\.s\.|usa|states)|in (?:russia|europe|america|the uk|china))"
)
_SITE_ABROAD = re.compile(
    rf"\b{_SITE}\b[^?]{{0,40}}\b{_ABROAD}|\b{_ABROAD}\b[^?]{{0,15}}\b{_SITE}\b"
    rf"|\bhosted (?:\w+ ){{0,2}}(?:outside|abroad|overseas|in (?:another|a different))"
)


def site_abroad(cleaned: str) -> bool:
    return bool(_SITE_ABROAD.search(cleaned))


# --- how to start at the tribunal -----------------------------------------------------------
_START_CLAIM = re.compile(
    r"\bhow (?:do|can|would) (?:i|we|she|he|they) (?:\w+ )?(?:start|file|make|open|begin"
    r"|submit|apply)\b[^?]{0,25}\b(?:claim|application|case|order|crt|tribunal)"
)
_THAT_SITE = re.compile(
    r"\b(?:go (?:on|to)|use|visit|just) (?:that|the|this|their) (?:website|site|web ?page|page)\b"
    r"|\bwhat (?:do|would|will) (?:i|we|she|he) need\b|\bwhat (?:should|do) (?:i|we) (?:bring"
    r"|have ready|prepare)\b"
)
_CRT_NAMED = re.compile(r"\b(?:crt|tribunal|solution explorer|civilresolutionbc)\b")


def crt_start(cleaned: str, crt_before: bool) -> bool:
    if _START_CLAIM.search(cleaned) and (crt_before or _CRT_NAMED.search(cleaned)):
        return True
    return bool(_THAT_SITE.search(cleaned) and (crt_before or _CRT_NAMED.search(cleaned)))


# --- will they really post it, will it be okay ----------------------------------------------
_WILL_POST = re.compile(
    r"\b(?:will|would|are|is|do you think) (?:they|he|she|the (?:guy|person|scammer)s?)"
    r" (?:is |are |will )?(?:really|actually|definitely|truly|going to|gonna|likely)\b(?: \w+){0,3}"
    r" (?:post|share|send|leak|upload|do it|go through|follow through)\w*"
    r"|\b(?:is|will) (?:it|this|everything|things) (?:all )?(?:going to be|gonna be|be)"
    r" (?:ok|okay|alright|all right|fine)\b"
    r"|\bdo (?:they|scammers|people) (?:usually|really|actually) (?:post|share|go through)"
)


def will_they_post(cleaned: str) -> bool:
    return bool(_WILL_POST.search(cleaned))


# --- not sure it was shared, said as a statement ------------------------------------------
_UNSURE = re.compile(
    r"\b(?:i )?(?:don'?t|do not|dont) know (?:if|whether) (?:he|she|they|my ex|anyone|someone"
    r"|it|the \w+)\b[^.?!]{0,25}\b(?:shared|posted|sent|leaked|put|uploaded|showed)"
    r"|\b(?:not sure|unsure) (?:if|whether) (?:he|she|they|my ex|anyone|it)\b[^.?!]{0,25}"
    r"\b(?:shared|posted|sent|leaked|put|uploaded|showed)"
)


# Told, not asked: "can I still get the lawyer if I don't know?" keeps the service's answer.
_ASKED = re.compile(r"\?|\b(?:can|could|do|does|will|would|is|am|should) (?:i|we|it|they)\b")


def unsure_shared(cleaned: str) -> bool:
    return bool(_UNSURE.search(cleaned)) and not _ASKED.search(cleaned)


# --- outside B.C., the other person in B.C. -----------------------------------------------
_NOTHING_FOR_ME = re.compile(
    r"\b(?:nothing|anything|no help|any help|something|no one|anyone)\b[^?]{0,15}\bfor me\b"
    r"|\beven (?:though|if|when) (?:she|he|they|my ex)\b[^?]{0,20}\b(?:lives?|is|are|'s)"
    r"|\b(?:she|he|they|my ex) (?:lives?|is|are) (?:in (?:b\.?c|british columbia)|there)\b"
)


def other_in_bc(cleaned: str, lives_outside: bool) -> bool:
    return lives_outside and bool(_NOTHING_FOR_ME.search(cleaned)) and bool(_ASKS.search(cleaned))


# --- evidence: the texts, looking at the image ---------------------------------------------
_KEEP_TEXTS = re.compile(
    r"\b(?:do|will|would|should|must) (?:i|we|you|they|police|the police|she|he)"
    r" (?:\w+ ){0,2}(?:need|keep|bring|show|save|have)\b[^?]{0,25}"
    r"\b(?:texts?|messages?|screenshots?|emails?|dms?|chats?|proof|evidence|voicemails?)\b"
    r"|\b(?:texts?|messages?|screenshots?|dms?)\b[^?]{0,20}\b(?:needed|required|do they need"
    r"|does it need|enough)\b"
)
_LOOK = re.compile(
    r"\b(?:have to|need to|must|got to|gotta|should i|do i|will i)\b[^?]{0,15}\b(?:look at"
    r"|see|view|watch|open|find)\b (?:it|them|the (?:\w+ )?(?:pic|image|video|photo|picture)s?"
    r"|that|this)\b"
    r"|\bwithout (?:looking at|seeing|viewing|watching|opening) (?:it|them|the)\b"
)
_REPORTING = re.compile(r"\breport\w*|\bpolice\b|\bevidence\b|\bremov\w*|\btake (?:it )?down\b")


# "how do I keep evidence" is the evidence topic's; "report to police or cybertip? and keep the
# messages?" asks where to report first.
_NOT_KEEP_TEXTS = re.compile(
    r"\bhow (?:do|can|should) (?:i|we)\b|\breport\w* (?:it |this )?(?:to|or)\b"
)


def keep_texts(cleaned: str) -> bool:
    return bool(_KEEP_TEXTS.search(cleaned)) and not _NOT_KEEP_TEXTS.search(cleaned)


def no_need_to_look(cleaned: str) -> bool:
    return bool(_LOOK.search(cleaned) and _REPORTING.search(cleaned))


# --- a named platform's removal and calling without parents, in one message ----------------
_OFF_PLATFORM = re.compile(rf"\b(?:off|from|on) (?:of )?{PLATFORM}\b")
_REMOVE = re.compile(r"\b(?:get|take|taking|getting|remov\w*|taken|delet\w*|down)\b")
_WITHOUT_PARENTS = re.compile(
    r"\bwithout (?:her|his|their|my|your|the) (?:parents?|mom|mum|dad|guardians?|family)\b"
    r"|\b(?:parents?|guardians?) (?:knowing|finding out|permission|consent)\b"
)


def platform_and_alone(cleaned: str) -> bool:
    return bool(
        _OFF_PLATFORM.search(cleaned)
        and _REMOVE.search(cleaned)
        and _WITHOUT_PARENTS.search(cleaned)
    )


# --- a helper's threat told in few words, to be kept from the family -------------------------
_RELATIVE = re.compile(
    r"\bmy (?:sister|brother|friend|cousin|daughter|son|niece|nephew|wife|mother|mom|aunt)\b"
)
_IMAGE = re.compile(r"\b(?:pictures?|photos?|pics?|images?|videos?|nudes?)\b")
_THREAT = re.compile(r"\bthreat\w*|\bblackmail\w*")
_PRIVATE = re.compile(
    r"\bmust not know\b|\b(?:can'?t|cannot|must not|should not|shouldn'?t|not|never) (?:let )?"
    r"(?:\w+ ){0,2}(?:know|find out)\b|\bsecret\b|\bprivate\b|\bconfidential\b"
)


def helper_threat_private(cleaned: str) -> bool:
    return bool(
        _RELATIVE.search(cleaned)
        and _IMAGE.search(cleaned)
        and _THREAT.search(cleaned)
        and _PRIVATE.search(cleaned)
    )


# --- round 9 (helper r9a): questions a neighbouring topic's reply took ------------------------
# Danger or crisis words keep the crisis and danger answers (never weakened here).
_URGENT = re.compile(
    r"\b(?:right now|now|tonight|urgent\w*|emergency|crisis|danger\w*|unsafe|not safe|scared"
    r"|afraid|hurt\w*|kill\w*|suicid\w*|die|dying|end it|outside|coming|weapon|knife|gun)\b"
)
# "can I telephone someone?", "is there anybody I can ring?"; not "if I call someone" (what
# happens next, parents finding out), a lawyer asked (the young people's and intake answers) or
# someone in another province.
_PHONE_PERSON = re.compile(
    r"\b(?:can|could|may) (?:i|we) (?:\w+ ){0,2}(?:telephone|phone|call|ring|speak (?:to|with)"
    r"|talk (?:to|with)) (?:\w+ ){0,2}(?:someone|somebody|a person|a human|a real person|anyone"
    r"|anybody)\b(?! (?:in|from|outside|there|here)\b)"
    r"|\b(?:is there|are there) (?:a number|someone|somebody|anyone|anybody|a person) (?:\w+ ){0,4}"
    r"(?:telephone|phone|call|ring|speak|talk)\b(?! (?:\w+ )?(?:in|from|outside)\b)"
)


def phone_person(cleaned: str) -> bool:
    """ "Can I telephone someone?": the intake line, a person to phone (not the crisis lines)."""
    return bool(
        _ASKS.search(cleaned) and _PHONE_PERSON.search(cleaned) and not _URGENT.search(cleaned)
    )


_HOURS = re.compile(
    r"\b(?:opening|business|office|open|phone|calling|working|line|intake)(?:'s)? hours\b"
    r"|\bhours (?:of|for) (?:the |their |your )?(?:intake|line|phone|office|service|number)\b"
    r"|\bhours (?:\w+ ){0,3}(?:is|are|it'?s|they'?re) open\b"
    r"|\b(?:what time|when) (?:\w+ ){0,5}(?:open|close)s?\b"
)
_LINE = re.compile(r"\b(?:intake|line|service|office|lawyer|number|phone|call|they|them|it)\b")


def line_hours(cleaned: str) -> bool:
    """ "hours of the intake line?", "I asked about the hours the intake line is open, not crisis
    lines": the sources don't give them; ask the line (not the 24/7 crisis lines)."""
    if "24/7" in cleaned or re.search(r"\bhours? (?:ago|later|away)\b|\b\d+ hours\b", cleaned):
        return False
    return bool(_HOURS.search(cleaned) and _LINE.search(cleaned))


_CALL_911 = re.compile(
    r"\b(?:should|do|can|must|shall|would)(?: i| we)? (?:\w+ )?(?:call|phone|dial) (?:9-?1-?1"
    r"|nine one one|emergency)\b|\b(?:is|it'?s) (?:this|it) (?:a )?(?:9-?1-?1|an emergency)\b"
)
_DANGER_NOW = re.compile(
    r"\b(?:outside|coming|here|at my (?:door|house|home)|hurt\w*|hit\w*|kill\w*|weapon|knife"
    r"|gun|following|stalk\w*|scared|afraid|unsafe|not safe|danger\w*|suicid\w*)\b"
)


def call_911(cleaned: str) -> bool:
    """ "SHOULD I CALL 911": 9-1-1 for danger right now, else the non-emergency line. A danger
    said with it keeps the danger answer."""
    return bool(_CALL_911.search(cleaned) and not _DANGER_NOW.search(cleaned))


_POLICE = r"(?:police|cops?|officers?|rcmp)"
_SERIOUS = re.compile(
    rf"\b(?:will|would|do|does|are|is|could|might)(?: the)? {_POLICE} (?:\w+ ){{0,2}}"
    r"(?:laugh|judge|blame|take (?:me|it|this|us|her|him) seriously|believe|care|think i'?m"
    r"|think (?:i|it)|make fun|shame)"
)


def police_take_seriously(cleaned: str) -> bool:
    """ "will the police laugh at me?", "will the cops even take it seriously?"."""
    return bool(_SERIOUS.search(cleaned))


_ALONE = re.compile(
    r"\bon (?:her|his|their|my|your) own\b|\bby (?:herself|himself|themselves|myself)\b"
    r"|\b(?:parents?'?s?|guardians?'?s?|mom'?s|dad'?s) (?:permission|consent|ok|approval)\b"
    r"|\bwithout (?:her|his|their|my|your|the|a) (?:parents?|mom|mum|dad|guardians?|family)\b"
    # "do they need parental consent", "can she call the lawyer herself" (session 19).
    r"|\bparental (?:consent|permission|approval|ok)\b"
    r"|\b(?:call|contact|phone|email|reach|talk to|apply)(?: \w+){0,3} (?:herself|himself"
    r"|themselves|themself)\b"
)
_SERVICE = re.compile(
    r"\b(?:legal|lawyer|service|advice|line|intake|call|contact|phone|use|apply)\b"
)


# The young people a worker helps (session 19: "one of my kids (15)", "a student").
_YOUNG_HELPED = re.compile(
    r"\b(?:a |my |our |the )?(?:students?|kids|youth|teens?|teenagers?)\b|\((?:1[0-7]|[1-9])\)"
)


def young_alone(cleaned: str, earlier: list[str]) -> bool:
    """ "can a 15 year old contact the legal service on her own?", "does she need a parent's
    permission to get the free legal advice?": no age limit; permission not in the sources.
    The service may be named in the message or in the one before ("do they need parental
    consent" after "how would a student use your service")."""
    told = [cleaned, *earlier[-6:]]
    young = any(_YOUNG.search(t) or _YOUNG_HELPED.search(t) for t in told)
    service = _SERVICE.search(cleaned) or any(_SERVICE.search(t) for t in earlier[-1:])
    return bool(young and _ASKS.search(cleaned) and _ALONE.search(cleaned) and service)


_CRIME_ASKED = re.compile(
    r"\b(?:crime|criminal|illegal|against the law|breaking the law|break(?:ing)? (?:any|the) law"
    r"|legal for|allowed to|charged|arrested)\b"
)
_ADULT_ASKER = re.compile(
    r"\b(?:(?:1[89]|[2-9]\d)[- ]?(?:years?|yrs?)[- ]?olds?|(?:grown|adult) (?:man|woman|guy))\b"
    r"[^.?!]{0,60}\b(?:ask\w*|want\w*|begg\w*|pressur\w*|request\w*)\b[^.?!]{0,40}"
    r"\b(?:nudes?|pics?|pictures?|photos?|images?|videos?)\b"
    r"|\b(?:asked|begged|pressured) for (?:\w+ ){0,2}(?:nudes?|pics?|pictures?|photos?|images?)"
    r" by (?:a|an|this|some) (?:(?:1[89]|[2-9]\d)[- ]?(?:years?|yrs?)[- ]?old|grown|adult)\b"
)


_HELPED_CHILD = re.compile(
    r"\b(?:my|our) (?:(?:1[0-7]|[1-9])[- ]?(?:years?|yrs?)[- ]?old |little |young )?(?:son|daughter"
    r"|child|kid|niece|nephew|grandson|granddaughter|grandchild|student|stepson|stepdaughter"
    r"|sister|brother|girl|boy)\b|\bmy (?:1[0-7]|[1-9])[- ]?(?:years?|yrs?)[- ]?old\b"
)


def adult_asked_child(cleaned: str, earlier: list[str]) -> bool:
    """ "is it a crime for him even though she sent it herself?" after an adult asked the
    writer's child for nudes: the exploitation and child-image law, whether he's charged is
    for police."""
    if not _CRIME_ASKED.search(cleaned) or not _ASKS.search(cleaned):
        return False
    texts = [cleaned, *earlier[-8:]]
    # The writer's child (a helper asking), not a young person asking about herself.
    child = any(_HELPED_CHILD.search(t) for t in texts)
    return child and any(_ADULT_ASKER.search(t) for t in texts)


_HAS_PIC = re.compile(
    r"^(?:so |um+ |well |ok |okay )?(?:some ?one|somebody|this (?:guy|girl|person)|a (?:guy|girl"
    r"|person)|he|she|my ex) (?:has|got|have|kept|still has) (?:a |some |my |naked |nude )*"
    r"(?:pics?|pictures?|photos?|nudes?|images?|videos?|vids?)(?: of me)?[\s.!]*$"
)


def someone_has_pic(cleaned: str) -> bool:
    """ "someone has a pic of me": a disclosure in few words, no sharing or threat told yet."""
    return bool(_HAS_PIC.search(cleaned))


def plain_kind(
    text: str,
    earlier_texts: list[str],
    earlier_actions: list[str],
    lives_outside: bool = False,
) -> str | None:
    """The kind of one of these questions, or None. `earlier_actions` are the bot's actions
    before this message (the tribunal named there makes "that website" the tribunal's)."""
    cleaned = plain_lower(text)
    if not cleaned or cleaned.startswith("/"):
        return None
    earlier = [plain_lower(t or "") for t in earlier_texts]
    if platform_and_alone(cleaned):
        return PLATFORM_AND_ALONE
    if fee_and_crt(cleaned):
        return FEE_AND_CRT
    if fee_and_steps(cleaned):
        return FEE_AND_STEPS
    young = young_in_trouble(cleaned, earlier)
    if young:
        return young
    if stay_away(cleaned):
        return STAY_AWAY
    made = make_delete(cleaned, earlier)
    if made:
        return made
    if held_not_shared(cleaned):
        return HELD_NOT_SHARED
    if site_abroad(cleaned):
        return SITE_ABROAD
    crt_before = any("crt" in name for name in earlier_actions[-6:]) or any(
        _CRT_NAMED.search(t) for t in earlier[-2:]
    )
    if crt_start(cleaned, crt_before):
        return CRT_START
    if no_need_to_look(cleaned):
        return NO_NEED_TO_LOOK
    if keep_texts(cleaned):
        return KEEP_TEXTS
    if will_they_post(cleaned):
        return WILL_THEY_POST
    if unsure_shared(cleaned):
        return UNSURE_SHARED
    if other_in_bc(cleaned, lives_outside):
        return OTHER_IN_BC
    if helper_threat_private(cleaned):
        return HELPER_THREAT_PRIVATE
    return _round9_kind(cleaned, earlier)


def _round9_kind(cleaned: str, earlier: list[str]) -> str | None:
    if call_911(cleaned):
        return CALL_911
    if police_take_seriously(cleaned):
        return POLICE_SERIOUS
    if adult_asked_child(cleaned, earlier):
        return ADULT_ASKED_CHILD
    if young_alone(cleaned, earlier):
        return YOUNG_ALONE
    if line_hours(cleaned):
        return LINE_HOURS
    if phone_person(cleaned):
        return PHONE_PERSON
    if someone_has_pic(cleaned):
        return HAS_A_PIC
    return None
