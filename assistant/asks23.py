"""Round 23 kinds 1, 2, 6 and 7 (asks23): a plain question skipped or met with a stock block,
"doesn't say" with nobody to ask, plain wording misread, a fact nobody gave.

- the intake number asked by someone outside B.C. ("what's the number?", "can I still call
  the BC line to ask?"): the number, with "for people who live in B.C.; call to ask";
- the service's income test ("is it income tested?"): what the page says about income;
- asking the other person in writing ("should I text him asking to delete them so there's a
  record"): not the service's email; sources silent, evidence, the IIPS can contact him;
- applying by email, how long, the meeting's hours: what the page says, and who can say more;
- images sent by text, not online ("does it still count"): the page's own forwarding example;
- an order reaching the people he sent them to ("can I make his friends delete it"): what
  an order covers, and that the sources don't say whether it names them;
- having lived in B.C. when it happened, now living elsewhere: never read as living in B.C.;
- the police non-emergency number: not listed; how to find it;
- the tribunal's fee for damages.
("will he know it was me" alone and "can he go to jail" were dropped: see follow_up's end.)

Read in InterruptPolicy._direct_answer first in the block outside forms, never for a safety
intent. Plain functions, no Rasa; responses in domain/asks23.yml and the older files named.
"""

from __future__ import annotations

import re

from assistant import helper_script, roles22
from assistant.fresh_answers import fresh
from assistant.home_reading import PAST, place_mentions
from assistant.is_question import is_question
from assistant.plain_text import plain_lower

OUTSIDE_INTAKE = "utter_crt_outside_bc_intake"
INCOME = "utter_income_considered"
WRITING_TO_HIM = "utter_writing_to_him"
WRITING_TO_HIM_SAFETY = "utter_writing_to_him_safety"
BY_EMAIL = "utter_apply_by_email"
WAIT_TIME = "utter_wait_time"
MEETING_TIMES = "utter_meeting_times"
SENT_PRIVATELY = "utter_sent_privately_counts"
HELPER_SUPPORT = "utter_helper_adult_support"
CHILD_SUPPORT = "utter_helper_talk"  # helper_script's support guidance for a helped child
SHARER_TALK = "utter_own_child_talk"  # a parent whose own child shared someone's image
ORDER_REACH = "utter_order_reach_others"
PAST_HOME = "utter_past_home_bc"
CRT_OUTSIDE = "utter_crt_outside_bc"
POLICE_NUMBER = "utter_police_number"
OTHER_PLACE = "utter_other_place_routes"
CHEAPER = "utter_cheaper_than_lawyer"
DAMAGES_FEE = "utter_crt_damages_fee"

# Asked again right after its answer: the point once more, short (never one block twice).
AGAIN = {
    OUTSIDE_INTAKE: "utter_outside_bc_intake_again",
    WRITING_TO_HIM: "utter_writing_to_him_again",
    POLICE_NUMBER: "utter_police_number_again",
}
KIND = "asks23"  # the kind the policy names when it adds a message's other parts
ANSWERS = (
    OUTSIDE_INTAKE,
    INCOME,
    WRITING_TO_HIM,
    WRITING_TO_HIM_SAFETY,
    BY_EMAIL,
    WAIT_TIME,
    MEETING_TIMES,
    SENT_PRIVATELY,
    HELPER_SUPPORT,
    CHILD_SUPPORT,
    SHARER_TALK,
    ORDER_REACH,
    PAST_HOME,
    CRT_OUTSIDE,
    POLICE_NUMBER,
    OTHER_PLACE,
    CHEAPER,
    DAMAGES_FEE,
    *AGAIN.values(),
)


# --- the intake number from outside B.C. ----------------------------------------------------
_NUMBER = re.compile(
    r"\b(?:what'?s|whats|what is|give me|need|send me|got|have) (?:the |their |its |a |ur |your )?"
    r"(?:phone |intake |toll[- ]free )?(?:number|#|phone)\b"
    r"|\bwhat number\b|\bthe number\b\W*$"
)
_CALL_TO_ASK = re.compile(
    r"\b(?:call|phone|ring|contact|email|reach)\b[^.?!]{0,40}\b(?:intake|legal advice|the line"
    r"|that line|the service|the lawyers?|the free lawyer|them|they)\b[^.?!]{0,40}"
    r"\b(?:to ask|just to ask|and ask|ask (?:if|whether)|if they'?d|whether they'?d|if they can"
    r"|whether they can|if they (?:would|will|could) help|anyway)\b"
)


def outside_intake(cleaned: str) -> bool:
    return bool(_NUMBER.search(cleaned) or _CALL_TO_ASK.search(cleaned))


# --- the service's income test --------------------------------------------------------------
_INCOME = re.compile(
    r"\bincome[- ](?:test\w*|based|limits?|cut[- ]?offs?|requirements?|check\w*)\b"
    r"|\bmeans[- ]test\w*\b|\b(?:earn|make) too much\b|\btoo (?:rich|well[- ]off)\b"
    r"|\b(?:does|do|would|will) (?:my )?(?:income|salary|wages?|pay) (?:\w+ )?(?:matter|count"
    r"|affect|disqualif\w*)\b|\bmy question was (?:about|on) (?:my )?(?:income|money|salary)\b"
    r"|\bis there an income\b|\bbased on income\b"
)


# A worker asking for clients: writer_frames' answer "for your clients" (round 16).
_FOR_CLIENTS = re.compile(r"\b(?:my|our|the|his|her) clients?\b|\bclients?'s?\b")

# "is there any low cost legal help" alone keeps the free service's answer (its 3 free hours come
# first); a low-cost option asked instead of a lawyer or after "if I make too much" is this one.
_CHEAPER = re.compile(
    r"\bcheaper than (?:a |an )?(?:\w+ )?(?:lawyer|attorney)\b"
    r"|\blow[- ]cost (?:option|lawyer|clinic)\b"
    r"|\blow[- ]cost (?:legal |help)[^.?!]{0,30}\b(?:instead|other than|besides|if)\b"
    r"|\b(?:less expensive|more affordable) (?:than|option|lawyer|way)\b"
)


# --- asking him in writing ----------------------------------------------------------------
_TO_HIM = r"(?:him|her|my ex|the guy|this guy|that guy|the person|the girl|my ex-?\w+|the sender)"
_WRITING_TO_HIM = re.compile(
    r"\b(?:ask(?:ed|ing)?|messag(?:e|ed|ing)|msg|text(?:ed|ing)?|e-?mail(?:ed|ing)?|write to"
    r"|dm|tell|send)\b (?:\w+ ){0,2}?"
    + _TO_HIM
    + r"\b[^?.!]{0,60}\b(?:in writing|in a text|by text|by email|by message|in a message"
    r"|written|a record|on record|proof (?:that|i)|paper trail|evidence (?:that|i))\b"
    r"|\b(?:in writing|written request|paper trail)\b[^?.!]{0,60}\b(?:ask|tell|request)\w* "
    + _TO_HIM
    + r"\b"
    r"|\b(?:messag(?:e|ed|ing)|text(?:ed|ing)?|e-?mail(?:ed|ing)?|write to|dm)\b (?:\w+ ){0,2}?"
    + _TO_HIM
    + r" (?:\w+ ){0,2}?"
    r"asking (?:him|her|them) to (?:delete|remove|get rid)"
)


# --- email, how long, meeting hours --------------------------------------------------------
_BY_EMAIL = re.compile(
    r"\b(?:apply|applying|application|start|contact|reach|intake|do (?:it|this|that|everything"
    r"|all of it|the whole thing)|talk to them)\b[^?.!]{0,25}"
    r"\b(?:by|over|through|via|with) (?:e-?mail|email|writing)\b"
)
_WORK_HOURS_CALL = re.compile(
    r"\b(?:can'?t|cant|cannot|not able to|unable to)\b[^?.!]{0,20}\b(?:take|answer|make|talk"
    r"|get) (?:\w+ )?(?:calls?|on the phone|the phone)\b"
)
_WAIT = re.compile(
    r"\b(?:a|one|1) (?:week|wk) or (?:two|2)\b|\bhow long (?:until|till|before|does it take"
    r"|will it take)\b[^?.!]{0,40}\b(?:lawyer|meeting|appointment|talk)\b"
)
_MEETING_WORD = re.compile(
    r"\b(?:meeting|meet|appointment|appt|call with the lawyer|the lawyer|consult\w*|session)\b"
)
_MEETING_TIME = re.compile(
    r"\b(?:evenings?|at night|nights|weekends?|saturday|sunday|after work|after (?:5|6|7|five"
    r"|six|seven)|outside (?:of )?(?:work|business|office) hours|lunch ?(?:break|time)?"
    r"|before work|early morning)\b"
)


# --- sent by text, not online --------------------------------------------------------------
_SENT_PRIVATELY = re.compile(
    r"\b(?:by|in a|through|over|via) (?:text|texts|text message|sms|dm|dms|email|messenger"
    r"|whatsapp|private message)\b"
    r"|\b(?:texted|messaged|emailed|dm'?d|airdropped) (?:\w+ ){0,2}?(?:them|it|the \w+|pics?"
    r"|photos?|pictures?|nudes?|images?|videos?) to\b"
    r"|\bnot (?:online|posted|on the internet|on a site|public)\b"
    r"|\b(?:texted|emailed|e-mailed|messaged|dm'?d|whatsapped|airdropped)\b"
    r"|\bnothing (?:was |is |got )?(?:posted|put|online|uploaded)\b"
    r"|\b(?:never|didn'?t|did not|wasn'?t|not) (?:post\w*|put)\b[^?.!]{0,20}\b(?:online|anywhere"
    r"|on the internet|publicly)\b"
)
_SENT = re.compile(r"\b(?:sent|send|texted|emailed|messaged|forwarded|shared|showed|dm'?d)\b")
_NOT_BY_EMAIL = re.compile(
    r"\b(?:police|cops|rcmp|cybertip|tribunal|crt|sent|send|shared|posted)\b"
)
_THREAT = re.compile(r"\bthreat\w*|\bgonna (?:post|send|share)\b|\bgoing to (?:post|send|share)\b")
_PRINTED = re.compile(r"\bprint\w*|\bpaper\b|\bhard ?cop\w*|\bphysical\b")
_COUNTS = re.compile(
    r"\b(?:count|counts|still (?:a crime|illegal|against the law|sharing)|against the law"
    r"|illegal|a crime|considered sharing|the same|matter)\b"
)


# --- support the person helped --------------------------------------------------------------
_SUPPORT_HER = re.compile(
    r"\bhow (?:can|do|should|could) (?:i|we) (?:best )?(?:support|be there for|comfort)"
    r" (?:her|him|them|my (?:daughter|son|child|kid|wife|husband|partner|friend|sister"
    r"|brother|mom|mother|dad|father|girlfriend|boyfriend|niece|nephew|granddaughter|grandson))\b"
)
# The helped person named earlier: a relative or friend, with an adult age or no age.
_HELPED = re.compile(
    r"\bmy (?:daughter|son|child|wife|husband|partner|friend|sister|brother|mom|mother|dad"
    r"|father|girlfriend|boyfriend|niece|nephew|granddaughter|grandson|client|cousin)\b"
)
_YOUNG = re.compile(
    r"\b(?:[1-9]|1[0-7]) ?(?:yo|y/o|years? old|yr old)\b|\b(?:is|she'?s|he'?s|turned) (?:[1-9]"
    r"|1[0-7])\b|\b(?:little|teen\w*|minor|grade \d+|in school|high school)\b"
)


# The helpers' buttons send this payload (domain/*.yml: "How can I support them?", "How do I
# talk to them?"); /ask_support_services alone stays the support services' list ("Other help").
SUPPORT_THEM_PAYLOAD = re.compile(r"^/ask_support_services\{.*support_them")
# The same buttons' titles typed (read here, not by new training examples: those moved other
# messages' intents).
SUPPORT_THEM_TITLE = re.compile(
    r"^how (?:can|do) i (?:support|help|talk to) them\W*$", re.IGNORECASE
)


def support_answer(texts: list[str]) -> list[str]:
    """How to support the person helped: a child's guidance, a sharer's parent's, or an
    adult's (no age said: the adult's, which says to let them decide)."""
    told = helper_script.story(texts)
    if told == helper_script.SHARER:
        return [SHARER_TALK]
    recent = [plain_lower(t) for t in texts[-6:]]
    if told == helper_script.CHILD or any(_YOUNG.search(t) for t in recent):
        return [CHILD_SUPPORT]
    return [HELPER_SUPPORT]


# --- an order reaching his friends ----------------------------------------------------------
_OTHERS = (
    r"(?:(?:his|her|their|the|those|my ex'?s) (?:\w+ )?(?:friends|buddies|mates|boys|family"
    r"|coworkers|co-workers|roommates|people)|everyone (?:he|she|they) (?:sent|showed|shared)"
    r"|(?:the )?people (?:he|she|they) (?:sent|showed|shared)|anyone (?:else )?who has)"
)
_ORDER_OTHERS = re.compile(
    r"\b(?:make|order|force)\b (?:\w+ ){0,4}?" + _OTHERS + r"\b[^?.!]{0,40}"
    r"\b(?:delete|remove|erase|get rid)\b"
    r"|\b(?:delete|remove|erase)\b[^?.!]{0,30}\b(?:from|off) " + _OTHERS + r"\b"
    r"|\b(?:order|orders|claim|tribunal|crt)\b[^?.!]{0,40}\b(?:cover|include|reach|apply to"
    r"|name|against)\b[^?.!]{0,15}" + _OTHERS + r"\b"
    r"|" + _OTHERS + r"\b[^?.!]{0,20}\b(?:be ordered|have to|be made|be forced|be told) to"
    r" (?:delete|remove|erase)\b"
)


# --- lived in B.C. when it happened ---------------------------------------------------------
_DOES_IT_MATTER = re.compile(
    r"\b(?:does|would|will|do) (?:that|it|this) (?:\w+ ){0,2}?(?:change|matter|count|help"
    r"|make a difference)\b|\bmatter that\b|\bstill (?:qualify|count|apply|get)\b"
)
_TRIBUNAL = re.compile(r"\b(?:tribunal|crt|civil resolution)\b")
# Only where it happened (p33); "he lives in B.C." alone keeps the older readers' answer
# (practical_next, place_questions), which adds what fits the writer.
_THERE = re.compile(
    r"\b(?:happened|happen|posted|shared) (?:\w+ ){0,2}?(?:there|in b\.?c\.?|in bc)\b"
)


# --- the police non-emergency number --------------------------------------------------------
_POLICE_NUMBER = re.compile(
    r"\b(?:what|whats|find|look up|get|don'?t know|dont know|do not know|don'?t have|dont have"
    r"|need|give me|where|which)\b[^?.!]{0,40}\bnon[- ]?emergency (?:\w+ )?(?:number|line|#"
    r"|phone)\b"
    r"|\bnon[- ]?emergency (?:\w+ )?(?:number|#|phone number)\b\W*\?"
    r"|\b(?:number|phone number|#) (?:for|of) (?:the )?(?:local )?(?:police|cops|rcmp)\b"
    r"|\b(?:police|rcmp)(?:'s)? (?:phone )?number\b"
)


# --- damages' fee at the tribunal -----------------------------------------------------------
_FEE = re.compile(r"\b(?:fee|fees|cost|costs|charge|pay for|free|price)\b")
_MONEY_PART = re.compile(
    r"\b(?:damages|compensation|money (?:part|claim|from him|from her|from them)|the money"
    r"|claim for money|money claim|want money|get money|sue for money|award)\b"
)


def _past_bc_home(cleaned: str) -> bool:
    return any(m.in_bc and m.owner == PAST for m in place_mentions(cleaned))


def follow_up(
    text: str,
    previous: list[str],
    earlier: list[str],
    outside_bc: bool,
) -> list[str] | None:
    """The answer to one of the module's kinds, or None. `previous`: the actions of the turn
    before; `earlier`: the person's earlier messages; `outside_bc`: the person's latest home
    named is outside B.C."""
    if text and (SUPPORT_THEM_PAYLOAD.match(text) or SUPPORT_THEM_TITLE.match(text.strip())):
        # The helper's button "How can I support them?" (round 23, p26): its own answer.
        return fresh(support_answer(earlier), previous)
    if not text or text.startswith("/"):
        return None
    cleaned = plain_lower(text)
    if not is_question(cleaned):
        return None
    found = _kind(cleaned, earlier, outside_bc, previous)
    kept = fresh(found, previous)
    if kept or not found:
        return kept
    again = AGAIN.get(found[0])
    return [again] if again and again not in previous else None


def _kind(cleaned: str, earlier: list[str], outside_bc: bool, previous: list[str]) -> list[str]:
    told = [plain_lower(t) for t in earlier]
    if outside_bc and _past_bc_home(cleaned) and _DOES_IT_MATTER.search(cleaned):
        return [PAST_HOME]
    if outside_bc and _TRIBUNAL.search(cleaned) and _THERE.search(cleaned):
        return [CRT_OUTSIDE, OUTSIDE_INTAKE]  # as answer_kinds_practical.CRT_OUTSIDE_BC
    if outside_bc and outside_intake(cleaned):
        return [OUTSIDE_INTAKE]
    if _POLICE_NUMBER.search(cleaned) or (
        POLICE_NUMBER in previous and re.search(r"\b(?:that|the|this|their) number\b", cleaned)
    ):
        return [POLICE_NUMBER]
    if _WRITING_TO_HIM.search(cleaned):
        return [WRITING_TO_HIM, WRITING_TO_HIM_SAFETY]
    if _ORDER_OTHERS.search(cleaned):
        return [ORDER_REACH]
    if _FEE.search(cleaned) and _MONEY_PART.search(cleaned):
        tribunal_before = any("crt" in name or "tribunal" in name for name in previous)
        if _TRIBUNAL.search(cleaned) or tribunal_before or "fee" in cleaned:
            return [DAMAGES_FEE]
    if _CHEAPER.search(cleaned) and not _FOR_CLIENTS.search(cleaned):
        # "and if I make too much, is there a low cost option?": the income part once.
        return [INCOME, CHEAPER] if _INCOME.search(cleaned) else [CHEAPER]
    if _INCOME.search(cleaned) and not _FOR_CLIENTS.search(" ".join([*told[-6:], cleaned])):
        return [INCOME]
    if _MEETING_WORD.search(cleaned) and _MEETING_TIME.search(cleaned):
        return [MEETING_TIMES]
    by_email = _BY_EMAIL.search(cleaned) or (
        _WORK_HOURS_CALL.search(cleaned) and "email" in cleaned
    )
    if by_email and not _NOT_BY_EMAIL.search(cleaned):
        return [WAIT_TIME, BY_EMAIL] if _WAIT.search(cleaned) else [BY_EMAIL]
    # Printed copies keep their own answer (utter_physical_copies...).
    sent = _SENT.search(cleaned) and not _THREAT.search(cleaned) and not _PRINTED.search(cleaned)
    if sent and _SENT_PRIVATELY.search(cleaned) and _COUNTS.search(cleaned):
        return [SENT_PRIVATELY]
    if _SUPPORT_HER.search(cleaned) and any(_HELPED.search(t) for t in [*told[-6:], cleaned]):
        # A young receiver helping the friend pictured keeps roles22's answer.
        if not roles22.help_friend(cleaned, earlier, previous):
            return support_answer([*earlier, cleaned])
    # Dropped (session 22 fix): "will he know it was me" alone and "can he go to jail" in a
    # first message. Read here first, they took the older readers' answers fitted to who writes
    # (a teen's Kids Help Phone, a worker's job, voyeurism for a hidden camera, the crime
    # answer's "18 or older"). "Will he know" beside another question is still added
    # (question_parts.py, part "will_he_know").
    return []


# Inside the eligibility check: the income question answered, then the check goes on (the
# policy's form path, as followups22's suing question).
INCOME_IN_FORM_KIND = "asks23_income_in_form"
IN_FORM: dict[str, list[str]] = {INCOME_IN_FORM_KIND: [INCOME]}


def income_in_form(text: str) -> bool:
    cleaned = plain_lower(text)
    return bool(_INCOME.search(cleaned) or re.search(r"\b(?:my |about )income\b", cleaned))
