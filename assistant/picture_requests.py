"""A request for pictures with no threat, money or sharing told: pressure, not sextortion.

Round 30 (p26): a 13-year-old's first message "my uncle wants me to send him pictures" fell
back, and the protective guess (assistant/nlu/crisis_guard.py) picked sextortion from the
ranking: "Sextortion is blackmail ... don't pay ... block them", for someone who lives with him.
A plain request for pictures is the pressure answer's (`ask_no_consent`: you never have to send
anything; pressure from someone with trust or authority is not consent; Kids Help Phone,
Cybertip.ca, VictimLinkBC). Any word of a threat, money, posting or sharing keeps sextortion.
"""

from __future__ import annotations

import re

from assistant.trust_words import _ASKS_FOR_IMAGES

# Words of sextortion: a condition, money, or the images sent, posted or shown to others.
_SEXTORTION_WORDS = re.compile(
    r"\$|\b(?:unless|or else|otherwise|until|if (?:i|you|we) (?:don'?t|dont|do not|won'?t|wont"
    r"|refuse|stop|say no)|money|pay\w*|paid|cash|dollars|bucks|gift ?cards?|bitcoin|crypto"
    r"|e-?transfer|threat\w*|blackmail\w*|extort\w*|sextort\w*|post\w*|shar\w*|leak\w*"
    r"|show\w*|spread\w*|upload\w*|expose\w*|forward\w*|everyone|everybody|the ones|old ones"
    r"|already (?:has|have|got)|he has my|she has my|they have my|more)\b"
)


def asked_for_pictures_only(text: str) -> bool:
    """Someone asks the writer for pictures, and nothing of a threat, money or sharing."""
    cleaned = (text or "").lower()
    return bool(_ASKS_FOR_IMAGES.search(cleaned)) and not _SEXTORTION_WORDS.search(cleaned)
