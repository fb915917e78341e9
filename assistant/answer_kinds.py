"""Kinds of message that get a direct answer of their own, whatever the classifier's topic
(issue 16): a threat with nothing shared yet, "should I just pay him", being pressured to
send images, a young person's fears (in trouble? will anyone be told? no one to tell), and a
helper telling of a child asked for images by someone. Plain Python; read from the words, so
no training example is needed (every example reshuffles the classifier).

assistant.nlu.answer_reader marks the message; the InterruptPolicy answers the mark with static
responses (config.yml, `direct_answers`). Crisis and danger always come first: the reader never
marks a message the safety net has claimed.
"""

from __future__ import annotations

import re

from assistant import (
    age_now,
    answer_kinds_who_and_how,
    bot_cannot_contact,
    demand_reading,
    direct_questions,
    fear_reading,
    helper_cases,
    helper_followups,
    helper_reading,
    moving_away,
    next_questions,
    others_reading,
    plain_questions,
    role_followups,
    staff_reading,
    statements,
    writer_framing,
    wrong_topic,
    young_holder,
)
from assistant.adult_age import (
    ADULT_AGE,
    ADULT_AGE_HOME,
    ADULT_SHARED,
    ADULT_THREATENED,
    adult_age_kind,
    adult_threatened_kind,
)
from assistant.answer_kinds_everyday import (
    CHAT_KEPT,
    EVERYDAY_KINDS,
    deletion_asked_about,
    everyday_kind,
    kept_not_deleted,
)
from assistant.answer_kinds_practical import PRACTICAL_KINDS, parent_own_images, practical_kind
from assistant.answer_kinds_sources import FEE, OTHERS_IN_TROUBLE, SOURCES_KINDS, sources_kind
from assistant.answer_kinds_specific import SPECIFIC_KINDS, UNDER_18_IMAGE, specific_kind
from assistant.answer_kinds_subjects import (
    DAMAGES,
    SUBJECT_KINDS,
    damages_question,
    subject_before,
    subject_kind,
)
from assistant.answer_kinds_what_happens import (
    IF_POSTED,
    SCHOOL_TELL,
    WHAT_HAPPENS_KINDS,
    what_happens_kind,
)
from assistant.courtesy import is_bare_complaint, is_closing
from assistant.follow_ups import FOLLOW_UP, is_follow_up
from assistant.home_reading import NO, home_from_text
from assistant.image_kinds import IMAGE_KINDS, image_kind
from assistant.image_words import images
from assistant.plain_text import plain_lower
from assistant.situation_reading import (
    situation_from_text,
    threat_and_no_sharing,
    threat_without_sharing,
)
from assistant.trust_words import trust_rule_question
from assistant.urgent_questions import (
    BLOCK,
    TELL_ANYONE,
    TONIGHT,
    URGENT_KINDS,
    is_leaving,
    pays_in_own_words,
    urgent_kind,
)

# The message attribute (parse data) the reader sets and the InterruptPolicy reads.
DIRECT_ANSWER_KEY = "direct_answer"
THREAT_ONLY = "threat_only"
# Someone under 18 whose coach, teacher or boss threatens to share their images (round 19,
# p27): the young person's answer (trust rule, under-18 images, Cybertip.ca, a safe adult,
# Kids Help Phone), the threat covered, not the adult extortion answer.
TRUST_THREAT_YOUNG = "trust_threat_young"
PAY = "sextortion_pay"
PRESSURED = "pressured_to_send"
IN_TROUBLE = "youth_in_trouble"
WHO_IS_TOLD = "youth_who_is_told"
NO_ONE_TO_TELL = "youth_no_one_to_tell"
CHILD_ASKED = "child_asked_for_images"
# The same, by someone the message names as having trust or authority ("her teacher").
CHILD_ASKED_TRUST = "child_asked_by_person_of_trust"
# "thanks, that's all", "no that's it": a warm end, not "anything else?".
CLOSING = "closing"
# "oh wait, yes actually one more question" read as stop or goodbye (round 22, p29): an invitation
# to ask, not "Okay, we'll stop there" (session 21).
MORE_QUESTION = "more_question"
_MORE_QUESTION = re.compile(
    r"^(?:(?:oh|wait|hold on|hang on|actually|yes|yeah|yep|ok|okay|sorry|um+|hmm+|and|but)\b"
    r"[\s,.!]*)*(?:i (?:have|got|do have) (?:a |one )?|(?:just )?(?:one|1) more |another "
    r"|a (?:quick |last )?|one last )"
    r"(?:quick |last |more )?(?:question|thing|q)\b[\s,.!?]*(?:please|pls|sorry)?[\s.!?]*$"
)
# "that's not what I asked" with no question in it: a sorry and the topics, not "anything else?".
MISSED = "answer_missed"
# The person's own home outside B.C. said with a question the B.C. routes answer ("I live in
# Toronto, he's in Victoria, what can I do?"): the outside-B.C. answer.
HOME_OUTSIDE_BC = "home_outside_bc"
KINDS = (
    CHILD_ASKED,
    TRUST_THREAT_YOUNG,
    PAY,
    THREAT_ONLY,
    IN_TROUBLE,
    NO_ONE_TO_TELL,
    WHO_IS_TOLD,
    PRESSURED,
    *URGENT_KINDS,
    *EVERYDAY_KINDS,
    *PRACTICAL_KINDS,
    *SOURCES_KINDS,
    *SPECIFIC_KINDS,
    *WHAT_HAPPENS_KINDS,
    *SUBJECT_KINDS,
    CLOSING,
    MISSED,
    HOME_OUTSIDE_BC,
    *IMAGE_KINDS,
    FOLLOW_UP,
    ADULT_AGE,
    ADULT_AGE_HOME,
    ADULT_THREATENED,
    ADULT_SHARED,
    *plain_questions.KINDS,
    *answer_kinds_who_and_how.KINDS,
    *fear_reading.KINDS,
    *writer_framing.KINDS,
    *staff_reading.KINDS,
    *young_holder.KINDS,
    *role_followups.KINDS,
    *next_questions.KINDS,
    *direct_questions.KINDS,
    *moving_away.KINDS,
    *statements.FIRST_KINDS,
    *helper_cases.KINDS,
)

# The safety net's, the flows' and the handoff's intents keep their own answers.
KEEP = frozenset(
    {"crisis", "immediate_danger", "stop", "delete_conversation", "request_summary", "resume"}
)
# Asking to be checked, blackmail and the handoff keep their answers (only "should I pay"
# and a child asked for images come before them).
KEEP_FOR_THREATS = frozenset(
    {"check_eligibility", "sextortion", "contact_lawyer", "inform_neither"}
)
# A deepfake, printed copies, a hidden camera or held images (assistant/image_kinds.py): the
# check, blackmail and the handoff keep their answers; "neither" does not.
KEEP_FOR_IMAGES = KEEP_FOR_THREATS - {"inform_neither"}

_IMAGES = images(r"naked \w+")
_HIM = r"(?:him|her|them|this (?:guy|person|man|woman)|the (?:guy|person|man|woman|scammer))"

# "nothing is online yet", "he hasn't posted them yet", "they only said they would".
_THREAT_ONLY = re.compile(
    r"\b(?:nothing|none of (?:it|them))(?:'s| is| has been| has| was)? (?:\w+ )?"
    r"(?:online|posted|out|up|shared|sent)\b[^.!?]{0,20}\byet\b"
    r"|\b(?:hasn't|hasnt|has not|haven't|havent|have not|didn't|didnt|did not) (?:\w+ )?"
    r"(?:posted|shared|sent|leaked|put)\b[^.!?]{0,30}\byet\b"
    r"|\b(?:only|just) (?:a )?(?:threatened|threatening|threats?)\b"
    r"|\b(?:only|just) (?:said|says|saying|told me|telling me) (?:that )?(?:he|she|they|it)"
    r"(?:'ll|'d| would| will| is going| was going| are going|'s going| gonna| might)"
    r"|\b(?:threat|threats|threatening)\b[^.!?]{0,25}\b(?:count|covered|enough)\b"
    r"|\b(?:help|do|stop \w+)\b[^.!?]{0,30}\bbefore (?:he|she|they) (?:actually |really )?"
    r"(?:posts?|shares?|sends?|leaks?)\b"
)
# A threat said with a question whether it counts ("she says she'll post it, is that covered").
_COUNTS = re.compile(r"\b(?:count|counts|covered|enough|matter)\b")
# A correction from "shared" to "only said he would": a doubt about the sharing, then what he
# said ("wait, I'm not sure he posted anything, he only said he would").
_DOUBT_SHARED = re.compile(
    r"\b(?:don'?t|dont|do not|didn'?t) know (?:if|whether) (?:he|she|they|it)\b"
    r"|\bnot sure (?:if |whether |that )?(?:he|she|they|it|anything)\b"
    r"|\b(?:haven'?t|have not|never) seen (?:anything|it|them|any)\b"
    r"|\bnot (?:actually )?(?:posted|shared|online|up)\b"
)
_SAID_WOULD = re.compile(
    r"\b(?:said|says|saying|told me|tells me|texted|threatened)\b[^.!?]{0,30}"
    r"\b(?:would|will|might|could|'ll|'d|gonna|going to)\b"
    r"|\b(?:only|just) threaten\w*\b"
)
# Places other than home words in a short correction ("I said Toronto", "no, Winnipeg").
_HOME_CORRECTION = re.compile(r"^(?:no|nope|but|i said|like i said|again|actually|wait)\b")
# "is it free?" understood as the service's topic keeps that answer.
SERVICE_TOPICS = frozenset({"ask_service", "ask_who_qualifies", "ask_crt"})
# An age corrected in the same breath ("sorry typo im 18 not 15"): the second is taken back.
_AGE_TAKEN_BACK = re.compile(r"\b(?:not|no(?:t)? longer|instead of) \d{1,2}\b")
# The B.C. routes' topics: an outside-B.C. home said with them gets the outside answer.
BC_ROUTE_INTENTS = frozenset(
    {"route_finder", "inform_shared", "inform_threatened", "ask_who_qualifies", "nlu_fallback"}
)

# "should I just pay him", "do I have to pay them", "if I send him the money will it stop".
_MONEY = r"(?:(?:the |any |more |some )?(?:money|ransom|cash|gift ?cards?|bitcoin|crypto)|\$)"
_PAY = re.compile(
    rf"\b(?:should|do|must|can|could|shall) i (?:just |really |have to |need to )?"
    rf"(?:pay (?:{_HIM}|up|off|the ransom)|give in)\b"
    rf"|\bshould i (?:just |really )?pay\b(?! for| anything| to)"
    rf"|\b(?:should|do|must) i (?:just |really )?(?:have to |need to )?(?:send|give)"
    rf" (?:{_HIM} )?{_MONEY}"
    rf"|\bif i (?:just )?(?:pay|send|give) (?:{_HIM}|{_MONEY})\b[^.!?]{{0,40}}"
    rf"\b(?:stop|delete|leave|go away)"
    rf"|\bpay (?:him|her|them) (?:off|so (?:it|he|she|they))\b"
    rf"|\b(?:stop|go away|delete \w+|leave me alone)\b[^.!?]{{0,20}}\bif i (?:just )?pay\b"
    rf"|\bwhat if i (?:just )?pay\b|\bis paying (?:{_HIM} )?(?:a good idea|worth it|smart)"
    # "should i send another so he leaves me alone" (round 17, p16, a 13-year-old): more images
    # to make it stop is the same question; the answer says don't send more.
    rf"|\b(?:should|do|can|could|if) i (?:just )?(?:send|give) (?:{_HIM} )?(?:another|one more"
    rf"|more|a few more|the (?:pic|pics|photo|photos|video)s?)\b(?: \w+)?[^.!?]{{0,30}}"
    rf"\b(?:stop|stops|leave|leaves|go away|goes away|delete|deletes|back off|done)\b"
)
# Money named, then "should I give/send it": the same question.
_MONEY_NAMED = re.compile(rf"{_MONEY}|\bdollars\b")
_GIVE_IT = re.compile(
    r"\b(?:should|do|must) i (?:just |really )?(?:have to |need to )?(?:pay|give|send)"
    r" (?:it|that|them|him|her)\b"
)

# "he keeps asking for pics", "she gets angry when I say no", "pressuring me to send nudes".
# "he gets mad when I say no": pressure here, and plain46's answer when a guilt trip comes with it.
ANGRY_AT_NO = (
    r"\b(?:gets?|getting|got|is|goes) (?:really |so |super )?(?:mad|angry|upset|pissed|mean|cold)"
    r"(?: at me)? (?:when|if|whenever|because|cause|cuz|for) (?:i )?(?:say no|said no|don'?t"
    r"|won'?t|refuse|didn'?t|do not|will not|not sending)"
)
_PRESSURED = re.compile(
    rf"\b(?:keeps?|kept|keep on|won'?t stop|wont stop|always|constantly|still)"
    rf" (?:on )?(?:asking|begging|bugging|pestering|pressuring|pushing|nagging|harassing)"
    rf"(?: me)?(?: for| to (?:send|take|show))\b[^.!?]{{0,25}}\b(?:{_IMAGES}|more|them|it)\b"
    rf"|\b(?:pressur\w+|guilt[- ]?trip\w*|forcing|begging|harassing) me\b[^.!?]{{0,30}}"
    rf"\b(?:send|for|take|show)\b[^.!?]{{0,20}}\b{_IMAGES}"
    rf"|{ANGRY_AT_NO}"
    rf"|\bif (?:i|you) (?:really )?(?:loved?|cared about|trusted) \w+[^.!?]{{0,30}}"
    rf"\b(?:send|{_IMAGES})"
    rf"|\bwon'?t (?:leave me alone|let it go|drop it)\b[^.!?]{{0,30}}\b(?:send\w*|{_IMAGES})"
    rf"|\b(?:don'?t|do not) want to send\b[^.!?]{{0,60}}\b(?:keeps?|won'?t stop|pushing"
    rf"|pressur\w*|angry|mad|begging|insist\w*)"
    rf"|\b(?:do|should|must) i (?:have to |need to )?send (?:him|her|them|my (?:bf|gf|boyfriend"
    rf"|girlfriend|partner)) (?:\w+ )?{_IMAGES}"
    rf"|\basks? (?:me )?for {_IMAGES} (?:all the time|every day|constantly|non ?stop)"
    # Round 45 p31: "a guy asked me for pics" (the consent list came, with no step to take).
    rf"|^(?:(?:hi|hey|um|so|ok)[,.!]* )*(?:a|some|this|one|an?) (?:guy|man|boy|person|dude|girl"
    rf"|woman|older guy|adult|stranger|someone)(?: online| i met online| on \w+)? (?:asked|asks"
    rf"|is asking|wants|wanted) me (?:for (?:a |some |my )?|to send (?:him |her |them )?"
    rf"(?:a |some |my )?){_IMAGES}[.!?]*$"
)
# "he'll break up with me if I don't send one": pressure, not a threat to share.
_BREAK_UP = re.compile(
    r"\b(?:break up|dump me|leave me)\b[^.!?]{0,30}\bif i (?:don'?t|won'?t|do not) send"
)

# First person only: "can he go to jail" is the law question.
_IN_TROUBLE = re.compile(
    r"\b(?:am i|will i|would i|could i|can i|i'?m|i am|i will|i'll|do i) (?:\w+ )?"
    r"(?:be |get |going to be |gonna be |gonna get |going to get )?"
    r"(?:in trouble|arrested|charged|punished|expelled|suspended)\b"
    r"|\b(?:will|would|could|can) (?:the police|the cops|police|cops|they) (?:\w+ )?"
    r"(?:arrest|charge) me\b"
    r"|\bis (?:this|it) (?:all )?my fault\b"
    r"|\b(?:am i|will i|would i|could i|can i) (?:\w+ ){0,2}go(?:ing)? to (?:jail|juvie|prison)\b"
    r"|\bdid i (?:do|break) (?:something|anything) (?:illegal|wrong|against the law)\b"
)

_PEOPLE = (
    r"(?:mom|mum|mother|dad|father|parents?|family|guardians?|foster \w+|teachers?|school"
    r"|principal|friends|the police|police|cops)"
)
_FAMILY = rf"(?:{_PEOPLE}|anyone|anybody|someone)"
# "will you tell my mom", "will he find out if I call", "do my parents have to know".
_WHO_IS_TOLD = re.compile(
    # "r u gonna tell my mom" (round 63 p16: the safety check-in and the topics).
    rf"\b(?:will|would|do|does|are|is|can|r) (?:you|u|they|the (?:lawyer|service|bot))"
    rf" (?:\w+ ){{0,2}}(?:tell|inform|report me to|going to tell|gonna tell)"
    rf" (?:my |the )?{_FAMILY}\b"
    # "no i mean will YOU tell her. like this chat" (round 30 p15: the lawyer letter twice).
    rf"|\b(?:will|would) (?:you|u) (?:\w+ )?(?:tell|inform) (?:her|him|them)\b(?! to\b)"
    rf"|\b(?:will|would|do|does) (?:you|u|they|the (?:lawyer|service|bot))"
    rf" (?:\w+ ){{0,2}}(?:call|contact) (?:my |the )?{_PEOPLE}\b"
    rf"|\b(?:will|would|could|can|does|do) (?:he|she|they|my ex|my \w+|the guy|him) "
    rf"(?:\w+ )?(?:find out|know|be told|get told|hear)\b[^.!?]{{0,30}}\b(?:i|me)\b"
    rf"[^.!?]{{0,20}}\b(?:call|called|calling|contact|talk|told|tell|report|apply|use)"
    rf"|\b(?:will|would|do|does) (?:my |the )?{_PEOPLE} (?:\w+ )?(?:find out|have to know"
    rf"|need to know|be told|get told|know)\b"
    rf"|\b(?:will|can|could) (?:my |the )?{_PEOPLE} (?:see|read) (?:this|what i)\b"
    rf"|\b(?:don'?t|do not) want (?:my )?{_PEOPLE} to (?:know|find out)\b"
)


def asks_who_is_told(text: str) -> bool:
    """'will you tell my mom', 'r u gonna tell my mom': who this chat or the service tells."""
    return bool(_WHO_IS_TOLD.search(plain_lower(text)))


# "I can't tell my parents, who can I talk to", "I don't have anyone to talk to".
_HOME = r"(?:mom|mum|mother|dad|father|parents?|family|guardians?|foster \w+|anyone|anybody)"
_NO_ONE_TO_TELL = re.compile(
    rf"\b(?:can'?t|cannot|can not|won'?t|don'?t want to|scared to|afraid to|too scared to"
    rf"|not ready to) (?:tell|talk to|ask) (?:my )?{_HOME}\b"
    rf"|\b(?:i )?(?:have|got) (?:no ?one|nobody) (?:to (?:talk to|tell|turn to)|i can tell)\b"
    rf"|\b(?:i )?(?:don'?t|do not) have (?:anyone|anybody) (?:to (?:talk to|tell|turn to))\b"
    rf"|\b(?:don'?t|do not) want (?:my )?{_HOME} to (?:know|find out)\b[^.!?]{{0,30}}"
    rf"\bwho (?:can|could|do|should|else)\b"
    rf"|\bwho (?:else )?(?:can|could) i (?:talk|turn|go) to\b[^.!?]{{0,30}}\b(?:not|isn'?t|other"
    rf" than|besides|except|instead of)\b[^.!?]{{0,10}}\b{_HOME}"
    # "a grown-up I can talk to who isn't my mom", "someone other than my dad to talk to"
    rf"|\b(?:grown-? ?ups?|adults?|someone|somebody|some ?one|person|people|anyone)(?: else)?"
    rf" (?:i can|i could|to|who i can) (?:talk|turn|go|speak) to\b[^.!?]{{0,30}}\b(?:not|isn'?t"
    rf"|other than|besides|except|instead of)\b[^.!?]{{0,10}}\b{_HOME}"
    rf"|\b(?:grown-? ?ups?|adults?|someone|somebody|some ?one|person)(?: else)? (?:other than"
    rf"|besides|except|who isn'?t|that isn'?t|that's not|who's not|but not) (?:my )?{_HOME}\b"
)

# Someone else's child: "my 11-year-old cousin", "my daughter", "a kid in my class".
_CHILD = (
    r"\b(?:my|our|his|her) (?:\d{1,2}[- ]?(?:year[- ]?old|yrs?[- ]?old|yo|y/o) )?(?:little |younger"
    r" |baby |teenage |teen |step-?|step )?(?:daughter|son|kid|child|cousin|niece|nephew"
    r"|granddaughter|grandson|grandchild|student|foster (?:child|kid|daughter|son)|stepdaughter"
    r"|stepson)s?\b"
    r"|\b(?:my|our|his|her) (?:\d{1,2}[- ]?(?:year[- ]?old|yrs?[- ]?old|yo|y/o) |little |younger"
    r" |baby )"
    r"(?:sister|brother|girl|boy)\b"
    r"|\b(?:my|our|his|her) (?:1[0-7]|[1-9])[- ]?(?:year[- ]?old|yrs?[- ]?old|yo|y/o)\b"
)
# Asking for images (not sharing them, not money: those are the sharing and sextortion answers).
_ASKS = (
    r"\b(?:(?:ask|beg|pressur|push|bug|groom|request|pester|harass)\w*[^.!?]{0,30}"
    r"\b(?:for|send|to take)\b|want\w* (?:him|her|them) to (?:send|take)"
    r"|tr(?:y|ies|ied|ying) to get)"
)
_CHILD_THEN_ASKED = re.compile(rf"(?:{_CHILD})[^.!?]{{0,60}}{_ASKS}[^.!?]{{0,20}}\b{_IMAGES}")
_ASKED_THEN_CHILD = re.compile(
    rf"\b(?:ask|beg|pressur|groom|pester|harass|messag)\w*[^.!?]{{0,30}}(?:{_CHILD})[^.!?]{{0,30}}"
    rf"\b(?:for|to send|send)\b[^.!?]{{0,20}}\b{_IMAGES}"
)
# The speaker is the one asked ("asking me"), or money is asked: not a helper's message.
_NOT_A_HELPER = re.compile(
    r"\b(?:asking|asked|asks|begging|pressuring|wants) me\b|\b(?:money|gift ?cards?|steam"
    r" cards?|dollars|bitcoin|crypto|pay)\b|\$"
)


# A child's spelling of the words the kinds read ("am i gonna get in trubble").
_TYPOS = (
    (re.compile(r"\b(?:trubble|truble|trubel|troble|trouble|trouuble|truoble|trble)\b"), "trouble"),
    (re.compile(r"\b(?:gona|gunna|gonn|gonan)\b"), "gonna"),
)


def _clean(text: str) -> str:
    cleaned = plain_lower(text)
    for typo, word in _TYPOS:
        cleaned = typo.sub(word, cleaned)
    return cleaned


# Money or "unless": blackmail, the sextortion answer's.
_NO_THREATS = re.compile(r"\bno threats?\b")
# A threat of violence is the safety net's, never "a threat counts".
_VIOLENCE = re.compile(
    r"\b(?:kill\w*|hurt\w*|stab\w*|beat\w*|shoot\w*|murder\w*|rape\w*|attack\w*|harm\w*"
    r"|knife|gun|strangl\w*|choke\w*)\b"
)
_DEMAND = re.compile(r"\b(?:unless|or else|pay|money|cash|gift ?cards?|ransom)\b|\$")


def _threat_only(text: str) -> bool:
    if _DEMAND.search(text) or _NO_THREATS.search(text) or _VIOLENCE.search(text):
        return False
    if _THREAT_ONLY.search(text):
        return True
    if threat_without_sharing(text):
        return True
    if _COUNTS.search(text) and threat_and_no_sharing(text):
        return True
    if _DOUBT_SHARED.search(text) and _SAID_WOULD.search(text):
        return True
    # "nothing is online yet, he keeps saying he'll post them": a threat, no sharing.
    return bool(re.search(r"\byet\b", text)) and situation_from_text(text) == "threatened"


def _home_outside_bc(cleaned: str, intent: str | None) -> bool:
    """The speaker's own home outside B.C., said with a B.C.-routes question or as a short
    correction ("I said Toronto"): the eligibility check reads it itself."""
    if intent == "check_eligibility" or home_from_text(cleaned) != NO:
        return False
    short_correction = len(cleaned.split()) <= 8 and _HOME_CORRECTION.search(cleaned)
    return intent in BC_ROUTE_INTENTS or bool(short_correction)


# "is it free or do i pay?", "do i pay for the lawyer or is it free": the service's cost, not a
# demand for money (round 21, p27), unless a demand is named.
_SERVICE_COST = re.compile(r"\b(?:free|cost|costs|fee|fees|price|charge|charged|afford)\b")
_PAY_DEMAND = re.compile(
    r"\b(?:pay (?:him|her|them|up|off|the ransom)|ransom|blackmail\w*|sextort\w*|extort\w*"
    r"|threat\w*|he wants|she wants|they want|demand\w*|gift ?cards?|bitcoin)\b"
)


# "I already pay him 500. Is my money gone?" asks about money paid, not whether to pay (round 67
# p03: "No, don't pay" twice before the answer); "should I pay more?" still asks.
_PAID_MONEY_BACK = re.compile(
    r"\b(?:money|cash|\$ ?\d[\d,]*|\d+ (?:dollars|bucks))\b[^.?!]{0,12}\b(?:gone|lost|back)\b"
    r"|\brefund\w*\b|\bget (?:it|that|them) back\b"
)
_PAY_MORE = re.compile(r"\bpay (?:\w+ )?(?:more|again|another)\b|\bshould i (?:just )?pay\b")


def _pays_asked(cleaned: str) -> bool:
    """ "should I just pay him", "do I give him the money?"."""
    if _SERVICE_COST.search(cleaned) and not _PAY_DEMAND.search(cleaned):
        return False
    if _PAID_MONEY_BACK.search(cleaned) and not _PAY_MORE.search(cleaned):
        return False
    if _PAY.search(cleaned) or (_MONEY_NAMED.search(cleaned) and _GIVE_IT.search(cleaned)):
        return True
    return pays_in_own_words(cleaned)


def _child_asked(text: str) -> bool:
    if _NOT_A_HELPER.search(text) or situation_from_text(text) in {"shared", "threatened"}:
        return False
    if _CHILD_THEN_ASKED.search(text) or _ASKED_THEN_CHILD.search(text):
        return True
    # "one of my students, she's 13", "a 13 year old": however the child is named.
    return helper_reading.child_asked_by_someone(text)


def _ages_only_now_and_then(cleaned: str) -> bool:
    """An adult now who says they were under 18 then, and nothing of a threat or money."""
    if not age_now.adult_now_young_then(cleaned) or len(cleaned.split()) > 16:
        return False
    return situation_from_text(cleaned) is None and not _DEMAND.search(cleaned)


# Answers addressed to someone helping another person (never to a young person's own case).
HELPER_FRAMED = frozenset(
    {
        CHILD_ASKED,
        CHILD_ASKED_TRUST,
        helper_reading.HELPER_MINOR,
        helper_reading.HELPER_ADULT,
        helper_reading.HELPER_MINOR_NEXT,
        *helper_followups.HELPER_MINOR_KINDS,
        *helper_cases.KINDS,
    }
)


# Kinds read from who is writing alone ("I'm a counsellor"), no case told.
_ROLE_ONLY = frozenset({None, helper_reading.HELPER_MINOR_NEXT, helper_reading.HELPER_OTHER})


def answer_kind(text: str, intent: str | None = None) -> str | None:
    """The kind of direct answer a message needs, or None for the classifier's answer. A young
    person's own case is never answered as a helper's (assistant/writer_framing.py)."""
    kind = _answer_kind(text, intent)
    # "You didn't say if I should call the school. Should I?": the question inside the
    # complaint, when it has an answer (assistant/wrong_topic.py).
    asked = wrong_topic.question_in_complaint(_clean(text)) if kind in (None, MISSED) else None
    if asked:
        kind = _answer_kind(asked, intent) or kind
    # "I am writing for my sister, she is very scared of him": the safety lines for her, none
    # aimed at the writer (round 8).
    if kind == fear_reading.FEAR and (
        helper_reading.helped_person(text) or helper_reading.for_someone_else(text)
    ):
        return fear_reading.FEAR_HELPER
    # "im a school counsellor, what does the service do exactly": a role alone is no child's case
    # (session 20: it got the child sexual abuse material block and Cybertip.ca).
    if kind == helper_reading.HELPER_MINOR_NEXT and staff_reading.role_without_case(text):
        kind = staff_reading.role_question_kind(text)
    # "I work at a clinic, testing this", no question: what the assistant answers (a role
    # alone, "I'm a counsellor", is no helper's case).
    if kind in _ROLE_ONLY and intent not in KEEP and staff_reading.only_testing(text):
        return staff_reading.STAFF_TESTING
    # "they're not asking me, it's my grandkid" names the writer only to say it is not them.
    own = writer_framing.writes_of_own_case(text) and not helper_reading.for_someone_else(text)
    # "I am writing about myself, not someone else": never a helper's answer either.
    own = own or writer_framing.says_it_is_me(text)
    if own and kind in HELPER_FRAMED:
        kind = None
    # "a boy at my school sent around a pic i sent him. im 13. am i gonna get in trouble": the
    # helper's answer taken off, their own fear is the "am I in trouble" answer.
    # "boy shared my nude at school. am i in trouble? is that child porn": reassurance first,
    # never the law's section numbers before it.
    if (
        own
        and kind in (None, UNDER_18_IMAGE)
        and intent not in KEEP
        and _IN_TROUBLE.search(_clean(text))
    ):
        return IN_TROUBLE
    # "I'm 14, I sent pics ... I'm scared I'm going to jail": their own trouble, not the
    # answer about other young people who shared.
    replaceable = (None, OTHERS_IN_TROUBLE) if own else (None,)
    if kind in replaceable and intent not in KEEP and writer_framing.fears_own_trouble(text):
        return IN_TROUBLE
    return kind


def _answer_kind(text: str, intent: str | None = None) -> str | None:
    """The kind of direct answer a message needs, or None for the classifier's answer.

    `intent` is the intent the NLU settled on: the safety net's and the flows' own intents
    keep their answers. A message no kind reads may still ask about a subject the classifier's
    topic does not answer (assistant/answer_kinds_subjects.py).
    """
    kind = _kind_from_words(text, intent)
    if intent in KEEP or (text or "").lstrip().startswith("/"):
        return kind
    if kind is None and wrong_topic.interpreter_with_own_case(_clean(text)):
        return wrong_topic.INTERPRETER_OWN_CASE
    if kind is None and wrong_topic.interpreter_asked(_clean(text)):
        return wrong_topic.INTERPRETER  # "I need somebody speak Punjabi", nothing else asked
    if kind is None:
        return subject_kind(_clean(text), intent)
    # Two services compared is not one service's answer; a cost asked with a money worry is
    # the fee's answer before the income one.
    return subject_before(kind, _clean(text), intent) or kind


def _kind_from_words(text: str, intent: str | None) -> str | None:
    cleaned = _clean(text)
    # "how do I clear this from my browser" read as "delete the conversation": the device answer.
    if (
        plain_questions.device_trace(cleaned, intent)
        and intent not in plain_questions.SAFETY_INTENTS
    ):
        return plain_questions.DEVICE_TRACE
    if intent in {"stop", "goodbye", "deny", "affirm"} and _MORE_QUESTION.search(cleaned):
        return MORE_QUESTION
    if intent == "stop" and cleaned:
        # "do I hand over the cash so he stops", "block him or tell him to stop?": a question
        # with a stop word in it, not the end of the form.
        if _PAY.search(cleaned) or pays_in_own_words(cleaned):
            return PAY
        if urgent_kind(cleaned) in {TONIGHT, BLOCK}:
            return urgent_kind(cleaned)
    if intent == plain_questions.DELETE_INTENT and (
        kept_not_deleted(cleaned) or deletion_asked_about(cleaned)
    ):
        return CHAT_KEPT  # "does this chat get stored?" asks, it does not ask to delete
    # "can you just call them for me" (read as asking for a summary): the assistant can't call,
    # and how the writer can (bot_cannot_contact.py). Never over a crisis or danger now.
    called = bot_cannot_contact.contact_asked_kind(cleaned)
    if called and intent not in {"crisis", "immediate_danger"}:
        return called
    if intent in KEEP:
        return None
    if not cleaned or cleaned.startswith("/"):
        return None
    # Fear of the person ("he knows where I live"): the safety answer, before any topic.
    if fear_reading.fears_the_person(cleaned):
        return fear_reading.FEAR
    # A worker testing or asking about the assistant ("I'm a social worker, who qualifies?"):
    # direct answers, not the eligibility questions or a helper's thanks.
    staff = staff_reading.staff_kind(cleaned)
    if staff and staff != staff_reading.STAFF_TESTING:
        return staff
    # "someone airdropped me a nude of a girl in my class": a young receiver holds it, never a
    # helper's or the victim's answer (assistant/young_holder.py).
    if young_holder.young_receiver(cleaned):
        return young_holder.YOUNG_RECEIVED
    # "my son sent his girlfriend's nudes", "what number do I give a friend who is suicidal":
    # about someone else, never a victim's helper's answer or the intake line
    # (assistant/others_reading.py).
    others = others_reading.others_kind(cleaned)
    if others:
        return others
    # "she'll send my pics to my boss unless I sign the house over": neither money nor images
    # (assistant/demand_reading.py).
    demand = demand_reading.demand_kind(cleaned)
    if demand:
        return demand
    # Round 12: a spouse's sharing asked about, a young person asked for images read as
    # blackmail, an adult's own age with blackmail, own images shared told plainly
    # (assistant/statements.py).
    first = statements.first_message_kind(cleaned, intent)
    if first and not (
        first in {statements.ADULT_SEXTORTION, statements.ADULT_PAID} and _pays_asked(cleaned)
    ):
        return first
    # "I need somebody speak Punjabi", "how do I stop her before she sends them", a threat told
    # with "can I get a free lawyer?": never a neighbouring topic's stock answer
    # (assistant/wrong_topic.py).
    # Blackmail, the check and the handoff keep their answers to a threat.
    wrong = wrong_topic.wrong_topic_kind(cleaned, intent)
    if wrong and not (wrong in wrong_topic.THREAT_KINDS and intent in KEEP_FOR_THREATS):
        return wrong
    # "my friend (30) has a coworker pressuring her for pics": an adult asked for images, told
    # by a helper: the pressure answer for them, never "your images" or an age quiz
    # (assistant/helper_cases.py, round 12).
    asked = helper_cases.helper_adult_asked(cleaned)
    if asked:
        return asked
    # "my wife's ex says he'll post her pics, does a threat count?": threats are covered, said
    # to a helper, whatever the classifier's topic (blackmail, the check, a helper's list).
    if helper_reading.helper_threat_counts(cleaned):
        return helper_reading.HELPER_THREAT
    # A helper tells of a child being blackmailed: what to do for the child, whatever the
    # helper's own age (never the steps addressed to the victim).
    if helper_followups.helper_minor_blackmail(cleaned):
        return helper_followups.HELPER_MINOR_BLACKMAIL
    # Someone else's images held with someone under 18 ("the pics my gf sent me, we're both
    # 14"): never show or forward them, never the evidence answer (assistant/young_holder.py).
    if young_holder.young_holder(cleaned):
        return young_holder.YOUNG_HOLDS_IMAGES
    # The same with adults only ("my girlfriend wants to break up and I have her pics"): keep
    # them private, never share or threaten; never the victim's routes (young_holder.py).
    if young_holder.adult_holder(cleaned):
        return young_holder.ADULT_HOLDS_IMAGES
    # "can I still get help after I move to Ontario?": the move, not the check run again on
    # where the person lives now (assistant/moving_away.py).
    moving = moving_away.moving_away_kind(cleaned)
    if moving:
        return moving
    # An adult now, pictured under 18 ("from when I was a minor, I'm 20"): the under-18 routes.
    under_18_then = helper_reading.images_taken_under_18(cleaned)
    if not under_18_then and _ages_only_now_and_then(cleaned):
        return helper_reading.TAKEN_UNDER_18  # "I'm 18 now, it was when I was 17"
    # "im 18 not 15": the age taken back is no age of anyone's.
    uncorrected = _AGE_TAKEN_BACK.sub("", cleaned)
    # "I called 911, they're on their way": "911" is no age (assistant/answer_kinds_who_and_how.py).
    no_age = under_18_then or answer_kinds_who_and_how.police_coming(cleaned)
    adult = None if no_age else adult_age_kind(uncorrected, intent)
    adult = adult or (None if no_age else adult_threatened_kind(uncorrected, intent))
    if adult in {ADULT_AGE, ADULT_AGE_HOME} and helper_reading.asked_for_images(cleaned):
        adult = None  # "he keeps asking me for nudes, I'm 27": asked, nothing sent or shared
    if adult in {ADULT_AGE, ADULT_AGE_HOME} and asks_beside_facts(cleaned):
        # "should i tell my parents before he does? im 20 and i live in abbotsford" (round 18,
        # p12): the question is answered; the age and home are kept for later (slots, texts).
        adult = None
    if adult:
        return adult  # an adult's own age: never the answers for young people
    if is_closing(cleaned) or is_leaving(cleaned):
        return CLOSING
    # "ok, I'll ring the protection service tomorrow, thanks": a warm close, not the fallback,
    # "I'm still here" or the contact block again (assistant/next_questions.py).
    if next_questions.plan_close(cleaned):
        return next_questions.PLAN_CLOSE
    # "a minimum time I have to live in BC?", "is it going to be okay?", "who can she call for
    # her safety?", "anyone who can help if he hasn't shared them?" (assistant/direct_questions.py)
    direct = direct_questions.direct_question_kind(cleaned)
    if direct:
        return direct
    if is_bare_complaint(cleaned):
        return MISSED
    if is_follow_up(cleaned):
        # "and if he does post them?" has its own answer, whatever the topic before it.
        if what_happens_kind(cleaned, intent) == IF_POSTED:
            return IF_POSTED
        return FOLLOW_UP  # answered from the topic before it, when that topic has a next step
    parent_story = parent_own_images(cleaned, situation_from_text(cleaned))
    if parent_story:
        return parent_story  # "he'll show our kids my nudes": the adult's own images
    if _child_asked(cleaned):
        # "her coach asked" is the trust rule; "I'm her teacher" is only who is writing.
        trust = helper_reading.names_others_authority(cleaned)
        return CHILD_ASKED_TRUST if trust else CHILD_ASKED
    if _pays_asked(cleaned):
        # An adult's own age said: no youth-only lines (round 12, assistant/statements.py).
        return statements.adult_pay(PAY, cleaned) or PAY
    # "scared he posts them tonight", "block him or tell him to stop?" (urgent_questions.py)
    urgent = urgent_kind(cleaned)
    if urgent and urgent != TELL_ANYONE:
        return urgent
    plain = plain_questions.plain_kind(cleaned, intent)
    if plain:
        return plain  # "what numbers exactly?", "what is stopncii", "he'll fire me if I tell"
    # "should I warn my kids before she sends it?", "how would I know if it's online?", "is Take
    # It Down free, will the site know?", "an order before the weekend?", "can he report it to
    # X himself?" (assistant/next_questions.py)
    nxt = next_questions.next_question_kind(cleaned)
    if nxt:
        return nxt
    # "should I tell HR", "is there a waitlist", "what if he actually posts it": their own
    # answers (assistant/answer_kinds_what_happens.py); a young person's "should I tell the
    # school" keeps the safe-adult answer.
    follow_up = what_happens_kind(cleaned, intent)
    if follow_up and not (follow_up == SCHOOL_TELL and urgent == TELL_ANYONE):
        return follow_up
    # Before the everyday and sources kinds: "can I report it for her" is not "how do I
    # report", "can I message them to take it down" is not texting a line.
    # Before the practical kinds: "is filming me secretly a crime on its own" is not the
    # hidden-camera answer again, "do I need my parents to get a lawyer" not the contact steps.
    specific = specific_kind(cleaned, intent)
    if specific:
        return specific
    practical = practical_kind(cleaned, intent)
    if practical:
        return practical
    if damages_question(cleaned):
        return DAMAGES  # before "money already paid": "can I get paid damages from him"
    everyday = everyday_kind(cleaned)
    if everyday:
        return everyday
    sources = sources_kind(cleaned)
    if sources and not (sources == FEE and intent in SERVICE_TOPICS):
        return sources
    # After the kinds above, which keep their answers: "give the USB to the cops or keep it?",
    # "can I just phone someone?", "my husband cannot know, is it secret?", "does this cover men?"
    followup = answer_kinds_who_and_how.who_and_how_kind(cleaned)
    if followup:
        return followup
    if urgent == TELL_ANYONE:
        # "I can't tell my parents, who can I talk to" is no one to tell; else kept for a young
        # person only (assistant/helper_context.py).
        return NO_ONE_TO_TELL if _NO_ONE_TO_TELL.search(cleaned) else urgent
    if _home_outside_bc(cleaned, intent):
        return HOME_OUTSIDE_BC
    # Money already paid, read as blackmail by the classifier: the paid answer (don't pay more,
    # report, 9-8-8), not the blackmail block sent again the turn after it.
    if intent == "sextortion" and helper_reading.already_paid(cleaned):
        return helper_reading.ALREADY_PAID
    # "i am 13 and this man asks me for photos" (no threat, no money): being asked, whatever
    # the classifier's topic; the answer needs no one's age.
    if helper_followups.youth_asked_no_ages(cleaned):
        return PRESSURED
    # "my friend might hurt herself, her pics got leaked": the lines for her before any helper's
    # routes (round 12; assistant/helper_cases.py).
    if helper_cases.other_at_risk(cleaned):
        return helper_reading.OTHER_IN_CRISIS
    # A helper writing about someone else, money already paid (assistant/helper_reading.py).
    early = helper_reading.early_kind(cleaned, intent)
    if early == helper_reading.HELPER_MINOR and helper_cases.age_unknown(cleaned):
        return helper_cases.HELPER_AGE_UNKNOWN  # "my cousin's ex posted her video": no age said
    if early:
        return early
    # "my coach has my pics and says he'll show the team, im 16": the young person's answer,
    # whatever the classifier's topic (round 19, p27).
    if (young_trust_threat(cleaned) and not _DEMAND.search(cleaned)) and (
        _threat_only(cleaned) or situation_from_text(cleaned) == "threatened"
    ):
        return TRUST_THREAT_YOUNG
    # "he hasn't done anything with them yet" (neither) still gets the held-images answer.
    image = None if intent in KEEP_FOR_IMAGES or _threat_only(cleaned) else image_kind(cleaned)
    if intent in KEEP_FOR_THREATS:
        # "does it count if he only threatened?": the answer that threats count, before any form.
        if _COUNTS.search(cleaned) and _threat_only(cleaned) and intent != "sextortion":
            return THREAT_ONLY
        return image
    if _threat_only(cleaned):
        return THREAT_ONLY
    if _IN_TROUBLE.search(cleaned):
        return IN_TROUBLE
    if _NO_ONE_TO_TELL.search(cleaned):
        return NO_ONE_TO_TELL
    if _WHO_IS_TOLD.search(cleaned):
        return WHO_IS_TOLD
    late = helper_reading.late_kind(cleaned)
    if late:
        return PRESSURED if late == helper_reading.COERCED else late
    if _BREAK_UP.search(cleaned):
        return PRESSURED
    if (
        _PRESSURED.search(cleaned)
        and situation_from_text(cleaned) not in {"shared", "threatened"}
        and not trust_rule_question(cleaned)
    ):
        return PRESSURED
    return image


# A question of its own beside the facts: a sentence asking something with no age or place in
# it ("should i tell my parents before he does?"), beside "im 20 and i live in abbotsford".
_QUESTION_SENTENCE = re.compile(
    r"(?:^|[.!?]\s*|\b(?:but|and|so|ok|okay)\s+)"
    r"((?:should|can|could|will|would|do|does|is|are|what|how|who|where|when|why|am)\b"
    r"[^.!?]{3,}\?|[^.!?]{6,}\?)"
)
_AGE_OR_PLACE_ONLY = re.compile(
    r"\b\d{1,2}\b|\b(?:live|living|lives|from|in b\.?c\.?|years? old|age)\b"
)


# Questions the age or home itself answers ("does that matter?", "can I still get help?"):
# the age's or eligibility's answer fits them.
_ABOUT_THE_FACTS = re.compile(
    r"\b(?:matter|matters|qualify|eligible|count|counts|too old|too young|old enough|still get"
    r"|get help|use (?:it|this|the service)|apply|help me|is that (?:ok|okay|fine|a problem)"
    r"|does (?:my )?age|what (?:can|should|do) i do|what now|what are my options|what next)\b"
)


def asks_beside_facts(cleaned: str) -> bool:
    """The message asks a question of its own, whose sentence gives no age or home and is not
    about what the age or home changes."""
    for match in _QUESTION_SENTENCE.finditer(cleaned or ""):
        question = match.group(1)
        if not _AGE_OR_PLACE_ONLY.search(question) and not _ABOUT_THE_FACTS.search(question):
            return True
    return False


def young_trust_threat(text: str) -> bool:
    """'my coach has pics of me and says he'll show the team, im 16': the writer is under 18
    and names their own coach, teacher or boss (assistant/trust_words.py)."""
    from assistant.age_parsing import parse_ages
    from assistant.trust_words import names_position_of_trust

    parsed = parse_ages(text)
    return bool(
        parsed.self_stated and parsed.age is not None and parsed.age < 18
    ) and names_position_of_trust(text)
