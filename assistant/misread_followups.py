"""Follow-ups misread as a nearby stock block (simulated users round 18, kinds 1, 7 and 8).
Plain Python over the latest message and the earlier ones; the InterruptPolicy answers the
kind (one hook, after nearby_followups). Each kind is a question whose subject or object differs
from what the block it used to get is about; what each answer says comes from
shared/source/service-page.txt and bc-facts.md only, and where they are silent it says so and
names who can answer.

- the other person's name ("do I need his real name? I only have his username") was read as
  the writer's own details ("You don't have to give details");
- what can happen to the others who shared it ("can anything happen to the guys sending it?")
  was read as the writer's details too;
- a helper calling the government service for someone ("can I call the protection service for
  her, or does it have to be her?") got the confidentiality block;
- the office hours ("what are their hours?") got the 3 hours of advice;
- asking the service to phone back got a young person's exploitation script;
- "can I be the one to report it to Cybertip?" got "you don't need to report";
- "do I have to send/upload the video for Take It Down?" got the pressure-to-send answer;
- "guys can use this too?" and "she only shows it on her phone, does that count?" got no plain
  yes/no (the example list);
- "so I'm calling Calgary police then?" after being told the service is for B.C. got the
  lawyer-and-police confidentiality answer;
- "is 3 hours enough?" got the "how much evidence is enough" block (dropped_halves.fits).
"""

from __future__ import annotations

import re

from assistant.answer_kinds_specific import asks_what_cybertip
from assistant.plain_text import plain_lower

OTHER_NAME = "misread_other_name"
OTHERS_CHARGED = "misread_others_charged"
CALL_IIPS_FOR = "misread_call_iips_for"
CALL_LAWYER_FOR = "misread_call_lawyer_for"
HOURS_OPEN = "misread_hours_open"
CALL_BACK = "misread_call_back"
HELPER_REPORTS = "misread_helper_reports"
# "can I telephone Cybertip, I'd rather speak to a person", "is 1-866-658-9022 a number where a
# person answers?": the phone line, what is not said, and lines to talk to (round 19, p33).
PHONE_CYBERTIP = "misread_phone_cybertip"
PHONE_CYBERTIP_AGAIN = "misread_phone_cybertip_again"  # asked again just after: the short form
# "What is Cybertip? Is it the police? I'd rather phone a person": who runs it, that it is a
# separate route from the police, then phoning it (round 21, p21: only the phone answer).
WHAT_AND_PHONE_CYBERTIP = "misread_what_and_phone_cybertip"
NO_UPLOAD = "misread_no_upload"
MEN_TOO = "misread_men_too"
SHOWN_ON_PHONE = "misread_shown_on_phone"
# Taken while the writer was passed out, then shown (round 19, p26 turn 1): no consent when
# unconscious, and taking it can be voyeurism, before the showing answer.
SHOWN_UNCONSCIOUS = "misread_shown_unconscious"
MEN_AND_SHOWN = "misread_men_and_shown"
POLICE_HOME_OUTSIDE = "misread_police_home_outside"

ANSWERS: dict[str, list[str]] = {
    # The answers other readers give for the same question in other words.
    OTHERS_CHARGED: ["utter_consequences_for_them"],
    CALL_LAWYER_FOR: ["utter_on_behalf"],
    HOURS_OPEN: ["utter_hours"],
    POLICE_HOME_OUTSIDE: ["utter_police_outside_bc"],
    # New answers (domain/misread_followups.yml).
    OTHER_NAME: ["utter_misread_other_name"],
    CALL_IIPS_FOR: ["utter_misread_call_iips_for"],
    CALL_BACK: ["utter_misread_call_back"],
    HELPER_REPORTS: ["utter_misread_helper_reports"],
    PHONE_CYBERTIP: ["utter_misread_phone_cybertip"],
    PHONE_CYBERTIP_AGAIN: ["utter_misread_phone_cybertip_again"],
    WHAT_AND_PHONE_CYBERTIP: ["utter_what_is_cybertip", "utter_misread_phone_cybertip"],
    NO_UPLOAD: ["utter_misread_no_upload"],
    MEN_TOO: ["utter_misread_men_too"],
    SHOWN_ON_PHONE: ["utter_showing_counts"],
    SHOWN_UNCONSCIOUS: ["utter_taken_unconscious", "utter_showing_counts"],
    MEN_AND_SHOWN: ["utter_misread_men_too_short", "utter_showing_counts"],
}
KINDS = frozenset(ANSWERS)
# These answers give their own next steps: no removal or other half after them.
NO_HALVES = KINDS


def _asks(cleaned: str) -> bool:
    return "?" in cleaned or bool(
        re.search(
            r"(?:^|[.!,] )(?:(?:so|and|but|ok|okay|then|well|right|like|fine|also|no"
            r"|i mean)[,.]? )*"
            r"(?:can|could|is|are|does|do|did|will|would|what|whats|which|who|where|when|how"
            r"|should|was|am|any|if|shud|wat|hw|cn|cud)\b",
            cleaned,
        )
    )


# --- The other person's name ---
_OTHER_NAME = re.compile(
    r"\b(?:his|her|their|the other person'?s|the guy'?s|the person'?s|the sharer'?s)"
    r" (?:real|legal|full|actual|proper|last|first|irl)? ?names?\b"
    r"|\b(?:only|just) (?:know |have |got )?(?:his|her|their) (?:\w+ )?(?:username|user name"
    r"|handle|account|profile|gamertag|tag)\b"
    r"|\bdon'?t know (?:who (?:he|she|they) (?:is|are) really|(?:his|her|their) (?:real |legal"
    r" |full |actual )?name)\b"
)
_OTHER_NAME_NEED = re.compile(
    r"\b(?:need|have) to (?:know|give|have|provide|put)\b|\bneed (?:his|her|their)\b"
    r"|\bcan i still\b|\bstill (?:file|do it|make|claim|apply|report|sue)\b|\bwithout (?:his|her"
    r"|their|knowing)\b|\brequired\b|\bdo they need\b|\bis that (?:ok|okay|enough|a problem)\b"
)


def other_name(cleaned: str) -> bool:
    return bool(_OTHER_NAME.search(cleaned) and _asks(cleaned) and _OTHER_NAME_NEED.search(cleaned))


# --- What can happen to the others ---
_OTHERS = (
    r"(?:them|him|her|those (?:guys|people|kids|boys|girls)|the (?:guys|people|kids|boys|girls"
    r"|ones|others)(?: who| that| sending| sharing| spreading| who (?:screenshotted|saved"
    r"|forwarded))?|(?:the )?other people|everyone (?:who|that) (?:shared|sent|forwarded)"
    r"|anyone (?:who|that) (?:shared|sent|forwarded|screenshotted))"
)
_OTHERS_CHARGED = re.compile(
    rf"\b(?:can|could|will|would) (?:anything|something) (?:\w+ )?happen to {_OTHERS}"
    rf"|\b(?:can|could|will|would) {_OTHERS}(?: \w+){{0,6}}? (?:get|be|go) (?:in|into) trouble\b"
    rf"|\b(?:can|could|will|would) {_OTHERS}(?: \w+){{0,6}}? (?:be|get) (?:charged|arrested"
    r"|punished|in trouble)\b"
)


def others_charged(cleaned: str) -> bool:
    # "will I get in trouble" is the writer's own: another reader's answer.
    return bool(_OTHERS_CHARGED.search(cleaned))


# --- Calling for someone else ---
_IIPS = re.compile(
    r"\b(?:iips|government (?:one|service|line|number|people)|protection service|gov(?:ernment)?"
    r" line|1-?833|833 (?:number|line)|protectyourimages)\b"
)
_LAWYER = re.compile(r"\b(?:lawyer|legal advice|intake|604|1-?888|stand informed|your service)\b")
_CALL_FOR = re.compile(
    r"\b(?:can|could|may|should|do|would|am|is it ok(?:ay)? for) (?:i|we|a (?:mother|mom|mum|parent"
    r"|father|dad|friend|sister|brother|relative|family member)|someone else|her (?:mother|mom"
    r"|mum|dad|father)|his (?:mother|mom|mum|dad|father))(?: \w+){0,3}? (?:call|phone|contact"
    r"|email|reach|talk to|ring)\b(?P<rest>[^.!?]*)"
)
_FOR_SOMEONE = re.compile(
    r"\bmyself\b|\bfor (?:her|him|them|my (?:\w+ )?(?:daughter|son|niece|nephew|sister|brother"
    r"|friend|kid|child|mom|mum|dad|wife|husband|partner))\b|\bon (?:her|his|their) behalf\b"
    r"|\b(?:does|do|has|have|must) (?:it|that) (?:to |got to )?(?:be|come from) (?:her|him|them)\b"
    r"|\bhas to be (?:her|him|them)\b|\binstead of (?:her|him|them)\b|\b(?:her|his) (?:daughter"
    r"|son)\b"
)


_HAS_TO_BE_THEM = re.compile(
    r"\b(?:does|do|has|have|must) (?:it|that) (?:to |got to )?(?:be|come from) (?:her|him|them)\b"
    r"|\bhas to be (?:her|him|them)\b|\b(?:does|do|must) (?:she|he|they) (?:have|need) to\b"
)


def call_for(cleaned: str, earlier: list[str]) -> str | None:
    match = _CALL_FOR.search(cleaned)
    if not match or not (
        _FOR_SOMEONE.search(match.group("rest")) or _HAS_TO_BE_THEM.search(cleaned)
    ):
        return None
    if re.search(
        r"\bphone (?:her|him|them|me|us) back\b|\bcall (?:her|him|them|me|us) back\b", cleaned
    ):
        return None
    if _IIPS.search(cleaned):
        return CALL_IIPS_FOR
    if _LAWYER.search(cleaned):
        return CALL_LAWYER_FOR
    # "call them for her": the body named last in the conversation.
    for said in reversed(earlier[-3:]):
        if _IIPS.search(said):
            return CALL_IIPS_FOR
        if _LAWYER.search(said):
            return CALL_LAWYER_FOR
    return None


# --- Office hours ---
_HOURS_OPEN = re.compile(
    r"\b(?:office|business|opening|open|phone|intake|line'?s?|call(?:ing)?) hours\b"
    r"|\bwhat (?:are|r) (?:their|your|the|ur|its) hours\b|^\s*(?:and )?(?:the )?hours\s*\??\s*$"
    r"|\bwhen (?:are|is|r) (?:they|you|it|the (?:line|office|service|intake(?: line)?)) open\b"
    r"|\bwhen can (?:i|people|we|someone|clients|she|he|they) (?:call|phone|reach|ring)\b"
    r"|\bwhat (?:time|times|days) (?:are|is|do|can)\b[^.?!]{0,30}\b(?:open|call|phone|answer)\b"
    r"|\bskipped the hours\b"
)
_ADVICE_HOURS = re.compile(r"\b(?:3|three|2|two|more|extra|how many) hours\b|\bhours of\b")


def hours_open(cleaned: str) -> bool:
    if _ADVICE_HOURS.search(cleaned) or not _HOURS_OPEN.search(cleaned):
        return False
    return _asks(cleaned) or "skipped the hours" in cleaned


# --- Asking them to phone back ---
_CALL_BACK = re.compile(
    # "can she ask them to phone her back?": someone asking the service to call (a first-person
    # "can someone call me back" keeps the contact answer).
    r"\bask (?:them|the (?:lawyer|service|office|intake(?: \w+)?|line)|for) (?:to )?(?:a )?(?:phone"
    r"|call|ring)(?: ?back)?\b"
    r"|\b(?:phone|call|ring) (?:her|him) back\b"
    r"|\b(?:can|could|will|would) (?:they|the (?:lawyer|service|office|intake(?: \w+)?))"
    r" (?:\w+ )?(?:phone|call|ring) (?:her|him)\b"
)


def call_back(cleaned: str) -> bool:
    return bool(_CALL_BACK.search(cleaned) and _asks(cleaned))


# --- The helper reports ---
_HELPER_REPORTS = re.compile(
    r"\bcan i be the one (?:to|who) (?:reports?|tells?|calls?|makes? the report)\b"
    r"|\b(?:can|could|should|may) i (?:\w+ )?report (?:it|this|him|her|them)?(?: \w+){0,3}? (?:for"
    r" (?:him|her|them)|instead of (?:him|her|them))\b"
    r"|\b(?:does|do) (?:he|she|they) (?:have|need|got) to (?:report|do) (?:it|this)?(?: \w+)?"
    r" ?(?:himself|herself|themselves|themself)\b"
    # "can I report it to cybertip myself even though I'm only her aunt?", "can an aunt make the
    # report?" (round 35 p22).
    # Only to Cybertip.ca or the police: "can i just report it to reddit myself" is the site's
    # report (round 18's near miss).
    r"|\b(?:can|could|may) i (?:\w+ )?report (?:it|this|him|them)(?: to (?:cybertip(?:\.ca)?"
    r"|the police|police|the cops|the rcmp|rcmp))? myself\b"
    r"|\b(?:can|could|may) (?:an?|the) (?:aunt|uncle|grandparent|grandma|grandmother|grandpa"
    r"|grandfather|sibling|sister|brother|cousin|teacher|friend|neighbou?r) (?:make|file|do)"
    r" (?:the|a) report\b"
)


# An adult helped: "my wife", "my husband", "she is 42", "he's an adult".
_ADULT_HELPED = re.compile(
    r"\b(?:my|our) (?:wife|husband|spouse|partner|fiancee?|girlfriend|boyfriend|gf|bf|mom|mum"
    r"|mother|dad|father|grandma|grandmother|grandpa|grandfather|adult (?:son|daughter|child))\b"
    r"|\b(?:she|he|they) (?:is|'s|are|'re) (?:an adult|a grown|(?:1[89]|[2-9]\d)\b)"
    r"|\b(?:she|he|they)(?: is|'s| are|'re)? (?:1[89]|[2-9]\d)(?: years old| yo)?\b"
)
_YOUNG_HELPED = re.compile(
    r"\b(?:my|our) (?:daughter|son|kid|child|granddaughter|grandson|niece|nephew|student"
    r"|little (?:sister|brother))\b|\b(?:1[0-7]|[5-9]) ?(?:years? old|yo|yr old)\b"
)


def _helped_is_adult(texts: list[str]) -> bool:
    """The one helped is said to be an adult (a wife, "she is 42") and no child was named."""
    joined = " ".join(texts[-6:])
    return bool(_ADULT_HELPED.search(joined)) and not _YOUNG_HELPED.search(joined)


_CYBERTIP = re.compile(r"\bcyber ?tip\b|866[- ]?658[- ]?9022")
_PHONE_ASKED = re.compile(
    r"\b(?:can|could|may|do|should) (?:i|we|you) (?:just )?(?:tele)?(?:phone|call|ring)\b"
    r"|\b(?:speak|talk) (?:to|with) (?:a |an actual |a real |a live )?(?:person|human|someone)\b"
    r"|\b(?:a |the )?(?:person|human|someone|anyone|somebody) (?:answers?|picks? up|there)\b"
    r"|\bnumber (?:where|that) (?:a |someone|somebody|anyone|a real)"
)


_WHICH_FIRST = re.compile(
    r"\b(?:first|before|which)\b|\b(?:police|cops|rcmp)\b[^?.!]*\bor\b"
    r"|\bor\b[^?.!]*\b(?:police|cops|rcmp)\b"
)


def phone_cybertip(cleaned: str, earlier: list[str]) -> bool:
    """Phoning Cybertip.ca, or whether a person answers its number, asked with Cybertip named
    in this message or the one before."""
    if not _PHONE_ASKED.search(cleaned) or not _asks(cleaned):
        return False
    # "do I phone the police or cybertip first?" asks which first: its own answer.
    if _WHICH_FIRST.search(cleaned):
        return False
    return bool(_CYBERTIP.search(cleaned) or any(_CYBERTIP.search(t) for t in earlier[-1:]))


def helper_reports(cleaned: str) -> bool:
    return bool(_HELPER_REPORTS.search(cleaned))


# --- Sending the video for removal ---
_UPLOAD = re.compile(
    r"\b(?:have|need|got) to (?:send|upload|give|show|submit|share) (?:them |it |you )?(?:the |my"
    r" |a )?(?:video|vid|image|images|pic|pics|picture|pictures|photo|photos|nudes?|it|copy)\b"
    r"|\b(?:need|want|make) me to (?:upload|send|submit|watch|look at)\b"
    r"|\b(?:upload|send) (?:the|my) (?:video|vid|image|pic|picture|photo)s? (?:to|for|so)\b"
    r"|\b(?:have|need) to (?:watch|look at|see) (?:it|the video|the pics?|them) again\b"
)
_REMOVAL_TOOL = re.compile(
    r"\b(?:take ?it ?down|stopncii|stop ncii|needhelpnow|cybertip|the (?:site|website|service"
    r"|tool|form)|to (?:work|get it (?:taken )?down|remove it|report it)|taken down|removed"
    r"|removal)\b"
)


def no_upload(cleaned: str, earlier: list[str]) -> bool:
    if not (_UPLOAD.search(cleaned) and _asks(cleaned)):
        return False
    return bool(_REMOVAL_TOOL.search(cleaned)) or any(_REMOVAL_TOOL.search(t) for t in earlier[-2:])


# --- Men too; shown on a phone ---
_MEN_TOO = re.compile(
    r"\b(?:guys|men|boys|a (?:guy|man|boy|male)|males?)\b(?: \w+){0,3}? (?:can|could|allowed to)"
    r" (?:use|get|call|apply)\b"
    r"|\b(?:can|could|do|does) (?:guys|men|boys|a (?:guy|man|boy|dude))(?: \w+){0,2}? (?:use|get"
    r"|call|apply|qualify)\b"
    r"|\b(?:only|just) (?:for )?(?:women|woman|girls|females)\b"
    r"|\b(?:a )?(?:women'?s|womens|female) (?:only )?(?:service|thing|line|program)\b"
    r"|\bfor (?:guys|men|boys|males) (?:too|as well)\b"
)


def men_too(cleaned: str) -> bool:
    return bool(_MEN_TOO.search(cleaned) and _asks(cleaned))


_SHOWN = re.compile(
    r"\b(?:show|shows|showing|showed|shown)\b(?: \w+){0,4}? (?:on|from) (?:her|his|their|a|the)"
    r" (?:phone|laptop|computer|tablet|ipad|screen)\b"
    r"|\b(?:just|only) (?:showing|shows|showed|show)\b(?: \w+){0,3}? (?:it|them|the video|the pics?"
    r"|people|friends|everyone)\b"
)
_COUNTS = re.compile(
    r"\bcounts?\b|\bdoes (?:that|it|this) (?:still )?(?:count|matter|qualify)\b|\bstill (?:count"
    r"|sharing|qualify)\b|\bis (?:that|it|this) (?:still )?sharing\b"
)


_UNCONSCIOUS = re.compile(
    r"\b(?:passed out|unconscious|asleep|sleeping|blacked out|knocked out|out cold)\b"
)


_TOOK_OF_ME = re.compile(
    r"\b(?:took|taken|take|takes|filmed|recorded|snapped|photographed)\b(?: \w+){0,3}?"
    r" (?:of )?me\b"
)
_SHOWN_OR_SHARED = re.compile(
    r"\b(?:show\w*|shar\w*|post\w*|sent|send\w*|passed|passing|spread\w*|forward\w*)\b"
)


def taken_unconscious(cleaned: str) -> bool:
    """ "my roommate took a pic of me passed out and showed it around": taken of the writer
    while unconscious, then shown or shared."""
    return bool(
        _UNCONSCIOUS.search(cleaned)
        and _TOOK_OF_ME.search(cleaned)
        and _SHOWN_OR_SHARED.search(cleaned)
    )


def shown_on_phone(cleaned: str) -> bool:
    return bool(_SHOWN.search(cleaned) and _COUNTS.search(cleaned))


# --- Police where I live, after the B.C.-only answer ---
_POLICE_HOME = re.compile(
    r"\b(?:so )?(?:i'?m|im|i am|i'?ll|ill|i should|should i|do i) (?:be )?(?:calling|call"
    r"|go(?:ing)? to|report(?:ing)? (?:it |this )?to|contact(?:ing)?) (?:the |my )?"
    r"(?:\w+ ){0,2}?(?:police|cops|rcmp)(?: (?:then|instead|here))?\b"
)


def police_home(cleaned: str) -> bool:
    return bool(_POLICE_HOME.search(cleaned) and _asks(cleaned))


def misread_kind(text: str, earlier_texts: list[str], home_not_bc: bool) -> str | None:
    """The kind of a follow-up that used to get a nearby block (see the module), or None."""
    if not text or text.startswith("/"):
        return None
    cleaned = plain_lower(text)
    earlier = [plain_lower(t) for t in earlier_texts]
    if other_name(cleaned):
        return OTHER_NAME
    if others_charged(cleaned):
        return OTHERS_CHARGED
    if no_upload(cleaned, earlier):
        return NO_UPLOAD
    if phone_cybertip(cleaned, earlier):
        if earlier and phone_cybertip(earlier[-1], earlier[:-1]):
            return PHONE_CYBERTIP_AGAIN
        if asks_what_cybertip(cleaned):
            return WHAT_AND_PHONE_CYBERTIP
        return PHONE_CYBERTIP
    # "can I make the call to the lawyer for her, or does she have to do it herself?": the
    # lawyer or the IIPS named is a call for someone (utter_on_behalf), and the young person's
    # reporting steps only when the one helped is not an adult (round 19, p22).
    named_call = (
        call_for(cleaned, []) if (_LAWYER.search(cleaned) or _IIPS.search(cleaned)) else None
    )
    if named_call:
        return named_call
    if helper_reports(cleaned) and not _helped_is_adult(earlier + [cleaned]):
        return HELPER_REPORTS
    if call_back(cleaned):
        return CALL_BACK
    called = call_for(cleaned, earlier)
    if called:
        return called
    if taken_unconscious(cleaned):
        return SHOWN_UNCONSCIOUS
    men, shown = men_too(cleaned), shown_on_phone(cleaned)
    if men and shown:
        return MEN_AND_SHOWN
    if men:
        return MEN_TOO
    if shown:
        return SHOWN_UNCONSCIOUS if _UNCONSCIOUS.search(cleaned) else SHOWN_ON_PHONE
    if hours_open(cleaned):
        return HOURS_OPEN
    if police_home(cleaned):
        return POLICE_HOME_OUTSIDE if home_not_bc else None
    return None


# --- When a kind replaces the one read so far ---
# The stock blocks these follow-ups used to get (round 18): a reading that gave one of them is
# replaced; any other reading (a fitted answer another reader gave) is kept.
STOCK_BLOCKS = frozenset(
    {
        "utter_lawyer_reports",
        "utter_details_required",
        "utter_confidentiality",
        "utter_line_private",
        "utter_image_removal",
        "utter_images_taken_under_18",
        "utter_pressured",
        "utter_police",
        "utter_youth_asked_illegal",
        "utter_examples",
        "utter_who_qualifies",
        "utter_crt",
        "utter_evidence_enough",
    }
)


# Narrow enough to win over any reading: a body named with someone else calling or reporting,
# and a call back asked (the helper's lawyer answer or route list answered them before).
ALWAYS = frozenset(
    {
        CALL_IIPS_FOR,
        HELPER_REPORTS,
        CALL_BACK,
        PHONE_CYBERTIP,
        PHONE_CYBERTIP_AGAIN,
        WHAT_AND_PHONE_CYBERTIP,
        SHOWN_UNCONSCIOUS,
    }
)


def may_replace(kind_answer: list[str], misread: str | None = None) -> bool:
    """Whether a misread kind replaces the reading so far (`kind_answer`: its responses)."""
    return misread in ALWAYS or not kind_answer or kind_answer[0] in STOCK_BLOCKS


# --- The plain yes first ---
MEN_TOO_SHORT = "utter_misread_men_too_short"
# Asked beside another question another reader answers: this block first, then that answer.
_FIRST = {
    MEN_TOO: MEN_TOO_SHORT,
    MEN_AND_SHOWN: MEN_TOO_SHORT,
    HOURS_OPEN: "utter_hours",
    SHOWN_ON_PHONE: "utter_showing_counts",
}


def yes_first(misread: str | None, kind: str | None, answers: dict[str, list[str]]) -> str | None:
    """ "Guys can use this too? my ex recorded us ...": the short plain answer to put before the
    answer another reader gave the rest of the message (`kind`), or None."""
    first = _FIRST.get(misread or "")
    answer = answers.get(kind or "") or []
    if not first or not kind or kind in KINDS or not answer or may_replace(answer, misread):
        return None
    return None if first in answer else first


# --- The same block twice in one reply, in other words ---
# A block, and the blocks that say the same for another reader (round 18, p13: the helper's
# removal routes, then the victim's removal routes).
SAME_AS: dict[str, frozenset[str]] = {
    "utter_helper_removal": frozenset({"utter_image_removal", "utter_image_removal_youth"}),
    "utter_misread_no_upload": frozenset({"utter_image_removal", "utter_image_removal_youth"}),
    "utter_misread_men_too": frozenset({MEN_TOO_SHORT, "utter_who_qualifies"}),
}


def without_same_blocks(sequence: list[str]) -> list[str]:
    """`sequence` without a block that another block in it already says in other words."""
    covered = {name for block in sequence for name in SAME_AS.get(block, frozenset())}
    return [name for name in sequence if name not in covered]
