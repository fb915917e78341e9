"""After "delete this conversation" (issue 16): "is it gone?" / "did you delete it??" gets a
plain yes, not the confirmation question again. Asked right after the deletion, or as the first
message of the conversation that follows it (the server keeps nothing from before: the tracker
store deleted the old one). Plain Python; the InterruptPolicy's `deletion_step` uses it.
"""

from __future__ import annotations

import re

CONFIRMED = "utter_conversation_deleted_confirmed"
KEPT_IN_FORM = "utter_conversation_kept_in_form"

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


def _clean(text: str) -> str:
    return (text or "").lower().replace("\u2019", "'").strip()


def asks_if_deleted(text: str) -> bool:
    """True for a question whether this conversation was deleted; not for images or posts."""
    cleaned = _clean(text)
    if not cleaned or cleaned.startswith("/") or _ABOUT_IMAGES.search(cleaned):
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
