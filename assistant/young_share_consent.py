"""A young writer asking whether they may show or send someone's image when that person agrees
(round 19, p08: "if my gf sent me a pic can i show it to my friends if she says its ok? were
both 16 and 17", then "even if she says its fine tho?" got the threats answer, "im asking if i
can show my friends her pic if she gives permission" got the helper's list, and "so its
illegal even if she says yes?" the adult criminal-law answer).

The writer is the one who would share, asking for themself; the answer is the under-18 image
rule (bc-facts.md, corrections: sharing an image of anyone under 18 with anyone else is
distribution, even with consent). Read when the young person's image answer was given earlier
in the conversation or the writer said their own age under 18, and the latest message asks
about agreement: "even if she says its fine", "if she gives permission", "with her consent",
"illegal even if she says yes". Never when the writer says it is their own image, or a threat
or a demand for money is told (those answers stay). Plain Python; the InterruptPolicy sends
the static answer (domain/roles20.yml).
"""

from __future__ import annotations

import re

from assistant.age_parsing import parse_ages
from assistant.plain_text import plain_lower

YOUNG_SHARE_CONSENT = "young_share_consent"
YOUNG_SHARE_CONSENT_AGAIN = "young_share_consent_again"
YOUNG_OWN_CONSENT = "young_own_consent"
ANSWERS = {
    YOUNG_SHARE_CONSENT: ["utter_young_share_consent", "utter_young_share_consent_help"],
    YOUNG_SHARE_CONSENT_AGAIN: ["utter_young_share_consent_again"],
    YOUNG_OWN_CONSENT: ["utter_young_own_consent", "utter_young_share_consent_help"],
}
_GIVEN = frozenset({"utter_young_share_consent", "utter_young_own_consent"})
# The same rule said by spread_consent.py: once it answered, its own "asked again" follows.
_SPREAD_GIVEN = frozenset({"utter_under_18_even_agreed"})
ADULT_AGE = 18  # content/age_rules.yml adult_age

# The young person's image answers: once given, the conversation is about a young person's image.
YOUNG_IMAGE_REPLIES = frozenset(
    {"utter_young_holds_images", "utter_young_holds_images_help", "utter_under_18_images"}
)
_WHO = r"(?:she|he|they|her|him|them|my (?:gf|bf|girlfriend|boyfriend|friend|ex|partner))"
_AGREES = (
    r"(?:says?|said|tells? me|told me)(?: (?:its|it'?s|it is|that'?s|thats))? (?:ok|okay|fine|yes"
    r"|cool|alright|all right|good)"
    r"|(?:gives?|gave|has given) (?:me )?(?:her |his |their )?(?:permission|consent|ok|okay)"
    r"|(?:agrees?|agreed|consents?|consented|lets me|let me|allows? me|wants? me to|doesn'?t mind"
    r"|does not mind|is ok with it|is okay with it|is fine with it)"
)
_CONSENT_ASKED = re.compile(
    rf"\b(?:even )?(?:if|when|though|tho) {_WHO} (?:\w+ )?(?:{_AGREES})\b"
    rf"|\bwith (?:her|his|their) (?:permission|consent|ok|okay)\b"
    rf"|\b(?:permission|consent)\b[^.!?]{{0,30}}\b(?:show|send|share|post|forward)\w*"
    rf"|\b(?:show|send|share|post|forward)\w*\b[^.!?]{{0,40}}\b(?:permission|consent)\b"
)
# The writer's own agreement: "if i give permission", "if i say yes", "even if i agree".
_SELF_AGREES = re.compile(
    r"\b(?:even )?(?:if|when|though|tho) i (?:\w+ )?(?:say (?:yes|ok|okay|its ok|it'?s ok|its fine"
    r"|it'?s fine)|give (?:him |her |them )?(?:my )?(?:permission|consent|ok|okay)|agree"
    r"|let (?:him|her|them)|allow (?:him|her|them)|consent)\b"
)
_OWN = re.compile(r"\bmy (?:own )?(?:pics?|photos?|pictures?|images?|videos?|nudes?)\b|\bof me\b")
_THREAT_OR_MONEY = re.compile(r"\bthreat\w*|\bblackmail\w*|\bsextort\w*|\$|\b(?:money|pay|paid)\b")
_NOT_THREAT = re.compile(r"\bno(?:body|one| one)? (?:is )?threat\w*|\bnot threat\w*")


def _young_writer(texts: list[str]) -> bool:
    for text in texts:
        parsed = parse_ages(plain_lower(text or ""))
        if parsed.self_stated and parsed.age is not None and parsed.age < ADULT_AGE:
            return True
    return False


def consent_asked(text: str) -> bool:
    """The message asks whether the other person's agreement makes showing or sending fine."""
    cleaned = plain_lower(text or "")
    if not cleaned or cleaned.startswith("/") or _OWN.search(cleaned):
        return False
    if _THREAT_OR_MONEY.search(_NOT_THREAT.sub(" ", cleaned)):
        return False
    return bool(_CONSENT_ASKED.search(cleaned))


def own_consent_asked(text: str) -> bool:
    """The young writer asks whether their own OK makes sharing their image fine."""
    cleaned = plain_lower(text or "")
    if not cleaned or cleaned.startswith("/"):
        return False
    if _THREAT_OR_MONEY.search(_NOT_THREAT.sub(" ", cleaned)):
        return False
    return bool(_SELF_AGREES.search(cleaned))


def young_share_consent(
    text: str,
    earlier: list[str],
    earlier_replies: list[str],
    previous_turn: list[str] | None = None,
) -> str | None:
    """YOUNG_SHARE_CONSENT for a young writer's "even if she says it's ok?", YOUNG_OWN_CONSENT
    for "if i give permission is it fine?", YOUNG_SHARE_CONSENT_AGAIN when one of those was the
    answer just before; None otherwise. `earlier_replies`: the bot's responses so far;
    `previous_turn`: those of the turn before."""
    own = own_consent_asked(text)
    if not (own or consent_asked(text)):
        return None
    young = bool(YOUNG_IMAGE_REPLIES & set(earlier_replies)) or _young_writer([*earlier, text])
    if not young:
        return None
    if _GIVEN & set(previous_turn or []):
        return YOUNG_SHARE_CONSENT_AGAIN
    if "utter_young_share_consent_again" in set(previous_turn or []) or _SPREAD_GIVEN & set(
        earlier_replies
    ):
        # A third time ("so its illegal even if she says yes?"): the spread readers' short
        # "That's right" (spread_consent.py), never the first answer word for word again.
        return None
    return YOUNG_OWN_CONSENT if own else YOUNG_SHARE_CONSENT
