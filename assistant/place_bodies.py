"""A province named as a body or a law, not as a home (round 17, kind 7).

"can i use the bc tribunal?", "is that against a B.C. law?", "can bc's protection service
help" name B.C.'s tribunal, laws and services: they say nothing about where the writer lives.
The spaCy entity ruler tags the place all the same, and the tag filled the `lives_in_bc` slot;
the check then said "what matters is where you live yourself, not where the other person
lives" to someone who had named no one's home. Plain Python over the text after the place.
"""

from __future__ import annotations

import re

# What a body or a law is called right after the place: "the bc tribunal", "bc's protection
# service", "b.c. civil resolution tribunal", "a bc law", "the bc government's line".
# Never "bc resident" (a home) or a clause that goes on ("in bc, can i ...").
_BETWEEN = (
    r"(?:civil|resolution|intimate|images?|privacy|provincial|government'?s?|gov'?t'?s?|free"
    r"|legal|supreme|online|criminal|family)"
)
_BODY_AFTER = re.compile(
    rf"^(?:'s|s)?\s*(?:{_BETWEEN}\s+){{0,3}}(?:tribunals?|laws?|acts?|government|gov'?t|gov"
    r"|courts?|services?|protection|programs?|crt|iips|ministry|rules?|legislation"
    r"|lawyers?|helplines?|hotlines?|victim ?link|legal advice|civil resolution)\b"
)


def names_a_body(text: str, end: int) -> bool:
    """True when the place ending at `end` in `text` is said as a body's or a law's name."""
    after = (text or "")[end:].lower().replace("\u2019", "'")
    return bool(_BODY_AFTER.match(after))
