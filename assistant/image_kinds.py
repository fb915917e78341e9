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

# "a fake nude of me made with AI", "deepfake", "photoshopped my face onto a porn pic",
# "does it matter that they're AI fakes?" (round 31 p05).
_DEEPFAKE = re.compile(
    rf"\bdeep ?fake\w*|\bai[- ](?:generated|made|edited|created|nudes?|pics?|photos?|images?"
    rf"|videos?|porn|fakes?|faked)\b|\b(?:with|using|by|on) (?:an? )?ai\b"
    rf"|\b(?:nudify|undress) (?:app|site)"
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
_PRINTED_THEM = re.compile(
    r"\bprint(?:ed|ing|s)? (?:(?:out|off) )?(?:them|it|copies)\b"
    # "they were printed and handed out at my workplace" (a person writing formally of
    # their own images).
    r"|\b(?:they|these|those|it|copies|some|all of them)(?: were| was| have been| had been"
    r"|'ve been| got| are being| were being)? (?:all )?printed\b"
)
# "does printing count?", "is printing them out sharing?", "what about printed copies?": the
# question asked alone, as a follow-up (the service page lists printing copies as sharing).
_PRINT_COUNTS = re.compile(
    r"\bprint\w*\b[^.!?]{0,30}\b(?:count|counts|counted|sharing|shared|covered|included"
    r"|the same|distribut\w*)\b"
    r"|\b(?:what about|how about|and|does it count if|is it sharing if|is it still sharing if)"
    r" (?:\w+ ){0,2}(?:printed|printing|printouts?|paper copies|hard ?copies|photocopies)\b"
)
# Physical copies without the word "print": posters, copies handed out or left in mailboxes,
# pictures stuck on a wall at work (not a "wall" online).
_PHYSICAL = re.compile(
    r"\b(?:hand(?:ed|ing|s)?|gave|giving|pass(?:ed|ing)) (?:\w+ ){0,3}out\b"
    r"|\b(?:posters?|flyers?|fliers?|leaflets?|photocop\w+|paper cop(?:y|ies)|hard ?cop(?:y|ies)"
    r"|copies)\b"
    # "they are physical photos not on the internet", "old polaroids" (session 17).
    r"|\b(?:physical|paper) (?:\w+ )?(?:photos?|pictures?|pics?|prints?|copies)"
    r"\b(?! (?:online|on (?:the )?(?:internet|web)))"
    r"|\b(?:polaroids?|photo ?albums?|film (?:photos?|prints?)|negatives)\b"
    r"|\b(?:left|put|stuffed|dropped|slipped|mailed) (?:\w+ ){0,3}in (?:\w+ ){0,2}"
    r"(?:mail ?box(?:es)?|letter ?box(?:es)?|mail ?slots?|lockers?|mail)\b"
    r"|\b(?:put|stuck|taped|pinned|hung|plastered|posted|glued|left) (?:\w+ ){0,4}"
    r"(?:on|onto|up on|to|all over|around) (?:the |a |my |our |his |her |their |every )?(?:\w+ )?"
    r"(?:walls?|doors?|notice ?boards?|bulletin ?boards?|fridge|windows?|windshield|car|lockers?"
    r"|poles?|lamp ?posts?|telephone poles?)\b"
)
_ONLINE = re.compile(
    r"\b(?:online|internet|facebook|fb|instagram|insta|snapchat|snap|tiktok|twitter|reddit"
    r"|website|site|profile|timeline|page|group ?chat|whatsapp|discord|app)\b"
)
# Round 19 (explore20): secretly taken, said in the passive ("the photo was taken while I was
# changing in the locker room"), and a video call captured ("screenshotted me on facetime ...
# didn't tell me", "screen recorded our video call without asking"). Also read by
# answer_on_hand.secret_crime.
_CAPTURED_SECRETLY = (
    r"\b(?:photos?|pics?|pictures?|videos?|images?|it|they) (?:was|were|got|had been|been)"
    r" (?:taken|recorded|filmed|snapped) (?:\w+ ){0,3}?(?:while i (?:was )?(?:sleep\w*|asleep"
    r"|passed out|showering|changing|undressing|getting changed)|without (?:me )?(?:knowing"
    r"|my knowledge)|in the (?:shower|bathroom|washroom|change ?room|changing room|locker room))"
    r"|\b(?:screenshot\w*|screen ?shot\w*|ss'?d|screen ?record\w*|screen ?grab\w*|recorded)"
    r"\b[^.!?]{0,40}\b(?:facetime|face time|video ?calls?|video ?chats?|zoom|skype|webcam|cam"
    r"|snap ?call|livestream|live ?stream)\b[^.!?]{0,60}\b(?:without (?:me )?(?:knowing|asking"
    r"|telling)|didn'?t (?:tell|ask)|did not (?:tell|ask)|never (?:told|asked)|secretly)"
    r"|\bsecretly (?:screenshot\w*|screen ?record\w*)"
)
CAPTURED_SECRETLY = re.compile(_CAPTURED_SECRETLY)
# "hid a camera in the bathroom", "secretly filmed me", "recorded me in the shower".
_SECRET = re.compile(
    r"\bhid(?:den|e|es|ing)? (?:a |his |her |their )?(?:\w+ )?(?:camera|cam|phone)"
    r"|\b(?:camera|cam|phone) (?:was )?hidden\b|\bspy ?cam\w*|\bupskirt\w*"
    # "found a tiny camera in the washroom": a camera found where people undress.
    r"|\b(?:found|find|noticed|spotted|discovered|there'?s|there is|there was) (?:a |an |this )?"
    r"(?:\w+ ){0,2}(?:camera|cam|recording device)\b[^.!?]{0,40}\b(?:bathroom|washroom"
    r"|shower|change ?room|changing room|bedroom|toilet|locker room)"
    r"|\bsecretly (?:recorded|recording|filmed|filming|taped|took|taking|photographed)"
    # "recorded me changing", and in the present or without "the" ("he record me in shower",
    # round 22, p25's ESL story, which got the greeting alone, then the route questions).
    r"|\b(?:record|film|tape|photograph)(?:ed|ing|s|d)? (?:me )?(?:\w+ ){0,3}(?:without (?:me )?"
    r"(?:knowing|my knowledge)|in (?:the |my |our )?(?:shower|bathroom|washroom|change room"
    r"|changing room)|(?:while i (?:was )?)?(?:sleep\w*|asleep|showering|changing|undressing"
    r"|getting changed))"
    rf"|{_CAPTURED_SECRETLY}"
)
# "he still has my nudes", "she won't delete them", "does it count if he didn't share it".
_HELD = re.compile(
    rf"\b(?:still )?(?:has|have|got|keeps|kept|is keeping|saved) (?:my|our|the|those|these)"
    rf" (?:old )?(?:\w+ )?{_IMAGES}"
    # "my ex has nudes of me", "she has videos of us" (session 15 probe)
    rf"|\b(?:still )?(?:has|have|got|keeps|kept|is keeping|saved) (?:some |a few |a lot of )?"
    rf"(?:\w+ )?{_IMAGES} of (?:me|us)\b"
    rf"|\b(?:won'?t|will not|refuses? to|didn'?t|did not) delete (?:them|it|my \w+"
    rf"|(?:the|our|those|these) (?:\w+ )?{_IMAGES})"
    rf"|\b(?:count|matter|covered)\b[^.!?]{{0,30}}\b(?:didn'?t|hasn'?t|has not|did not|never"
    rf"|not|isn'?t) (?:\w+ )?(?:share|shared|post|posted|send|sent|leak|leaked)\b"
)


# "not on the internet", "they're not online": the internet named only to say it is not there.
_NOT_ONLINE = re.compile(
    r"\b(?:not|never|isn'?t|aren'?t|wasn'?t|weren'?t|nothing) (?:been |put |posted |even )?"
    r"(?:on ?line|on (?:the )?(?:internet|web|net))\b"
)


def physical_copies(cleaned: str) -> bool:
    """Images shared on paper or in a place, with no word of the internet: "copies of my
    photos in the neighbours' mailboxes", "my pics taped to the wall at work"."""
    if not _PHYSICAL.search(cleaned) or _ONLINE.search(_NOT_ONLINE.sub(" ", cleaned)):
        return False
    return bool(re.search(rf"\b{_IMAGES}\b", cleaned) or _PRINTED_THEM.search(cleaned))


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
    if _PRINT_COUNTS.search(cleaned):
        return PRINTED
    if physical_copies(cleaned):
        return PRINTED
    if _HELD.search(cleaned) and situation_from_text(cleaned) not in {"shared", "threatened"}:
        return HELD_NOT_SHARED
    return None
