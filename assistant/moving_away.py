"""Leaving B.C.: "can I still get help after I move to Ontario?", "what if I don't live in BC
anymore by then?" (issue 16, simulated users round 10, p16). Plain Python over one message.

The eligibility check only asks where the person lives now, so re-running it answers "you live in
B.C., you may qualify" to a question about the move. The sources say the service is for people
who live in B.C. and nothing about a move after contact: that, contact them before the move,
and the routes open wherever one lives (domain/moving_away.yml).
"""

from __future__ import annotations

import re

from assistant.home_reading import FUTURE, place_mentions
from assistant.plain_text import plain_lower

MOVING_AWAY = "moving_away"
ANSWERS: dict[str, list[str]] = {
    MOVING_AWAY: ["utter_moving_away", "utter_outside_bc_lines_routes"],
}
KINDS = tuple(ANSWERS)

_BC = r"(?:bc|british columbia|the province|canada)"
# Leaving B.C. said without a place: "once I leave BC", "if I move away", "move out of province",
# "when I don't live in BC anymore", "no longer live in BC by then".
_LEAVING = re.compile(
    rf"\b(?:leave|leaving|move out of|moving out of|move away from|moving away from) {_BC}\b"
    r"|\b(?:move|moving|relocate|relocating) away\b"
    # "what if I don't live in BC anymore by then" (not "I don't live in BC anymore": outside now).
    rf"|\b(?:what if|if|once|when) (?:i|we) (?:don'?t|do not|no longer) (?:\w+ )?live in {_BC}\b"
    rf"|\b(?:don'?t|do not|no longer|not) (?:\w+ )?(?:live|be living|be) in {_BC}"
    r"(?: anymore| any more)? (?:by then|at that point|by the time)\b"
    rf"|\b(?:won'?t|will not) (?:\w+ )?(?:live|be living|be) in {_BC}\b"
    r"|\b(?:move|moving) out of (?:province|the province)\b"
)
# Asking whether help goes on: the service, the lawyer, help, qualifying, "does that matter".
_ASKS = re.compile(
    r"\bw(?:h)?at (?:if|happens|about)\b"
    r"|\b(?:can|could|will|would|do|does|is|am|still)\b[^.!]{0,60}"
    r"(?:\?|\b(?:help|service|lawyer|advice|qualify|eligible|apply|use|matter|count|work"
    r"|cover\w*|call)\b)"
)


# The tribunal asked about: its own outside-B.C. answer (assistant/answer_kinds_practical.py).
_TRIBUNAL = re.compile(r"\b(?:tribunal|crt|civil resolution|protection order)\b")


def _clean(text: str) -> str:
    return re.sub(r"\bb\.c\.?", "bc", plain_lower(text))


def leaves_bc(text: str) -> bool:
    """The message tells of the person's own move out of B.C. still to come."""
    cleaned = _clean(text)
    if _LEAVING.search(cleaned):
        return True
    # A home outside B.C. still to come ("moving to Toronto", "once I live in Ontario").
    return any(m.owner == FUTURE and not m.in_bc for m in place_mentions(cleaned))


def moving_away_kind(text: str) -> str | None:
    """MOVING_AWAY for a question about help after leaving B.C.; None otherwise."""
    cleaned = _clean(text)
    if leaves_bc(cleaned) and _ASKS.search(cleaned) and not _TRIBUNAL.search(cleaned):
        return MOVING_AWAY
    return None
