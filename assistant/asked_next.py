"""A specific follow-up question that got a stock block: "My answer just above is what the
information I have says", the block before again, or a neighbour's text (issue 16, simulated
users round 10, kind 1). Plain Python, no Rasa imports; read from the words and the turns
before, never from training examples. Each kind is answered from the sources, or with what
they don't say and who can tell:
- "what's the first step after I phone?": the intake steps (`AFTER_CALL`).
- "what if the site doesn't remove it?": the tribunal's order and the IIPS (`SITE_REFUSES`).
- "how do I apply for the order?" (and "do I need a lawyer for it?"): the tribunal's first
  step (`ORDER_APPLY`, `ORDER_APPLY_LAWYER`).
- "do I have to go to police? and who do I call for the free lawyer": both parts
  (`POLICE_AND_LAWYER`).
- "who do I report my manager to?": police, Cybertip.ca for young people, and that the sources
  don't cover workplaces (`REPORT_WHO`).
- "can the police in Vancouver do anything, I live in Alberta?": what the sources say and don't
  (`POLICE_WHERE`).
- "you said 24 hours, by who?", "who keeps it? the lawyers?": this assistant keeps it; the
  service's confidentiality is the service's (`WHO_KEEPS`).
- "i'm 22 btw. anything else i should do": a question, not thanks (`WHAT_ELSE`, or the adult
  routes when an adult age comes with it).
- "should I move out?": the sources don't cover housing; safety lines; the lawyer (`HOUSING`).
- "hello? you didn't answer" right after one of these: sorry, and the point (`MISSED_PREFIX`).
"""

from __future__ import annotations

import re

from assistant.adult_age import ADULT_AGE, own_adult_age_only
from assistant.answer_kinds_specific import SHOWING_COUNTS
from assistant.answer_kinds_subjects import MUST_REPORT
from assistant.follow_ups import FOLLOW_UP
from assistant.plain_text import plain_lower

AFTER_CALL = "after_call_steps"
SITE_REFUSES = "site_refuses_removal"
ORDER_APPLY = "order_apply"
ORDER_APPLY_LAWYER = "order_apply_lawyer"
POLICE_AND_LAWYER = "police_and_lawyer_contact"
REPORT_WHO = "report_who"
POLICE_WHERE = "police_where"
WHO_KEEPS = "who_keeps_chat"
WHAT_ELSE = "what_else_to_do"
HOUSING = "housing_not_covered"
MISSED_PREFIX = "missed_again:"

_OWN: dict[str, list[str]] = {
    AFTER_CALL: ["utter_what_to_expect", "utter_what_to_expect_more"],
    SITE_REFUSES: ["utter_site_refuses"],
    ORDER_APPLY: ["utter_crt_start"],
    ORDER_APPLY_LAWYER: ["utter_crt_lawyer"],
    POLICE_AND_LAWYER: ["utter_must_report", "utter_contact"],
    REPORT_WHO: ["utter_report_who"],
    POLICE_WHERE: ["utter_police_where"],
    WHO_KEEPS: ["utter_who_keeps_chat", "action_what_is_kept", "utter_who_keeps_chat_next"],
    WHAT_ELSE: ["utter_own_case_general"],
    HOUSING: ["utter_housing_not_covered"],
}
# "you didn't answer" right after one of these questions: a sorry, then its answer again
# (said again on purpose: the repeat guard leaves these alone).
ANSWERS: dict[str, list[str]] = {
    **_OWN,
    **{MISSED_PREFIX + kind: ["utter_sorry_the_point", *seq] for kind, seq in _OWN.items()},
}
KINDS = tuple(ANSWERS)
SAID_AGAIN = frozenset(MISSED_PREFIX + kind for kind in _OWN)
# Asked again in other words right after its answer ("who keeps it? the lawyers?" after "by
# who?"): the point in a short line, not the retention line alone.
SHORT_AGAIN = {
    WHO_KEEPS: ["utter_who_keeps_chat_again"],
    # "you didnt answer, should i tell my parents myself?" right after the warning answer (round
    # 18, p12): the point plainly, not "my answer above is all I have".
    "warn_before_sent": ["utter_warn_before_sent_again"],
    # "but will u tell my mom??" right after the answer (round 54 p16, once "r u gonna tell my
    # mom" got it first): the point plainly, not the storage line alone.
    "youth_who_is_told": ["utter_who_is_told_again_young"],
    "who_is_told_adult": ["utter_who_is_told_again"],
}
# The kinds another reader gave these questions in round 10 (the showing answer again, "you
# don't have to report" alone, the retention text again, "and if ...?" read as the topic's next
# step): these readings replace them.
REPLACES = frozenset({SHOWING_COUNTS, MUST_REPORT, "chat_kept", "chat_kept_youth", FOLLOW_UP})

_ASKS = re.compile(
    r"\?|\b(?:can|could|will|would|should|do|does|is|are|am|how|what|who|whom|where|which"
    r"|any ?thing)\b"
)
_CALL = r"(?:phone|call|ring|contact|email|e-mail|reach|get (?:through|in touch))"
_AFTER_CALL = re.compile(
    rf"\b(?:first|next|1st) (?:step|thing)s?\b[^?.]{{0,30}}\b(?:after|once|when) (?:i|we|you|she"
    rf"|he|they) (?:\w+ )?{_CALL}"
    rf"|\bw(?:h?a|u)t (?:\w+ ){{0,2}}(?:happens|do (?:i|we) do|comes|is next)\b[^?.]{{0,20}}"
    rf"\b(?:after|once|when) (?:i|we|you|she|he|they) (?:\w+ )?{_CALL}"
    rf"|\b(?:after|once|when) (?:i|we) (?:\w+ )?{_CALL}\b[^?.]{{0,40}}\bwhat (?:happens|then"
    r"|next|do (?:i|we) do)\b"
)
_SITE = (
    r"(?:site|website|web site|platform|app|page|forum|they|it|instagram|insta|snapchat|snap"
    r"|tiktok|facebook|fb|twitter|x|reddit|pornhub|onlyfans|discord|google|youtube|telegram"
    r"|whatsapp|the company|the host)"
)
_REFUSES = re.compile(
    rf"\bwhat (?:if|happens if|about if|do i do if|can i do if|then if)\b[^?]{{0,15}}\b{_SITE}"
    r" (?:\w+ )?(?:doesn'?t|does not|don'?t|do not|won'?t|will not|wont|refuses?|ignores?"
    r"|says? no|never|isn'?t|can'?t|cant)\b(?: \w+){0,2}"
    r"|\bwhat (?:if|happens if|do i do if|can i do if)\b[^?]{0,20}\b(?:doesn'?t|does not"
    r"|don'?t|do not|won'?t|wont|will not|refuses?|ignores?) (?:\w+ ){0,2}(?:take (?:it |them )?"
    r"down|remove|delete|respond|answer|reply|listen|do anything)"
    r"|\b(?:site|website|platform|app) (?:\w+ ){0,2}(?:won'?t|wont|refuses?|ignor\w+|did ?n'?t"
    r"|never) (?:\w+ ){0,2}(?:take (?:it |them )?down|remove|delete|respond|reply|answer)"
)
_ORDER = (
    r"(?:(?:protection |the |an |that |this |a |one of those |one of these )*"
    r"(?:orders?|crt|tribunal|civil resolution tribunal))"
)
_APPLY = re.compile(
    r"\b(?:how|where|what)\b[^?]{0,25}\b(?:apply|ask|file|get|request|start|go|sign up|put in)"
    rf" (?:\w+ )?(?:for|to|with|an?|one|at)? ?{_ORDER}\b"
    rf"|\bhow (?:do|can|would|does) (?:i|we|you|one|she|he) (?:\w+ )?(?:get|apply for|file for"
    rf"|ask for) {_ORDER}"
)
_NEED_LAWYER = re.compile(
    r"\b(?:need|have to (?:have|get|hire)|must (?:have|get)|require) (?:a |an |my own )?"
    r"(?:lawyer|attorney)\b|\bwithout a lawyer\b|\b(?:by|for) myself\b|\bmyself\b"
)
_LAWYER_CONTACT = re.compile(
    r"\b(?:who|what number|which number|what'?s the number|where|how) (?:\w+ ){0,3}"
    r"(?:call|phone|ring|contact|email|reach|number)\b[^?]{0,25}\b(?:the |a |that )?"
    r"(?:free )?"
    r"(?:lawyer|legal (?:advice|help|service)|legal aid|advice service|intake)"
)
_POLICE_WORD = re.compile(r"\b(?:police|cops?|rcmp|report\w*)\b")
_WORK_PERSON = (
    r"(?:manager|boss|supervisor|employer|coworker|co-worker|colleague|coach|teacher|landlord"
    r"|principal|pastor|priest|doctor|tutor|instructor|professor|prof|babysitter|trainer"
    r"|someone at work|a (?:grown ?up|adult)|an adult|him|her|them|this guy|the guy)"
)
_REPORT_WHO = re.compile(
    rf"\b(?:who|whom|where|which (?:place|agency|office))\b (?:\w+ ){{0,3}}report (?:\w+ ){{0,2}}"
    rf"{_WORK_PERSON}\b"
    rf"|\breport (?:my |a |the |this |her |his |our )?{_WORK_PERSON} to (?:who|whom|where)\b"
    r"|\b(?:who|whom|where) (?:do|can|should|could) (?:i|we|she|he) (?:\w+ )?report (?:it |this )?"
    r"(?:to|at)\b(?! (?:police|cops|cybertip|rcmp|the police)\b)"
    r"|\b(?:report|tell) (?:my |a |the |this )?(?:manager|boss|supervisor|coach|teacher)\b"
    r"[^?]{0,30}"
    r"\b(?:somewhere|someone|anywhere|anyone) (?:other|else)\b"
)
_POLICE = r"(?:police|cops?|rcmp|officers?)"
_PLACE_NAMED = re.compile(
    rf"\b{_POLICE} (?:in|from|over in|out in|at|of) (?!(?:my|your|our|the|general|person"
    r"|here|canada|a|an|this|that)\b)[a-z]+"
    rf"|\b{_POLICE} (?:there|where (?:he|she|they|my ex) (?:lives?|is))\b"
    rf"|\b(?:which|what|whose) {_POLICE}\b"
    rf"|\b{_POLICE}\b[^?]{{0,40}}\b(?:even (?:though|if) (?:i|we) (?:live|am|'?m|are)"
    r"|(?:i|we) (?:live|am|'?m|are) (?:in|from) (?!b\.?c|british columbia)[a-z]+"
    r"|(?:another|a different|other) (?:province|city|country))"
    # Round 21 (p18): "calgary or vancouver police?", "police here or in vancouver after i move"
    rf"|\b(?!(?:the|local|real|actual|federal|city|regular)\b)[a-z]+ or [a-z]+ {_POLICE}\b"
    rf"|\b{_POLICE}\b[^?.]{{0,50}}\b(?:here|there|in [a-z]+)\b[^?.]{{0,40}}\bor (?:in |there"
    r"|here|after|when|once|wait)"
)
_WHO_KEEPS = re.compile(
    r"\b(?:by who(?:m)?|who (?:keeps|stores|saves|has|holds|sees|reads|can see"
    r"|can read|gets|owns|looks at) (?:it|this|that|them|my (?:chat|messages|texts)|what i"
    r"|the chat|the messages|this chat|these (?:messages|chats|texts)|the logs)"
    r"|(?:can|do|does|will) (?:the )?(?:lawyers?|government|police|service|staff)"
    r" (?:\w+ )?(?:see|read|get|keep|store|have) (?:this|it|what i|my (?:chat|messages)))\b"
    # "does anyone see these messages", "can anybody read what i type" (session 21); "anyone
    # else" is the who-is-told answer's
    r"|\b(?:can|could|do|does|will|would) (?:any ?one|any ?body|some ?one|some ?body|people"
    r"|staff|your staff|a person|a human|a real person) (?!else\b)(?:\w+ )?(?:see|read)"
    r" (?:this|these|what i|my|our|the (?:chat|messages|conversation|logs))\b"
)
# "if I type his name here does it go to the police?" (round 60 p31: the police answer, then the
# evidence one); "does it go to the police if I tell the lawyer" is the lawyer's confidentiality.
_GOES_TO = re.compile(
    r"\b(?:does|will|would|could|do) (?:it|this|that|what i (?:type|write|say)|my (?:messages"
    r"|chat|answers)|this chat) (?:\w+ )?(?:go|get sent|be sent|be passed|get passed|be shared"
    r"|get shared|be reported|get reported) to (?:the )?(?:police|cops|rcmp|anyone|anybody"
    r"|someone|my (?:school|parents|mom|dad|work))\b"
)
_IN_THIS_CHAT = re.compile(r"\b(?:here|this chat|type|typed|typing|write here|in this)\b")
_LAWYER = re.compile(r"\b(?:lawyers?|intake|legal advice|attorney)\b")
_CHAT_TOPIC = re.compile(
    r"\b(?:type|typed|typing|write|chat|messages?|texts?|saved?|stored?|kept|keeps?|records?"
    r"|24 hours|hours|lawyers?|government|logs?)\b"
)
_WHAT_ELSE = re.compile(
    r"\b(?:anything|something|what) else (?:(?:i|we) )?(?:should|can|could|need to|have to|must"
    r"|ought to|to) (?:i |we )?(?:do|try|know)\b|\bwhat (?:else|now|next) (?:should|can|do)"
    r" (?:i|we) do\b|\bany other (?:steps|things i should do)\b"
)
_HOUSING = re.compile(
    r"\b(?:should|do|can|must|shall|would|could) (?:i|we) (?:\w+ ){0,2}(?:move out|move away"
    r"|move house|move somewhere|move elsewhere"
    r"|leave (?:the|my|our) (?:apartment|house|place|home|unit|suite|room)"
    r"|find (?:a new|another|somewhere else|a different) (?:place|apartment|home|room)"
    r"|break (?:my|the|our) lease|kick (?:him|her|them) out|evict (?:him|her|them))\b"
    r"|\b(?:have to|need to) (?:move out|move away|leave (?:my|the|our) (?:apartment|house|place"
    r"|home))\b"
)
_DIDNT_ANSWER = re.compile(
    r"^(?:(?:hello|hi|hey|um+|uh+|so|ok|okay|helloo+|excuse me)[\s?!.,]*)*"
    r"(?:you (?:didn'?t|did not|never|still didn'?t|still haven'?t|haven'?t) answer(?:ed)?"
    r"(?: (?:me|my question|the question|that|it))?|(?:you'?re|you are|ur) not answering(?: me)?"
    r"|that (?:wasn'?t|was not|isn'?t|is not) (?:an |my )?answer|no answer)[\s?!.,]*$"
)


# The topics whose own answer is a part of the call's steps asked with them ("what happens when
# I call, do I have to tell them everything?"): no mark, that topic answers (a mark would also
# change how the next message on the steps is read).
OWN_TOPIC = {
    AFTER_CALL: frozenset({"ask_details_required", "ask_support_person", "ask_interpreter"})
}
# "does it cost money" with the order: the fee's answer keeps it.
_COST = re.compile(r"\b(?:cost\w*|fees?|free|pay|price|money|afford)\b")


def _asked(cleaned: str, earlier: list[str], lives_outside: bool) -> str | None:
    if not _ASKS.search(cleaned):
        return None
    if _AFTER_CALL.search(cleaned):
        return AFTER_CALL
    if _REFUSES.search(cleaned):
        return SITE_REFUSES
    if _APPLY.search(cleaned) and not _COST.search(cleaned):
        return ORDER_APPLY_LAWYER if _NEED_LAWYER.search(cleaned) else ORDER_APPLY
    if _LAWYER_CONTACT.search(cleaned) and _POLICE_WORD.search(cleaned):
        return POLICE_AND_LAWYER
    if _REPORT_WHO.search(cleaned):
        return REPORT_WHO
    if _PLACE_NAMED.search(cleaned) or (
        lives_outside and re.search(rf"\b{_POLICE}\b", cleaned) and "anything" in cleaned
    ):
        return POLICE_WHERE
    if _WHO_KEEPS.search(cleaned) and _CHAT_TOPIC.search(cleaned):
        return WHO_KEEPS
    if _GOES_TO.search(cleaned) and _IN_THIS_CHAT.search(cleaned) and not _LAWYER.search(cleaned):
        return WHO_KEEPS
    if _WHAT_ELSE.search(cleaned):
        return ADULT_AGE if own_adult_age_only(cleaned) else WHAT_ELSE
    if _HOUSING.search(cleaned):
        return HOUSING
    return None


def asked_kind(
    text: str, earlier_texts: list[str], lives_outside: bool = False, intent: str | None = None
) -> str | None:
    """The kind of one of these questions, or None. "you didn't answer" right after one of
    them is that question's kind said again with a sorry."""
    cleaned = plain_lower(text)
    if not cleaned or cleaned.startswith("/"):
        return None
    earlier = [plain_lower(t) for t in earlier_texts]
    if _DIDNT_ANSWER.search(cleaned) and earlier:
        before = _asked(earlier[-1], earlier[:-1], lives_outside)
        return MISSED_PREFIX + before if before in _OWN else None
    kind = _asked(cleaned, earlier, lives_outside)
    return None if kind and intent in OWN_TOPIC.get(kind, ()) else kind


def short_if_again(kind: str | None, sequence: list[str], previous: list[str]) -> list[str]:
    """`sequence`, or the kind's short line when its answer began the turn before."""
    short = SHORT_AGAIN.get(kind or "")
    return list(short) if short and sequence and sequence[0] in previous else sequence
