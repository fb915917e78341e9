"""Plain, urgent questions people type in the middle of a conversation, often while a form
waits for its answer (issue 16, simulated users round 3): "I should give him the money?",
"I'm scared he posts them tonight", "block him or tell him to stop?", "should I tell
someone?", "I'm done". Each gets its own answer first; the InterruptPolicy then resumes the
form once, or lets it go for a goodbye. Plain Python over the lower-cased message; no Rasa.
"""

from __future__ import annotations

import re

from assistant.answer_kinds_sources import TELL_SOMEONE
from assistant.plain_text import plain_lower

# Answer kinds (assistant/answer_kinds.py marks them, config.yml `direct_answers` answers them).
TONIGHT = "threat_tonight"
BLOCK = "block_or_stop"
BLOCK_YOUTH = "block_or_stop_youth"
TELL_ANYONE = "tell_anyone"
YOUTH_TELL = "youth_tell_someone"
URGENT_KINDS = (TONIGHT, BLOCK, TELL_ANYONE)

_WHO = (
    r"(?:he|she|they|him|her|them|he'?s|she'?s|they'?re|my ex|the guy|this guy|the person"
    r"|that person|it)"
)
_SHARE = r"(?:post|share|send|leak|upload|put|spread|expose|show|release|drop)\w*"
_SOON = (
    r"(?:tonight|today|right now|any minute|any second|any time now|soon|tomorrow|this (?:evening"
    r"|morning|afternoon|weekend)|by (?:tonight|midnight|the morning|tomorrow)"
    r"|in (?:the next |an |a few |a couple of )?(?:hour|hours|minutes))"
)
# "I'm scared he sends them tonight", "what if she posts it today", "he'll leak them by midnight".
_TONIGHT = re.compile(
    rf"\b{_WHO}\b[^.!?]{{0,25}}\b{_SHARE}\b[^.!?]{{0,30}}\b{_SOON}\b"
    rf"|\b{_SOON}\b[^.!?]{{0,20}}\b{_WHO} (?:will|'ll|is going to|is gonna|might|could)"
    rf" {_SHARE}\b"
    rf"|\b{_SOON}\b[^.!?]{{0,20}}\b(?:everyone|everybody|people|the whole \w+|all \w+)"
    rf" (?:will|'ll|is gonna|is going to|are going to|gonna) (?:see|know|have)\b"
)

# Money in the person's own words, said as a statement-question ("I should give him money?")
# or "hand over the cash": the "should I pay" answer (answer_kinds._PAY has the plain forms).
_MONEY = r"(?:money|cash|ransom|gift ?cards?|bitcoin|crypto|\$\s?\d+|\d+ ?dollars)"
_PAY = re.compile(
    rf"\bi (?:should|have to|must|need to|gotta) (?:just |really )?(?:pay|give|send|hand over)"
    rf" (?:{_WHO} )?(?:the |some |any |more )?{_MONEY}"
    rf"|\bi (?:should|have to|must|need to|gotta) (?:just |really )?pay (?:him|her|them)\b"
    rf"|\bhand (?:over|him|her|them) (?:the |some |any |more )?{_MONEY}"
    rf"|\bis it (?:better|smart|ok|okay|safer|easier|best) (?:if i |to )(?:just )?pay\b"
    rf"|\b(?:maybe|i think|i guess) i (?:should|have to|must) (?:just )?pay\b"
    # "should I send him the 500": an amount is money, not images.
    rf"|\b(?:send|give|pay) (?:{_WHO} )?(?:the )?(?:\$\s?\d+|\d+ ?(?:dollars|bucks)\b"
    rf"|\d{{2,}}\b(?! (?:more )?(?:pics?|photos?|pictures?|nudes?|images?|videos?)))"
    # "please answer, do I pay?": the whole question is whether to pay.
    rf"|\b(?:do|should|must) i (?:just |really )?pay(?: (?:him|her|them|it|up))?\s*\??$"
    rf"|\b(?:should|do|can|could) i (?:just |really )?(?:hand over|wire|transfer|e-?transfer)\b"
    rf"|\b(?:should|do) i (?:just |really )?(?:give|send) (?:{_WHO} )?what (?:he|she|they)"
    rf" (?:wants?|asks?|asked|demands?)\b[^.!?]{{0,20}}\b{_MONEY}"
)

# "should I block him", "block him or tell him to stop?", "keep the account open or block".
_BLOCK = re.compile(
    r"\b(?:should|do|can|could|shall|would it be ok if) i (?:just |also |first )?block\b"
    r"|\bblock (?:him|her|them|the account|his account|her account|their account)\b"
    r"[^.!?]{0,40}\bor\b"
    r"|\bor (?:just |should i )?block\b"
    r"|\bkeep (?:the|his|her|their|my) (?:account|chat|profile|dms?)s? open\b"
    r"|\b(?:should|do) i (?:just )?(?:tell|ask) (?:him|her|them) to stop\b"
    r"|\bhow do i (?:block|get (?:him|her|them) to stop (?:messaging|texting|contacting|asking))"
    r"|\bis (?:it ok|it okay|it safe|it better) to block\b"
)

# "should I tell someone?", "do I tell an adult", "should I tell my mom".
_TELL_ANYONE = re.compile(
    r"\b(?:should|do|must|can|shall) i (?:have to |need to |just )?(?:tell|talk to|tell on \w+ to)"
    r" (?:someone|somebody|anyone|anybody|an adult|a grown ?up|a teacher|my (?:mom|mum|dad"
    r"|parents?|teacher|coach|counsell?or|family|guardian)|the school|a counsell?or)\b"
    r"|\bwho (?:should|do) i tell\b"
)

# "I'm done", "end of test", "thanks, bye", "gotta go": the person is leaving; inside a form
# the form ends with a warm goodbye instead of its next question.
_LEAVING = re.compile(
    r"^(?:(?:ok(?:ay)?|no|nope|thanks?(?: you)?|thx|ty|alright|anyway|well)[\s,.!-]*)*"
    r"(?:(?:i'?m|im|i am|we'?re) (?:done|finished|leaving|out)(?: here| now| for now| talking)?"
    r"|end of (?:the |my )?(?:test|testing|chat|conversation)"
    r"|(?:that'?s|this is) the end of (?:the |my )?(?:test|testing)"
    r"|(?:good)?bye(?: bye)?|see (?:you|ya)|(?:i )?(?:gotta|have to|need to) go"
    r"|(?:i'?ll|i will) (?:stop|leave it) (?:here|there)|let'?s (?:stop|end) (?:here|there))"
    r"(?:[\s,.!-]*(?:no|nope|thanks?(?: you)?(?: so much)?|thx|ty|bye|goodbye|for now"
    r"|then|now))*[\s,.!-]*$"
)


def pays_in_own_words(text: str) -> bool:
    """ "I should give him the money?", "do I hand over the cash": the don't-pay answer."""
    return bool(_PAY.search(plain_lower(text)))


def is_leaving(text: str) -> bool:
    """ "I'm done", "end of test, no", "thanks, bye": the person is leaving."""
    return bool(_LEAVING.match(plain_lower(text)))


def urgent_kind(text: str) -> str | None:
    """TONIGHT, BLOCK or TELL_ANYONE for a plain urgent question; None otherwise."""
    cleaned = plain_lower(text)
    if _TONIGHT.search(cleaned):
        return TONIGHT
    if _BLOCK.search(cleaned):
        return BLOCK
    if _TELL_ANYONE.search(cleaned):
        return TELL_ANYONE
    return None


WRITER_KINDS = frozenset({TELL_ANYONE, TELL_SOMEONE, BLOCK})


def for_the_writer(kind: str | None, writer_is_minor: bool, helping: bool = False) -> str | None:
    """The kind for who is writing: a young person is told to tell a safe adult; an adult's
    "should I tell someone" gets the adult's answer (their choice, the lawyer can talk it
    through); a helper's keeps the classifier's answer (the helper answers are not theirs)."""
    if kind == TELL_ANYONE:
        if writer_is_minor:
            return YOUTH_TELL
        return None if helping else TELL_SOMEONE
    if kind == TELL_SOMEONE and writer_is_minor:
        return YOUTH_TELL  # "should I tell my parents" from a teen: not the adult's template
    if kind == BLOCK and writer_is_minor and not helping:
        # Round 27 p04: a mother writing about her 13-year-old son is no one "under 18".
        return BLOCK_YOUTH
    return kind
