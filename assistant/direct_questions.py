"""Plain direct questions that got a false alarm, "Did you mean" or "doesn't answer that"
(issue 16, simulated users round 8, helper r8c): how long one must live in B.C. first, "is it
going to be okay?", a helper asking who can keep the person safe, and who helps when the images
were not shared. Each gets what the sources say, or that they don't and who can tell.

Plain Python over the lower-cased message; assistant/answer_kinds.py marks the message and the
InterruptPolicy answers it with static responses (domain/direct_questions.yml).
"""

from __future__ import annotations

import re

from assistant.plain_text import plain_lower

RESIDENCE_TIME = "residence_time"
REASSURANCE = "reassurance"
HELPER_SAFETY = "helper_safety"
HELP_NOT_SHARED = "help_not_shared"
ANSWERS: dict[str, list[str]] = {
    RESIDENCE_TIME: ["utter_residence_time"],
    REASSURANCE: ["utter_reassurance"],
    HELPER_SAFETY: ["utter_helper_safety"],
    # domain/image_kinds.yml: the IIPS also helps when images are held but not shared.
    HELP_NOT_SHARED: ["utter_held_not_shared", "utter_held_not_shared_routes"],
}
KINDS = tuple(ANSWERS)

_BC = (
    r"(?:bc|b\.c\.?|british columbia|the province|canada|there|here|victoria|vancouver"
    r"|kelowna|surrey|burnaby|nanaimo|kamloops|richmond|abbotsford|prince george)"
)
_LIVE = r"(?:live|lived|living|reside|resided|residing|been (?:in|living in)|be a resident)"
# "a minimum time I have to live in BC", "how long do I need to have lived there", "a waiting
# period after I move": a question about residence, not about life.
_RESIDENCE_TIME = re.compile(
    r"\b(?:minimum|min|certain|set|required|specific)\b[^.!?]{0,40}\b(?:time|amount of time"
    r"|period|months?|years?|weeks?|days?|length of time)\b"
    rf"[^.!?]{{0,40}}\b{_LIVE}\b"
    rf"|\bhow long\b[^.!?]{{0,40}}\b{_LIVE}\b(?: (?:in|at) )?[^.!?]{{0,10}}\b{_BC}"
    rf"|\b{_LIVE}\b[^.!?]{{0,30}}\b(?:for )?(?:a |at least a )?(?:minimum|certain|set|required)"
    r" (?:number of |amount of |length of )?(?:time|months?|years?|weeks?|days?|while)\b"
    r"|\bwaiting period\b|\bresidency (?:requirement|rule|period)s?\b"
    r"|\b(?:wait|waiting)\b[^.!?]{0,30}\b(?:after|once|when) (?:i|we) (?:move|get there|arrive"
    r"|relocate)"
)

# "is it going to be okay?", "will everything be alright", "will this ever end?".
_REASSURANCE = re.compile(
    r"\b(?:is|will) (?:it|this|everything|things|all this|all of this) (?:\w+ )?"
    r"(?:going to|gonna|gunna|be)\b[^.!?]{0,12}\b(?:ok|okay|alright|all right|fine|better)\b"
    r"|\b(?:am i|i'?m|im) (?:going to|gonna) be (?:ok|okay|alright|all right|fine)\b"
    r"|\bwill (?:this|it|all this) ever (?:end|be over|go away|get better|stop)\b"
    r"|\bwill (?:this|it|all this) (?:be over|get better)\b(?! if)"
)

_THIRD = r"(?:she|he|they|her|him|them|my (?:sister|brother|daughter|son|friend|mom|mum|mother"
_THIRD += r"|dad|father|niece|nephew|cousin|aunt|grandma|grandmother|client|roommate))"
# A helper asks who keeps the person safe from someone ("who can she call for her safety?",
# "can she get protection from him?", "how do I keep my sister safe from him").
_HELPER_SAFETY = re.compile(
    rf"\b(?:who|where|what number) (?:can|should|could|do(?:es)?) {_THIRD} (?:call|contact"
    r"|go to|turn to|reach|talk to)\b[^.!?]{0,30}\b(?:safe|safety|protect\w*|danger|help)\b"
    rf"|\bcan {_THIRD} (?:get|have|ask for) (?:\w+ )?protect\w*(?: order)? (?:from|against)"
    r" (?:him|her|them|her \w+|his \w+)\b"
    rf"|\bhow (?:can|do|could) (?:i|we) (?:keep|help) {_THIRD} (?:stay )?safe\b"
    r"|\b(?:for|about) (?:her|his|their) (?:own )?safety\b[^.!?]{0,3}\?"
)

# "What can she do legally? Can she get protection from him?": the helper's list of routes (it
# has VictimLinkBC), not the safety answer alone.
_WHAT_CAN_THEY_DO = re.compile(r"\bwhat (?:can|could|should) (?:she|he|they|we|i) do\b")

# "is there anyone who can help me if he has not shared them with anybody?": the IIPS helps
# when images are held but not shared (bc-facts.md), not the crisis lines.
_NOT_SHARED = re.compile(
    r"\b(?:help|anyone|anybody|someone|somebody|anything|options?|do anything)\b"
    r"[^.!?]{0,40}\b(?:if|when|though|even though|since|because|as) (?:he|she|they|the person"
    r"|my \w+)(?: has| have|'s)? (?:not|never|hasn'?t|haven'?t|didn'?t|did not|has not"
    r"|have not)(?: yet| even| actually)? (?:\w+ )?(?:shared|share|posted|post|sent|send|shown"
    r"|show|showed|leaked|spread)\b"
)


def _clean(text: str) -> str:
    # "B.C." would end a sentence for the gaps below.
    return re.sub(r"\bb\.c\.?", "bc", plain_lower(text))


def residence_question(text: str) -> bool:
    """How long one must live in B.C. first ("a minimum time I have to live in BC?"): no
    check-in on the safety model's guess alone (round 8: "Are you safe right now?" to it)."""
    return bool(_RESIDENCE_TIME.search(_clean(text)))


def direct_question_kind(text: str) -> str | None:
    """One of KINDS for a plain question the classifier's answer misses, else None."""
    cleaned = _clean(text)
    if _RESIDENCE_TIME.search(cleaned):
        return RESIDENCE_TIME
    if _HELPER_SAFETY.search(cleaned) and not _WHAT_CAN_THEY_DO.search(cleaned):
        return HELPER_SAFETY
    if _NOT_SHARED.search(cleaned):
        return HELP_NOT_SHARED
    if _REASSURANCE.search(cleaned):
        return REASSURANCE
    return None
