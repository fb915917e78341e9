"""Words the safety model reads as a crisis whose object is a thing, not the person (rounds
47-48, the safety-precision kind): "I was going to burn them" (printed photos), "should I tell
my wife myself before she does", "the story deletes itself tomorrow, so is there any point"; or
another person's life ("I don't want to ruin a 14 year old's life", round 64 p04).
The second opinion alone then asks no "Are you safe right now?" (assistant/nlu/crisis_guard.py);
a crisis pattern, or the classifier's own crisis guess, still does (except for another's life,
which the classifier's unsure guess does not ask about either).
"""

from __future__ import annotations

import re

from assistant.plain_text import plain_lower

_THINGS = (
    r"(?:them|it|those|these|the (?:photos?|pictures?|pics|prints|copies|images?|letters?"
    r"|papers?|evidence|messages)|my (?:photos?|pictures?|pics|copies))"
)
# "burn them", "shred the copies", never "burn myself".
_DESTROY_THING = re.compile(rf"\b(?:burn|shred|destroy|rip up|tear up|get rid of) {_THINGS}\b")
# "I don't want to ruin a 14 year old's life": someone else's life or future, a parent weighing
# a report (round 64 p04 got "Is the person you're helping safe right now?").
_ANOTHERS_LIFE = re.compile(
    r"\b(?:ruin|ruining|wreck|wrecking|destroy|destroying|mess up)\s+(?:his|her|their|a|the|that"
    r"|some|someone'?s|somebody'?s|these|those)\b[^.!?]{0,30}?\b(?:life|lives|future|futures)\b"
)
# "tell my wife myself before she does": who to tell first, not a farewell.
_TELL_FIRST = re.compile(
    r"\btell (?:my|our) (?:wife|husband|partner|girlfriend|boyfriend|parents|mom|mum|dad"
    r"|family|boss|kids) (?:myself |first |about it )*(?:before|first)\b"
)
# "is there any point" about a thing named in the same sentence.
_ANY_POINT = re.compile(r"\b(?:is there (?:any |even a |a )?point|what'?s the point)\b")
_POINT_SUBJECT = re.compile(
    r"\b(?:story|post|posts|snap|video|pics?|photos?|pictures?|images?|report\w*|tribunal"
    r"|claim|lawyer|police|screenshots?|evidence|deletes? itself|disappears?)\b"
)
_SELF = re.compile(r"\b(?:myself|my life|living|alive|kill|die|dying|end it|hurt me)\b")
# "tell my wife myself": who tells, not the writer's harm (blanked before _SELF is read).
_TELL_MYSELF = re.compile(r"\btell (?:my|our) \w+ myself\b")


def about_anothers_life(text: str) -> bool:
    """'I don't want to ruin a 14 year old's life': someone else's life, never "my life"."""
    cleaned = plain_lower(text)
    return bool(_ANOTHERS_LIFE.search(cleaned)) and not _SELF.search(cleaned)


def object_is_a_thing(text: str) -> bool:
    """The alarming words are about a thing (photos, a story, who to tell), not the writer."""
    cleaned = plain_lower(text)
    if not cleaned or _SELF.search(_TELL_MYSELF.sub("tell", cleaned)):
        return False
    if _DESTROY_THING.search(cleaned) or _TELL_FIRST.search(cleaned):
        return True
    if about_anothers_life(cleaned):
        return True
    return any(
        _ANY_POINT.search(sentence) and _POINT_SUBJECT.search(sentence)
        for sentence in re.split(r"[.!?]+", cleaned)
    )
