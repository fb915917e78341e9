"""Rounds 29-30 (deadends31): a follow-up in the person's own words got a dead end ("I'd rather
not guess", "not sure I have the answer", "my answer above doesn't say more") or a nearby topic,
though the sources hold the answer or the honest next step
(tests/simulated-users/2026-12-06-round29, -round30). Each reader answers what was asked, read
with what the person told before:

- telling a boss, owner or other adult instead of the police (r29 p08);
- making an account private or deactivating it during a threat (r29 p13);
- people who saved the images on their phones (r29 p17);
- reporting to police before moving away from B.C. (r29 p18);
- no reply from the legal service, "is it closed" (r29 p19);
- what "pilot" means (r29 p24);
- showing a partner's picture on one's own phone (r29 p28);
- a helper waiting for the parents before acting (r30 p27);
- a helper reporting the posts to the site (r30 p17);
- StopNCII or Take It Down for images taken under 18 (r30 p22);
- StopNCII without the images on the phone (r30 p29);
- "does it count if only a few friends saw it" (r30 p24);
- not sure who did it (r30 p06);
- outside B.C.: the police where the person lives (r29 p04), the IIPS asked from outside B.C.
  (r30 p28), "what can I do here in Alberta" (r30 p05).

Read in the sequence readers' table (assistant/policies/follow_up_readers.py), outside forms,
never for a safety intent, never on a first message. Plain functions, no Rasa; responses in
domain/deadends31.yml (and the older files named).
"""

from __future__ import annotations

import re

from assistant.fresh_answers import fresh
from assistant.home_reading import moves_to_bc
from assistant.is_question import is_question
from assistant.plain_text import plain_lower
from assistant.route_form_gate import young_now

TELL_INSTEAD = "utter_tell_instead_of_police"
TELL_INSTEAD_YOUNG = "utter_tell_instead_of_police_young"
PRIVATE_ACCOUNT = "utter_private_or_deactivate"
SAVED_COPIES = "utter_saved_on_phones"
REPORT_BEFORE_MOVE = "utter_report_before_move"
NO_REPLY = "utter_no_reply_pilot"
PILOT_MEANING = "utter_pilot_meaning"
SHOW_ON_PHONE = "utter_show_partner_image"
ACT_NOW = "utter_helper_act_now"
HELPER_REPORT_SITE = "utter_helper_report_site"
TAKE_IT_DOWN = "utter_take_it_down_taken_young"
STOPNCII_NO_IMAGE = "utter_stopncii_no_image"
FEW_PEOPLE = "utter_few_people_counts"
WHO_DID_IT = "utter_who_did_it"  # domain/who_did_it.yml
INSTITUTION = "utter_institution_adult"  # domain/what_happens.yml
POLICE_OUTSIDE = "utter_police_outside_bc"  # domain/form_followups.yml
ORDER_AND_MONEY = "utter_crt_order_and_money"  # domain/stock28.yml
IIPS_OUTSIDE = "utter_iips_outside_bc"
HOME_PROVINCE = "utter_home_province"

# Asked again right after the answer: a short form, once (never one block twice).
AGAIN = {
    REPORT_BEFORE_MOVE: "utter_report_before_move_again",
    SHOW_ON_PHONE: "utter_show_partner_image_again",
    NO_REPLY: "utter_no_reply_pilot_again",
    ACT_NOW: "utter_helper_act_now_again",
    HELPER_REPORT_SITE: "utter_helper_report_site_again",
    TAKE_IT_DOWN: "utter_take_it_down_taken_young_again",
    IIPS_OUTSIDE: "utter_iips_outside_bc_again",
    STOPNCII_NO_IMAGE: "utter_stopncii_no_image_again",
    HOME_PROVINCE: "utter_home_province_again",
    ORDER_AND_MONEY: "utter_crt_order_and_money_again",
}
# Kinds read on a first message too (the whole question is in it).
FIRST_MESSAGE = frozenset({TAKE_IT_DOWN})
# Kinds whose words older conversations use for questions the older readers answer well
# (session 26: copies on classmates' phones, StopNCII or Take It Down at 18 with images from
# 16, police where an outside-B.C. writer lives, not sure who): answered only where the reply
# chosen without them is a dead end (InterruptPolicy._dead_end_replaced), never from the table.
# One claim or two: from the table it also took the removal part ("Getting it deleted") that
# stock28's answer leaves out (session25_stock28 r28 p24).
GATED = frozenset({TAKE_IT_DOWN, POLICE_OUTSIDE, ORDER_AND_MONEY})
# Not answered at all on the re-land (session 27): the older conversations pin the reply these
# replaced, even as a dead end (round 29 p17, after a crisis reply, keeps the lawyer and
# VictimLinkBC; round 30 p06 keeps the lawyer's email and the tribunal's site in the next turn).
DROPPED = frozenset({SAVED_COPIES, WHO_DID_IT})

ANSWERS = (
    *AGAIN.values(),
    TELL_INSTEAD,
    TELL_INSTEAD_YOUNG,
    PRIVATE_ACCOUNT,
    SAVED_COPIES,
    REPORT_BEFORE_MOVE,
    NO_REPLY,
    PILOT_MEANING,
    SHOW_ON_PHONE,
    ACT_NOW,
    HELPER_REPORT_SITE,
    TAKE_IT_DOWN,
    STOPNCII_NO_IMAGE,
    FEW_PEOPLE,
    IIPS_OUTSIDE,
    HOME_PROVINCE,
)

# The replies that are a dead end for a follow-up (session 26 review): the readers above answer
# only where the reply chosen without them would open with one of these (or, with no reply
# chosen, the classifier's low-confidence fallback), so no older answer changes.
DEAD_ENDS = frozenset(
    {
        "action_question_fallback",  # "I'm not sure I have the answer ... I'd rather not guess"
        "utter_question_fallback",
        "utter_question_fallback_topics",
        "utter_question_fallback_static",
        "action_not_covered",  # "The information I have doesn't answer that"
        "utter_not_covered",
        "utter_reask_not_covered",  # "Sorry, I didn't answer that ... I'd rather not guess"
        "utter_question_gap",  # stock28
        "utter_repeat_gap",
        "utter_repeat_gap_young",
        "utter_repeat_gap_again",
        "utter_said_above",  # "My answer just above ... doesn't say more"
        "utter_said_above_next_step",  # "I don't have more on that than what I said"
        "action_suggest_topics",  # the low-confidence fallback
        "utter_fallback",
        "action_default_fallback",
    }
)

_ASKING = re.compile(
    r"\b(?:should i|can i|could i|is it ok|is it okay|would it be|what about|yes or no"
    r"|or not|do i need|does it|is that|what do i do|what means?|whats a)\b"
)

# --- telling an adult instead of the police ---------------------------------------------------
_INSTEAD_POLICE = re.compile(
    r"\b(?:instead of|rather than|and not|but not|not) (?:going to |calling |telling |reporting"
    r" (?:to|it to|him to) )?(?:the )?(?:police|cops|reporting)\b"
    r"|\b(?:do i|have i got to|must i) (?:have to |need to )?(?:go to|call|tell|report to)"
    r" (?:the )?(?:police|cops)\b[^.?!]{0,30}\b(?:or can i|or could i) (?:just )?(?:tell|talk)"
)
_TELL_PERSON = re.compile(r"\b(?:tell|talk to|go to|inform|report (?:it |him )?to)\b")

# --- an account made private or deactivated ---------------------------------------------------
_ACCOUNT_STEP = re.compile(
    r"\b(?:make|set|put|go|switch|turn)\b[^.?!]{0,25}\bprivate\b"
    r"|\bdeactivat\w*"
)
_ACCOUNT = re.compile(
    r"\b(?:insta\w*|ig|account|profile|facebook|fb|snap\w*|tiktok|page|socials?)\b|\bit\b"
)
_THREAT_TOLD = re.compile(
    r"\bblackmail\w*|\bsextort\w*|\bthreat\w*|\bor (?:he|she|they) (?:post|share|send)s?\b"
    r"|\bwants? (?:\$|\d|money|more)|\bpaid\b|\bhe(?:'ll| will) post\b|\bhe posts\b"
)

# --- people who saved the images on their phones ----------------------------------------------
_SAVED = re.compile(
    r"\b(?:saved|downloaded|screenshotted|screenshot|kept|got|have|has)\b[^.?!]{0,25}\bon "
    r"(?:their|everyone'?s|everybodys?|peoples?'?|all the) (?:own )?(?:phones?|devices?"
    r"|computers?|laptops?|camera rolls?)"
    r"|\b(?:people|everyone|coworkers|friends|classmates|they) (?:who |that )?(?:saved|downloaded"
    r"|screenshotted)\b"
    r"|\b(?:copies|it|them) (?:saved )?on (?:their|everyone'?s|peoples?'?) phones?\b"
)

# --- reporting to police before moving -------------------------------------------------------
_POLICE = re.compile(r"\b(?:police|cops|rcmp|report (?:it|him|her|this))\b")
_MOVE_TIME = re.compile(
    r"\bbefore (?:i|we) (?:leave|move|go)\b|\bafter (?:i|we) (?:leave|move)\b"
    r"|\bbefore (?:moving|leaving)\b|\bfrom (?:ontario|alberta|quebec|manitoba|saskatchewan"
    r"|nova scotia|new brunswick|there|the new place)\b"
    r"|\b(?:here|now) before\b|\bonce i(?:'ve| have)? moved\b"
)
_MOVING_TOLD = re.compile(r"\b(?:moving|move|moved|relocat\w*|leaving)\b")

# --- no reply from the service; is it closed --------------------------------------------------
_NO_REPLY = re.compile(
    r"\b(?:nobody|no one|noone|no body) (?:has )?(?:gotten|got|get|called|emailed|written|wrote)"
    r" back\b|\bno (?:reply|response)\b|\bhaven'?t heard\b|\bhavent heard\b"
    r"|\bnot heard back\b|\bnever (?:heard|got) back\b"
)
_CLOSED = re.compile(
    r"\b(?:is|was|has) (?:it|the service|that service|the (?:legal )?service|they) (?:maybe |even"
    r" |still )?(?:closed|shut|over|finished|done|ended|stopped|running|open)\b"
    r"|\bclosed or not\b|\b(?:still|even) (?:open|running|going|there)\b"
)
_LEGAL_SERVICE = re.compile(
    r"\bstand ?informed\b|\bclasbc\b|\bemail\w*\b|\bcalled\b|\blegal (?:advice )?service\b"
    r"|\bthe lawyer\b|\bthis service\b"
)

# --- what "pilot" means -----------------------------------------------------------------------
_PILOT_MEANING = re.compile(
    r"\bwhat (?:does |do |is |mean\w* |means )?(?:the |a |this |')?pilot\b"
    r"|\bpilot\W* (?:mean|means)\b|\bmean\w* (?:of )?(?:the |a )?'?pilot\b"
    r"|\bwhat(?:'s|s| is) a pilot\b|\bpilot (?:project )?(?:means|meaning)\b"
)

# --- showing a partner's picture on one's own phone -------------------------------------------
_SHOW_ASK = re.compile(
    r"\b(?:can|could|may) i (?:just |still )?show\b"
    r"|\b(?:is it|it'?s) (?:ok|okay|fine|alright|allowed|illegal|legal|wrong) (?:if i|to|for me to)"
    r" (?:just )?show\b|\bif i (?:just |only )?show\b"
    r"|\bshowing\b[^.?!]{0,40}\b(?:same as|count as|counts as|considered) shar"
    r"|\bis (?:just )?showing (?:it|her|him|them|a|the)\b"
)
_PARTNER_IMAGE = re.compile(
    r"\b(?:my |his |her )?(?:gf|girlfriend|boyfriend|bf|partner|wife|husband|girl|date)\b"
    r"|\bsends? me\b|\bsent me\b|\bon my phone\b"
)
_VICTIM_SHOWN = re.compile(r"\b(?:he|she|they) (?:showed|shows|is showing)\b|\bof me\b")
# Said before by the person pictured ("my husband showed my private photos to his friends",
# round 60 p19: then "is showing them the same as sharing?" got the advice for the one showing).
_VICTIM_SHOWN_TOLD = re.compile(
    r"\b(?:he|she|they|my \w+) (?:showed|shows|has shown|is showing|was showing|been showing)"
    r" (?:\w+ )?(?:my|our)\b"
)

# --- a helper waiting for the parents ---------------------------------------------------------
_WAIT_PARENTS = re.compile(
    r"\bwait (?:for|until|till|til) (?:her|his|their|the) (?:parents|mother and father"
    r"|mom and dad)\b"
    r"|\b(?:must|should|do|does|have to) (?:her|his|their|the) (?:parents|mother|father|mom|dad"
    r"|mother and father|mom and dad)\b[^.?!]{0,25}\b(?:do (?:it|this|these|that)|be the ones"
    r"|report)\b"
    r"|\b(?:all right|alright|ok|okay|allowed) (?:for me )?to do (?:these|this|it|that|those)"
    r"(?: things)? now\b"
)
_YOUNG_RELATIVE_TOLD = re.compile(
    r"\bmy (?:granddaughter|grandson|grandchild|niece|nephew|daughter|son|sister|brother"
    r"|student|stepdaughter|stepson|kid|child)\b"
)

# --- a helper reporting the posts to the site -------------------------------------------------
_REPORT_SITE = re.compile(
    r"\breport(?:ing)? (?:the |her |his |those |these |that )?(?:tweets?|posts?|account|pics?"
    r"|photos?|pictures?|video|page|profile)\b"
    r"(?:[^.?!]{0,40}\b(?:myself|for her|for him|for them|on her behalf|on his behalf"
    r"|to (?:twitter|x|insta\w*|facebook|snap\w*|tiktok|reddit|the site|the app)"
    r"|does it have to be (?:her|him|them)|or does (?:she|he) have to))"
)
_HELPER_TOLD = re.compile(
    r"\bmy (?:roommate|room mate|friend|best friend|bff|sister|brother|cousin|coworker|partner"
    r"|girlfriend|boyfriend|daughter|son|granddaughter|niece)\b|\bfor (?:my|a) friend\b"
    r"|\basking for\b"
)

# --- removal and money in one tribunal claim ---------------------------------------------------
_ONE_CLAIM = re.compile(
    r"\b(?:same claim|one claim|single claim|separate claims?|two (?:different |separate )?claims"
    r"|is that separate|(?:a )?separate (?:one|thing|case|application)|separately)\b"
)
_MONEY = re.compile(r"\b(?:money|damages|compensation|paid|\$|sue)\b")
_CLAIM_TOLD = re.compile(r"\b(?:claim|tribunal|crt|protection order|order)\b")

# --- StopNCII or Take It Down for images taken under 18 ---------------------------------------
_TOOLS = re.compile(r"\bstop ?ncii\b|\btake ?it ?down\b")
_YOUNG_THEN = re.compile(
    r"\b(?:i was|when i was|taken at|from when i was|at) (?:only )?(?:1[0-7]|[5-9])\b"
    r"|\b(?:1[0-7]|[5-9]) (?:in|when|at the time)\b|\bunder ?age\b|\bunder 18\b"
)

# --- StopNCII without the images ---------------------------------------------------------------
_NO_IMAGE = re.compile(
    r"\b(?:don'?t|dont|do not|no longer|doesn'?t|dont even|don'?t even) (?:even )?have (?:the|them"
    r"|my|any|a copy|copies|it)\b|\bdeleted (?:them|the|it|my|all)\b|\bneed the (?:actual )?"
    r"(?:pic|pics|photo|photos|picture|pictures|image|images|video)\b|\bnot on my phone\b"
    r"|\bwithout (?:the|them|a copy|my) ?(?:pics?|photos?|pictures?|images?|copy)?\b"
)

# --- only a few people saw it -----------------------------------------------------------------
_FEW = re.compile(
    r"\b(?:only|just) (?:like |to )?(?:\d|one|two|three|four|five|six|a few|a couple|some|his"
    r" \w+ |her \w+ )[^.?!]{0,20}\b(?:friends?|people|guys|girls|person|coworkers|of them)\b"
    r"|\b(?:only|just) (?:a few|a couple of|some) (?:people|friends)\b"
)
_COUNT = re.compile(
    r"\b(?:count|counts|still shar\w*|sharing|illegal|a crime|against the law|matter)\b"
    r"|\bnot (?:posted|online)\b"
)

# --- not sure who did it ----------------------------------------------------------------------
_NOT_SURE_WHO = re.compile(
    r"\bnot (?:100 ?%? |totally |completely |a hundred percent |entirely )?sure (?:it was|who|if"
    r" it was|that it was)\b|\baccuse the wrong\b"
)
_INSTITUTION = re.compile(
    r"\btell (?:ubc|sfu|uvic|the (?:university|school|college|program|dean)|my (?:school|university"
    r"|college|program|prof\w*|employer|work|boss))\b"
    r"|\breport (?:it |this )?to (?:ubc|the (?:university|school|college))\b"
)

# --- outside B.C. -----------------------------------------------------------------------------
_HOME_POLICE = re.compile(
    r"\b(?:would|will|do|does|can|could) (?:the )?(?:\w+ )?(?:police|cops|rcmp)\b"
    r"[^.?!]{0,40}\b(?:do anything|act|help|care|take|investigate|charge|anything)\b"
    r"|\b(?:police|cops|rcmp) (?:here|in (?:calgary|alberta|edmonton|ontario|toronto|seattle"
    r"|my city|my province))\b"
)
_IIPS = re.compile(
    r"\bprotection service\b|\biips\b|\bgovernment one\b|\bgov(?:ernment)? service\b"
    r"|\b1-?833\b"
)
_IIPS_ASK = re.compile(r"\b(?:call|contact|email|use|reach|help|ask)\b|\bonly for\b|\bresidents?\b")
# "call the government service to ask them to contact him": what the service would do for the
# writer is the older answer's (round 21 p25), not whether it helps someone outside B.C.
_IIPS_ACTS = re.compile(r"\b(?:ask|get) (?:them|it) to\b|\bcontact (?:him|her|them)\b")
# "what can I do in Alberta? can I still go to the tribunal there": the B.C. route asked about.
_BC_ROUTE = re.compile(r"\b(?:tribunal|crt|bc|b\.c)\b")
_HOME_PROVINCE = re.compile(
    r"\bwhat can i do (?:here|where i live|in (?:alberta|ontario|quebec|manitoba|saskatchewan"
    r"|nova scotia|new brunswick|my province|calgary|edmonton|toronto))\b"
    r"|\bis there an? (?:alberta|ontario|quebec|manitoba|saskatchewan|local) (?:law|service"
    r"|version|one)\b"
    r"|\b(?:law|laws|service|services|help) (?:here )?in (?:alberta|ontario|quebec|manitoba"
    r"|saskatchewan|my province)\b"
)


def _young_image(told: list[str], cleaned: str) -> bool:
    return any(_YOUNG_THEN.search(t) for t in [*told, cleaned])


def _kind(
    cleaned: str,
    told: list[str],
    is_minor: object,
    outside_bc: bool,
) -> list[str] | None:
    everything = " ".join([*told, cleaned])
    young = young_now([*told, cleaned], is_minor)
    if outside_bc:
        if _IIPS.search(cleaned) and _IIPS_ASK.search(cleaned) and not _IIPS_ACTS.search(cleaned):
            return [IIPS_OUTSIDE]
        if _HOME_PROVINCE.search(cleaned) and not _BC_ROUTE.search(cleaned):
            return [HOME_PROVINCE]
        if _HOME_POLICE.search(cleaned):
            return [POLICE_OUTSIDE]
    if _INSTEAD_POLICE.search(cleaned) and _TELL_PERSON.search(cleaned):
        return [TELL_INSTEAD_YOUNG if young else TELL_INSTEAD]
    if _ACCOUNT_STEP.search(cleaned) and _ACCOUNT.search(cleaned):
        if _THREAT_TOLD.search(everything):
            return [PRIVATE_ACCOUNT]
    if _SAVED.search(cleaned):
        return [SAVED_COPIES]
    if (
        _POLICE.search(cleaned)
        and _MOVE_TIME.search(cleaned)
        and _MOVING_TOLD.search(everything)
        and not outside_bc
        # A move TO B.C. still to come (round 33 p19): "while you still live in B.C." is backwards;
        # followups22's answer for a move either way speaks.
        and not any(moves_to_bc(t) for t in [*told, cleaned])
    ):
        return [REPORT_BEFORE_MOVE]
    if _PILOT_MEANING.search(cleaned):
        return [PILOT_MEANING]
    no_reply_told = any(_NO_REPLY.search(t) for t in told)
    if (
        _NO_REPLY.search(cleaned)
        or (_CLOSED.search(cleaned) and (no_reply_told or "closed" in cleaned))
    ) and _LEGAL_SERVICE.search(everything):
        return [NO_REPLY]
    if (
        _SHOW_ASK.search(cleaned)
        or (re.search(r"\bshowing\b", cleaned) and any(_SHOW_ASK.search(t) for t in told))
    ) and _PARTNER_IMAGE.search(everything):
        if not _VICTIM_SHOWN.search(cleaned) and not any(
            _VICTIM_SHOWN_TOLD.search(t) for t in told
        ):
            return [SHOW_ON_PHONE]
    if _WAIT_PARENTS.search(cleaned) and _YOUNG_RELATIVE_TOLD.search(everything):
        return [ACT_NOW]
    if _REPORT_SITE.search(cleaned) and _HELPER_TOLD.search(everything):
        return [HELPER_REPORT_SITE]
    if _ONE_CLAIM.search(cleaned) and _MONEY.search(cleaned) and _CLAIM_TOLD.search(everything):
        return [ORDER_AND_MONEY]
    if _TOOLS.search(cleaned) and _young_image(told, cleaned):
        return [TAKE_IT_DOWN]
    if (
        re.search(r"\bstop ?ncii\b", everything)
        and _NO_IMAGE.search(cleaned)
        and not _young_image(told, cleaned)
        and not young
    ):
        return [STOPNCII_NO_IMAGE]
    if _FEW.search(cleaned) and _COUNT.search(cleaned):
        return [FEW_PEOPLE]
    if _NOT_SURE_WHO.search(cleaned):
        if _INSTITUTION.search(cleaned) and not young:
            return [WHO_DID_IT, INSTITUTION]
        return [WHO_DID_IT]
    return None


def follow_up(
    text: str,
    previous: list[str],
    earlier: list[str],
    is_minor: object = None,
    outside_bc: bool = False,
    dead_end: bool = True,
) -> list[str] | None:
    """The answer to one of the module's kinds, or None. `previous`: the actions of the turn
    before; `earlier`: the person's earlier messages (never on a first message). `dead_end`:
    the reply chosen without it is a dead end; without one, the GATED kinds are not read."""
    if not text or text.startswith("/"):
        return None
    cleaned = plain_lower(text)
    if not (is_question(cleaned) or _ASKING.search(cleaned)):
        return None
    told = [plain_lower(t) for t in earlier[-6:]]
    found = _kind(cleaned, told, is_minor, outside_bc)
    if not found or (not earlier and found[0] not in FIRST_MESSAGE):
        return None
    if found[0] in DROPPED or (found[0] in GATED and not dead_end):
        return None
    again = AGAIN.get(found[0])
    if again and found[0] in previous:
        return [again]
    if again and again in previous:
        return None
    return fresh(found, previous)
