"""After "delete this conversation" (issue 16): "is it gone?" / "did you delete it??" gets a
plain yes, not the confirmation question again. Asked right after the deletion, or as the first
message of the conversation that follows it (the server keeps nothing from before: the tracker
store deleted the old one). Plain Python; the InterruptPolicy's `deletion_step` uses it.
"""

from __future__ import annotations

import re

CONFIRMED = "utter_conversation_deleted_confirmed"
KEPT_IN_FORM = "utter_conversation_kept_in_form"
# Round 15 (p13): what stays on the device, said after the deletion (no offer to delete again),
# and "did you delete it??" while the deletion question is still unanswered.
DEVICE_AFTER = "utter_deleted_device"
NOT_YET = "utter_not_deleted_yet"

_GONE = r"(?:delet\w*|eras\w*|gone|clear\w*|wiped?|remov\w*|forgotten|got rid of it)"
# "did you delete it??", "is it gone?", "has it been erased", "so it's deleted right?",
# "did it work", "are you sure you deleted everything".
_ASKS_IF_GONE = re.compile(
    rf"\b(?:did|have|has|was|were|is|are|so|it's|its|it is)\b[^.!?]{{0,40}}\b{_GONE}"
    rf"|\b{_GONE}\b[^.!?]{{0,20}}(?:\?|\bright\b|\bnow\b|\byet\b)"
    r"|\bdid (?:it|that) work\b"
)
# About the images or the other person's posts, not this chat: "are my pics gone from reddit?",
# "did he delete it?".
_ABOUT_IMAGES = re.compile(
    r"\b(?:he|she|they|him|her|them|my ex|someone|somebody|pics?|pictures?|photos?|images?"
    r"|videos?|vids?|nudes?|posts?|account|reddit|instagram|snapchat|tiktok|twitter|facebook"
    r"|site|website|internet|online|messages? (?:from|with))\b"
)


# The person themselves gone ("nobody would miss me if I was gone", "after I'm gone"): never
# a question about this chat; the crisis net reads it.
_PERSON_GONE = re.compile(
    r"\b(?:i|im|i'm|i am|i was|i'll be|ill be|i'd be|me)\b[^.!?]{0,12}\bgone\b"
)
# "can I erase this chat after?", "how do I delete it": whether it can be done, not whether it
# was (round 14, p39: a first message was told "It's deleted" when nothing had been).
_CAN_DELETE = re.compile(
    rf"\b(?:can|could|may|how (?:do|can|would)|is it possible to|will|would|should)"
    rf" (?:i|we|you|u)\b[^.!?]{{0,20}}\b{_GONE}"
)
# A crisis or danger reading always comes first.
SAFETY_INTENTS = frozenset({"crisis", "immediate_danger"})


# Someone else's seeing, not the images: "so he doesnt see this", "he checks my phone" (round 15,
# p13: "did you delete it?? ... so he doesnt see this" was read as about his images).
_SOMEONE_SEES = re.compile(
    r"\b(?:he|she|they|him|her|them|my (?:bf|gf|boyfriend|girlfriend|husband|wife|partner"
    r"|mom|mum|dad|parents?|ex))\b (?:\w+ )?(?:doesn'?t|doesnt|does not|won'?t|wont|can'?t|cant"
    r"|cannot|will|would|could|can|might|checks?|reads?|looks?|sees?|see|finds?|goes)"
    r"(?: \w+)? (?:see|find|finds|check|checks|read|reads|through|at|it|this|my)\b[^.!?]*"
)
# A yes to the deletion question that says more ("yes. but will it still show on my phone?").
_YES_FIRST = re.compile(
    r"^(?:yes|yeah|yea|yep|yup|ya|ok|okay|sure|please|pls|do it|delete it|go ahead)\b[\s,.!]*"
)
_NOT_NOW = re.compile(
    r"\b(?:wait|not yet|not now|hold on|do it later|don'?t delete|dont delete|keep it|no|nope"
    r"|never ?mind)\b"
)
# What this device shows: the phone, the browser, its history, or someone seeing it there.
_ON_DEVICE = re.compile(
    r"\b(?:phone|laptop|computer|tablet|device|browser|history|screen|incognito|tabs?)\b"
    r"|\b(?:he|she|they|my \w+) (?:\w+ )?(?:see|find|notice|know)\b"
)


def _clean(text: str) -> str:
    return (text or "").lower().replace("\u2019", "'").strip()


def asks_if_deleted(text: str) -> bool:
    """True for a question whether this conversation was deleted; not for images or posts."""
    cleaned = _clean(text)
    if (
        not cleaned
        or cleaned.startswith("/")
        or _ABOUT_IMAGES.search(_SOMEONE_SEES.sub(" ", cleaned))
    ):
        return False
    if _PERSON_GONE.search(cleaned) or _CAN_DELETE.search(cleaned):
        return False
    return bool(_ASKS_IF_GONE.search(cleaned))


def deleted_follow_up(text: str, intent: str | None, just_deleted: bool, fresh: bool) -> bool:
    """The plain yes is the answer: the turn before deleted the conversation (`just_deleted`)
    and the message asks whether it did, or asks to delete again ("delete it" twice); or the
    conversation is new (`fresh`: nothing from before is kept) and the message asks whether the
    old one was deleted. Never for a crisis or danger message."""
    if intent in SAFETY_INTENTS:
        return False
    if just_deleted:
        return asks_if_deleted(text) or intent == "delete_conversation"
    return fresh and asks_if_deleted(text)


def yes_with_more(text: str) -> bool:
    """A yes to the deletion question with more said after it ("yes. but will it still show on
    my phone? like in my history"): the yes deletes, the rest is answered after it. Never a
    "yes but wait" or a button payload."""
    cleaned = _clean(text)
    if cleaned.startswith("/"):
        return False
    yes = _YES_FIRST.match(cleaned)
    if not yes or not cleaned[yes.end() :].strip():
        return False
    return not _NOT_NOW.search(cleaned[yes.end() :])


def asks_about_device(text: str) -> bool:
    """What this phone or browser shows, or whether someone will see it there."""
    return bool(_ON_DEVICE.search(_clean(text)))


def after_deletion(text: str) -> list[str]:
    """The replies after the deletion for a yes that said more: the device's answer when the
    words ask about it, else nothing more (the deletion's own reply says we start fresh)."""
    return [DEVICE_AFTER] if asks_about_device(text) else []


# "did you delete it already??", "has it been erased?": whether it was done, in the past.
_ALREADY_DONE = re.compile(
    r"\b(?:did you|did it|have you|has it|has this|was it|was this|is it|is this|it'?s|its)"
    r" (?:\w+ ){0,3}(?:delet\w*|eras\w*|gone|wiped|clear\w*|remov\w*)"
)


def asks_if_already_deleted(text: str) -> bool:
    """Asking whether the deletion was done ("did you delete it??"), never asking for it
    ("delete it now")."""
    return asks_if_deleted(text) and bool(_ALREADY_DONE.search(_clean(text)))
