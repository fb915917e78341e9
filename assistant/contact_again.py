"""The person keeps making contact after being blocked: "he made a new account and messaged me
again", "i blocked him but he keeps texting from different numbers", "now he found me on insta".
Such messages fell to the fallback with a safety check-in, or to the evidence answer, though the
public bodies' sextortion steps answer them (bc-facts.md: stop all contact, screenshot the
messages and profile then block, don't delete, report to police or Cybertip.ca, a safe adult).

"i blocked him" (told, not asked) got the evidence block as if nothing had been done: it is one
of the steps; what to keep, and what to do if they come back.

Plain Python over the latest message; the InterruptPolicy sends the answer
(domain/contact_again.yml). Never read for crisis or danger (the policy's gate).
"""

from __future__ import annotations

import re

from assistant.plain_text import plain_lower

CONTACT_AGAIN = "contact_again"
CONTACT_AGAIN_YOUNG = "contact_again_young"
BLOCKED_TOLD = "blocked_told"

ANSWERS = {
    CONTACT_AGAIN: ["utter_contact_again", "utter_contact_again_adult"],
    CONTACT_AGAIN_YOUNG: ["utter_contact_again", "utter_contact_again_young"],
    BLOCKED_TOLD: ["utter_blocked_told"],
}
KINDS = frozenset(ANSWERS)

_WHO = r"(?:he|she|they|the guy|this guy|that guy|the person|the scammer|my ex|the account)"
_CONTACT = (
    r"(?:messag\w*|dm'?d|dm'?s|dm'?ing|text\w*|call\w*|snap\w*|contact\w*|writ\w*|wrote"
    r"|add\w*|follow\w*|found me|find me|reach\w* (?:out|me)|hit me up|sliding|slid)"
)
# A way round the block: a new account, number or app, or "again" after blocking.
_NEW_WAY = re.compile(
    r"\b(?:(?:a |another |new |different |second |fake |other )+"
    r"(?:accounts?|profiles?|numbers?|usernames?|names?|emails?|phones?|apps?|acc|accs)"
    r"|unblock\w*)\b"
)
# Another app counts only beside a block ("found me on insta after i blocked him on snap").
_OTHER_APP = re.compile(
    r"\b(?:on|through|from|via) (?:insta\w*|ig|snap\w*|tiktok|facebook|fb|discord|whatsapp"
    r"|telegram|twitter|x|my (?:other|work|school) \w+)\b"
)
_AGAIN = re.compile(r"\b(?:again|still|keeps?|kept|won'?t stop|wont stop|doesn'?t stop|anyway)\b")
_BLOCKED = re.compile(r"\bblock(?:ed|ing)?\b")
_CONTACTS = re.compile(rf"\b{_WHO}\b.{{0,40}}\b{_CONTACT}\b|\b{_CONTACT}\b.{{0,20}}\bme\b")
# A question about blocking itself, a threat to post or a plan to pay goes to its own answer.
_NOT_THIS = re.compile(
    r"\b(?:should i (?:block|unblock)|will blocking|does blocking|if i block|pay|paid|money"
    r"|post|posts|posting|posted|share|shares|sharing|shared|sent (?:them|it|my)|leak\w*)\b"
)


def contact_again_kind(text: str | None, young: bool) -> str | None:
    """The kind when the person says the other one got round a block or keeps contacting."""
    cleaned = plain_lower(text)
    if not cleaned or _NOT_THIS.search(cleaned) or not _CONTACTS.search(cleaned):
        return None
    round_the_block = _NEW_WAY.search(cleaned) or (
        _BLOCKED.search(cleaned) and (_AGAIN.search(cleaned) or _OTHER_APP.search(cleaned))
    )
    if not round_the_block:
        return None
    return CONTACT_AGAIN_YOUNG if young else CONTACT_AGAIN


# "i blocked him", "ok blocked her on everything", "already blocked them": a statement only.
_BLOCKED_TOLD = re.compile(
    r"^(?:ok(?:ay)?,? |so |and |yeah,? |well,? |i already |already )?(?:i )?(?:just |already )?"
    r"block(?:ed)? (?:him|her|them|the (?:account|guy|person|scammer|number)|it)"
    r"(?: (?:already|now|too|everywhere|on everything|on (?:all|every) \w+|on \w+))*[.!]*$"
)


def blocked_told_kind(text: str | None) -> str | None:
    """The kind when the writer only tells that they blocked the person."""
    cleaned = plain_lower(text)
    return BLOCKED_TOLD if cleaned and _BLOCKED_TOLD.search(cleaned) else None
