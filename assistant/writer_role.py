"""Who is writing, read from the whole conversation and kept (round 15, kind 3 "roles").

Round 15 answered people as if they were someone else: a 17-year-old who forwarded his ex's
nude got "you are not in trouble for what was done to you" (p41); a 16-year-old whose
12-year-old brother forwarded a girl's nudes got the victim's lines (p35); a father whose son
shared got the fallback, then the victim's helper's answer, to "which lawyer? where do I find
one" (p14); a widower got a living friend's script and the fallback (p36); a 15-year-old
asking whether the classmates who made fakes can be charged got the text for a parent (p39);
a 16-year-old asking what her 16-year-old friend can do got the adult's route wall (p16); a
mother and a counsellor asking about copies on other students' phones got the victim's removal
text or an answer for images never shared (p03, p09).

The ROLE is read from every message so far (`writer_role`): the writer SHARED someone's image
(SELF_SHARER), the writer's brother or sister did (SIBLING_SHARER; a parent's own child is
`role_followups.own_child_story`, PARENT_SHARER), the writer acts for someone who DIED
(FOR_DECEASED), the writer is a YOUNG VICTIM, or helps a CHILD it happened to. Once read it is
kept: later questions are answered for that role. The QUESTION is read from the latest
message. Plain Python; the InterruptPolicy sends the kind's static responses
(domain/writer_role.yml), outside forms, never on crisis, danger or the KEEP intents.
"""

from __future__ import annotations

import re

from assistant import role_followups
from assistant.plain_text import plain_lower

# --- roles ------------------------------------------------------------------------------------
SELF_SHARER = "self_sharer"
SIBLING_SHARER = "sibling_sharer"
PARENT_SHARER = "parent_sharer"
FOR_DECEASED = "for_deceased"
YOUNG_VICTIM = "young_victim"
CHILD_HELPER = "child_helper"

# --- kinds ------------------------------------------------------------------------------------
SELF_FIRST = "self_sharer_first"
SELF_CHARGED = "self_sharer_charged"
SELF_DELETE = "self_sharer_delete"
SELF_LAWYER = "self_sharer_lawyer"
SELF_DELETE_LAWYER = "self_sharer_delete_lawyer"
SELF_FIRST_YOUNG = "self_sharer_first_young"
SELF_LAWYER_YOUNG = "self_sharer_lawyer_young"
SELF_DELETE_LAWYER_YOUNG = "self_sharer_delete_lawyer_young"
SELF_CORRECTED = "self_sharer_corrected"
SELF_CHARGED_DELETE = "self_sharer_charged_delete"
SIBLING_CHARGED = "sibling_sharer_charged"
SIBLING_DELETE = "sibling_sharer_delete"
SIBLING_TELL = "sibling_sharer_tell"
SIBLING_DELETE_TELL = "sibling_sharer_delete_tell"
FAMILY_LAWYER = "sharer_family_lawyer"
PARENT_REPORT = "parent_sharer_report"
DECEASED = "for_deceased_act"
DECEASED_REMOVAL = "for_deceased_removal"
DECEASED_IIPS = "for_deceased_iips"
VICTIM_OTHERS_CHARGED = "young_victim_others_charged"
VICTIM_FAKE_CHARGED = "young_victim_fake_charged"
COPIES = "copies_on_phones"
COPIES_CORRECTED = "copies_on_phones_corrected"
SCHOOL_COPIES = "school_and_copies"
SCHOOL = "helper_school_contact"
FRIEND_FIRST = "young_friend_first"

ANSWERS: dict[str, list[str]] = {
    SELF_FIRST: ["utter_writer_shared", "utter_self_sharer_steps"],
    SELF_CHARGED: ["utter_writer_shared", "utter_self_sharer_steps"],
    SELF_CORRECTED: ["utter_self_sharer_heard", "utter_writer_shared", "utter_self_sharer_steps"],
    SELF_DELETE: ["utter_self_sharer_delete"],
    SELF_CHARGED_DELETE: ["utter_self_sharer_charged_short", "utter_self_sharer_delete"],
    SELF_LAWYER: ["utter_self_sharer_lawyer"],
    SELF_DELETE_LAWYER: ["utter_self_sharer_delete", "utter_self_sharer_lawyer"],
    # A writer under 18: a safe adult and Kids Help Phone with the lawyer's part.
    SELF_FIRST_YOUNG: ["utter_writer_shared", "utter_self_sharer_steps", "utter_self_sharer_young"],
    SELF_LAWYER_YOUNG: ["utter_self_sharer_lawyer", "utter_self_sharer_young"],
    SELF_DELETE_LAWYER_YOUNG: [
        "utter_self_sharer_delete",
        "utter_self_sharer_lawyer",
        "utter_self_sharer_young",
    ],
    SIBLING_CHARGED: ["utter_minors_who_shared", "utter_sibling_sharer_next"],
    SIBLING_DELETE: ["utter_sibling_sharer_delete"],
    SIBLING_TELL: ["utter_sibling_sharer_tell"],
    SIBLING_DELETE_TELL: ["utter_sibling_sharer_delete", "utter_sibling_sharer_tell"],
    FAMILY_LAWYER: ["utter_sharer_family_lawyer"],
    PARENT_REPORT: ["utter_parent_sharer_report"],
    DECEASED: ["utter_for_deceased", "utter_for_deceased_next"],
    DECEASED_REMOVAL: ["utter_for_deceased_removal"],
    DECEASED_IIPS: ["utter_for_deceased_iips"],
    VICTIM_OTHERS_CHARGED: ["utter_young_victim_others_charged"],
    VICTIM_FAKE_CHARGED: ["utter_young_victim_fake_charged"],
    COPIES: ["utter_copies_on_phones"],
    COPIES_CORRECTED: ["utter_copies_heard_shared", "utter_copies_on_phones"],
    SCHOOL_COPIES: ["utter_helper_school", "utter_copies_on_phones"],
    SCHOOL: ["utter_helper_school"],
    FRIEND_FIRST: ["utter_friend_of_minor", "utter_friend_of_minor_removal"],
}
KINDS = frozenset(ANSWERS)
# Asked again right after the same answer: the point, shorter (repeats guard).
AGAIN: dict[str, list[str]] = {
    DECEASED: ["utter_for_deceased_again"],
    DECEASED_IIPS: ["utter_for_deceased_again"],
    SIBLING_DELETE: ["utter_sibling_sharer_delete_again"],
    SIBLING_CHARGED: ["utter_sibling_charged_again"],
    SELF_FIRST: ["utter_self_sharer_charged_short"],
    SELF_CHARGED: ["utter_self_sharer_charged_short"],
    SELF_CORRECTED: ["utter_self_sharer_charged_short"],
    SELF_DELETE: ["utter_self_sharer_delete_again"],
    VICTIM_OTHERS_CHARGED: ["utter_young_victim_charged_again"],
    VICTIM_FAKE_CHARGED: ["utter_young_victim_charged_again"],
    COPIES: ["utter_copies_on_phones_again"],
    SELF_LAWYER: ["utter_self_sharer_lawyer_again"],
    SELF_LAWYER_YOUNG: ["utter_self_sharer_lawyer_again"],
    SELF_FIRST_YOUNG: ["utter_self_sharer_charged_short"],
    FAMILY_LAWYER: ["utter_self_sharer_lawyer_again"],
}

_RECENT = 10
_IMAGE = (
    r"(?:nudes?|naked (?:pics?|photos?|pictures?)|pics?|photos?|pictures?|images?|videos?|vids?"
    r"|selfies?)"
)
_OTHER = (
    r"(?:(?:my|his|her|the|this|that|a|some) )?(?:ex|ex[- ]?(?:gf|bf|girlfriend|boyfriend|partner"
    r"|wife|husband)|gf|bf|girlfriend|boyfriend|partner|friend|classmate|girl|guy|boy|kid"
    r"|student)'?s"
    r"|someone'?s|somebody'?s"
)
# "i sent her nude to 2 of my friends", "i shared my ex's nude photo", "i forwarded a pic of my
# gf", "i'm the one who SENT it", "i posted a video of her".
_I_SHARED = re.compile(
    rf"\bi (?:\w+ )?(?:sent|shared|forwarded|posted|leaked|showed|airdropped|spread|passed"
    rf" around|uploaded) (?:(?:{_OTHER}) (?:\w+ )?{_IMAGE}"
    rf"|(?:a |the |some |those |these |her |his )?(?:\w+ )?{_IMAGE} of (?:her|him|my ex|my gf"
    rf"|my bf|my girlfriend|my boyfriend|a girl|a guy|someone|this girl|a classmate)"
    rf"|(?:her|his) (?:\w+ )?{_IMAGE} to (?:my|his|her|some|a|the|two|2|three|3|all|every)\b)"
    r"|\bi(?:'?m| am| was) the one (?:who|that) (?:\w+ )?(?:sent|shared|forwarded|posted"
    r"|leaked|spread)"
    r"|\bi (?:\w+ )?(?:sent|shared|forwarded|posted|leaked) (?:it|them) (?:to|with) (?:my|his"
    r"|some|two|2|a few|all) (?:\w+ )?(?:friends?|buddies|group|chat|people|guys)\b"
)
_NOT_ME = re.compile(r"\bi (?:didn'?t|didnt|never|did not|wouldn'?t)\b")
# The writer's own images: the one it happened to, not the one who shared.
_OWN_IMAGES = re.compile(
    r"\bmy (?:own )?(?:nudes?|pics?|photos?|pictures?|images?|videos?|selfies?)\b"
    r"|\b(?:nudes?|pics?|photos?|pictures?|images?|videos?) of me\b|\bof me\b"
)

_SIBLING = re.compile(
    r"\bmy (?:little |younger |older |big |baby |twin |step|half )?(?:brother|sister|bro|sis)\b"
)
# "he forwarded them to his friends", "she shared it", "hes the one who forwarded them".
_NOT_SIBLING = (
    r"(?!\b(?:ex|boyfriend|girlfriend|bf|gf|guy|man|someone|somebody|classmate|dude|he|she)\b)"
)
_SIBLING_SHARED = re.compile(
    r"\b(?:he|she|my (?:little |younger |older |big |twin )?(?:brother|sister|bro|sis))\b"
    rf"(?:{_NOT_SIBLING}[^.!?]){{0,25}}?\b(?:sent|shared|forwarded|posted|leaked|showed"
    r"|airdropped|spread|passed)\b (?:them|it|those|these|the|her|a|some|pics?|nudes?|photos?)\b"
)
# Someone else's image: "some girl", "a classmate's", "a girl in his class".
_SOMEONE_ELSES = re.compile(
    r"\b(?:some|a|this|that|the|another) (?:\w+ )?(?:girl|boy|kid|classmate|student|teammate)s?\b"
    r"|\bin (?:his|her|their) (?:class|grade|school)\b|\bhis (?:ex|girlfriend|gf)\b"
    r"|\bher (?:ex|boyfriend|bf)\b"
)
_SIBLING_POSSESSIVE = re.compile(r"\bmy (?:\w+ )?(?:brother|sister|bro|sis)'s\b")
_SIBLING_VICTIM = re.compile(
    r"\b(?:of (?:him|her)|his (?:nudes?|pics?|photos?)|her (?:nudes?|pics?|photos?))\b"
    r"[^.!?]{0,40}\b(?:got|were|was|been) (?:leaked|shared|posted|sent)"
)

_DIED = re.compile(
    r"\b(?:passed away|passed on|died|is dead|has died|deceased|no longer with us|lost (?:my|her"
    r"|him) (?:wife|husband|partner|mother|mom|daughter|son|sister|brother))\b"
    r"|\bmy late (?:wife|husband|partner|mother|mom|mum|father|dad|daughter|son|sister|brother"
    r"|friend|fianc[eé]e?|spouse|girlfriend|boyfriend)\b"
)
_DIED_SOMEONE = re.compile(
    r"\b(?:my|our) (?:late )?(?:wife|husband|partner|spouse|mother|mom|mum|father|dad|daughter"
    r"|son|sister|brother|friend|fianc[eé]e?|girlfriend|boyfriend|grandmother|grandma|aunt)\b"
    r"|\b(?:she|he)\b"
)
# The writer's own death or wish to die is never this role (the safety net reads it).
_OWN_DEATH = re.compile(
    r"\bi (?:want to|wanna|wish i|should|will|might|am going to|'m going to|im going to)"
    r" (?:\w+ )?(?:die|be dead)\b|\bkill myself\b|\bi(?:'m| am|m) (?:dying|dead)\b"
    r"|\b(?:don'?t|dont|do not) want to (?:live|be here|go on)\b|\bend (?:it|my life)\b"
)

_YOUNG_WRITER = re.compile(
    r"\b(?:i'?m|im|i am)\s+(?:only\s+|just\s+)?(?:1[0-7]|[1-9])\b(?!\s*(?:k|\$|%|am|pm|min))"
    r"|\b(?:i'?m|im|i am) in grade\b|\bwe'?re both (?:1[0-7])\b|\bwere both (?:1[0-7])\b"
    r"|\b(?:i'?m|im|i am) (?:a )?(?:minor|under 18|teen)\b"
)
_YOUNG_ANYONE = re.compile(
    r"\b(?:is|was|(?:s?he|they|i)'?s|shes|hes|im|i'?m|i am|both|only|aged?)\s+(?:only\s+)?"
    r"(?:1[0-7]|[1-9])\b(?!\s*(?:k|\$|%|am|pm|min))|\b(?:1[0-7]|[1-9])\s*(?:-|\s)?(?:years?|yrs?)"
    r"|\bgrade (?:[1-9]|1[0-2])\b|\bunder 18\b|\ba minor\b|\b(?:high|middle|elementary) school\b"
    r"|\bat (?:her|his|my|their) school\b|\bstudents?\b|\bkids?\b|\blittle (?:brother|sister)\b"
)
_CHILD_HELPED = re.compile(
    r"\bmy (?:\d{1,2}[- ]?(?:year[- ]?old|yo) )?(?:teenage |little )?(?:daughter|son|kid|child"
    r"|niece|nephew|grand(?:daughter|son|child)|student|stepdaughter|stepson)\b"
    r"|\b(?:my|our|a) (?:grade \d{1,2} )?(?:student|students)\b|\bschool counsell?or\b"
    r"|\b(?:i'?m|im|i am) (?:a |her |his )?(?:teacher|counsell?or|principal|youth worker)\b"
)
# The writer's own images: a young victim (p39: "fake nudes of me", "im 15").
_VICTIM_OWN = re.compile(
    r"\b(?:of me|my (?:nudes?|pics?|photos?|pictures?|images?|videos?|body|face))\b"
    r"|\b(?:made|posted|shared|leaked|sent|spread)\b[^.!?]{0,30}\bof me\b"
)


_NOT_MINE = re.compile(
    r"\b(?:not|isn'?t|is not|wasn'?t|never) (?:of )?(?:me|mine|my (?:own )?(?:\w+ )?(?:pics?"
    r"|photos?"
    r"|pictures?|images?|videos?|nudes?|photograph))\b"
)


def _own_images(text: str) -> bool:
    """The writer's own images named ("my pics", "of me"), not denied ("it's not my picture")."""
    return bool(_OWN_IMAGES.search(_NOT_MINE.sub(" ", text)))


def _young_writer(texts: list[str]) -> bool:
    return any(_YOUNG_WRITER.search(text) for text in texts)


def writer_role(texts: list[str]) -> str | None:
    """The writer's role from the messages so far (oldest first), kept once read; None when
    nothing says it. A later correction wins ("no im the one who SENT it")."""
    cleaned = [plain_lower(text) for text in texts[-_RECENT:]]
    role = None
    for text in cleaned:
        if _OWN_DEATH.search(text):
            return None
        if (
            _I_SHARED.search(text)
            and not _NOT_ME.search(text)
            and not _own_images(
                re.sub(r"\bmy (?:ex|gf|bf|girlfriend|boyfriend|partner)'?s\b", "", text)
            )
        ):
            role = SELF_SHARER
        elif (
            _DIED.search(text)
            and _DIED_SOMEONE.search(text)
            and not any(_own_images(earlier) for earlier in cleaned)
        ):
            role = FOR_DECEASED
        elif (
            role not in (SELF_SHARER, FOR_DECEASED)
            and _SIBLING_SHARED.search(text)
            and _SIBLING.search(" ".join(cleaned))
            and not _SIBLING_POSSESSIVE.search(text)
            and not _SIBLING_VICTIM.search(text)
            and not any(_own_images(earlier) for earlier in cleaned)
            and _SOMEONE_ELSES.search(" ".join(cleaned))
        ):
            role = SIBLING_SHARER
    if role:
        return role
    if role_followups.own_child_story(cleaned):
        return PARENT_SHARER
    whole = " ".join(cleaned)
    if _VICTIM_OWN.search(whole) and _young_writer(cleaned):
        return YOUNG_VICTIM
    if _CHILD_HELPED.search(whole) and _YOUNG_ANYONE.search(whole):
        return CHILD_HELPER
    return None


# --- questions --------------------------------------------------------------------------------
_LAWYER_WHERE = re.compile(
    r"\b(?:where|how) (?:do|can|would|could|should) (?:i|we|he|she) (?:even |actually )?"
    r"(?:find|get|look for|go for|see) (?:a |one|an? |him a |her a )?(?:lawyer|one|legal help"
    r"|legal advice)?\b"
    r"|\bwhich lawyer\b|\bwhat lawyer\b|\bwho (?:do|can|should) (?:i|we) (?:call|see|ask|talk"
    r" to) (?:for|about) (?:a )?(?:lawyer|legal)\b"
    r"|\b(?:need|want|get|find|finding) (?:a |an |my own |his own |her own |our own )?(?:lawyer"
    r"|legal help)\b"
    r"|\b(?:can|could|will|would|does) (?:the|that|this) (?:free )?(?:service|lawyer)"
    r" (?:\w+ )?(?:help|advise|talk to|see) (?:me|him|her|us)\b"
    r"|\blawyer for (?:me|him|her|my son|my daughter|my brother|my sister|my kid)\b"
)
# A parent asks whether to report their own child (round 17, p09): "do I have to report my own
# son?", "should i call the police on him myself", "am i supposed to turn her in", "should he
# turn himself in?".
_REPORT_OWN_CHILD = re.compile(
    r"\b(?:report|turn in|hand in)\b[^.!?]{0,20}\b(?:him|her|them|my (?:own )?(?:\w+ )?(?:son"
    r"|daughter|kid|child|boy|girl|teen))\b"
    r"|\b(?:turn|hand) (?:him|her|them) in\b"
    # "should he turn himself in?" (round 32 p14).
    r"|\b(?:turn|turns|turning|hand) (?:himself|herself|themselves|themself) in\b"
    r"|\b(?:call|phone|tell|go to|contact)\b (?:the )?(?:police|cops|rcmp)\b[^.!?]{0,15}"
    r"\b(?:on|about) (?:him|her|them|my (?:own )?(?:son|daughter|kid|child))\b"
    r"|\b(?:do|should|must|would|am|are) (?:i|we) (?:\w+ )?(?:have to|need to|supposed to|meant"
    r" to|required to|obliged to)? ?(?:report (?:it|this|that)|tell the police|call the police"
    r"|go to the police)\b"
    # "would it help him if we go to the police ourselves?", "report it ourselves" (round 34 p18).
    r"|\b(?:go|went|going) to (?:the )?(?:police|cops|rcmp) (?:ourselves|myself|first)\b"
    r"|\breport (?:it|this|that|him|her) (?:ourselves|myself)\b"
)
# The writer's child is the one pictured ("a boy shared a nude photo of her"): a victim's
# parent, whose reporting answer is the general one.
_CHILD_PICTURED = re.compile(
    r"\b(?:photos?|pics?|pictures?|images?|videos?|nudes?|selfies?) of (?:her|him)\b"
    r"|\b(?:her|his) (?:own )?(?:nudes?|pics?|photos?|pictures?|images?|videos?)\b"
)
_WHERE = re.compile(
    r"\b(?:where|which|what lawyer)\b|\bwho (?:do|can|should|would) (?:i|we) (?:call|ask|see)\b"
    # Session 20 (followups20): "how do we find a cheap lawyer for him", "legal aid".
    r"|\bhow (?:do|can|would|could) (?:i|we) (?:even )?(?:find|get)\b"
    r"|\b(?:cheap\w*|afford\w*|low[- ]cost|legal aid|pro ?bono)\b"
)
_DELETE = re.compile(
    r"\b(?:delete|deleting|deleted|erase|get rid of|wipe|remove)\b[^.!?]{0,30}"
    r"|\bwhat (?:should|do|can|would) (?:he|she|i|we|they) (?:\w+ ){0,2}do with (?:it|them|the"
    r" \w+)\b|\bhow (?:do|can|should) i (?:fix|undo|make (?:this|it) right)\b"
)
_TELL = re.compile(
    r"\b(?:should|do|can|must) i (?:\w+ )?tell (?:(?:my|our|the|his|her) )?(?:parents?|mom|mum"
    r"|dad|family|mother|father)\b|\btell (?:my|our) (?:parents?|mom|mum|dad)\b"
)
_CHARGED = re.compile(
    r"\b(?:charged|arrested|jail|prison|in trouble|press charges|a crime|criminal|illegal"
    r"|against the law|police record|record)\b|\bwhat (?:happens|will happen) (?:to|now)\b"
)
_THEY_CHARGED = re.compile(
    r"\b(?:can|could|will|would|do|does|should) (?:they|them|he|she|those \w+|the (?:kids|boys"
    r"|girls|students|ones?|people|classmates)\w*) (?:\w+ ){0,2}(?:get|be|go) (?:charged"
    r"|arrested|in trouble|punished|to jail)\b"
    r"|\b(?:get|got|put) (?:them|him|her) (?:\w+ )?in trouble\b|\bpress charges\b"
    r"|\bis (?:what|that what) (?:they|he|she) did (?:\w+ )?(?:a crime|illegal|against the law)\b"
    r"|\b(?:is|was) (?:it|that|making (?:it|a fake|fakes?|them)) (?:a crime|illegal)\b"
    r"|\bcharged for (?:making|sharing|doing|posting)\b"
)
_FAKE = re.compile(r"\b(?:fake|fakes|deep ?fakes?|ai|a\.i\.|app|photoshop\w*|edited|generated)\b")
_REMOVAL = re.compile(
    r"\b(?:taken? (?:off|down)|take (?:it|them|the \w+) (?:off|down)|remove[ds]?|removal"
    r"|get (?:it|them|the \w+) (?:off|down|removed|deleted)|off the (?:website|site|internet))\b"
)
_IIPS = re.compile(r"\b(?:protection service|iips|the service|1-833|government (?:line|service))\b")
_ACT_FOR = re.compile(
    r"\b(?:act|speak|apply|ask|do (?:anything|something)|report|file|claim) (?:\w+ )?(?:for"
    r" (?:her|him)|on (?:her|his) behalf|in (?:her|his) place)\b|\bon (?:her|his) behalf\b"
    r"|\bcan i (?:do|act|help)\b|\bwhat can i do\b|\b(?:anything|something) (?:i|we) can do\b"
    r"|\b(?:help|helps) me\b|\bwho can help\b"
    r"|\bi am (?:her|his) (?:husband|wife|partner|son|daughter)\b|\bmy (?:wife|husband)'?s"
)
# Copies on other people's phones (p03, p09): "the other kids still have it on their phones".
_COPIES = re.compile(
    r"\b(?:other |the )?(?:kids?|students?|classmates?|people|friends|boys|girls|teens)"
    r"(?:'s)?\b[^.!?]{0,40}\b(?:have|has|got|kept|keep)\b[^.!?]{0,20}\bon (?:their|his|her)"
    r" (?:phones?|devices?)\b"
    r"|\bon (?:the )?(?:other )?(?:kids'?|students'?|classmates'?|people'?s|their) phones\b"
    r"|\b(?:ask|asking|tell|telling|get|make|have) (?:them|the (?:other )?(?:kids|students"
    r"|classmates)|those (?:kids|students)|everyone) (?:to )?delete\b"
)
_SHARED_CORRECTION = re.compile(
    r"\b(?:it|they|the (?:image|photo|picture|pic)) (?:has|have|was|were) (?:already )?been"
    r" (?:shared|sent|spread|passed around)\b|\bit was shared\b|\bit did get shared\b"
)
_SCHOOL = re.compile(
    r"\b(?:contact(?:ing)?|call(?:ing)?|tell(?:ing)?|talk(?:ing)? to|inform(?:ing)?|go(?:ing)? to"
    r"|email(?:ing)?|involv(?:e|ing)|report(?:ing)? (?:it |this )?to)"
    r" (?:\w+ )?(?:the |her |his |their )?(?:school|principal|teacher|vice principal)\b"
)
_FRIEND_YOUNG = re.compile(
    r"\bmy (?:best )?(?:friend|friends|bestie|buddy)'?s?\b.{0,80}?"
    r"\b(?:s?he'?s|shes|hes|she is|he is|they'?re|theyre) (?:only )?(?:1[0-7])\b"
    r"|\bmy (?:best )?(?:friend|bestie|buddy) \(?(?:is )?(?:1[0-7])\)?"
)
_WHAT_CAN_THEY_DO = re.compile(
    r"\bwhat (?:can|should|could|do) (?:she|he|they|we) (?:even )?do\b"
    r"|\bhow (?:can|do) (?:i|we) help (?:her|him|them)\b"
)
_ADULT_HELPER = re.compile(
    r"\bmy (?:daughter|son|kid|child|student)\b|\b(?:i'?m|im|i am) (?:a |her |his )?(?:mom|mum"
    r"|dad|parent|teacher|counsell?or)\b"
)

# A child's helper's copies and school questions replace only no answer, the answer for images
# only held (p09) and the evidence answer: the school readers' own answers stay (round 10-13).
_CHILD_HELPER_REPLACES = frozenset(
    {
        None,
        "held_not_shared",
        "money_not_shared",
        "evidence_to_police",
        "helper_minor_evidence",
        "confront",  # "do I tell them to delete it?" is no confronting the person who did it
    }
)


def role_kind(
    text: str,
    earlier_texts: list[str],
    earlier_actions: list[str] | None = None,
    kind: str | None = None,
) -> str | None:
    """The kind the writer's role gives the latest message, or None (the kind so far stays)."""
    cleaned = plain_lower(text or "")
    if not cleaned or cleaned.startswith("/"):
        return None
    said = [*earlier_texts, text]
    role = writer_role(said)
    if role is None:
        return None
    given = earlier_actions or []
    first = not earlier_texts
    if role == SELF_SHARER:
        return _self_kind(cleaned, first, given, said)
    if role == SIBLING_SHARER:
        return _sibling_kind(cleaned, first)
    if role == PARENT_SHARER:
        # "will he be charged? should we go to the police?" keeps the charged answer.
        if (
            not first
            and _REPORT_OWN_CHILD.search(cleaned)
            and not _CHARGED.search(cleaned)
            and not any(_CHILD_PICTURED.search(plain_lower(t)) for t in said[-_RECENT:])
        ):
            return PARENT_REPORT
        # "does he need a lawyer?" first keeps helper_script's answer; "which lawyer? where do I
        # find one?" (or the lawyer asked after it) gets where the sources point.
        if _LAWYER_WHERE.search(cleaned) and (
            _WHERE.search(cleaned) or "utter_own_child_lawyer" in given
        ):
            return FAMILY_LAWYER
        return None
    if role == FOR_DECEASED:
        return _deceased_kind(cleaned, first, given)
    if role == YOUNG_VICTIM:
        if _THEY_CHARGED.search(cleaned):
            whole = " ".join(plain_lower(t) for t in said[-_RECENT:])
            return VICTIM_FAKE_CHARGED if _FAKE.search(whole) else VICTIM_OTHERS_CHARGED
        return None
    if role == CHILD_HELPER and kind in _CHILD_HELPER_REPLACES:
        return _child_helper_kind(cleaned, first, given)
    return None


def _self_kind(cleaned: str, first: bool, given: list[str], said: list[str]) -> str | None:
    lawyer = bool(_LAWYER_WHERE.search(cleaned))
    delete = bool(_DELETE.search(cleaned))
    young = _young_writer([plain_lower(text) for text in said])
    if first:
        return SELF_FIRST_YOUNG if young else SELF_FIRST
    if delete and lawyer:
        return SELF_DELETE_LAWYER_YOUNG if young else SELF_DELETE_LAWYER
    if lawyer:
        return SELF_LAWYER_YOUNG if young else SELF_LAWYER
    if delete and _CHARGED.search(cleaned) and "utter_self_sharer_steps" in given:
        return SELF_CHARGED_DELETE
    if _I_SHARED.search(cleaned) or re.search(
        r"\b(?:no|nothing was done to me|not (?:the )?victim|i did it)\b", cleaned
    ):
        # The role corrected or said again ("no im the one who SENT it"): heard, and answered.
        if "utter_self_sharer_steps" in given:
            return SELF_DELETE if delete else SELF_CHARGED
        return SELF_CORRECTED
    if delete:
        return SELF_DELETE
    if _CHARGED.search(cleaned):
        return SELF_CHARGED
    return None


def _sibling_kind(cleaned: str, first: bool) -> str | None:
    delete = bool(_DELETE.search(cleaned))
    tell = bool(_TELL.search(cleaned))
    if _LAWYER_WHERE.search(cleaned) and not first:
        return FAMILY_LAWYER
    if delete and tell:
        return SIBLING_DELETE_TELL
    if delete:
        return SIBLING_DELETE
    if tell:
        return SIBLING_TELL
    if _CHARGED.search(cleaned) or first:
        return SIBLING_CHARGED
    return None


def _deceased_kind(cleaned: str, first: bool, given: list[str]) -> str | None:
    if _IIPS.search(cleaned) and not first:
        return DECEASED_IIPS
    if _REMOVAL.search(cleaned) and not first:
        return DECEASED_REMOVAL
    if first or _ACT_FOR.search(cleaned) or _DIED.search(cleaned):
        return DECEASED
    return None


def _child_helper_kind(cleaned: str, first: bool, given: list[str]) -> str | None:
    if first:
        return None
    copies = bool(_COPIES.search(cleaned))
    if _SHARED_CORRECTION.search(cleaned) and (copies or "utter_copies_on_phones" not in given):
        if any(name.startswith("utter_held") for name in given):
            return COPIES_CORRECTED
    school = bool(_SCHOOL.search(cleaned))
    if school and copies:
        return SCHOOL_COPIES
    if copies and (_DELETE.search(cleaned) or "evidence" in cleaned or "?" in cleaned):
        return COPIES
    if copies and "utter_copies_on_phones" not in given:
        return COPIES
    if school and "?" in cleaned:
        return SCHOOL
    return None


def friend_first_kind(text: str, earlier_texts: list[str]) -> str | None:
    """A young person's first message about a friend under 18 with "what can she do" (p16):
    the friend's answer, never the adult's route wall."""
    if earlier_texts:
        return None
    cleaned = plain_lower(text or "")
    if not (_FRIEND_YOUNG.search(cleaned) and _WHAT_CAN_THEY_DO.search(cleaned)):
        return None
    if _ADULT_HELPER.search(cleaned) or _own_images(cleaned):
        return None
    return FRIEND_FIRST


def reading(
    text: str,
    earlier_texts: list[str],
    earlier_actions: list[str] | None = None,
    kind: str | None = None,
) -> str | None:
    """The role's kind, or a young friend's first message's."""
    return role_kind(text, earlier_texts, earlier_actions, kind) or friend_first_kind(
        text, earlier_texts
    )
