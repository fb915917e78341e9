"""A helper's and a young person's next questions, read from the words and who is writing
(issue 16, simulated users round 3, kinds 1 and 7). Plain Python, no training examples.

- A parent, grandparent or counsellor's first message about a child being blackmailed ("my
  13 year old is being sextorted for money"): what to do for the child, not the steps
  addressed to the victim ("if you're under 18, tell a safe adult").
- After a helper's answer about a child: "could she be charged?", "parents or police first?",
  "she's afraid the police will be angry", "block him or keep the account?" get the helper's
  answer (the child is not in trouble for what was done to them; who to call, in order),
  never the adult victim's "whether to tell them is your choice" or the offender-side answer.
- A young person who said their age: "is it illegal for him to ask me?", "should I tell my
  parents?", "should I just block him?" get the youth answer (a safe adult, Kids Help Phone).
"""

from __future__ import annotations

import re

from assistant import helper_reading as hr
from assistant.age_parsing import normalise, parse_ages
from assistant.answer_kinds_sources import (
    CHILD_IN_TROUBLE,
    DUTY_TO_REPORT,
    first_person_trouble,
    staff_duty_question,
)
from assistant.image_words import images

HELPER_MINOR_BLACKMAIL = "helper_minor_sextortion"
HELPER_WHO_FIRST = "helper_minor_who_first"
HELPER_TROUBLE_WHO_FIRST = "helper_minor_trouble_who_first"
# Round 10 (p03): "will the boy get in trouble?" from a victim's parent: the young person who
# spread it, not the child (whom "not in trouble for what was done to them" is about).
HELPER_OTHERS_TROUBLE = "helper_minor_others_trouble"
HELPER_OTHERS_TROUBLE_WHO_FIRST = "helper_minor_others_trouble_who_first"
# "Should I call the school first or the police? And will the boy get in trouble?": both parts.
HELPER_OTHERS_TROUBLE_SCHOOL = "helper_minor_others_trouble_school"
HELPER_POLICE_FEAR = "helper_child_police_fear"
HELPER_BLOCK = "helper_minor_block"
# "can police see screenshots? should I take her phone?": keeping evidence for a child.
HELPER_EVIDENCE = "helper_minor_evidence"
# "should I tell her parents, she asked me not to?", "should I confront him?", "should I take
# her tablet away?" from someone helping a child (round 7): a helper's answer, never the adult
# victim's "you don't have to tell anyone" or "the IIPS can contact the person for you".
HELPER_TELL_PARENTS = "helper_minor_tell_parents"
HELPER_CONFRONT = "helper_minor_confront"
HELPER_DEVICE = "helper_minor_device"
HELPER_CONFRONT_DEVICE = "helper_minor_confront_device"
YOUTH_ASKED_ILLEGAL = "youth_asked_illegal"
YOUTH_TELL_PARENTS = "youth_tell_parents"
YOUTH_BLOCK = "youth_block"
HELPER_FOLLOW_UPS = frozenset(
    {
        HELPER_WHO_FIRST,
        HELPER_TROUBLE_WHO_FIRST,
        HELPER_OTHERS_TROUBLE,
        HELPER_OTHERS_TROUBLE_WHO_FIRST,
        HELPER_OTHERS_TROUBLE_SCHOOL,
        HELPER_POLICE_FEAR,
        HELPER_BLOCK,
        HELPER_EVIDENCE,
        HELPER_TELL_PARENTS,
        HELPER_CONFRONT,
        HELPER_DEVICE,
        HELPER_CONFRONT_DEVICE,
    }
)
# Marks that show the writer helps a child (for the next message's reading).
HELPER_MINOR_KINDS = HELPER_FOLLOW_UPS | {HELPER_MINOR_BLACKMAIL, CHILD_IN_TROUBLE}
YOUTH_KINDS = frozenset({YOUTH_ASKED_ILLEGAL, YOUTH_TELL_PARENTS, YOUTH_BLOCK})

_IMAGES = images(r"naked \w+")
# "my boy is 13", "our little girl": a child, as helper_reading's child words.
_MY_BOY = re.compile(
    r"\b(?:my|our) (?:\d{1,2}[- ]?(?:year[- ]?old|yo) )?(?:little |baby )?(?:boy|girl)\b"
)
# A threat with no demand is helper_reading's (the child-exploitation answer for a helper).
_BLACKMAIL = re.compile(r"\b(?:blackmail|sextort|extort)\w*")
# A demand with the images as the lever: "wants money or he posts her pics", "unless she sends".
_DEMAND = re.compile(
    r"\b(?:unless|or (?:else|he'?ll|she'?ll|they'?ll|he will|she will|they will|he posts"
    r"|she posts|they post))\b|\$|\b(?:money|dollars|bucks|gift ?cards?|bitcoin|crypto|pay)\b"
    # "now they want more or they say they'll send them to his school" (round 11, p35).
    r"|\bwant(?:s|ing)? (?:\w+ )?more\b|\bor (?:else )?(?:they|he|she) (?:say|says|said)\b"
)
_LEVER = re.compile(rf"\b(?:post|share|send|leak|expose|spread|show)\w*|{_IMAGES}")

_THIRD = r"(?:he|she|they|him|her|them|my \w+|the (?:child|kid|student|girl|boy))"
# "They" may be the people who did it ("will they be charged?"): the child only by he or she.
_CHILD_REF = r"(?:he|she|him|her|my \w+|the (?:child|kid|student|girl|boy))"
_BOY = re.compile(r"\b(?:son|boy|nephew|grandson|brother|stepson|he|his|him|himself)\b")
_GIRL = re.compile(r"\b(?:daughter|girl|niece|granddaughter|sister|stepdaughter|she|her|herself)\b")
_TROUBLE = (
    r"(?:in trouble|charged|arrested|a record|criminal record|to jail|to juvie|punished"
    r"|expelled|suspended|blamed|prosecuted|charges)"
)
_CHILD_TROUBLE = re.compile(
    rf"\b{_CHILD_REF}\b(?:'s|'ll| is| are| be| could| would| will| might| get| gets| going to"
    rf"| gonna|[^.!?]{{0,30}})\b[^.!?]{{0,25}}\b{_TROUBLE}"
    rf"|\b(?:charge|arrest|punish|blame|prosecute)s? (?:him|her|my \w+)\b"
)
_WHO_FIRST = re.compile(
    r"\bwhich (?:number|line|one|place)\b[^.!?]{0,30}\b(?:call|first|contact|phone)\b"
    r"|\bwho (?:do|should|can|would) (?:i|we) (?:call|contact|phone|tell|report (?:it |this )?to)"
    r" first\b|\b(?:call|contact|tell|phone|do) first\b"
    r"|\b(?:parents?|police|cops|school|mom|mum|dad|family)\b[^.!?]{0,25}\bor\b[^.!?]{0,25}"
    r"\b(?:parents?|police|cops|school|mom|mum|dad|family)\b[^.!?]{0,25}\bfirst\b"
    r"|\b(?:call|contact|tell|go to|phone|report (?:it )?to)\b[^.!?]{0,40}\bor\b[^.!?]{0,30}"
    r"\bfirst\b"
    r"|\bwhat (?:order|comes first|do (?:i|we) do first)\b|\bwhere do (?:i|we) (?:even )?start\b"
    # "WHO DO WE CALL. THE POLICE?" (round 8): who to call, with or without "first".
    r"|\bwho (?:do|should|can|would) (?:i|we) (?:call|contact|phone|report (?:it |this )?to)\b"
    r"|\bwhat(?:'s| is) the first (?:step|thing|call)\b"
    # "tell her parents first or call the police?": the first step named before the "or".
    r"|\b(?:call|contact|tell|phone|talk to|go to|report (?:it )?to)\b[^.!?]{0,30}\bfirst\b"
    r"[^.!?]{0,5}\bor\b"
    r"|\b(?:tell|talk to|call) (?:her|his|their|the (?:child'?s|kid'?s)) (?:parents?|mom|mum|dad"
    r"|family)\b[^.!?]{0,25}\bor\b[^.!?]{0,25}\b(?:police|cops|rcmp|cybertip)"
    r"|\b(?:police|cops|rcmp|cybertip)\b[^.!?]{0,25}\bor\b[^.!?]{0,25}\b(?:tell|talk to|call)"
    r" (?:her|his|their|the (?:child'?s|kid'?s)) (?:parents?|mom|mum|dad|family)\b"
)
_POLICE = re.compile(r"\b(?:police|cops|rcmp|officers?)\b")
# Screenshots, keeping evidence, taking the child's phone.
_EVIDENCE = re.compile(
    r"\bscreen ?shots?\b|\bscreen ?shot\w*|\bevidence\b|\bproof\b"
    r"|\b(?:take|taking|took|confiscat\w*|grab\w*|keep\w*|hold\w*) (?:away )?(?:her|his|their"
    r"|the (?:child'?s|kid'?s)) (?:phone|cell|device|laptop|ipad|tablet)\b"
    r"|\b(?:her|his|their) (?:phone|cell|device) away\b"
    r"|\b(?:delete|erase|wipe) (?:the |her |his |their )?(?:messages|chats?|texts|pics?|photos?"
    r"|account)\b"
)
# "should I tell her parents?", "do I let my sister know?", "she asked me not to tell her mum".
_FAMILY_OF_CHILD = (
    r"(?:(?:her|his|their|the (?:child'?s|kid'?s|girl'?s|boy'?s)) (?:\w+ )?(?:parents?|mom|mum"
    r"|mother|dad|father|family|guardians?|stepdad|stepmom)"
    r"|my (?:sister|brother|sister-in-law|brother-in-law|daughter|son|cousin|son-in-law"
    r"|daughter-in-law)|(?:his|her|their) (?:mom and dad|mum and dad))"
)
_TELL_CHILD_FAMILY = re.compile(
    rf"\b(?:tell|let|inform|talk to|say (?:anything|something) to|call|contact|warn)"
    rf" (?:\w+ )?{_FAMILY_OF_CHILD}\b"
    rf"|\b{_FAMILY_OF_CHILD}\b[^.!?]{{0,30}}\b(?:know|find out|be told)\b"
    rf"|\b(?:asked|begged|told|made) me (?:not to (?:tell|say)|to keep (?:it|this) (?:a )?secret"
    rf"|to promise)\b"
)
# "should I confront him?", "do I message the guy?", "should I go after him myself?"
_CONFRONT = re.compile(
    r"\b(?:confront\w*|go after|track (?:him|her|them) down|call (?:him|her|them) out"
    r"|have (?:a )?word with (?:him|her|them)|tell (?:him|her|them) off"
    # "her" after message or text may be the child: only him or the person named.
    r"|(?:message|msg|text|dm|reply to|write to|contact|threaten|face) (?:him|the (?:guy|man"
    r"|person|creep|predator|account|woman|pervert)|this (?:guy|man|person|creep)))\b"
)
# "should I take her tablet away?", "do I take the ipad off him?", "ban her from her phone?"
_DEVICE = (
    r"(?:phone|cell|cellphone|device|devices|laptop|ipad|tablet|computer|ipod|switch|xbox"
    r"|playstation|console|screen time|internet|wifi|wi-fi|apps?|account|game|games)"
)
_TAKE_DEVICE = re.compile(
    rf"\b(?:take|taking|took|confiscat\w*|grab\w*|remove|removing|ban|banning|limit|limiting"
    rf"|restrict\w*|lock|locking|turn off|shut off|cut off|monitor\w*|check\w*|go through"
    rf"|look through|read)\b[^.!?]{{0,20}}\b(?:her|his|their|the (?:child'?s|kid'?s))"
    rf" (?:\w+ )?{_DEVICE}\b"
    rf"|\b(?:her|his|their) {_DEVICE}\b[^.!?]{{0,15}}\b(?:away|off (?:her|him|them))\b"
    rf"|\bno more {_DEVICE}\b"
    # "what about her tablet, should I take it away?"
    rf"|\b(?:her|his|their) {_DEVICE}\b[^.!?]{{0,40}}\b(?:take|taking|confiscate|remove|keep)"
    rf" (?:it|them) (?:away|off)\b"
    # "what about the game itself, do I take it away from her?", "should I let her keep playing
    # the game?" (round 34 p03).
    rf"|\b(?:the|that) {_DEVICE}\b[^.!?]{{0,40}}\b(?:take|taking) (?:it|that) away\b"
    rf"|\b(?:let|allow) (?:her|him|them) (?:to )?keep (?:playing|using|the)\b"
)
_EVIDENCE_WORDS = re.compile(r"\bscreen ?shot\w*|\bevidence\b|\bproof\b|\b(?:delete|erase|wipe)\b")
_FEAR = re.compile(
    r"\b(?:afraid|scared|worried|terrified|fears?|nervous|frightened|angry|mad|upset|yell"
    r"|judge|blame|don'?t want to|doesn'?t want to|won'?t)\b"
)
_BLOCK = re.compile(
    r"\b(?:should|can|do|could|shall) (?:i|we|she|he|they) (?:just |now |still )?block\b"
    r"|\bblock(?:ing)? (?:him|her|them|the (?:account|guy|person|man|number))\b"
    r"|\bjust block\b|\bkeep the account open\b"
)
_ILLEGAL = r"(?:illegal|against the law|a crime|legal|allowed|ok|okay)"
_ASK_WORD = r"(?:ask|asking|asks|want|wants|request|beg)"
_ILLEGAL_ASK = re.compile(
    rf"\b{_ILLEGAL}\b[^.!?]{{0,30}}\b(?:to|for \w+ to) {_ASK_WORD}\b"
    rf"|\b(?:can|is|are) (?:he|she|they|an adult|a grown ?up|someone|adults|a teacher|a coach)"
    rf" (?:even |legally |allowed to )?(?:ask|asking)\b"
    rf"|\b{_ASK_WORD}\w* (?:me )?(?:for )?(?:that|this|them|{_IMAGES})\b[^.!?]{{0,20}}"
    rf"\b(?:illegal|against the law|a crime)\b"
)
# "is that against the law for him", after the writer told of being asked.
_ILLEGAL_FOR_THEM = re.compile(
    r"\b(?:illegal|against the law|a crime|legal|allowed)\b[^.!?]{0,20}"
    r"\bfor (?:him|her|them|an adult|a grown ?up|someone)\b"
    r"|\b(?:is|isn'?t) (?:that|this|it|what he'?s doing|what she'?s doing)"
    r" (?:\w+ )?(?:illegal|against the law|a crime)\b"
)
_TELL_PARENTS = re.compile(
    r"\b(?:should|do|must|can|could) i (?:\w+ ){0,2}(?:tell|talk to|say anything to)"
    r" (?:my )?(?:parents?|mom|mum|dad|mother|father|family|guardians?|teacher|an adult"
    r"|a grown ?up)\b"
    r"|\b(?:do|will) (?:my )?(?:parents?|mom|mum|dad) (?:have to|need to) know\b"
)


# "I don't want anyone to know": answer_kinds.NO_ONE_TO_TELL (Kids Help Phone, no parents needed).
NO_ONE_TO_TELL = "youth_no_one_to_tell"
_NO_TELL = re.compile(
    r"\b(?:don'?t|dont|do not) want (?:anyone|anybody|people|my \w+|them) to (?:know|find out)\b"
    r"|\b(?:don'?t|dont|do not) want to tell (?:anyone|anybody|my \w+)\b"
    r"|\bkeep (?:it|this) (?:a )?secret\b"
)


def _clean(text: str) -> str:
    return " ".join(normalise(text or "").split())


def helper_minor_blackmail(text: str) -> bool:
    """A helper tells of a child or teen being blackmailed with images ("my granddaughter, 17,
    someone threatens to post her photos unless she sends more")."""
    cleaned = hr.CHILD_AUDIENCE.sub(" ", _clean(text))
    if not cleaned or hr._MINE.search(cleaned):
        return False
    # Round 27 p24: "my friend is being blackmailed ... he'll post her nudes. shes 16": a
    # friend named with her own images is someone else too.
    friend = hr._OTHER_PERSON.search(cleaned) and hr._THEIR_IMAGES.search(cleaned)
    if not (
        hr._CHILD.search(cleaned)
        or _MY_BOY.search(cleaned)
        or hr.for_someone_else(cleaned)
        or friend
    ):
        return False
    if not hr._names_a_minor(cleaned):
        return False
    blackmail = _BLACKMAIL.search(cleaned) or (_DEMAND.search(cleaned) and _LEVER.search(cleaned))
    return bool(blackmail)


def _child_noun(cleaned: str) -> re.Match[str] | None:
    return hr._CHILD.search(cleaned) or _MY_BOY.search(cleaned)


def _other_gender(cleaned: str, earlier_texts: list[str]) -> bool:
    """The pronoun names someone other than the child ("is he" about a daughter: the man who
    did it), read from the first message that named the child."""
    child = next((_clean(t) for t in earlier_texts if _child_noun(_clean(t))), "")
    noun = _child_noun(child)
    if noun is None:
        return False
    boy, girl = bool(_BOY.search(noun.group(0))), bool(_GIRL.search(noun.group(0)))
    says_he = bool(re.search(r"\b(?:he|him|he'?s|he'?ll)\b", cleaned))
    says_she = bool(re.search(r"\b(?:she|her|she'?s|she'?ll)\b", cleaned))
    return (girl and says_he and not says_she) or (boy and says_she and not says_he)


# The young person who did it, named as such: "the boy who spread it", "the kids who shared
# it", "the one who sent it around", "the other kid", "the guy".
_WHO_DID_IT = re.compile(
    r"\b(?:the|that|this|those|these) (?:other )?(?:boys?|girls?|kids?|guys?|students?|teens?"
    r"|classmates?|ones?|people|person)\b (?:who|that)\b[^.!?]{0,20}\b(?:spread|shared|sent"
    r"|forwarded|posted|leaked|passed|showed|did|took|started)\b"
    r"|\b(?:the|that|this) other (?:boy|girl|kid|student|teen|guy)\b"
    r"|\b(?:the|that|this) guy\b"
)
_THE_BOY = re.compile(r"\b(?:the|that|this) boy\b")
_THE_GIRL = re.compile(r"\b(?:the|that|this) (?:girl)\b")


def _other_youth_in_trouble(cleaned: str, earlier_texts: list[str]) -> bool:
    """The trouble asked about is the other young person's: named as the one who did it, or
    "the boy" when the child helped is a girl (and the other way round)."""
    if _WHO_DID_IT.search(cleaned):
        return True
    child = next((_clean(t) for t in earlier_texts if _child_noun(_clean(t))), "")
    noun = _child_noun(child)
    if noun is None:
        return False
    boy, girl = bool(_BOY.search(noun.group(0))), bool(_GIRL.search(noun.group(0)))
    return bool((girl and _THE_BOY.search(cleaned)) or (boy and _THE_GIRL.search(cleaned)))


def helper_child_kind(text: str, earlier_texts: list[str] | None = None) -> str | None:
    """The next message of someone helping a child (known from before): its kind, or None."""
    cleaned = _clean(text)
    if not cleaned or first_person_trouble(cleaned):
        return None
    first = bool(_WHO_FIRST.search(cleaned))
    # "should I confront him? and take her tablet?": both answered, before "she thinks she's in
    # trouble" (the device answer says she is not). "him" about a daughter is the other person
    # here, so these come before the pronoun check below.
    # Asked with screenshots or evidence, the evidence answer (it says the same of the phone).
    device = bool(_TAKE_DEVICE.search(cleaned)) and not _EVIDENCE_WORDS.search(cleaned)
    if _CONFRONT.search(cleaned) and not first:
        return HELPER_CONFRONT_DEVICE if device else HELPER_CONFRONT
    if device and not first:
        return HELPER_DEVICE
    if _other_gender(cleaned, earlier_texts or []):
        return None
    trouble = bool(_CHILD_TROUBLE.search(cleaned))
    other_youth = _other_youth_in_trouble(cleaned, earlier_texts or [])
    if other_youth and re.search(rf"\b{_TROUBLE}", cleaned):
        return HELPER_OTHERS_TROUBLE_WHO_FIRST if first else HELPER_OTHERS_TROUBLE
    if staff_duty_question(cleaned, earlier_texts or []):
        return DUTY_TO_REPORT  # "am I required to report?" after "I'm her teacher"
    if trouble and first:
        return HELPER_TROUBLE_WHO_FIRST
    if first:
        return HELPER_WHO_FIRST
    if _POLICE.search(cleaned) and _FEAR.search(cleaned) and re.search(rf"\b{_THIRD}\b", cleaned):
        return HELPER_POLICE_FEAR
    if trouble:
        return CHILD_IN_TROUBLE
    if _BLOCK.search(cleaned):
        return HELPER_BLOCK
    if _EVIDENCE.search(cleaned):
        return HELPER_EVIDENCE
    if _TELL_CHILD_FAMILY.search(cleaned):
        return HELPER_TELL_PARENTS
    return None


def youth_kind(text: str, earlier_texts: list[str]) -> str | None:
    """The next message of a young person who said they are under 18: its kind, or None."""
    cleaned = _clean(text)
    if not cleaned or hr.asks_to_send(cleaned):
        return None
    if _ILLEGAL_ASK.search(cleaned):
        return YOUTH_ASKED_ILLEGAL
    asked_before = any(
        hr.asked_for_images(t) or re.search(rf"\b{_ASK_WORD}\w*\b", _clean(t))
        for t in earlier_texts[-3:]
    )
    if asked_before and _ILLEGAL_FOR_THEM.search(cleaned):
        return YOUTH_ASKED_ILLEGAL
    if _TELL_PARENTS.search(cleaned):
        return YOUTH_TELL_PARENTS
    if _NO_TELL.search(cleaned):
        return NO_ONE_TO_TELL
    if _BLOCK.search(cleaned):
        return YOUTH_BLOCK
    return None


_ASKED = re.compile(rf"\b(?:ask|beg|want|pressur|push|request)\w*\b[^.!?]{{0,30}}{_IMAGES}")


_LEGAL_QUESTION = re.compile(r"\b(?:legal|illegal|allowed|ok|okay|against the law|consent)\b")


def _youth_asked(cleaned: str) -> bool:
    parsed = parse_ages(cleaned)
    if not parsed.self_stated or parsed.age is None or parsed.age >= hr.ADULT_AGE:
        return False
    return bool(_ASKED.search(cleaned) or hr.asked_for_images(cleaned))


def youth_asked_in(text: str) -> bool:
    """ "I'm 15 and my teacher asked for nudes", "im 13, a 22 year old wants pics": the writer,
    under 18, is asked for images by someone with trust or authority, or by an adult (not a
    boyfriend of their own age: no "report them")."""
    cleaned = _clean(text)
    if not _youth_asked(cleaned):
        return False
    other = parse_ages(cleaned).other_age
    return hr.names_others_authority(cleaned) or (other is not None and other >= hr.ADULT_AGE)


def youth_asked_no_ages(text: str) -> bool:
    """ "i am 13 and this man asks me for photos": under 18, asked, no other age and no one in
    authority named; the answer (you never have to send anything) needs no age questions."""
    cleaned = _clean(text)
    if not _youth_asked(cleaned) or hr.names_others_authority(cleaned):
        return False
    # A boyfriend's age, or "is that legal?": the age check's question.
    if not hr._ADULT_ASKER.search(cleaned) or _LEGAL_QUESTION.search(cleaned):
        return False
    parsed = parse_ages(cleaned)
    return parsed.other_age is None and len(parsed.unassigned) <= 1
