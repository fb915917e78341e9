"""Kinds of image that change the answer, read from the words (issue 16): a deepfake or
AI-made nude, printed or paper copies, a hidden camera or secret recording, and images that
someone holds but has not shared or threatened to share. Plain Python; assistant/answer_kinds.py
asks this module, the InterruptPolicy answers with each kind's static responses.

Each answer says the rule from the sources (deepfakes and near-nude images are intimate images
under B.C.'s IIPA; printing and handing out copies is sharing; secretly taking an image can be
voyeurism; the IIPS also helps when images are held) and then where to go, in the same turn.
"""

from __future__ import annotations

import re

from assistant.image_words import images
from assistant.situation_reading import situation_from_text

DEEPFAKE = "deepfake"
PRINTED = "printed_copies"
SECRET_RECORDING = "secret_recording"  # noqa: S105 (a kind name, not a secret)
HELD_NOT_SHARED = "held_not_shared"
IMAGE_KINDS = (SECRET_RECORDING, DEEPFAKE, PRINTED, HELD_NOT_SHARED)

_IMAGES = images("porn")

# "a fake nude of me made with AI", "deepfake", "photoshopped my face onto a porn pic".
_DEEPFAKE = re.compile(
    rf"\bdeep ?fake\w*|\bai[- ](?:generated|made|edited|created|nudes?|pics?|photos?|images?"
    rf"|videos?|porn)\b|\b(?:with|using|by|on) (?:an? )?ai\b|\b(?:nudify|undress) (?:app|site)"
    rf"|\b(?:fake|faked|photoshopped|edited|altered|morphed|doctored|generated)"
    rf" (?:\w+ ){{0,2}}{_IMAGES}"
    rf"|\b(?:photoshopped|edited|put|pasted|stuck) my face (?:on|onto|into)\b"
    # "used an app to make a naked picture of me from my instagram".
    rf"|\b(?:app|apps|ai|software|program|filter|bot|website)\b[^.!?]{{0,30}}\b(?:make|made"
    rf"|making|create|created|generat\w+|turn\w*)\b[^.!?]{{0,20}}\b(?:naked|nudes?|porn)"
)
# "printed out my photos", "hard copies", "posters of my nudes around school".
_PRINTED = re.compile(
    r"\b(?:print(?:ed|ing|s)?(?: (?:out|off))?|printouts?|hard ?cop(?:y|ies)|paper cop(?:y|ies)"
    r"|photocop\w+)\b"
)
_PRINTED_THEM = re.compile(r"\bprint(?:ed|ing|s)? (?:(?:out|off) )?(?:them|it|copies)\b")
# "hid a camera in the bathroom", "secretly filmed me", "recorded me in the shower".
_SECRET = re.compile(
    r"\bhid(?:den|e|es|ing)? (?:a |his |her |their )?(?:\w+ )?(?:camera|cam|phone)"
    r"|\b(?:camera|cam|phone) (?:was )?hidden\b|\bspy ?cam\w*|\bupskirt\w*"
    # "found a tiny camera in the washroom": a camera found where people undress.
    r"|\b(?:found|find|noticed|spotted|discovered|there'?s|there is|there was) (?:a |an |this )?"
    r"(?:\w+ ){0,2}(?:camera|cam|recording device)\b[^.!?]{0,40}\b(?:bathroom|washroom"
    r"|shower|change ?room|changing room|bedroom|toilet|locker room)"
    r"|\bsecretly (?:recorded|recording|filmed|filming|taped|took|taking|photographed)"
    r"|\b(?:recorded|filmed|taped|photographed) (?:me )?(?:\w+ ){0,3}(?:without (?:me )?"
    r"(?:knowing|my knowledge)|in the (?:shower|bathroom|washroom|change room|changing room)"
    r"|while i (?:was )?(?:sleep\w*|asleep|showering|changing|undressing|getting changed))"
)
# "he still has my nudes", "she won't delete them", "does it count if he didn't share it".
_HELD = re.compile(
    rf"\b(?:still )?(?:has|have|got|keeps|kept|is keeping|saved) (?:my|our|the|those|these)"
    rf" (?:old )?(?:\w+ )?{_IMAGES}"
    rf"|\b(?:won'?t|will not|refuses? to|didn'?t|did not) delete (?:them|it|my \w+"
    rf"|(?:the|our|those|these) (?:\w+ )?{_IMAGES})"
    rf"|\b(?:count|matter|covered)\b[^.!?]{{0,30}}\b(?:didn'?t|hasn'?t|has not|did not|never"
    rf"|not|isn'?t) (?:\w+ )?(?:share|shared|post|posted|send|sent|leak|leaked)\b"
)


def image_kind(cleaned: str) -> str | None:
    """The kind of image a lowercased message is about, or None. Sharing and threats are
    read first by the caller; a held image is only "held" when nothing was shared or
    threatened."""
    if _SECRET.search(cleaned):
        return SECRET_RECORDING
    if _DEEPFAKE.search(cleaned):
        return DEEPFAKE
    if _PRINTED.search(cleaned) and (
        re.search(rf"\b{_IMAGES}\b", cleaned) or _PRINTED_THEM.search(cleaned)
    ):
        return PRINTED
    if _HELD.search(cleaned) and situation_from_text(cleaned) not in {"shared", "threatened"}:
        return HELD_NOT_SHARED
    return None
