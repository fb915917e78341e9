"""Questions the sources answer that got "I'd rather not guess" (round 18, kind 2), and the
retriever's answer (assistant/answer_retriever.py) before the honest "doesn't say".

Direct answers, each from the sources (service-page.txt, bc-facts.md):
- who may be on the call (a support worker, trusted adult or friend; no age limit): p08;
- help with a tribunal claim, by phone, without a computer (the IIPS helps with CRT claims): p10,
  p22;
- the government service asking sites for removal for you (the IIPS contacts platforms): p21;
- what the tribunal can order (delete, stop sharing, damages up to $75,000): p25;
- whether to keep copies given back or found (evidence, never an image of someone under 18):
  p10;
- a young person who will see the person who asked for images (a coach at practice): tell a
  safe adult first, Kids Help Phone, Cybertip.ca (p27); an adult: VictimLinkBC;
- which numbers are toll-free (the sources mark only 1-888-685-6222): p30.

Plain Python over the latest message; the InterruptPolicy sends the answer
(domain/coverage_answers.yml), never on crisis or danger and never inside a form.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from assistant import safety
from assistant.plain_text import plain_lower

SUPPORT_ON_CALL = "coverage_support_on_call"
CRT_HELP = "coverage_crt_help"
IIPS_FOR_YOU = "coverage_iips_for_you"
CRT_ORDERS = "coverage_crt_orders"
KEEP_COPIES = "coverage_keep_copies"
SEE_THEM_YOUNG = "coverage_see_them_young"
SEE_THEM_ADULT = "coverage_see_them_adult"
TOLL_FREE = "coverage_toll_free"
# The retriever's block (the answers are the block itself, chosen per message).
RETRIEVED = "coverage_retrieved"

ANSWERS = {
    SUPPORT_ON_CALL: ["utter_coverage_support_on_call"],
    CRT_HELP: ["utter_coverage_crt_help"],
    IIPS_FOR_YOU: ["utter_coverage_iips_for_you"],
    CRT_ORDERS: ["utter_coverage_crt_orders"],
    KEEP_COPIES: ["utter_coverage_keep_copies"],
    SEE_THEM_YOUNG: ["utter_coverage_see_them_young"],
    SEE_THEM_ADULT: ["utter_coverage_see_them_adult"],
    TOLL_FREE: ["utter_coverage_toll_free"],
}
KINDS = frozenset(ANSWERS) | {RETRIEVED}
NO_HALVES = KINDS

_ASKS = r"(?:can|could|may|should|do|does|did|will|would|is|are|must|who|what|how|which|where)"

_SUPPORT_ON_CALL = re.compile(
    r"\b(?:(?:sit|listen|be) in on|be on|join|be (?:there|present|with (?:her|him|them|me))"
    r"|come (?:on|to|with)|stay on|accompany)\b[^?.!]*\b(?:call|meeting|appointment|lawyer"
    r"|intake|there)\b"
    r"|\b(?:parents?|mom|dad|guardian)s? (?:have|has|need|needs) to be (?:there|on|present)"
    r"|\b(?:must|does|do) (?:a |her |his |their |my )?(?:parents?|mom|dad|guardian)s?"
    r" (?:have to |need to )?be (?:there|on the call|present)"
)
_CRT = r"(?:tribunal|crt|claim|civil resolution)"
_CRT_HELP = re.compile(
    rf"\b(?:who|someone|anyone|anybody|help)\b[^?.!]*\b(?:fill(?:ing)? (?:in|out)|do|make|file"
    rf"|filing|start|with)\b[^?.!]*\b{_CRT}"
    rf"|\b{_CRT}\b[^?.!]*\b(?:by (?:tele)?phone|over the phone|on the phone|without (?:a )?"
    rf"(?:computer|internet|the internet)|on paper|in person)"
    rf"|\b(?:by (?:tele)?phone|over the phone|on the phone)\b[^?.!]*\b{_CRT}"
    rf"|\b(?:no|don'?t have a|do not have a|dont have a|without a) (?:computer|laptop|internet)"
    rf"\b[^?]*\b(?:by (?:tele)?phone|over the phone|on the phone|on paper)"
)
_IIPS_FOR_YOU = re.compile(
    r"\b(?:government(?: service)?|protection service|iips|they|someone|somebody|anyone)\b"
    r"[^?.!]*\b(?:do (?:it|that|this) for me|take (?:it|them) down for me|contact (?:the )?"
    r"(?:site|website|platform|app|company)s?(?: for me)?|ask (?:the )?(?:site|website|platform"
    r"|app|company)s?|get (?:it|them) (?:taken )?(?:down|removed) for me|report (?:it|them) for"
    r" me)"
)
_CRT_ORDERS = re.compile(
    r"\b(?:made to|make (?:him|her|them)|force (?:him|her|them)|order (?:him|her|them)"
    r"|get (?:him|her|them) to)\b[^?.!]*\b(?:delete|remove|take (?:it|them) down|pay|stop)"
    r"|\b(?:pay me|compensat\w*|damages|money for (?:this|it|what)|get money|sue (?:him|her|them))"
)
# "should I make him delete it?" (a parent about their son): not the tribunal's orders.
_SHOULD_I_MAKE = re.compile(r"\bshould (?:i|we) (?:make|force|get|tell)\b")
_KEEP_COPIES = re.compile(
    r"\b(?:should|do|can|must) (?:i|we) (?:keep|hold on to|hang on to|throw (?:out|away)"
    r"|destroy|burn|shred|get rid of|bin)\b[^?.!]*\b(?:photo\w*|pictures?|pics?|prints?"
    r"|printouts?|copies|copy|letters?|envelopes?|them|these|those)\b"
)
_SEE_THEM = re.compile(
    r"\b(?:practice|training|game|class|school|lesson|rehearsal|shift|work|camp|team|church"
    r"|meeting)\b[^?]*\b(?:tomorrow|tonight|this week|next week|again|on monday|on saturday)"
    r"|\b(?:see|face|be around|be near|run into) (?:him|her|them|my coach|my teacher|my boss)"
    r"\b[^?.!]*\b(?:tomorrow|tonight|again|every day|this week)"
)
_WHAT_TO_DO = re.compile(
    r"\bwhat (?:am i|do i|should i|can i|would i)\b|\bdo i (?:just )?(?:go|stay|skip|quit)"
    r"|\bshould i (?:go|stay|skip|quit)|\bhow do i\b|\bwhat now\b|\bgo like normal\b"
)
_TOLL_FREE = re.compile(
    r"\btoll[- ]?free\b|\blong[- ]distance\b|\bfree (?:to|of charge to) (?:call|phone)"
    r"|\bcosts? (?:money )?to (?:call|phone)|\bcharged? (?:for|to) (?:the )?call"
    r"|\b(?:number|line|call)s? (?:is|are) free\b|\bfree (?:number|line|call)s?\b"
)


# Only in place of the honest "doesn't say": the tribunal's own readers answer its questions.
ONLY_FOR_HONEST_ANSWER = frozenset({CRT_ORDERS})
# Another reader's answer replaced by these only ("we have class tomorrow, what am I supposed
# to do?" after "my teacher asked for pics": the pressure answer again, not what to do).
_SEE_THEM_KINDS = frozenset({SEE_THEM_YOUNG, SEE_THEM_ADULT})
REPLACES = {
    "youth_asked_by_adult": _SEE_THEM_KINDS,
    "pressured_to_send": _SEE_THEM_KINDS,
    "asked_for_images_none_sent": _SEE_THEM_KINDS,
}


def coverage_kind(
    text: str,
    young: bool,
    sent_before: Iterable[str] = (),
    honest_answer: bool = True,
    replacing: str | None = None,
) -> str | None:
    """The direct answer for a question the sources answer, or None. Never one already sent.
    `honest_answer`: the message got "doesn't say" or the question fallback (else nothing read
    it). `replacing`: the kind another reader chose, replaced only by its REPLACES kinds."""
    said = plain_lower(text or "").replace("\u2019", "'")
    if safety.read_safety(text or "") or safety.safety_intent(text or ""):
        return None  # crisis or danger words: the safety net answers
    if not said or not re.search(rf"\?|\b{_ASKS}\b|\bwhat now\b", said):
        return None
    kind = None
    if _TOLL_FREE.search(said):
        kind = TOLL_FREE
    elif _SUPPORT_ON_CALL.search(said):
        kind = SUPPORT_ON_CALL
    elif _CRT_HELP.search(said):
        kind = CRT_HELP
    elif _IIPS_FOR_YOU.search(said):
        kind = IIPS_FOR_YOU
    elif _CRT_ORDERS.search(said) and not _SHOULD_I_MAKE.search(said):
        kind = CRT_ORDERS
    elif _KEEP_COPIES.search(said):
        kind = KEEP_COPIES
    elif _SEE_THEM.search(said) and _WHAT_TO_DO.search(said):
        kind = SEE_THEM_YOUNG if young else SEE_THEM_ADULT
    if kind and ANSWERS[kind][0] in set(sent_before):
        return None
    if kind in ONLY_FOR_HONEST_ANSWER and not honest_answer:
        return None
    if replacing and kind not in REPLACES.get(replacing, frozenset()):
        return None
    return kind
