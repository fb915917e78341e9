"""Someone under 18 says a person with trust or authority over them asks for images ("I'm 17
and my manager keeps asking for pics"): that is the age-rules question, answered at once with
the trust rule (content/age_rules.yml), whatever the classifier's topic. Plain Python."""

from __future__ import annotations

import re

from assistant.age_parsing import AUTHORITY_WORDS, parse_ages
from assistant.age_rules import Thresholds

# Asking for or pushing for images, not sharing them (that is the sharing answer's).
_ASKS_FOR_IMAGES = re.compile(
    r"\b(?:ask\w*|beg\w*|want\w*|pressur\w*|push\w*|bug\w*|keeps?|make|made|tell\w*|told)\b"
    r"[^.!?]{0,40}\b(?:pics?|pictures?|photos?|nudes?|images?|videos?|vids?|selfies?|send)\b"
)

# "my hockey coach": a word or two may come between, but not someone else's ("my friends mom").
_MY_AUTHORITY = re.compile(
    r"\b(?:my|our)\s+(?:(?!\w*(?:'s|s)\s)\w+\s+){0,2}(?:"
    + "|".join(re.escape(word) for word in sorted(AUTHORITY_WORDS, key=len, reverse=True))
    + r")\b"
)


def names_position_of_trust(text: str) -> bool:
    """True for "my coach", "my hockey coach", "he's my teacher" (not "not my teacher")."""
    if parse_ages(text).authority is True:
        return True
    return bool(_MY_AUTHORITY.search((text or "").lower())) and parse_ages(text).authority is None


def trust_rule_question(text: str) -> bool:
    """True when the speaker is under the trust rule's age, names a person with trust or
    authority over them ("my coach"), and says that person asks for images."""
    parsed = parse_ages(text)
    if not names_position_of_trust(text) or not parsed.self_stated or parsed.age is None:
        return False
    if parsed.age >= Thresholds.from_content().authority_rule_under:
        return False
    return bool(_ASKS_FOR_IMAGES.search(text.lower()))


# What the person with trust does, said of the writer: asking for images, messaging, dating.
_WITH_THE_WRITER = re.compile(
    r"\b(?:dat\w+|sex\w*|hook\w* up|kiss\w*|relationship|sleep\w* with|likes? me|touch\w*"
    r"|flirt\w*|messag\w*|text\w*|dms?|dming|snap\w*|going out|go out)\b"
)


def trust_told_before(text: str, earlier: tuple[str, ...] | list[str]) -> bool:
    """The writer named their own coach, teacher or boss asking for images or messaging them in
    an earlier message, and the latest names no other relation ("my bf is 17"): the trust
    question is answered already (round 17, p08: "is the older person in a position of
    trust?" after "my coach keeps asking me for pics")."""
    if parse_ages(text).authority is False:
        return False
    return any(
        names_position_of_trust(said)
        and (_ASKS_FOR_IMAGES.search(said.lower()) or _WITH_THE_WRITER.search(said.lower()))
        for said in earlier
    )
