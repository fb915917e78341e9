"""Round 21 kinds 1 (second half) and 4 (answers22): the exact point asked got a neighbouring
answer, or "doesn't answer that" although the sources say it.

- an order not obeyed ("what if he ignores the order", "are there penalties if he doesn't
  obey"): the Civil Resolution Tribunal can order administrative penalties (bc-facts.md); the
  amounts and other enforcement steps are not in the sources, the tribunal can say.
- legal help other than the pilot ("where do I refer a client if the pilot has ended", "other
  legal services, like a clinic"): the IIPS, the CRT, VictimLinkBC and Access Pro Bono's
  Everyone Legal Clinic (low-cost, not free, no contact sourced); no legal aid office named.
- how the service reaches you, when someone checks your phone ("will they call back or leave
  voicemails"): not said; tell intake a safe way and time to reach you.
- police years later ("can I still report him for taking them back then"): you can report; no
  time limit in the sources, the police or a lawyer can say; voyeurism, images of anyone under
  18, a person of trust.

Read in InterruptPolicy._direct_answer first in the block outside forms, never for a safety
intent. Each needs its topic words and a question, so a first message is read too. Plain
functions, no Rasa; responses in domain/answers22.yml.
"""

from __future__ import annotations

import re

from assistant.plain_text import plain_lower
from assistant.practical_next import finds_lawyer

ORDER_IGNORED = "utter_order_ignored"
DAMAGES_NOW = "utter_frame_crt_limit_now"
OTHER_LEGAL_HELP = "utter_other_legal_help"
OTHER_LEGAL_CLINIC = "utter_other_legal_help_clinic"
SAFE_CONTACT = "utter_safe_contact"
SAFE_CONTACT_SUPPORT = "utter_safe_contact_support"
POLICE_YEARS_LATER = "utter_report_years_later"
POLICE_YEARS_LATER_TRUST = "utter_report_years_later_trust"
SAFE_CONTACT_AGAIN = "utter_safe_contact_again"
OTHER_LEGAL_AGAIN = "utter_other_legal_help_again"
# Asked again right after its answer: the point once more, short (never the same block twice).
AGAIN = {
    SAFE_CONTACT: SAFE_CONTACT_AGAIN,
    OTHER_LEGAL_HELP: OTHER_LEGAL_AGAIN,
    OTHER_LEGAL_CLINIC: OTHER_LEGAL_AGAIN,
}
ANSWERS = (
    SAFE_CONTACT_AGAIN,
    OTHER_LEGAL_AGAIN,
    ORDER_IGNORED,
    OTHER_LEGAL_HELP,
    OTHER_LEGAL_CLINIC,
    SAFE_CONTACT,
    SAFE_CONTACT_SUPPORT,
    POLICE_YEARS_LATER,
    POLICE_YEARS_LATER_TRUST,
)

_ASKS = re.compile(
    r"\?|^(?:(?:so|and|but|ok|okay|also|then|yes|yeah|well|thanks|right)[,.]? )*(?:what|how|can"
    r"|could|will|would|do|does|is|are|should|who|where|when|won'?t|wont|isn'?t|if)\b"
    r"|\b(?:i'?m asking|i asked|i want to know|wondering|tell me)\b"
)

# --- 1. an order not obeyed ----------------------------------------------------------------
_DISOBEY = re.compile(
    r"\b(?:ignor(?:e|es|ed|ing)|disobey\w*|defies|defy)(?! (?:me|my|us|you|our|your)\b)\b"
    r"|\b(?:breaks?|breach(?:es|ed|ing)?|violat\w+) (?:the|an|a|that|this|his|her|their) "
    r"(?:\w+ )?order\b"
    r"|\b(?:doesn'?t|does not|didn'?t|did not|won'?t|will not|wont|refuses? to|never)"
    r" (?:obey|follow|comply|listen to|respect|do what)\b"
    r"|\b(?:not|no) (?:obey\w*|follow\w*|comply\w*)\b"
    r"|\benforce(?:ment|d|s)?\b|\bpenalt(?:y|ies)\b|\bin contempt\b"
)
_ORDER = re.compile(r"\b(?:order|orders|tribunal|crt|civil resolution|ruling|decision)\b")
_DAMAGES_MAX = re.compile(
    r"\b(?:max|maximum|most|limit|cap)\b[^?.!]{0,30}\b(?:damages|money|award|claim|5,?000|\$)"
    r"|\b(?:damages|award)\b[^?.!]{0,30}\b(?:max|maximum|limit|cap|5,?000|75,?000)\b"
)


def order_ignored(cleaned: str, previous: list[str]) -> bool:
    """An order not obeyed, asked with an order or the tribunal named here or just answered."""
    if not _DISOBEY.search(cleaned) or not _ASKS.search(cleaned):
        return False
    crt_before = any("crt" in name or "tribunal" in name for name in previous)
    return bool(_ORDER.search(cleaned)) or crt_before


# --- 2. legal help other than the pilot -----------------------------------------------------
_OTHER_LEGAL = re.compile(
    r"\b(?:other|another|different|any other|else) (?:\w+ )?(?:legal (?:services?|help|clinics?"
    r"|support|advice|options?|resources?)|lawyers?|clinics?|law (?:firms?|clinics?))\b"
    r"|\b(?:legal|law) clinics?\b|\blike a clinic\b"
    r"|\b(?:where|who) else (?:do|can|could|should|would) (?:i|we) (?:refer|send|point)\b"
    r"|\b(?:where|who) (?:do|can|could|should|would) (?:i|we) (?:refer|send|point) (?:\w+ ){0,3}?"
    r"(?:instead|if (?:the|it|they|you)|now that|when (?:the|it|they))\b"
    r"|\b(?:best|right|other) (?:place|places|service|services|one) to (?:refer|send)\b"
)
_LEGAL_WORD = re.compile(
    r"\b(?:legal|lawyers?|law|clinics?|advice|refer\w*|pro bono|services?|pilot)\b"
)
# A young person's or a sharer's own lawyer is read elsewhere (writer_role, practical_next).
_NOT_OTHER_LEGAL = re.compile(
    r"\bmy (?:son|daughter|kid|child)\b|\bfor (?:my|our) (?:son|daughter|kid|child)\b"
    # "I work at a community legal clinic": the writer's own job, not a clinic asked for.
    r"|\b(?:work|working|volunteer\w*|i'?m|we'?re|we are) (?:at|for|with|in) (?:a|an|the|our)"
    r" (?:\w+ ){0,3}?(?:clinic|law firm)\b"
    r"|\b(?:i|he|she) (?:shared|posted|sent|forwarded)\b"
)


def other_legal_help(cleaned: str, earlier: list[str]) -> bool:
    if not _OTHER_LEGAL.search(cleaned) or not _LEGAL_WORD.search(cleaned):
        return False
    # Legal aid or a cheap lawyer: practical_next's low-cost answer.
    if finds_lawyer(cleaned, earlier):
        return False
    if not _ASKS.search(cleaned):
        return False
    return not any(_NOT_OTHER_LEGAL.search(plain_lower(t)) for t in [*earlier[-4:], cleaned])


# --- 3. how the service reaches you ---------------------------------------------------------
_REACH_ME = re.compile(
    r"\b(?:call|phone|ring|text|email|e-mail|contact|reach) (?:me )?back\b"
    r"|\bleave (?:me )?(?:a |any )?(?:voice ?mails?|voice ?messages?|messages?|msgs?|vms?"
    r"|texts?)\b|\bvoice ?mails?\b"
    r"|\b(?:call|phone|ring|text|email|contact|reach) (?:me|my (?:phone|cell|number|house|home))"
    r"\b"
    r"|\bhow (?:will|would|do|does|can) (?:they|the (?:lawyer|service|intake \w+|office))"
    r" (?:\w+ )?(?:contact|reach|call|get (?:a )?hold of) me\b"
    r"|\b(?:mail|send|post) (?:me )?the letter\b|\bletter (?:to|at) (?:my|our) (?:house|home"
    r"|place)\b"
)
_SERVICE_REACHES = re.compile(
    r"\b(?:they|them|the (?:lawyer|service|intake|office|coordinator|legal \w+)|legal advice"
    r"|lawyers?|intake|someone from|you guys)\b"
)
# The assistant itself asked to call ("can you call me") is bot_cannot_contact's answer.
_NOT_REACH = re.compile(r"\b(?:can|could|will|would) (?:you|u) (?:call|phone|text|email)\b")
_HIDDEN = re.compile(
    r"\b(?:find out|finds out|see|sees|know|knows|check\w*|goes through|looks? (?:at|through)"
    r"|reads?|hear|hears|notice)\b[^.!?]{0,30}\b(?:phone|messages?|texts?|voice ?mails?|it|mail)?"
    r"|\bnot safe\b|\bsecret\b|\bprivate\b|\bafraid\b|\bscared\b"
)


def safe_contact(cleaned: str, earlier: list[str]) -> bool:
    """How the service will call back or leave messages, asked as a question."""
    if not _REACH_ME.search(cleaned) or _NOT_REACH.search(cleaned):
        return False
    if not _ASKS.search(cleaned) or not _SERVICE_REACHES.search(cleaned):
        return False
    # Someone who may see the phone or mail, said here or before, or voicemail named.
    context = [cleaned, *(plain_lower(t) for t in earlier[-4:])]
    return bool(re.search(r"\bvoice ?mails?\b|\bleave (?:me )?(?:a |any )?\w*", cleaned)) or any(
        _HIDDEN.search(t) for t in context
    )


# --- 4. police years later ------------------------------------------------------------------
_REPORT_POLICE = re.compile(
    r"\b(?:go|going|report\w*|call\w*|tell|contact|press|file)\b[^.!?]{0,25}"
    r"\b(?:police|cops|rcmp)\b"
    r"|\b(?:police|cops|rcmp) report\b|\bpress(?:ing)? charges\b"
    r"|\breport (?:him|her|them|it|this|that)\b"
)
_LONG_AGO = re.compile(
    r"\b(?:\d+|a few|few|many|several|two|three|four|five|six|seven|eight|nine|ten) (?:\w+ )?"
    r"years? (?:ago|later|back|since|have passed)\b"
    r"|\bback then\b|\blong (?:time )?ago\b|\bso long\b|\bafter (?:all )?(?:this|that|so much)"
    r" time\b|\byears later\b|\bold case\b|\btoo late\b|\btime limits?\b|\bstatute\b"
    r"|\b(?:that|it) (?:was|happened) (?:years|ages|a long time)\b"
)
# "will the police charge me for the ones i sent when i was 16" is the writer's own trouble.
_OWN_TROUBLE = re.compile(
    r"\b(?:charge|arrest|punish|fine) me\b|\bi(?:'ll| will| would)? (?:get|be) (?:in )?"
    r"(?:trouble|charged|arrested)\b|\bin trouble\b"
)
_TRUST = re.compile(
    r"\b(?:coach\w*|teacher|instructor|trainer|boss|manager|supervisor|babysitter|doctor"
    r"|priest|pastor|youth (?:leader|worker)|counsell?or|tutor|principal|step ?dad"
    r"|step ?father|uncle|works with (?:kids|children))\b"
)
_UNDER_18_THEN = re.compile(
    r"\bwhen i was (?:1[0-7]|[1-9]|a kid|a teen|little|in (?:high )?school)\b"
    r"|\bat (?:1[0-7]|[1-9])\b|\b(?:1[0-7]|[1-9]) (?:at the time|then)\b"
)


def police_years_later(cleaned: str, earlier: list[str]) -> bool:
    if not _REPORT_POLICE.search(cleaned) or not _LONG_AGO.search(cleaned):
        return False
    if _OWN_TROUBLE.search(cleaned) or not _ASKS.search(cleaned):
        return False
    return True


def police_years_later_answer(cleaned: str, earlier: list[str]) -> list[str]:
    told = " ".join([*(plain_lower(t) for t in earlier[-6:]), cleaned])
    if _TRUST.search(told) and _UNDER_18_THEN.search(told):
        return [POLICE_YEARS_LATER, POLICE_YEARS_LATER_TRUST]
    return [POLICE_YEARS_LATER]


def follow_up(text: str, previous: list[str], earlier: list[str]) -> list[str] | None:
    """The answer to one of the module's kinds, or None. `previous`: the actions of the turn
    before; `earlier`: the person's earlier messages."""
    if not text or text.startswith("/"):
        return None
    cleaned = plain_lower(text)
    found: list[str] | None = None
    if police_years_later(cleaned, earlier):
        found = police_years_later_answer(cleaned, earlier)
    elif order_ignored(cleaned, previous):
        found = [ORDER_IGNORED]
        if _DAMAGES_MAX.search(cleaned) and DAMAGES_NOW not in previous:
            found.append(DAMAGES_NOW)
    elif other_legal_help(cleaned, earlier):
        found = (
            [OTHER_LEGAL_CLINIC]
            if OTHER_LEGAL_HELP in previous
            else [
                OTHER_LEGAL_HELP,
                OTHER_LEGAL_CLINIC,
            ]
        )
    elif safe_contact(cleaned, earlier):
        found = [SAFE_CONTACT, SAFE_CONTACT_SUPPORT]
    if not found:
        return None
    fresh = [name for name in found if name not in previous]
    if fresh:
        return fresh
    again = AGAIN.get(found[0])
    return [again] if again and again not in previous else None
