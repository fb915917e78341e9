"""Rounds 27-28 (stock28): an own-words follow-up met with a stock block (the topic's paragraph)
instead of an answer (tests/simulated-users/2026-12-05-round28). Each reader gives the answer to
what the person asked, read with what they told before:

- whether a B.C. order can stop or reach someone who lives in another country (r28 p04);
- whether to warn a daughter or other family before the blackmailer sends it, said without the
  older reader's words ("should I warn her first?", "tell my daughter myself before they do")
  (r28 p11);
- legal help for the writer's child who is the one who shared (r28 p13);
- not having the images any more when asking for removal (r28 p22);
- whether a tribunal claim needs the other person's address (r28 p23);
- keeping a printed copy as evidence beside the question about HR (r28 p08);
- whether "that number" (the 1-833 line just given) calls back (r28 p25);
- whether Cybertip.ca calls the parents, asked by a helper (r28 p19);
- whether the service page's "16" is accurate (r28 p16);
- removal and money in one tribunal claim (r28 p24).

The generic guard against a reply sent earlier to a different question is `repeat_guard`
(used by the InterruptPolicy where the whole reply is chosen).

Read in the sequence readers' table (assistant/policies/follow_up_readers.py), outside forms,
never for a safety intent. Plain functions, no Rasa; responses in domain/stock28.yml.
"""

from __future__ import annotations

import re

from assistant.fresh_answers import fresh
from assistant.is_question import is_question
from assistant.plain_text import plain_lower
from assistant.route_form_gate import young_now

ORDER_ABROAD = "utter_order_person_abroad"
ORDER_ABROAD_AGAIN = "utter_order_person_abroad_again"
WARN_BEFORE = "utter_warn_before_sent"  # domain/next_questions.yml
WARN_BEFORE_AGAIN = "utter_warn_before_sent_again"  # domain/next_questions.yml
WARN_THIRD = "utter_warn_family_choice"
CHILD_SHARED_LAWYER = "utter_sharer_family_lawyer"  # domain/writer_role.yml
CHILD_SHARED_LAWYER_AGAIN = "utter_child_shared_lawyer_again"
NO_COPY = "utter_no_copy_needed"
NO_COPY_AGAIN = "utter_no_copy_needed_again"
NO_COPY_YOUNG = "utter_young_image_no_capture"  # domain/parts23.yml
NO_COPY_YOUNG_AGAIN = "utter_no_copy_young_again"
CRT_ADDRESS = "utter_crt_address"
PRINTED_EVIDENCE = "utter_printed_evidence"  # domain/neighbours23.yml
INSTITUTION_WORK = "utter_institution_work"  # domain/what_happens.yml
IIPS_CALL_BACK = "utter_iips_call_back"
CYBERTIP_PARENTS = "utter_cybertip_parents"  # domain/practical_followups.yml
PAGE_SIXTEEN = PAGE_SIXTEEN_NAME = "utter_page_sixteen"
ORDER_AND_MONEY = ORDER_AND_MONEY_NAME = "utter_crt_order_and_money"
REPEAT_GAP = "utter_repeat_gap"
REPEAT_GAP_YOUNG = "utter_repeat_gap_young"
REPEAT_GAP_AGAIN = "utter_repeat_gap_again"
# A question that only named a place, answered by the eligibility correction (actions/).
QUESTION_GAP = "utter_question_gap"

ACTION_LISTEN = "action_listen"  # the reply ends here: no other part is added
GAP_ANSWERS = frozenset({REPEAT_GAP, REPEAT_GAP_YOUNG, REPEAT_GAP_AGAIN})

AGAIN = {
    ORDER_ABROAD: ORDER_ABROAD_AGAIN,
    WARN_BEFORE: WARN_BEFORE_AGAIN,
    CHILD_SHARED_LAWYER: CHILD_SHARED_LAWYER_AGAIN,
    NO_COPY: NO_COPY_AGAIN,
    NO_COPY_YOUNG: NO_COPY_YOUNG_AGAIN,
}
# Asked a third time after the first answer and its short form: the third answer, once.
THIRD = {WARN_BEFORE: WARN_THIRD}
# Answers that stand alone: no other part of the message is added to them.
ALONE = frozenset({ORDER_AND_MONEY_NAME, PAGE_SIXTEEN_NAME})

ANSWERS = (
    ORDER_ABROAD,
    ORDER_ABROAD_AGAIN,
    WARN_THIRD,
    CHILD_SHARED_LAWYER_AGAIN,
    NO_COPY,
    NO_COPY_AGAIN,
    NO_COPY_YOUNG_AGAIN,
    CRT_ADDRESS,
    IIPS_CALL_BACK,
    PAGE_SIXTEEN,
    ORDER_AND_MONEY,
    REPEAT_GAP,
    REPEAT_GAP_YOUNG,
    REPEAT_GAP_AGAIN,
    QUESTION_GAP,
)

# --- a B.C. order and a person in another country -------------------------------------------
_COUNTRY = (
    r"(?:india|pakistan|bangladesh|sri lanka|nepal|china|hong kong|taiwan|japan|korea|vietnam"
    r"|philippines|indonesia|iran|iraq|nigeria|ghana|kenya|mexico|brazil|colombia|peru"
    r"|the (?:us|usa|states|uk)|usa|america|england|europe|australia|russia|ukraine|punjab)"
)
_PLACE_ABROAD = (
    r"(?:(?:in|to|at|from) (?:the )?" + _COUNTRY + r"|outside (?:of )?canada|not (?:in )?canada"
    r"|out of (?:the )?country|in (?:an)?other country|in a different country|overseas|abroad)"
)
# The other person is there (not images sent there): "she is in india", "person in india",
# "if he lives in the philippines", "other person is outside canada".
_ABROAD = re.compile(
    r"\b(?:she|he|they|person|ex|blackmailer|scammer|him|her)\b"
    r"(?:'s| is| are| lives?| living| moved| now| stays?| based| still| back){0,3}"
    r"\s+" + _PLACE_ABROAD + r"\b"
)
_WRITER_ABROAD = re.compile(r"\b(?:i|we) (?:live|am|'m|moved|was|were|stay|study)\b[^.?!]{0,15}$")
_ORDER = re.compile(r"\b(?:order|tribunal|crt|b\.?c\.? law|canadian law|law here|the law|court)\b")
_REACH = re.compile(
    r"\b(?:stop|reach|work|apply|enforce\w*|count|do anything|touch|make (?:her|him|them))\b"
    r"|\bwhat happen"
)


def order_abroad_asked(cleaned: str, previous: list[str]) -> bool:
    """Whether an order (the tribunal's, B.C. law) can reach a person who is in another country;
    right after that answer, "other person is outside canada, what happen?" too."""
    for match in _ABROAD.finditer(cleaned):
        if _WRITER_ABROAD.search(cleaned[: match.start()]):
            continue
        if _ORDER.search(cleaned) and _REACH.search(cleaned):
            return True
        return ORDER_ABROAD in previous or ORDER_ABROAD_AGAIN in previous
    return False


# --- warning the family before the blackmailer sends it -------------------------------------
_FAMILY = (
    r"(?:her|him|them|my (?:\w+ )?(?:daughter|son|kids|children|family|wife|husband|partner"
    r"|mom|mum|dad|mother|father|parents|sister|brother|boss|relatives|friends))"
)
_WARN_FAMILY = re.compile(
    r"\b(?:warn|alert|prepare|tell|talk to|let) " + _FAMILY + r"\b[^.?!]{0,60}"
    r"\b(?:first|myself|before (?:they|he|she|the \w+|it)\b|ahead|in advance)"
    r"|\b(?:warn|alert) " + _FAMILY + r"\b"
)
_THREAT_TOLD = re.compile(
    r"\bblackmail\w*|\bsextort\w*|\bthreat\w*|\bwant(?:s|ed)? money|\bpaid\b|\bpay\b"
    r"|\bwill (?:send|share|post)\b|\bor (?:he|she|they)(?:'?ll| will)\b"
)


def warn_family_asked(cleaned: str, told: list[str]) -> bool:
    return bool(_WARN_FAMILY.search(cleaned)) and any(_THREAT_TOLD.search(t) for t in told)


# --- legal help for the writer's child who shared -------------------------------------------
_LEGAL_HELP = re.compile(r"\b(?:lawyer|legal aid|legal help|legal advice|defen[cs]e|represent)")
_CHILD_DID_IT = re.compile(
    r"\b(?:kids?|child|children|teens?|young people|someone|people|those) (?:who|that) "
    r"(?:did it|did this|shared|sent|posted)\b"
    r"|\bnot (?:for )?the victims?\b|\bfor victims\b|\blegal aid\b"
    r"|\bmy (?:son|daughter|child|kid|boy|girl)\b[^.?!]{0,20}\bis the one\b"
)
_OWN_CHILD_SHARED = re.compile(
    r"\bmy (?:\d+ ?(?:year|yr)s?[ -]old )?(?:son|daughter|child|kid|boy|girl|teen)\b[^.?!]{0,40}"
    r"\b(?:shared|sent|posted|forwarded|showed|spread)\b"
)


def child_lawyer_asked(cleaned: str, told: list[str]) -> bool:
    if not _LEGAL_HELP.search(cleaned) or not _CHILD_DID_IT.search(cleaned):
        return False
    return any(_OWN_CHILD_SHARED.search(t) for t in [*told, cleaned])


# --- not having the images any more ---------------------------------------------------------
_NO_COPY = re.compile(
    r"\b(?:don'?t|dont|do not|no longer|never) (?:even |really |actually )?(?:have|own|keep|kept|"
    r"got)\b[^.?!]{0,25}\b(?:them|it|the (?:\w+ )?(?:pics?|pictures?|photos?|images?|videos?)"
    r"|my own copy|a copy|any cop(?:y|ies)|copies)\b"
    # Round 30 p29 T4: "but i deleted them. do i need the actual pic for stopncii?" (stock31).
    r"|\bi (?:already |just |have |had )?deleted (?:them|it|the (?:\w+ )?(?:pics?|pictures?"
    r"|photos?|images?|videos?)|all (?:of )?(?:them|it))\b"
)
# The question is about removal or reporting, not witnesses or proof.
_REMOVAL_ASKED = re.compile(
    r"\b(?:take it down|stopncii|cybertip|remov\w*|taken down|take (?:them|it) down"
    r"|get (?:them|it) off|report\w*|what (?:do|can|should) i do|still work|send)\b"
)
_ONLINE_TOLD = re.compile(
    r"\b(?:site|website|online|posted|up on|reddit|porn\w*|platform|snap\w*|insta\w*|tiktok"
    r"|going around)\b"
)
_PRINT_TOLD = re.compile(r"\bprint\w*|\bpaper\b")
_TAKEN_YOUNG = re.compile(
    r"\b(?:when|since) i was (?:1[0-7]|[5-9])\b|\bfrom when i was (?:1[0-7]|[5-9])\b"
    r"|\bi was (?:1[0-7]) (?:when|in)\b|\bunder 18\b"
)
_NOT_SHARED = re.compile(r"\b(?:not|never|hasn'?t|haven'?t) (?:been )?(?:shared|posted)\b")


def no_copy_asked(cleaned: str, told: list[str]) -> bool:
    if not _NO_COPY.search(cleaned) or _NOT_SHARED.search(cleaned):
        return False
    if not _REMOVAL_ASKED.search(cleaned):
        return False
    texts = [*told, cleaned]
    if any(_PRINT_TOLD.search(t) for t in texts):
        return False
    return any(_ONLINE_TOLD.search(t) for t in texts)


def taken_young(told: list[str]) -> bool:
    return any(_TAKEN_YOUNG.search(t) for t in told)


# --- the other person's address for a tribunal claim ----------------------------------------
_ADDRESS = re.compile(
    r"\b(?:his|her|their|the other person'?s?|the person'?s?) (?:\w+ )?(?:address|location)\b"
    r"|\bwhere (?:he|she|they) (?:lives?|live|is living|are living|stays?)\b"
    r"|\b(?:address|live)\b[^.?!]{0,20}\bfor the (?:claim|tribunal)\b"
)
_NEED = re.compile(r"\b(?:need|have to|must|required?|necessary|know)\b")
_CRT_WORDS = re.compile(r"\b(?:tribunal|crt|claim|civil resolution|protection order)\b")


def crt_address_asked(cleaned: str, told: list[str], previous: list[str]) -> bool:
    if not (_ADDRESS.search(cleaned) and _NEED.search(cleaned)):
        return False
    crt_recent = any(name.startswith("utter_crt") for name in previous)
    return bool(
        _CRT_WORDS.search(cleaned) or crt_recent or any(_CRT_WORDS.search(t) for t in told[-2:])
    )


# --- a printed copy as evidence beside HR ---------------------------------------------------
_KEEP_COPY = re.compile(
    r"\bkeep (?:one|a|the|some|any)? ?(?:of (?:the|them) )?(?:\w+ )?(?:cop(?:y|ies)|prints?|"
    r"printouts?|them|it)\b[^.?!]{0,30}\b(?:evidence|proof)\b"
)
_WORK_TELL = re.compile(r"\b(?:hr|human resources|employer|boss|manager|work|company)\b")
_PRINTED = re.compile(r"\bprint\w*|\bpaper cop|\bcopies\b")


def keep_copy_and_work_asked(cleaned: str, told: list[str]) -> bool:
    if not (_KEEP_COPY.search(cleaned) and _WORK_TELL.search(cleaned)):
        return False
    return any(_PRINTED.search(t) for t in [*told, cleaned])


# --- "will that number call me back" right after the 1-833 line ----------------------------
_CALL_BACK = re.compile(
    r"\b(?:call|ring|phone|text) (?:me )?back\b|\bleave (?:a |me a )?(?:message|voicemail)\b"
    r"|\bcall me\b"
)
_THAT_NUMBER = re.compile(r"\b(?:that|this|the) (?:number|line)\b|\b(?:they|them)\b")
_IIPS_NUMBER = "1-833-688-4381"
_LEGAL_NUMBER = "604-673-3143"


def iips_call_back_asked(cleaned: str, last_reply_text: str) -> bool:
    if not (_CALL_BACK.search(cleaned) and _THAT_NUMBER.search(cleaned)):
        return False
    return _IIPS_NUMBER in last_reply_text and _LEGAL_NUMBER not in last_reply_text


# --- Cybertip.ca and the parents, asked by a helper ----------------------------------------
_CYBERTIP_PARENTS = re.compile(
    r"\bcybertip\w*\b[^.?!]{0,60}\b(?:call|tell|contact|inform|notify|find out|know)\w*\b"
    r"[^.?!]{0,30}\b(?:parents?|mom|mum|dad|family)\b"
    r"|\b(?:parents?|mom|mum|dad|family)\b[^.?!]{0,40}\bcybertip"
)

# --- the service page's 16 -------------------------------------------------------------------
_SIXTEEN = re.compile(r"\b(?:16|sixteen)\b")
_PAGE = re.compile(
    r"\b(?:page|site|website|service|accurate|correct|right|true|wrong|outdated|still)\b"
)
_CONSENT = re.compile(r"\b(?:consent|age)\b")
_ACCURATE = re.compile(r"\b(?:accurate|correct|right|true|wrong|outdated|mistake|is that)\b")


def page_sixteen_asked(cleaned: str) -> bool:
    return bool(
        _SIXTEEN.search(cleaned)
        and _CONSENT.search(cleaned)
        and _ACCURATE.search(cleaned)
        and re.search(r"\b(?:page|site|website|service|says?|said)\b", cleaned)
        and _PAGE.search(cleaned)
    )


# --- removal and money in one claim ----------------------------------------------------------
_BOTH = re.compile(
    r"\b(?:both|same claim|one claim|single claim|at the same time|together|have to pick"
    r"|choose)\b"
)
_MONEY = re.compile(r"\b(?:money|damages|compensation|sue|paid|payment)\b")
_REMOVAL = re.compile(r"\b(?:taken down|take (?:them|it) down|down|removed?|removal|delete\w*)\b")


def order_and_money_asked(cleaned: str) -> bool:
    return bool(_BOTH.search(cleaned) and _MONEY.search(cleaned) and _REMOVAL.search(cleaned))


# "I am asking if it is wise to tell her", "my question is whether...": a question without "?".
_ASKING = re.compile(
    r"\b(?:i am|i'm|im) (?:just )?asking (?:if|whether|about)\b|\bmy question is\b"
    r"|\bi (?:want|need) to know (?:if|whether)\b|\bwondering (?:if|whether)\b"
)


# --- the reader ------------------------------------------------------------------------------


def follow_up(
    text: str,
    previous: list[str],
    earlier: list[str],
    earlier_actions: list[str],
    is_minor: object = None,
    last_reply_text: str = "",
) -> list[str] | None:
    """The answer to one of the module's kinds, or None. `previous`: the actions of the turn
    before; `earlier`: the person's earlier messages; `last_reply_text`: the text the bot sent
    the turn before."""
    if not text or text.startswith("/") or not earlier:
        return None
    cleaned = plain_lower(text)
    if not (is_question(cleaned) or _ASKING.search(cleaned)):
        return None
    told = [plain_lower(t) for t in earlier[-6:]]
    found = _kind(cleaned, told, previous, is_minor, last_reply_text)
    if not found:
        return None
    again = AGAIN.get(found[0])
    if again and found[0] in earlier_actions:
        third = THIRD.get(found[0])
        if third and again in earlier_actions:
            return None if third in earlier_actions else [third]
        return None if again in previous else [again]
    kept = fresh(found, previous)
    if kept and kept[-1] in ALONE:
        return [*kept, ACTION_LISTEN]
    return kept


def early_follow_up(
    text: str, previous: list[str], earlier: list[str], last_reply_text: str = ""
) -> list[str] | None:
    """The two kinds read before the older readers: "will that number call me back" right
    after the 1-833 line (the legal line's call-back answer would take it), and a B.C. order
    and a person abroad (asks25's police-abroad answer would take it)."""
    if not text or text.startswith("/") or not earlier:
        return None
    cleaned = plain_lower(text)
    if not is_question(cleaned):
        return None
    if iips_call_back_asked(cleaned, last_reply_text):
        return fresh([IIPS_CALL_BACK], previous)
    if order_abroad_asked(cleaned, previous):
        if ORDER_ABROAD in previous:
            return None if ORDER_ABROAD_AGAIN in previous else [ORDER_ABROAD_AGAIN]
        return [ORDER_ABROAD]
    return None


def _kind(
    cleaned: str, told: list[str], previous: list[str], is_minor: object, last_reply_text: str
) -> list[str]:
    young = young_now([*told, cleaned], is_minor)
    if order_abroad_asked(cleaned, previous):
        return [ORDER_ABROAD]
    if not young and warn_family_asked(cleaned, told):
        return [WARN_BEFORE]
    if child_lawyer_asked(cleaned, told):
        return [CHILD_SHARED_LAWYER]
    if no_copy_asked(cleaned, told):
        return [NO_COPY_YOUNG if taken_young([*told, cleaned]) else NO_COPY]
    if crt_address_asked(cleaned, told, previous):
        return [CRT_ADDRESS]
    if keep_copy_and_work_asked(cleaned, told):
        return [PRINTED_EVIDENCE, INSTITUTION_WORK]
    if iips_call_back_asked(cleaned, last_reply_text):
        return [IIPS_CALL_BACK]
    if _CYBERTIP_PARENTS.search(cleaned):
        return [CYBERTIP_PARENTS]
    if page_sixteen_asked(cleaned):
        return [PAGE_SIXTEEN]
    if order_and_money_asked(cleaned):
        return [ORDER_AND_MONEY]
    return []


# --- the generic guard: a reply sent earlier to a different question -----------------------
# Never replaced: the crisis and danger answers, check-ins, form questions, small talk, the
# deletion prompt (said again on purpose), and the guard's own answers.
_KEEP_PARTS = (
    "crisis",
    "danger",
    "check_in",
    "help_now",
    "safe",
    "988",
    "suicid",
    "utter_ask_",
    "delete",
    "anything_else",
    "greet",
    "goodbye",
    "thank",
    "welcome",
    "repeat_gap",
    "not_covered",
    "said_above",
    "age_check",
    "checkin",
    "question_gap",
)


def repeat_guard(
    sequence: list[str],
    text: str,
    earlier: list[str],
    replies: list[list[str]],
    is_minor: object = None,
) -> str | None:
    """The honest gap answer when the whole reply chosen for this message (`sequence`, its
    actions in order) is identical to the reply an earlier, different question got; None
    otherwise. `replies`: the bot's replies to each earlier message (oldest first), `earlier`
    those messages."""
    if not sequence or any(part in name for name in sequence for part in _KEEP_PARTS):
        return None
    if not all(name.startswith("utter_") for name in sequence):
        return None
    if not text or text.startswith("/"):
        return None
    cleaned = plain_lower(text)
    if not (is_question(cleaned) or _ASKING.search(cleaned)):
        return None
    # The turn before is left to the older readers' short forms ("As above: ..."); a reply
    # identical to one sent two or more turns back is the kind round 28 p13 T4 met.
    asked_before = [
        plain_lower(message)
        for message, reply in list(zip(earlier, replies, strict=False))[:-1]
        if reply == sequence
    ]
    if not asked_before or cleaned in asked_before:
        return None
    last = replies[-1] if replies else []
    if any(f"{name}_again" in last for name in sequence):
        return None  # the same question asked a third time: its answer, not "doesn't answer"
    if (REPEAT_GAP in last or REPEAT_GAP_YOUNG in last) and REPEAT_GAP_AGAIN not in last:
        return REPEAT_GAP_AGAIN
    told = [plain_lower(message) for message in [*earlier, text]]
    helper = any(_HELPER.search(message) for message in told)
    young = is_minor is True or (young_now(told, is_minor) and not helper)
    return REPEAT_GAP_YOUNG if young else REPEAT_GAP


# A parent or other helper writing about a young person: the adult gap answer.
_HELPER = re.compile(
    r"\bmy (?:\d+ ?(?:year|yr)s?[ -]old )?(?:son|daughter|child|kid|students?|niece|nephew"
    r"|grand(?:son|daughter|child))\b"
)
