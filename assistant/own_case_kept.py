"""The writer's own images, kept when they later tell the other person's age (round 65 p25).

"my ex posted pics of me online that he took when i was 16", then "hes not a kid, he posted them
last month when he was 19. does that change anything" was read alone as someone helping an adult
("Thank you for helping them", StopNCII for her own under-18 images). An age said of "he" or "she"
after the writer's own pictures is the other person's, and the question beside it is about what
they did. Plain function; assistant/helper_context.py asks.
"""

from __future__ import annotations

import re

from assistant import helper_reading
from assistant.image_words import OWN_IMAGES
from assistant.plain_text import plain_lower

# "he's not a kid", "he was 19", "she is an adult", "when he was 19", "hes 19 now".
_THEIR_AGE = re.compile(
    r"\b(?:he|she|they)(?:'?s| is| was| were|'re| are)? (?:not a (?:kid|child|minor|teen)"
    r"|an adult|a grown (?:man|woman|adult)|grown up|\d{1,2}\b)"
    r"|\bwhen (?:he|she|they) (?:was|were) \d{1,2}\b"
)


def sharer_age_told(text: str, earlier: list[str]) -> bool:
    """The writer told of their own images, never of someone they help, and now tells the other
    person's age."""
    cleaned = plain_lower(text)
    if not _THEIR_AGE.search(cleaned) or helper_reading.for_someone_else(cleaned):
        return False
    said = [plain_lower(t) for t in earlier if t and not t.startswith("/")]
    if not any(OWN_IMAGES.search(t) for t in said):
        return False
    return not any(helper_reading.helped_person(t) for t in said)


_CHARGE = re.compile(
    r"\b(?:charged?|charges|arrested|prosecuted|criminal|jail|prison|in trouble|a crime"
    r"|illegal|police)\b"
)


def charge_asked(texts: list[str]) -> bool:
    """Whether the other person can be charged was asked in `texts`."""
    return any(_CHARGE.search(plain_lower(text)) for text in texts)
