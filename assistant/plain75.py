"""Rounds 73-74's unanswered follow-ups (plain75): questions that got a neighbouring topic's
block (tests/simulated-users/2026-12-07-round73 and -round74):

- "who I call first? I must pay?", "I ask if the help cost money for me", with no money asked
  of the writer (r73 p15: the blackmail steps twice, even after "nobody ask me money"): the
  cost of help;
- "how much would i actually get. ballpark", "so you dont know what people usually get? just
  say so", after the tribunal's damages (r73 p27, rated "not": the wait for the letter, the
  same block, then the threat answer): the sources give only the limit;
- "should I also tell airbnb?" after a hidden camera (r74 p07: the police answer): the
  sources don't say; ask the police first (nearby_followups' answer);
- "He only show on his phone, not post on internet. Still counting as sharing?" (r74 p06: the
  workplace, then the examples list): the showing answer.

Plain functions; the InterruptPolicy asks (assistant/policies/follow_up_readers.py, after
plain73). Responses in domain/plain75.yml.
"""

from __future__ import annotations

import re

from assistant.first_kind import first_kind
from assistant.fresh_answers import fresh_or_again_within, replies_in_last
from assistant.plain_text import plain_lower
from assistant.safety import read_safety

COST = "utter_part_cost"  # domain: the cost of the legal advice and the tribunal's order
REMOVAL = "utter_image_removal"  # domain: getting images removed
DAMAGES_HOW_MUCH = "utter_damages_how_much"  # domain/nearby_followups.yml
CAMERA_HOST = "utter_camera_tell_host"  # domain: nearby_followups' answer
SHOWING_COUNTS = "utter_showing_counts"  # domain/specific_answers.yml

AGAIN = {
    COST: ["utter_cost_plainly"],
    DAMAGES_HOW_MUCH: ["utter_damages_ballpark_again"],
    SHOWING_COUNTS: ["utter_showing_counts_again"],
    CAMERA_HOST: ["utter_camera_tell_host_again"],  # domain/nearby_followups.yml
}
RECENT_TURNS = 3

# --- the cost of help, with no money asked of the writer -------------------------------------
# Narrow: "do I have to pay?", "is it free?" keep their older answers (the full conversation
# run, session 40); these second-language wordings were read as blackmail.
_COST_ASKED = re.compile(r"\b(?:i|we) must pay\b|\bmust i pay\b|\bcost money for me\b")
# Money asked of the writer (blackmail), said before or now: the blackmail steps stay.
_DEMAND = re.compile(
    r"\b(?:wants?|asks?|asked|asking|demand\w*|unless|or (?:else|he|she|they))\b[^.?!]{0,30}"
    r"(?:\$|\b(?:money|pay|paid|dollars|bucks|gift ?cards?|bitcoin|crypto)\b)"
    r"|\b(?:blackmail\w*|sextort\w*|extort\w*)\b"
    # "pay me 200 or ...", "do i have to pay him?": a person paid, not a service.
    r"|\bpay (?:me|him|her|them|this (?:guy|person))\b"
)
_NO_DEMAND = re.compile(
    r"\b(?:nobody|no one|no-one|noone|not) (?:ask|asks|asked|asking|want|wants)\w* (?:me )?"
    r"(?:for )?(?:money|to pay)\b|\bnot blackmail\b"
)
_REMOVAL = re.compile(r"\b(?:remove|removed|out of (?:the )?internet|off the internet|take down)")

# --- how much money --------------------------------------------------------------------------
_HOW_MUCH = re.compile(
    r"\bballpark\b|\b(?:usually|typically|normally|actually) (?:get|receive|awarded)\b"
)
_DAMAGES_TOLD = frozenset({"utter_crt_damages", "utter_crt", DAMAGES_HOW_MUCH})

# --- telling the host's platform, after a hidden camera ----------------------------------------
_TELL_PLATFORM = re.compile(r"\balso tell (?:airbnb|vrbo)\b")
_CAMERA = re.compile(r"\bcamera\b")

# --- shown on a phone, asked in plain or second-language words -------------------------------
_SHOWN_ON_PHONE = re.compile(
    r"\b(?:only |just )?show (?:it |them |the (?:picture|photo|pic|video|image) )?on (?:his|her"
    r"|their) phone\b"
)
_COUNTS = re.compile(r"\b(?:count|counts|counting|sharing|share)\b")


def _cost(cleaned: str, told: list[str], recent: set[str]) -> list[str] | None:
    if not _COST_ASKED.search(cleaned):
        return None
    if any(_DEMAND.search(t) for t in [*told[-4:], cleaned]) and not _NO_DEMAND.search(cleaned):
        return None
    return [REMOVAL, COST] if _REMOVAL.search(cleaned) else [COST]


def _how_much(cleaned: str, told: list[str], recent: set[str]) -> list[str] | None:
    if recent & _DAMAGES_TOLD and _HOW_MUCH.search(cleaned):
        return [DAMAGES_HOW_MUCH]
    return None


def _camera_host(cleaned: str, told: list[str], recent: set[str]) -> list[str] | None:
    if _TELL_PLATFORM.search(cleaned) and any(_CAMERA.search(t) for t in [*told, cleaned]):
        return [CAMERA_HOST]
    return None


def _shown_on_phone(cleaned: str, told: list[str], recent: set[str]) -> list[str] | None:
    if _SHOWN_ON_PHONE.search(cleaned) and _COUNTS.search(cleaned) and "?" in cleaned:
        return [SHOWING_COUNTS]
    return None


KINDS = (_cost, _how_much, _camera_host, _shown_on_phone)


def kind(text: str, earlier: list[str], recent: set[str] | None = None) -> list[str] | None:
    """The answer to one of KINDS, or None."""
    cleaned = plain_lower(text)
    if not cleaned or cleaned.startswith("/") or not earlier:
        return None
    told = [plain_lower(t) for t in earlier[-6:]]
    return first_kind(KINDS, cleaned, told, recent or set())


def follow_up(
    text: str,
    previous: list[str],
    earlier: list[str],
    replies: list[list[str]] | None = None,
) -> list[str] | None:
    """The answer; the short line when the same answer was sent in the last RECENT_TURNS turns;
    a message for the safety net is left to it."""
    if read_safety(text) is not None:
        return None
    recent = replies_in_last(replies or [], RECENT_TURNS) | set(previous)
    found = kind(text, earlier, recent)
    if not found:
        return None
    if found[-1] == COST and COST in recent:
        found = [COST]  # the cost asked again: said plainly, the removal list not again
    return fresh_or_again_within(found, previous, recent, AGAIN)
