"""A threat to share intimate images for something other than money or images (round 8,
issue 16). Plain Python, read from the words; assistant.answer_kinds calls `demand_kind` early,
and the InterruptPolicy answers the mark with static responses (domain/source_answers.yml).

"my ex says she'll send my pics to my boss unless I sign the house over", "is it extortion if
she wants the house and not money?": the blackmail answer is about money and more images, and
speaks to young people ("if you're under 18, tell a safe adult"). The sources say threats for
money or images are extortion and do not say more: the answer says so, what the sources do say
(the 2026 change, threats count in B.C.), and who can tell.
"""

from __future__ import annotations

import re

DEMAND_NOT_MONEY = "threat_demand_not_money"
KINDS = frozenset({DEMAND_NOT_MONEY})
ANSWERS: dict[str, list[str]] = {
    DEMAND_NOT_MONEY: ["utter_demand_not_money", "utter_demand_not_money_next"],
}

# What is demanded, when it is neither money nor images.
_OTHER_THING = (
    r"(?:house|home|condo|apartment|property|car|truck|custody|kids|children|divorce|papers"
    r"|sign\w*|come back|get back together|take (?:him|her|them) back|stay with|marry"
    r"|drop (?:the|my)|withdraw|quit|move out|leave (?:town|him|her|my)|sleep with|have sex"
    r"|meet (?:him|her|up)|dog|cat|business|company|shares|inheritance|promotion|vote)"
)
_MONEY = re.compile(
    r"\$|\b(?:money|pay|paid|cash|dollars|bucks|gift ?cards?|bitcoin|crypto|e-?transfer"
    r"|more (?:nudes|pics|pictures|photos|images|videos)|send (?:him|her|them) (?:more|new))\b"
)
_NOT_MONEY = re.compile(
    r"\b(?:not|isn'?t|isnt|no|nothing about|doesn'?t want|does not want|without) (?:asking for |"
    r"about |even |any )?(?:the )?(?:money|cash|paying|payment)\b"
)
_THREAT = re.compile(
    r"\b(?:send|post|share|show|leak|forward|put|upload|spread|release)\w*\b[^.!?]{0,60}"
    r"\b(?:unless|if (?:i|we)|or else|until)\b"
    r"|\b(?:threat\w*|blackmail\w*|extort\w*)\b"
)
_DEMANDED = re.compile(
    rf"\b(?:unless|if (?:i|we) (?:don'?t|dont|do not|won'?t|refuse to)|or else|until|wants?"
    rf"|demand\w*|asking for|asks for|make me|if (?:i|we) (?:file|ask|go) for)\b[^.!?]{{0,40}}"
    rf"\b{_OTHER_THING}"
)
_IS_IT = re.compile(r"\b(?:extortion|blackmail|sextortion|a crime|illegal)\b")


def demand_kind(cleaned: str) -> str | None:
    """DEMAND_NOT_MONEY for a lowercased message about a threat for something other than money
    or images, or asking whether such a threat is extortion; None otherwise."""
    not_money = bool(_NOT_MONEY.search(cleaned))
    if _MONEY.search(cleaned) and not not_money:
        return None
    demanded = _DEMANDED.search(cleaned)
    if _IS_IT.search(cleaned) and (demanded or not_money):
        return DEMAND_NOT_MONEY  # "is it extortion if she wants the house and not money?"
    if demanded and _THREAT.search(cleaned):
        return DEMAND_NOT_MONEY
    return None
