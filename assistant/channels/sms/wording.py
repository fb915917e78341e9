"""The SMS channel's own replies: the utter_sms_* responses in domain/channels.yml (one home for
every sentence a person can receive; facts in them are checked against content/ by tests)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from assistant.content.responses import say


@dataclass(frozen=True)
class Wording:
    privacy_notice: str
    help: str
    stop: str
    erase: str
    start: str
    no_text: str
    too_long: str
    error: str


@lru_cache(maxsize=1)
def wording() -> Wording:
    return Wording(
        **{name: say(f"utter_sms_{name}", channel="sms") for name in Wording.__dataclass_fields__}
    )
