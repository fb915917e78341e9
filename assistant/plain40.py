"""Rounds 39-40 (plain40): own-words follow-ups whose answer is in the sources but that got a
nearby stock block, a wrong reading or "I'd rather not guess"
(tests/simulated-users/2026-12-06-round39, -round40):

- a threat with a demand that is not money ("she'll post it if I don't get back with her"),
  "does that even count?" (r39 p04): threats count, where the partner-consent text came;
- "do I need a separate claim for each guy?" (r39 p05): not in the sources, who can say;
- a sharer's parent asks whether the child should delete it or message friends to delete it
  (r39 p14, r40 p18): the older what-now answer, then the short "ask before anyone deletes";
- "does it matter that she owes him money, does that make the threat ok?" (r39 p21): no;
- "if he refuses to delete them, is that a threat?" (r39 p22): refusing is not a threat to share;
- a friend asks "should I message her ex myself?" (r39 p26): her choice, the IIPS can do it;
- "do I upload them to Take It Down, should I delete my originals?" (r39 p29, r40 p21): what the
  sources don't say, and the under-18 rule;
- "what's the difference between the CRT and small claims?", "more than the limit, where do I
  file?" (r39 p31): the limits the sources give;
- "is there anyone who can help me for free?" in a calm first message (r40 p01): the shared
  answer with the free legal advice, where the crisis lines came;
- "can it all be done over the telephone?" about the service (r40 p03): the phone answer, where
  "anything else?" came;
- a hidden camera: "can I sue the host / go to the tribunal if he only recorded?" (r40 p07):
  the older not-shared money answer;
- "does VictimLink speak Arabic?", "if he sends them to Jordan can B.C. law stop it?" (r40 p16);
- a young writer asked for pictures: "what do I say to him, he gets mad", "do I have to send
  something so he stops" (r40 p24): the older what-to-say answer, where the fallback came;
- "a week or more before I talk to the lawyer?" (r40 p28): the older wait-time answer;
- "should I just report it to Instagram?" (r40 p30): reporting to the platform, where the police
  answer came twice.

Plain functions over the latest message and the person's earlier ones; the InterruptPolicy asks
(assistant/policies/follow_up_readers.py, after plain38). Responses in domain/plain40.yml.
"""

from __future__ import annotations

import re

from assistant import ages23, writer_role
from assistant.content.loader import value
from assistant.fresh_answers import fresh
from assistant.plain_text import plain_lower
from assistant.route_form_gate import young_now
from assistant.situation_reading import SHARED, situation_said_earlier

THREAT_COUNTS = ["utter_threats_covered", "utter_threats_routes"]  # domain/eligibility.yml
CLAIM_SEVERAL = "utter_claim_several"
SHARER_DELETE_SHORT = "utter_sharer_delete_short"
DEBT = "utter_debt_no_excuse"
REFUSE = "utter_refuse_not_threat"
HELPER_CONTACT_EX = "utter_helper_contact_ex"
TAKE_IT_DOWN_NEEDS = "utter_take_it_down_needs"
CRT_VS_SMALL_CLAIMS = "utter_crt_vs_small_claims"
CRT_DAMAGES = "utter_crt_damages"  # domain/routes.yml: above the limit, the BC Supreme Court
FREE_HELP = ["utter_shared_sorry", "utter_shared_next"]  # domain/eligibility.yml
PHONE_SOMEONE = "utter_phone_someone"
PHONE_ALL_THE_WAY = "utter_phone_all_the_way"
VICTIMLINK_LANGUAGE = "utter_victimlink_language"
ABROAD = "utter_order_abroad"  # domain/legal_follow_ups.yml
WHAT_TO_SAY_YOUNG = "utter_young_what_to_say"  # domain/threat27.yml
WAIT_TIME = "utter_wait_time"  # domain/asks23.yml
PLATFORM = "utter_platform_off"
PAY_SHORT = "utter_sextortion_pay_short"  # domain: "Please don't pay" in short
IF_SENT = "utter_if_threat_carried_out"
IF_SENT_YOUNG = "utter_if_threat_carried_out_young"
OTHER_NUMBERS = "utter_other_numbers"
IIPS_TELLS_HIM = "utter_iips_tells_him"
STILL_UP = "utter_still_up_counts"
WHICH_TOOL_YOUNG = "utter_which_tool_taken_young"
STOPNCII_FAKE = "utter_stopncii_fake"
APPLY_BY_EMAIL = "utter_apply_by_email"  # domain/asks23.yml
COST = "utter_part_cost"  # domain: the legal advice is free, 3 hours, no fee for an order
_COST = re.compile(r"\b(?:cost|costs|free|fee|fees|charge|pay for)\b")

# --- a threat with a demand that is not money -----------------------------------------------
_THREAT_IF = re.compile(
    r"\b(?:she|he|they)(?:'ll| will|ll| would|'d| is going to| keeps? saying (?:she|he|they)(?:'ll"
    r"| will|ll|'d| would))? ?(?:post|send|share|show|leak)\w*\b[^.?!]{0,40}\b(?:if (?:i"
    r"|we) (?:don'?t"
    r"|dont|do not|won'?t)|unless)\b"
)
_COUNTS = re.compile(
    r"\b(?:does|do|would|will) (?:that|this|it) (?:even )?count (?:for anything|at all)\b"
    r"|\b(?:does|do|would|will) (?:that|this|it) even count\b"
)
_MONEY = re.compile(
    r"\b(?:money|pay|paid|\$|\d+ ?(?:dollars|bucks)|gift ?cards?|bitcoin|e-?transfer)"
)

# --- "should I just pay" right after the sextortion steps ---------------------------------------
_PAY_ASKED = re.compile(
    # the statement forms only ("i should just pay so they go away right"); "should I just pay"
    # keeps the older answers (round 41 p02: the steps came again for this one)
    r"\bi should (?:just )?pay\b|\bjust pay (?:so|and) (?:they|he|she)\b"
)
_DEADLINE = re.compile(r"\b(?:tonight|today|hours?|minutes?|by \d|deadline|right now)\b")
_IF_THEY_SEND = re.compile(
    r"\bwhat if (?:they|he|she) (?:actually |really |still )?(?:send|post|share|leak)\w*\b"
)

# --- after rounds 41-42 -------------------------------------------------------------------------
_OTHER_NUMBER = re.compile(
    r"\b(?:who else|anyone else|another (?:number|line|place)|other (?:number|line))\b[^?]{0,30}"
    r"\b(?:phone|call|ring|try|contact)\b|\b(?:doesn'?t|does not|don'?t) answer\b[^?]{0,40}"
    r"\b(?:who|what|where) else\b|\ba government office\b"
)
_IIPS_NAMED = re.compile(r"\biips\b|protection service|government service|1-?833")
_HE_LEARNS = re.compile(
    r"\b(?:would|will) (?:he|she|they) (?:find out|know)\b[^?]{0,20}\bif i (?:call|called|contact"
    r"|contacted|phone|phoned)\b"
)
_STILL_UP = re.compile(r"\b(?:still up|stayed up|still online|never (?:came|taken) down)\b")
_GOING_ON = re.compile(r"\b(?:count|counts|going on|went on|continu\w*|after)\b")
_WHICH_TOOL = re.compile(
    # both tools named ("stopncii or the other one"); "which site" keeps the older answer
    r"\bstop ?ncii\b[^?]{0,30}\bor\b[^?]{0,20}\b(?:take ?it ?down|the other)\b"
    r"|\btake ?it ?down\b[^?]{0,30}\bor\b[^?]{0,20}\bstop ?ncii\b"
    r"|\bis take ?it ?down the one\b"
)
_TAKEN_YOUNG = re.compile(
    r"\b(?:when|since) i was (?:1[0-7]|[5-9])\b|\bfrom (?:when i was|age) (?:1[0-7]|[5-9])\b"
    r"|\bi was (?:only )?(?:1[0-7]|[5-9]) (?:when|in (?:them|it|the))\b"
    r"|\bat (?:age )?(?:1[0-7])\b[^?.!]{0,20}\b(?:taken|filmed|made)\b"
)
_FAKE = re.compile(r"\b(?:fake|deep ?fake\w*|ai|edited|photoshop\w*|made up|not real)\b")
_BALLPARK = re.compile(r"\bballpark\b|\b(?:a|one) week\?? (?:or )?two\b")
_INSTEAD_OF_CALL = re.compile(
    # "text or email instead of phoning" (round 42 p20); "email instead" alone: the older answers
    r"\b(?:text or e-?mail|e-?mail or text)\b[^?]{0,20}\binstead of (?:phoning|calling|a call"
    r"|the phone)\b"
)

# --- several people, one claim ---------------------------------------------------------------
_SEVERAL = re.compile(
    r"\bseparate claims?\b|\bone claim or\b|\bclaim (?:against|for) each\b|\beach (?:one|guy|person"
    r"|of them)\b[^?]{0,30}\b(?:claim|sue|tribunal)\b"
)

# --- a sharer's parent and deleting -----------------------------------------------------------
_DELETE = re.compile(
    r"\b(?:delet\w*|get rid of|erase|wipe)\b|\b(?:text|message|tell) (?:his|her|their) friends\b"
)

# Asked again: "what about deleting it? yes or no?", "I asked whether my son should delete it".
_REASKED = re.compile(
    r"\byes or no\b|\bwhat about\b|\bi asked\b|\bstill (?:haven'?t|didn'?t) (?:answer\w*|say)\b"
    r"|\byou didn'?t answer\b|\bor not\b"
)

# --- owing money -----------------------------------------------------------------------------
_DEBT = re.compile(r"\b(?:owes?|owed|owing|debt|pay (?:him|her|them) back)\b")
_MAKES_OK = re.compile(
    r"\b(?:make|makes|making) (?:the |his |her )?threat (?:ok|okay|legal|fine|alright)\b"
    r"|\b(?:does|do) (?:it|that) matter\b|\bstill illegal\b|\bhis right\b|\ballowed to\b"
)

# --- refusing to delete ----------------------------------------------------------------------
_REFUSES = re.compile(
    r"\b(?:refuses?|won'?t delete|doesn'?t delete|says? (?:he|she|they)(?:'ll| will|ll) keep"
    r"|keep them forever)\b"
)
_A_THREAT = re.compile(r"\b(?:count as|counts as|is that|is it|be) a threat\b")

# --- a helper contacting the person ---------------------------------------------------------------
_CONTACT_EX = re.compile(
    r"\b(?:should|can|could|do) i (?:just )?(?:message|text|contact|call|dm|confront)"
    r" (?:him|her ex|his ex|their ex|the ex)(?: myself| directly)?\b(?! back)"
    r"|\b(?:message|text|contact) (?:her|his|their|the) ex\b"
)
_HELPER = re.compile(
    r"\bmy (?:\w+ )?(?:friend|friend's|sister|sister's|brother|brother's|daughter|son|cousin"
    r"|coworker|roommate)\b"
)

# --- Take It Down: what it needs, own originals -----------------------------------------------
_TAKE_IT_DOWN = re.compile(r"\btake ?it ?down\b")
_NEEDS = re.compile(
    r"\boriginals?\b[^?]{0,60}\b(?:delet\w*|need)\b|\b(?:delet\w*|need)\b[^?]{0,40}\boriginals?\b"
)

# --- the tribunal and small claims -------------------------------------------------------------
_SMALL_CLAIMS = re.compile(r"\bsmall claims\b|\bprovincial court\b")
# The tribunal's damages limit, said as "75000", "$75,000" or "75k" (content/bc_routes.yml).
_LIMIT = int(value("bc_routes.crt_damages_limit"))
_OVER_LIMIT = re.compile(
    r"\b(?:more than|over|above|beyond|bigger than)\b[^?]{0,15}(?:\bthe (?:crt |tribunal )?limit\b"
    rf"|\$? ?{_LIMIT // 1000},?{_LIMIT % 1000:03d}\b|\b{_LIMIT // 1000}k\b)"
)

# --- free help in a calm first message -----------------------------------------------------------
_FREE_HELP = re.compile(
    r"\b(?:anyone|someone|somebody|anybody) (?:who |that )?(?:can|could) help (?:me )?(?:for free"
    r"|free)\b|\bfree help\b|\bhelp (?:me )?for free\b"
)

# --- the service by telephone --------------------------------------------------------------------
_BY_PHONE = re.compile(
    r"\b(?:can|could) (?:i|it|we) (?:do )?(?:all of (?:this|it)|it all|everything|all this|all)"
    r"(?: be done)? (?:by|over the) (?:tele)?phone\b|\bcan i just ring them\b"
    r"|\bneed a computer to apply\b"
)


# --- languages and abroad ------------------------------------------------------------------------
_VICTIMLINK_LANGUAGE = re.compile(
    r"\bvictim ?link\w*\b[^?]{0,30}\b(?:speak|talk|have|in)\b[^?]{0,15}\b(?:arabic|punjabi"
    r"|mandarin|cantonese|farsi|spanish|french|hindi|tagalog|korean|vietnamese|urdu|language"
    r"|languages|my language)\b"
)
_ABROAD = re.compile(
    r"\b(?:to|in) (?:jordan|india|china|pakistan|iran|mexico|the philippines|another country"
    r"|(?:my )?home country|back home|overseas|abroad)\b"
)

# --- a young writer asked for pictures -----------------------------------------------------------
_ASKED_PICS = re.compile(
    r"\b(?:ask\w*|beg\w*|want\w*|pressur\w*|keeps? asking)\b[^.?!]{0,25}\b(?:pics?|photos?"
    r"|pictures?|nudes?|images?|one)\b"
)
_SAY_TO_HIM = re.compile(
    r"\bwhat (?:do|should|can) i (?:even )?(?:say|tell|text)(?: (?:to|back to))? (?:him|her|them)\b"
    r"|\b(?:do|must) i (?:have to )?send (?:him |her |them )?(?:something|anything|one|a pic)"
    r"\b[^?]{0,30}\b(?:stops?|leaves? me alone|goes? away)\b"
)

# --- waiting for the lawyer, reporting to the platform -----------------------------------------
_WAIT = re.compile(
    r"\b(?:over a week|a week or more|more than a week)\b[^?]{0,40}\bbefore i (?:actually )?"
    r"(?:talk|speak|meet|get)\b[^?]{0,15}\blawyer\b"
)
_REPORT_PLATFORM = re.compile(
    r"\b(?:should|can|could|do) i (?:just )?report (?:it|the (?:acc?ount|post|profile|page)|them)"
    r" (?:to )?(?:instagram|insta|ig|snapchat|snap|tiktok|facebook|fb|twitter|x|reddit|discord"
    r"|the app|the site|the platform)\b|\bi mean report the acc?ount to \w+(?: itself)?\b"
)


def _sharer_parent(earlier: list[str], text: str) -> bool:
    lowered = [plain_lower(t) for t in earlier[-6:]]
    return writer_role.writer_role(
        [*earlier, text]
    ) == writer_role.PARENT_SHARER or ages23.own_child_shared(lowered)


def kind(
    text: str,
    earlier: list[str],
    is_minor: object = None,
    replies: list[str] | None = None,
) -> list[str] | None:
    """The answer to one of the module's kinds, or None."""
    if not text or text.startswith("/"):
        return None
    cleaned = plain_lower(text)
    told = [plain_lower(t) for t in earlier[-6:]]
    if (
        _PAY_ASKED.search(cleaned)
        and "utter_sextortion_steps" in (replies or [])[-6:]
        and not _DEADLINE.search(cleaned)  # "300 by tonight": the older deadline answer
    ):
        # Round 41 p02: the whole steps again; the short answer, and what if they send them.
        if _IF_THEY_SEND.search(cleaned):
            young = young_now([*earlier, cleaned], is_minor)
            return [PAY_SHORT, IF_SENT_YOUNG if young else IF_SENT]
        return [PAY_SHORT]
    if _WHICH_TOOL.search(cleaned) and any(_TAKEN_YOUNG.search(t) for t in [*told, cleaned]):
        return [WHICH_TOOL_YOUNG]
    if re.search(r"\bstop ?ncii\b", cleaned) and _FAKE.search(cleaned) and "?" in cleaned:
        return [STOPNCII_FAKE]
    if _THREAT_IF.search(cleaned) and _COUNTS.search(cleaned) and not _MONEY.search(cleaned):
        return list(THREAT_COUNTS)
    if _FREE_HELP.search(cleaned) and not earlier and situation_said_earlier([text]) == SHARED:
        return list(FREE_HELP)
    if (
        _REPORT_PLATFORM.search(cleaned)
        and not re.search(r"\b(?:police|cops|rcmp)\b", cleaned)
        and not any(_HELPER.search(t) for t in [*told, cleaned])
    ):
        return [PLATFORM]
    if _VICTIMLINK_LANGUAGE.search(cleaned):
        return [VICTIMLINK_LANGUAGE, ABROAD] if _ABROAD.search(cleaned) else [VICTIMLINK_LANGUAGE]
    if _SEVERAL.search(cleaned):
        return [CLAIM_SEVERAL]
    if _SMALL_CLAIMS.search(cleaned) and re.search(r"\b(?:crt|tribunal)\b", cleaned):
        return [CRT_VS_SMALL_CLAIMS]
    if _OVER_LIMIT.search(cleaned):
        return [CRT_DAMAGES]
    if _TAKE_IT_DOWN.search(cleaned) and _NEEDS.search(cleaned):
        return [TAKE_IT_DOWN_NEEDS]
    if not earlier:
        return None
    if _DEBT.search(cleaned) and _MAKES_OK.search(cleaned):
        return [DEBT]
    if _REFUSES.search(cleaned) and _A_THREAT.search(cleaned):
        return [REFUSE]
    if _OTHER_NUMBER.search(cleaned):
        return [OTHER_NUMBERS]
    if _IIPS_NAMED.search(cleaned) and _HE_LEARNS.search(cleaned):
        return [IIPS_TELLS_HIM]
    if _STILL_UP.search(cleaned) and _GOING_ON.search(cleaned) and "?" in cleaned:
        return [STILL_UP]
    if _INSTEAD_OF_CALL.search(cleaned):
        return [APPLY_BY_EMAIL]
    if _BALLPARK.search(cleaned) and any("lawyer" in t for t in told):
        return [WAIT_TIME]
    if _WAIT.search(cleaned):
        return [WAIT_TIME]
    young = young_now([*earlier, cleaned], is_minor)
    if young and _SAY_TO_HIM.search(cleaned) and any(_ASKED_PICS.search(t) for t in told):
        return [WHAT_TO_SAY_YOUNG]
    if _DELETE.search(cleaned) and _REASKED.search(cleaned) and _sharer_parent(earlier, text):
        return [SHARER_DELETE_SHORT]
    if (
        _CONTACT_EX.search(cleaned)
        and any(_HELPER.search(t) for t in told)
        and not re.search(r"\b(?:pretend\w*|threaten\w*|scare)\b", cleaned)
    ):
        return [HELPER_CONTACT_EX]
    if _BY_PHONE.search(cleaned) and not re.search(r"\b(?:crt|tribunal)\b", cleaned):
        if PHONE_SOMEONE in (replies or []):
            return [PHONE_ALL_THE_WAY]  # asked again: the whole way by phone, what isn't known
        # "by telephone, and would the lawyer cost me anything?": both parts (round 40 p03)
        return [PHONE_SOMEONE, COST] if _COST.search(cleaned) else [PHONE_SOMEONE]
    return None


def follow_up(
    text: str,
    previous: list[str],
    earlier: list[str],
    is_minor: object = None,
    replies: list[str] | None = None,
) -> list[str] | None:
    """The answer, without what the turn before already sent (asked again, the next reader
    answers)."""
    found = kind(text, earlier, is_minor, replies)
    return fresh(found, previous) if found else None
