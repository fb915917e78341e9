"""Round 22 kinds 2 and 3 (parts23): "I'd rather not guess" when the sources do answer.

- someone to talk to today, now, on a weekend ("is there anyone i can talk to today", "its
  sunday will anyone even pick up, i just need to talk to somebody"): VictimLinkBC is there
  24/7, the BC Mental Health Support Line, 9-8-8 (service-page.txt, bc-facts.md); a weekend or
  "will they answer" question first gets the intake line's hours (not in the sources).
- a screenshot of a page or site as proof when the images were taken under 18 ("can i screenshot
  the site, i was 16 in them"): never capture, keep or forward an image of anyone under 18;
  record the link; Cybertip.ca and Take It Down (bc-facts.md).

Read in InterruptPolicy._direct_answer beside answers22's readers, never for a safety intent.
Plain functions, no Rasa; responses in domain/parts23.yml and the older ones named here.
"""

from __future__ import annotations

import re

from assistant.plain_text import plain_lower

TALK_TODAY = "utter_talk_support_again"
TALK_AGAIN = "utter_feelings_adult"
HOURS = "utter_hours"
YOUNG_SCREENSHOT = "utter_young_image_no_capture"
YOUNG_SCREENSHOT_AGAIN = "utter_young_image_no_capture_again"
OUTSIDE_CRT = "utter_bc_routes_outside_caveat"
OUTSIDE_POLICE = "utter_police_outside_bc"
ANSWERS = (
    TALK_TODAY,
    TALK_AGAIN,
    HOURS,
    YOUNG_SCREENSHOT,
    YOUNG_SCREENSHOT_AGAIN,
    OUTSIDE_CRT,
    OUTSIDE_POLICE,
)

# A person to talk to, asked for now or today (not "the lawyer", which the intake line answers).
_TALK_NOW = re.compile(
    r"\b(?:some ?(?:one|body)|any ?(?:one|body)|a (?:real )?(?:person|human))\b[^?.!]{0,30}"
    r"\b(?:talk|speak|chat)\w*\b[^?.!]{0,25}\b(?:today|tonight|now|right now|this weekend"
    r"|on (?:a |the )?weekends?)\b"
    r"|\b(?:just|really) (?:need|want|wanna) to (?:talk|speak) to (?:some ?(?:one|body)"
    r"|any ?(?:one|body)|a (?:real )?person)\b"
)
# The intake line's hours asked for a weekend, evening or today.
_ANSWERED_WHEN = re.compile(
    r"\b(?:saturday|sunday|weekend|tonight|evening|after hours|today)\b[^.!]{0,60}"
    r"\b(?:answer\w*|pick up|open|call (?:me )?back|there)\b"
    r"|\b(?:answer\w*|pick up|open)\b[^?.!]{0,30}\b(?:saturday|sunday|weekends?|tonight|today)\b"
)
_LAWYER = re.compile(r"\b(?:lawyer|legal|tribunal|crt|court|claim)\b")
# Fear for one's safety said: the fear readers' answer (safety first), not this one.
_FEAR = re.compile(r"\b(?:scared|afraid|fear\w*|unsafe|not safe|danger\w*|hurt me)\b")

# A screenshot or copy of the page, site or images asked about.
_CAPTURE = re.compile(
    r"\b(?:screen ?shot\w*|screen ?cap\w*|capture|save|copy|download|record)\b"
    r"|\b(?:keep|have|having)\b[^?.!]{0,20}\b(?:as )?(?:proof|evidence)\b"
)
# Of the page or site the images are on (the older readers answer "save the pics", "his posts").
_OF_PAGE = re.compile(r"\b(?:site|website|page|web ?page|url)\b")
_OF_IT = re.compile(r"\b(?:it|them|that|those)\b")
# The images taken when the person in them was under 18, said now or earlier.
_TAKEN_YOUNG = re.compile(
    r"\b(?:when|while) (?:i|she|he|they) (?:was|were) (?:only )?(?:1[0-7]|\d)\b"
    r"|\b(?:at|aged?) (?:1[0-7])\b|\bi was (?:1[0-7])\b|\bunder ?age\b|\bunder 18\b"
    r"|\bminor (?:at|back) then\b"
)
# The tribunal and the police asked about together (someone who lives outside B.C., p28 T3).
_TRIBUNAL = re.compile(r"\b(?:crt|civil resolution|tribunal)\b")
_POLICE = re.compile(r"\b(?:police|cops|rcmp|vpd)\b")
_ASKS = re.compile(r"\?|\b(?:can|could|should|do|may|am) i\b")


def talk_today(cleaned: str) -> bool:
    """Someone to talk to today or now, not the lawyer."""
    return bool(_TALK_NOW.search(cleaned)) and not (
        _LAWYER.search(cleaned) or _FEAR.search(cleaned)
    )


def young_screenshot(cleaned: str, earlier: list[str], previous: list[str] | None = None) -> bool:
    """A screenshot or copy of the page with the images asked about (or "it" right after this
    answer), the images taken under 18."""
    again = YOUNG_SCREENSHOT in (previous or []) and bool(_OF_IT.search(cleaned))
    if not (_CAPTURE.search(cleaned) and (_OF_PAGE.search(cleaned) or again)):
        return False
    if not _ASKS.search(cleaned):
        return False
    return any(_TAKEN_YOUNG.search(plain_lower(t)) for t in [*earlier[-6:], cleaned])


def follow_up(
    text: str, previous: list[str], earlier: list[str], outside_bc: bool = False
) -> list[str] | None:
    """The answer to one of the module's kinds, or None. `previous`: the actions of the turn
    before; `earlier`: the person's earlier messages; `outside_bc`: the person lives outside
    B.C."""
    if not text or text.startswith("/"):
        return None
    cleaned = plain_lower(text)
    found: list[str] = []
    if young_screenshot(cleaned, earlier, previous):
        # Asked again right after: the point once more, short (never the same block twice).
        found = [YOUNG_SCREENSHOT if YOUNG_SCREENSHOT not in previous else YOUNG_SCREENSHOT_AGAIN]
    elif outside_bc and _TRIBUNAL.search(cleaned) and _POLICE.search(cleaned):
        # "the tribunal or the police where he lives?" from outside B.C.: both halves.
        found = [OUTSIDE_CRT, OUTSIDE_POLICE]
    elif talk_today(cleaned) or (
        _ANSWERED_WHEN.search(cleaned) and _TALK_NOW.search(cleaned) and not _FEAR.search(cleaned)
    ):
        # "will they answer on saturday": the hours are not in the sources (utter_hours says so).
        hours = [HOURS] if _ANSWERED_WHEN.search(cleaned) else []
        found = [*hours, TALK_TODAY if TALK_TODAY not in previous else TALK_AGAIN]
    fresh = [name for name in found if name not in previous]
    return fresh or None
