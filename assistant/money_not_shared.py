"""Money or the tribunal asked about when images were only taken or held, not known to be
shared ("I found a camera in my Airbnb ... can I sue the host?"): the tribunal's orders and
damages are for sharing or threats (bc-facts.md), so say that, what the sources don't say, and
what does apply (voyeurism, police, the IIPS). Simulated users round 11, p10: "You may be
able to ... damages up to $75,000" was given for a recording nobody knew was shared.

Plain Python; assistant/helper_context.py reads it with the messages before it and the
InterruptPolicy answers it (domain/money_not_shared.yml).
"""

from __future__ import annotations

import re

MONEY_NOT_SHARED = "money_not_shared"
ANSWERS: dict[str, list[str]] = {
    MONEY_NOT_SHARED: ["utter_money_not_shared", "utter_money_not_shared_more"]
}
# Asked again right after: the held-images answer, the same point in other words.
AGAIN = {MONEY_NOT_SHARED: ["utter_held_not_shared_order"]}

# Suing, money for the harm, or the tribunal's reach.
_MONEY_OR_TRIBUNAL = re.compile(
    r"\bsue\b|\bsuing\b|\blawsuit\b|\bcompensat\w*|\bdamages\b|\bget (?:some )?money\b"
    r"|\bmoney (?:for|from)\b|\b(?:take|bring) (?:him|her|them|the \w+) to (?:the )?"
    r"(?:tribunal|crt|court)\b"
    r"|\b(?:tribunal|crt)\b[^?.!]{0,30}\b(?:apply|cover|covers|help|work|do anything|act)\b"
    r"|\b(?:does|do|can|will|would) (?:the )?(?:tribunal|crt)\b"
)
# Taken or held without consent: a camera, a recording, a photo taken.
_TAKEN = re.compile(
    r"\b(?:hidden |secret |spy )?cam(?:era)?s?\b|\brecord(?:ed|ing)\b|\bfilm(?:ed|ing)\b"
    r"|\b(?:took|taken|taking) (?:\w+ ){0,2}(?:pics?|photos?|pictures?|videos?|images?)\b"
    r"|\bhas (?:my|the) (?:pics?|photos?|pictures?|videos?|images?|nudes)\b"
)
# Not known to be shared: "I don't know if they shared it", "nothing was shared".
_NOT_KNOWN_SHARED = re.compile(
    r"\b(?:don'?t|do not|dont) know (?:if|whether) (?:\w+ ){0,4}(?:shared|posted|sent|uploaded"
    r"|leaked|put)\b"
    r"|\bnothing (?:was |has been |is )?(?:shared|posted|online|uploaded|out)\b"
    r"|\b(?:not|never|hasn'?t|has not|haven'?t|have not|wasn'?t|was not) (?:been )?"
    r"(?:shared|posted|uploaded|leaked)\b"
    r"|\bnot sure (?:if|whether) (?:\w+ ){0,3}(?:shared|posted|sent|uploaded)\b"
    # Round 21 (followups22, p09): "I have no idea if the host shared any of it", "nothing I
    # know of was shared, he just recorded".
    r"|\bno idea (?:if|whether) (?:\w+ ){0,5}(?:shared|posted|sent|uploaded|leaked|put)\b"
    r"|\bnothing (?:that )?i know of\b|\bnot that i know of\b"
)
# A sharing or a threat told: the tribunal's own answers fit.
_SHARED_OR_THREAT = re.compile(
    r"\b(?:he|she|they|someone|my ex|the host) (?:\w+ )?(?:posted|shared|sent|uploaded|leaked)"
    r" (?:it|them|my|the)\b|\bthreaten\w* (?:to|me)\b|\bsaid (?:he|she|they)(?:'?ll| will| would)\b"
)


def _clean(text: str) -> str:
    return " ".join((text or "").lower().replace("\u2019", "'").split())


def money_not_shared(text: str, earlier_texts: list[str]) -> bool:
    """Money or the tribunal asked, with images taken or held and not known to be shared."""
    cleaned = _clean(text)
    if not _MONEY_OR_TRIBUNAL.search(cleaned):
        return False
    told = [*(_clean(t) for t in earlier_texts[-6:]), cleaned]
    # "I don't know if they shared it" tells no sharing: read what is left without it.
    if any(_SHARED_OR_THREAT.search(_NOT_KNOWN_SHARED.sub(" ", t)) for t in told):
        return False
    return any(_TAKEN.search(t) for t in told) and any(_NOT_KNOWN_SHARED.search(t) for t in told)
