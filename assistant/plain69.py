"""Rounds 67-68's unanswered follow-ups (plain69): questions that got a neighbouring topic's
block or "I'd rather not guess" (tests/simulated-users/2026-12-07-round67 and -round68):

- "If someone chats with you over SMS, do the texts stay on their phone?" asked on the web
  (r68 p14: the under-18 images law, then "not sure"): what an SMS thread keeps;
- "do you think it is real? I have no camera", "is this email a scam, should I just ignore
  it?" after a demand for money (r68 p18: the consent list, then "doesn't answer that"): the
  sources can't judge one message; the steps are the same either way;
- "i mean what words do i say to HIM, i don't want to break up", from someone pressured for
  pictures (r68 p29: the consent definition): a short, clear no is enough;
- "if i use take it down does it tell the police or her" (r67 p23: the removal routes twice):
  what the sources say of StopNCII and the IIPS, and that reporting is the writer's choice;
- "so basically i just have to wait and see if it shows up?" (r68 p11: "not sure"): what can
  be done now;
- "I ask if I should report him to HR", right after the workplace's answer (r68 p05: the police
  answer): the point once more, short;
- "and the money? can I get it back", right after the money answer (rounds 20, 47, 63 once the
  money was answered on its first asking: "my answer just above"): plain57's second answer.

Plain functions; the InterruptPolicy asks (assistant/policies/follow_up_readers.py, before
plain67, the patterns narrow). Responses in domain/plain69.yml.
"""

from __future__ import annotations

import re

from assistant.first_kind import first_kind
from assistant.fresh_answers import fresh_or_again
from assistant.plain_text import plain_lower
from assistant.route_form_gate import young_now
from assistant.safety import read_safety

SMS_TEXTS_STAY = "utter_sms_texts_stay"
REAL_OR_NOT = "utter_threat_real_or_not"
WORDS_TO_SAY_YOUNG = "utter_words_to_say_no_young"
WORDS_TO_SAY = "utter_words_to_say_no"
REMOVAL_TELLS_WHO = "utter_removal_tells_who"
WAIT_AND_SEE = "utter_wait_and_see"
WORKPLACE = "utter_institution_work"  # domain/what_happens.yml
WORKPLACE_AGAIN = "utter_institution_work_again"
MONEY_BACK = "utter_money_back"  # domain/practical_answers.yml
MONEY_BACK_AGAIN = "utter_money_back_again"  # domain/plain57.yml

# Asked again right after its answer: the short line, never the same block twice.
AGAIN = {
    REAL_OR_NOT: ["utter_threat_real_or_not_again"],
    WORDS_TO_SAY_YOUNG: ["utter_words_to_say_no_young_again"],
    WORDS_TO_SAY: ["utter_words_to_say_no_again"],
    SMS_TEXTS_STAY: ["utter_sms_texts_stay_again"],
}

_ASKS = re.compile(r"\?|\b(?:can|could|do|does|will|would|should|is|am|are|how|what)\b")

# --- SMS texts on the phone -----------------------------------------------------------------------
# This chat by SMS, never "the text messages he sent" (those are evidence: the older answers).
_BY_SMS = re.compile(
    r"\b(?:sms|by text|over text|via text|texting (?:you|this|the bot))\b"
    r"|\b(?:texts?|text messages?|messages?) (?:from|with|to) (?:you|this (?:bot|assistant|chat"
    r"|service)|the (?:bot|assistant|service|chat))\b"
)
_STAY = re.compile(
    r"\b(?:stay|stays|kept|keep|remain|remains|left|saved|show|shows|see|read|find|delete"
    r"|disappear|history)\b"
)
_ON_PHONE = re.compile(r"\b(?:phones?|apps?|devices?|inbox|messages app)\b")

# --- is the threat real ---------------------------------------------------------------------------
_REAL = re.compile(
    r"\b(?:it|this|that|the email|the message|the threat) (?:is|was) (?:real|a scam|a bluff|legit"
    r"|genuine)\b"
    r"|\b(?:is|was|could) (?:it|this|that|he|she|they)(?: \w+)? (?:real|a scam|just a scam"
    r"|a bluff|bluffing|legit|genuine|lying)\b"
    r"|\b(?:a|just a|likely a|probably a|some kind of) (?:scam|bluff|hoax)\b"
    r"|\bdo (?:they|you think they|he|she) (?:really|actually) have\b"
    r"|\b(?:should|can|could) i (?:just |simply )?ignore (?:it|this|that|the email|him|them)\b"
)
_DEMAND = re.compile(
    r"\b(?:pay|paid|money|dollars|bitcoin|crypto|gift ?cards?|ransom|extort\w*|sextort\w*"
    r"|blackmail\w*|threat\w*|\$ ?\d+)"
)

# --- what words to say ----------------------------------------------------------------------------
_WHAT_WORDS = re.compile(
    r"\bwhat (?:words|exactly|actual words)\b[^.?!]{0,25}\b(?:say|tell|text|use)\b"
    r"|\bwhat (?:do|should|can) i (?:actually |even )?(?:say|tell|text)(?: (?:to|back to))?"
    r" (?:him|her|them)\b[^.?!]{0,60}\b(?:stop asking|not (?:to )?break up|don'?t want to"
    r" (?:break up|report|lose))"
    r"|\b(?:don'?t|do not) want to (?:break up|report (?:him|her|them))\b[^?]{0,80}"
    r"\bwhat (?:do|should|can) i (?:say|tell|text)\b"
    r"|\bhow (?:do|should|can) i (?:tell|ask) (?:him|her|them) to stop\b"
)
_PRESSURED = re.compile(
    r"\b(?:ask\w*|beg\w*|want\w*|pressur\w*|keeps? asking|guilt\w*)\b[^.?!]{0,25}\b(?:pics?"
    r"|photos?|pictures?|nudes?|images?|one)\b"
)

# --- does a removal tool tell anyone --------------------------------------------------------------
# "does it tell the police or her" asked of the tool, never "tell him to take it down"; the
# IIPS's own contact with the person has older answers (plain57, plain59).
_TOOL = re.compile(r"\b(?:take ?it ?down|stop ?ncii)\b")
_TELLS = re.compile(
    r"\b(?:does|do|will|would|could|can|is) (?:it|they|take ?it ?down|stop ?ncii|the (?:site"
    r"|tool|website|app)|that)(?: \w+)? (?:tell|report|notify|inform|contact|alert|warn|let"
    r"|send)\w*\b[^.?!]{0,20}\b(?:police|cops|rcmp|her|him|them|the person|my ex|the guy"
    r"|the girl|anyone|my parents|mom|dad)\b"
)

# --- telling work, asked again --------------------------------------------------------------------
_TELL_WORK = re.compile(
    r"\b(?:tell|report (?:him |her |it |this |them )?to|go to|talk to|complain to|inform)"
    r" (?:the |my |our )?(?:hr|human resources|manager|boss|employer|supervisor|work)\b"
)

# --- money back, asked again ---------------------------------------------------------------------
_MONEY_BACK_ASKED = re.compile(
    r"\b(?:get|getting|recover|recovering) (?:it|that|them|(?:the |my |our )?(?:money|cash"
    r"|\$ ?\d[\d,]*|\d+(?: dollars| bucks)?))(?: \w+)? back\b|\bmoney back\b|\brefund\w*\b"
    r"|\b(?:is|was) (?:my|the) money gone\b"
)

# --- wait and see ---------------------------------------------------------------------------------
_WAIT = re.compile(
    r"\b(?:just|only) (?:have to |got to |gotta )?wait\b|\bwait and see\b"
    r"|\b(?:do|should) i (?:just )?wait (?:for|until|till|to see)\b"
)
_APPEARS = re.compile(
    r"\b(?:shows? up|turns? up|appears?|pops? up|gets? posted|is posted|online|posts? it"
    r"|leaks?|comes? out)\b"
)


def _sms_texts_stay(cleaned: str, young: bool, told: list[str]) -> list[str] | None:
    if (
        _BY_SMS.search(cleaned)
        and _STAY.search(cleaned)
        and _ON_PHONE.search(cleaned)
        and _ASKS.search(cleaned)
    ):
        return [SMS_TEXTS_STAY]
    return None


# "is it real that the tribunal gives $75,000?" asks about the law, not the threat.
_LAW_WORDS = re.compile(r"\b(?:tribunal|crt|damages|lawyer|service|law|court|deepfakes?|ai)\b")
_WONDERS = re.compile(r"\?|\bdo you think\b|\bignore\b|\bwonder\b|\bnot sure\b")


def _real_or_not(cleaned: str, young: bool, told: list[str]) -> list[str] | None:
    demanded = _DEMAND.search(cleaned) or any(_DEMAND.search(said) for said in told[-3:])
    if (
        demanded
        and _REAL.search(cleaned)
        and _WONDERS.search(cleaned)
        and not _LAW_WORDS.search(cleaned)
    ):
        return [REAL_OR_NOT]
    return None


def _words_to_say(cleaned: str, young: bool, told: list[str]) -> list[str] | None:
    pressured = _PRESSURED.search(cleaned) or any(_PRESSURED.search(said) for said in told)
    if pressured and _WHAT_WORDS.search(cleaned):
        return [WORDS_TO_SAY_YOUNG if young else WORDS_TO_SAY]
    return None


def _removal_tells_who(cleaned: str, young: bool, told: list[str]) -> list[str] | None:
    if _TOOL.search(cleaned) and _TELLS.search(cleaned) and _ASKS.search(cleaned):
        return [REMOVAL_TELLS_WHO]
    return None


def _wait_and_see(cleaned: str, young: bool, told: list[str]) -> list[str] | None:
    if _WAIT.search(cleaned) and _APPEARS.search(cleaned) and _ASKS.search(cleaned):
        return [WAIT_AND_SEE]
    return None


# In this order: the first kind that answers wins.
KINDS = (
    _sms_texts_stay,
    _removal_tells_who,
    _real_or_not,
    _words_to_say,
    _wait_and_see,
)


def kind(text: str, earlier: list[str], is_minor: object = None) -> list[str] | None:
    """The answer to one of KINDS, or None."""
    cleaned = plain_lower(text)
    if not cleaned or cleaned.startswith("/"):
        return None
    young = young_now([*earlier[-6:], text], is_minor)
    told = [plain_lower(said) for said in earlier[-6:]]
    return first_kind(KINDS, cleaned, young, told)


def follow_up(
    text: str, previous: list[str], earlier: list[str], is_minor: object = None
) -> list[str] | None:
    """The answer, the short line when the same answer was the turn before's; a message for
    the safety net is left to it."""
    if read_safety(text) is not None:
        return None
    cleaned = plain_lower(text)
    if WORKPLACE in previous and _TELL_WORK.search(cleaned):
        return [WORKPLACE_AGAIN]
    if MONEY_BACK in previous and _MONEY_BACK_ASKED.search(cleaned):
        return [MONEY_BACK_AGAIN]
    return fresh_or_again(kind(text, earlier, is_minor), previous, AGAIN)
