"""Photos that are not intimate: "its not nude pics, just my face photos", "they're just normal
selfies from my insta", "nothing sexual, only pics of me at the beach". Said after a story of
sharing, it got the definition again ("may or may not show your face"), never the plain
consequence: the definition (service page) is about private images, nude or near-nude, sexual or
in a private place, and digitally altered ones (deepfakes); it doesn't say ordinary photos
count. A fake account or a deepfake made from them is said too: report the account; a
sexual deepfake can count.

Plain Python over the latest message; the InterruptPolicy sends the answer
(domain/ordinary_photos.yml). A message that names nudity, sex, underwear or a private place
is not this kind (safety_followups' clothed-image answer reads "is a photo without my hijab an
intimate image?").
"""

from __future__ import annotations

import re

from assistant.plain_text import plain_lower

ORDINARY_PHOTOS = "ordinary_photos"
ANSWERS = {ORDINARY_PHOTOS: ["utter_ordinary_photos", "utter_ordinary_photos_next"]}
KINDS = frozenset(ANSWERS)

_PICS = r"(?:pics?|pictures?|photos?|selfies?|images?|videos?|vids?|posts?)"
_NOT_INTIMATE = re.compile(
    r"\b(?:not|aren'?t|arent|isn'?t|isnt|weren'?t|werent|wasn'?t|wasnt|nothing|no)"
    r" (?:even |like |really |actually )?(?:nudes?|naked|sexual|sexy|explicit|intimate|racy"
    rf"|nude {_PICS}|sex {_PICS})\b"
)
_ORDINARY = re.compile(
    r"\b(?:just|only|regular|normal|ordinary|everyday|innocent|clothed|public)"
    r"(?: \w+){0,3}"
    rf" {_PICS}\b"
    rf"|\b(?:my|her|his) (?:face|profile|insta\w*|ig|facebook|fb|family|vacation|beach|school)"
    rf"(?: \w+)? {_PICS}\b"
)
_PRIVATE = re.compile(
    r"\b(?:nudes?|naked|topless|underwear|bra|lingerie|shower\w*|bath\w*|toilet|changing"
    r"|undress\w*|sex\w*|porn\w*|explicit|onlyfans|deep ?fakes?|ai|edited|photoshop\w*)\b"
)


def ordinary_photos_kind(text: str | None) -> str | None:
    """The kind when the writer says the photos are ordinary, not intimate."""
    cleaned = plain_lower(text)
    if not cleaned or not _NOT_INTIMATE.search(cleaned):
        return None
    if not _ORDINARY.search(cleaned):
        return None
    if _PRIVATE.search(_NOT_INTIMATE.sub(" ", cleaned)):
        return None
    return ORDINARY_PHOTOS
