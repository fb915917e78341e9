"""The words people use for intimate images, one alternation for every reader of free text
(answer kinds, helper reading, image kinds). Plain Python."""

from __future__ import annotations

import re

IMAGE_WORDS = r"pics?|pictures?|photos?|photographs?|nudes?|images?|videos?|vids?|selfies?|sexts?"


def images(*more: str) -> str:
    """A non-capturing group of the image words and any `more` a reader also counts."""
    return "(?:" + "|".join((IMAGE_WORDS, *more)) + ")"


# The writer's own images: "my pics", "can I get mine taken down", "pictures of me".
OWN_IMAGES = re.compile(
    r"\bmy (?:own )?(?:pics?|photos?|pictures?|images?|videos?|nudes?)\b|\bof me\b"
)
