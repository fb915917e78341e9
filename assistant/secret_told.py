"""An image taken secretly, told as what happened, and "he hasn't sent it to anyone" said after
the answer for shared images (session 18). "my boyfriend took a video of us without me knowing"
got the answer for shared images ("you may qualify"), and "i found it on his phone, he hasnt sent
it to anyone i think" got the definition of consent. What the sources say for an image taken
secretly and not shared: it can be voyeurism (bc-facts.md, s. 162), the IIPS helps when images
are held, and the tribunal and the free advice open if it is shared or threatened.

Plain Python; the InterruptPolicy sends the answers (domain/answer_on_hand.yml, secret_told.yml).
"""

from __future__ import annotations

import re

from assistant.answer_on_hand import _FOR_OTHER, _SECRET, _asks
from assistant.plain_text import plain_lower
from assistant.situation_reading import sharing_denied, situation_from_text

SECRET_TOLD = "secret_taken_told"  # noqa: S105 (a kind name, not a secret)
NOT_SHARED_AFTER_ALL = "not_shared_after_all"
SECRET_SHARED = "secret_taken_and_shared"  # noqa: S105 (a kind name)
NOT_SHARED_NOTED = "not_shared_noted"  # after the answer for held images: it fits, said short
# "he hasnt threatened me though" (read by the classifier as a threat): after sharing told, no
# threat is needed; with nothing shared, the help for held images.
NO_THREAT_NEEDED = "no_threat_needed"
NO_THREAT_HELD = "no_threat_held"
_THREAT_DENIED = re.compile(
    r"\b(?:hasn'?t|hasnt|has not|haven'?t|havent|have not|didn'?t|didnt|did not|never|not)"
    r" (?:\w+ )?(?:threatened|threatening|threaten|made (?:a |any )?threats?)\b"
    r"|\bno (?:one|body)? ?(?:has )?threatened\b|\bthere (?:was|were|is|are|'s) no threats?\b"
    r"|\bno threats?\b"
)
ANSWERS = {
    SECRET_TOLD: ["utter_secret_taken_told", "utter_secret_taken_crime", "utter_secret_taken_next"],
    NOT_SHARED_AFTER_ALL: ["utter_not_shared_after_all", "utter_secret_taken_next"],
    SECRET_SHARED: ["utter_secret_taken_told", "utter_secret_taken_crime", "utter_shared_next"],
    NOT_SHARED_NOTED: ["utter_not_shared_noted"],
    NO_THREAT_NEEDED: ["utter_no_threat_needed"],
    NO_THREAT_HELD: ["utter_no_threat_held", "utter_secret_taken_next"],
}
KINDS = frozenset(ANSWERS)

# The answers that took the images as shared.
_SHARED_ANSWERS = frozenset({"action_shared_next", "utter_shared_next", "utter_eligible"})
_HELD_ANSWERS = frozenset(
    {
        "utter_secret_taken_next",
        "utter_held_help",
        "utter_held_only_order",
        "utter_held_not_shared",
        "utter_held_not_shared_routes",
        "utter_held_not_shared_order",
        "utter_held_qualify",
    }
)


def secret_told(text: str | None, earlier: list[str], young: bool) -> bool:
    """An image taken secretly told as a statement, nothing shared, for the writer's own image
    (a young writer's image is a child's: its own answers)."""
    cleaned = plain_lower(text)
    if not cleaned or young or _asks(cleaned) or not _SECRET.search(cleaned):
        return False
    if _FOR_OTHER.search(cleaned):
        return False
    return situation_from_text(cleaned) != "shared" and not earlier


def secret_and_shared(text: str | None, earlier: list[str], young: bool) -> bool:
    """An image taken secretly and then shown or shared, told as the first message ("my bf took
    a video of us without me knowing and his friends have seen it"): both crimes, and the routes
    for shared images (session 20: the voyeurism answer was lost once the sharing was read)."""
    cleaned = plain_lower(text)
    if not cleaned or young or earlier or _asks(cleaned) or not _SECRET.search(cleaned):
        return False
    return not _FOR_OTHER.search(cleaned) and situation_from_text(cleaned) == "shared"


# "its not online its just on their phones", "he airdropped it": shared, only not posted
# (round 47 p18, rated not: "sorry for taking it as shared", twice).
_ON_OTHERS_DEVICES = re.compile(
    r"\b(?:their|peoples?|people's|everyone'?s|everybody'?s|others'?|all those peoples?|"
    r"other peoples?|other people's) (?:phones?|devices?|laptops?)\b|\bairdrop\w*\b"
)


def not_shared_said(text: str | None, earlier: list[str]) -> bool:
    """ "he hasnt sent it to anyone i think", said as a statement, with no threat told."""
    cleaned = plain_lower(text)
    if not cleaned or "?" in cleaned or not sharing_denied(cleaned):
        return False
    if _ON_OTHERS_DEVICES.search(cleaned):
        return False
    return not any(situation_from_text(plain_lower(t)) == "threatened" for t in earlier)


def threat_denied_kind(text: str | None, earlier: list[str]) -> str | None:
    """ "he hasnt threatened me though": no threat is needed after sharing told; otherwise the
    help for held images. A threat or a question in the message is not this."""
    cleaned = plain_lower(text)
    if not cleaned or "?" in cleaned or not _THREAT_DENIED.search(cleaned):
        return None
    if situation_from_text(_THREAT_DENIED.sub(" ", cleaned)) in {"threatened", "shared"}:
        return None
    told = [situation_from_text(plain_lower(t)) for t in earlier]
    if "threatened" in told:
        return None
    return NO_THREAT_NEEDED if "shared" in told else NO_THREAT_HELD


def secret_told_kind(
    text: str | None, earlier: list[str], earlier_actions: list[str], young: bool
) -> str | None:
    if secret_told(text, earlier, young):
        return SECRET_TOLD
    if secret_and_shared(text, earlier, young):
        return SECRET_SHARED
    denied = threat_denied_kind(text, earlier)
    if denied == NO_THREAT_HELD and _HELD_ANSWERS.intersection(earlier_actions):
        return NOT_SHARED_NOTED  # the help for held images given already: it fits, said short
    if denied:
        return denied
    if not not_shared_said(text, earlier):
        return None
    # The latest answer decides: the held answer already given, or the shared one to correct.
    for action in reversed(earlier_actions):
        if action in _HELD_ANSWERS:
            return NOT_SHARED_NOTED
        if action in _SHARED_ANSWERS:
            return NOT_SHARED_AFTER_ALL
    return None
