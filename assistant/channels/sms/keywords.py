"""The SMS keywords handled before NLU (the carrier-standard set Twilio also uses)."""

from __future__ import annotations

import enum
import re


class Keyword(enum.Enum):
    STOP = "stop"
    START = "start"
    HELP = "help"
    ERASE = "erase"  # delete this conversation and the channel's state for the number


_KEYWORDS = {
    **dict.fromkeys(["STOP", "STOPALL", "UNSUBSCRIBE", "CANCEL", "END", "QUIT"], Keyword.STOP),
    **dict.fromkeys(["START", "UNSTOP"], Keyword.START),
    **dict.fromkeys(["HELP", "INFO"], Keyword.HELP),
    **dict.fromkeys(["ERASE", "DELETE"], Keyword.ERASE),
}
_EDGES = re.compile(r"^[\s.!?,;:'\"]+|[\s.!?,;:'\"]+$")


def keyword(text: str) -> Keyword | None:
    """The keyword when the whole message is one ('stop', ' STOP! '); never inside a sentence."""
    return _KEYWORDS.get(_EDGES.sub("", text).upper())
