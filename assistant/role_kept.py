"""Someone helping another person, kept for the whole conversation (round 17, kind 4, session
18). Plain Python; the InterruptPolicy sends the kind's static answers (domain/roles_kept.yml).

Round 17 answered helpers as the victim once a later question was read alone: a friend who
said "asking for my friend ... shes 20 and lives in victoria" got "you may qualify ... you live
in B.C. and someone shared your images" to "so she qualifies tho right?" (p14), and "does she
qualify for the free lawyer" fell to the fallback; a mother got "for images taken when you were
18 or older" about her daughter's video (p30). The HELPER is read from every message so far
(`helps_someone`): someone else's images or case told (helper_reading.helped_person, "asking for
my friend"), unless the writer later says it is their own ("it's me, not a friend") or the
writer's role is one of writer_role's (the one who shared, their family, a young victim).
"""

from __future__ import annotations

import re

from assistant import helper_reading, writer_framing, writer_role
from assistant.eligibility import QUALIFYING_SITUATIONS
from assistant.home_reading import _place_pattern
from assistant.image_words import OWN_IMAGES
from assistant.plain_text import plain_lower
from assistant.situation_reading import situation_said_earlier

HELPER_ELIGIBLE = "helper_eligible"
HELPER_ELIGIBILITY = writer_framing.HELPER_ELIGIBILITY
HELPER_REMOVAL = "helper_removal"
ANSWERS: dict[str, list[str]] = {
    HELPER_ELIGIBLE: ["utter_helper_eligible"],
    HELPER_REMOVAL: ["utter_helper_removal"],
}
KINDS = frozenset({HELPER_ELIGIBLE, HELPER_REMOVAL})

_RECENT = 10
# Roles writer_role answers in its own words: never read as a helper here.
_OTHER_ROLES = frozenset(
    {
        writer_role.SELF_SHARER,
        writer_role.SIBLING_SHARER,
        writer_role.PARENT_SHARER,
        writer_role.FOR_DECEASED,
        writer_role.YOUNG_VICTIM,
    }
)
_ELIGIBILITY_INTENTS = frozenset({"check_eligibility", "ask_who_qualifies"})
# "does she qualify", "can he get the free lawyer", "is she eligible", "so she qualifies right".
_QUALIFY = re.compile(
    r"\b(?:she|he|they|my (?:friend|sister|brother|daughter|son|mom|mum|cousin|niece|nephew"
    r"|girlfriend|boyfriend|wife|husband|partner))\b[^.!?]{0,20}"
    r"\b(?:qualif\w*|eligible|get (?:the )?(?:free )?(?:lawyer|legal (?:help|advice))|apply)\b"
    r"|\b(?:qualif\w*|eligible)\b[^.!?]{0,15}\b(?:for (?:her|him|them)|she|he|they)\b"
)
_REMOVAL = re.compile(
    r"\b(?:taken? (?:off|down)|take (?:it|them|the \w+) (?:off|down)|removed?|removal"
    r"|get (?:it|them|the \w+) (?:off|down|removed|deleted)|go away|off the (?:internet|site"
    r"|website|app))\b"
)
_REFUSED = re.compile(r"\b(?:refus\w*|won'?t|doesn'?t|don'?t|didn'?t|if (?:they|it|the))\b")
# The writer's own images or own question: "my pics", "can I get mine taken down".

# "she lives in victoria", "they live in Kelowna", "my sister lives in Surrey".
_NOT_THE_HELPED = r"(?!(?:he|his|her|ex|bf|boyfriend|guy|him)\b)"
_HELPED_LIVES = re.compile(
    r"\b(?:she|he|they|shes|hes|she's|he's|my (?:friend|sister|brother|daughter|son|cousin"
    r"|niece|nephew|granddaughter|grandson|mom|mum))\s+"
    rf"(?:{_NOT_THE_HELPED}\w+\s+){{0,3}}"
    r"(?:lives?|living|is living|resides?|is based|studies|is studying)\s+(?:\w+\s+)?"
    r"(?:in|at|near)\s+"
)


def helps_someone(texts: list[str]) -> bool:
    """True when the writer told of someone else's case and has not said it is their own."""
    recent = [text for text in texts[-_RECENT:] if not (text or "").startswith("/")]
    if writer_role.writer_role(recent) in _OTHER_ROLES:
        return False
    helping = False
    for text in recent:
        if writer_framing.says_it_is_me(text):
            helping = False
        elif helper_reading.helped_person(text):
            # A child's helper has answers of its own (no StopNCII, Cybertip.ca first).
            helping = helper_reading.helped_person(text) == helper_reading.HELPER_ADULT
    return helping


def helped_home_in_bc(texts: list[str]) -> bool:
    """The person helped was said to live in a B.C. place ("shes 20 and lives in victoria")."""
    pattern, bc_places = _place_pattern()
    for text in texts:
        cleaned = plain_lower(text or "")
        for lives in _HELPED_LIVES.finditer(cleaned):
            place = pattern.match(cleaned, lives.end())
            if place and place.group(0) in bc_places:
                return True
    return False


def helper_kind(
    text: str, earlier: list[str], intent: str | None, situation: str | None = None
) -> str | None:
    """HELPER_ELIGIBLE / HELPER_ELIGIBILITY for "does she qualify?", HELPER_REMOVAL for removal
    asked, from someone helping; None otherwise. `situation`: the image_situation slot."""
    cleaned = plain_lower(text or "")
    if not cleaned or cleaned.startswith("/") or OWN_IMAGES.search(cleaned):
        return None
    said = [*earlier, text]
    if not helps_someone(said):
        return None
    if _QUALIFY.search(cleaned) or (
        intent in _ELIGIBILITY_INTENTS and not re.search(r"\b(?:i|me)\b", cleaned)
    ):
        situation = situation_said_earlier(said) or situation
        if situation in QUALIFYING_SITUATIONS and helped_home_in_bc(said):
            return HELPER_ELIGIBLE
        return HELPER_ELIGIBILITY
    # "what if the site refuses?" is the next step's question, not how to get it down.
    if (intent == "ask_image_removal" or (_REMOVAL.search(cleaned) and "?" in cleaned)) and not (
        _REFUSED.search(cleaned)
    ):
        return HELPER_REMOVAL
    return None


# A threat to the job told: "he'll fire me", "or I lose my shifts", "threatened my job".
_JOB_THREAT_TOLD = re.compile(
    r"\b(?:fire me|firing me|get fired|be fired|getting fired|cut my (?:hours|shifts)"
    r"|threat\w*|if i (?:don'?t|do not|say no|tell|refuse|report)|or (?:else|i'?ll lose|i lose)"
    r"|(?:said|says|told me) (?:i'?ll|i will|i would|i'?d) (?:lose|be)"
    r"|(?:take|took) (?:away )?my (?:job|shifts))\b"
)
# The writer's own worry asked ("if i report him will i get fired?", round 18 p09): a fear,
# not a threat told, unless someone is said to have said it ("he said he'd fire me").
_JOB_WORRY = re.compile(
    r"\b(?:will|would|could|can|might|may|going to|gonna|am i|do i|should i)\b[^.!?]{0,30}"
    r"\b(?:fire|fired|firing|lose (?:my|the) (?:job|shifts|hours))\b"
)
_SAID_BY_THEM = re.compile(
    r"\b(?:he|she|they|boss|manager|supervisor|owner)(?:'?s| has| have)? (?:\w+ )?(?:said|says"
    r"|told|tells|threaten\w*|warned|warns)\b|\b(?:he|she|they)'?ll (?:fire|cut|take)\b"
)


def job_threat_told(text: str) -> bool:
    """Someone is said to threaten the writer's job; a worry the writer asks about is not."""
    cleaned = plain_lower(text or "")
    if not _JOB_THREAT_TOLD.search(cleaned):
        return False
    return not (_JOB_WORRY.search(cleaned) and not _SAID_BY_THEM.search(cleaned))


JOB_FEAR_VERSIONS = {
    "utter_job_threat": "utter_job_fear",
    "utter_job_threat_youth": "utter_job_fear_youth",
}


def fitted_for_job_fear(sequence: list[str], text: str) -> list[str]:
    """The job named only as a worry ("i really need this job tho", round 17 p12): the job
    answers without "a threat to your job", which nobody told."""
    if job_threat_told(text):
        return sequence
    return [JOB_FEAR_VERSIONS.get(name, name) for name in sequence]
