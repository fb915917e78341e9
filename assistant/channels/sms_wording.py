"""The SMS channel's own replies from content/sms.yml, with contact facts filled in."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from assistant.content import value
from assistant.content.loader import load_yaml

_PLACEHOLDER = re.compile(r"\{([a-z_]+\.[a-z0-9_]+)\}")


@dataclass(frozen=True)
class Wording:
    privacy_notice: str
    help: str
    stop: str
    start: str
    no_text: str
    too_long: str
    error: str


def fill(template: str) -> str:
    """Replace {file.key} with the fact's value; an unknown fact raises KeyError."""
    return _PLACEHOLDER.sub(lambda match: str(value(match.group(1))), template).strip()


@lru_cache(maxsize=1)
def wording() -> Wording:
    entries = load_yaml("sms")
    return Wording(**{name: fill(entries[name]["text"]) for name in Wording.__dataclass_fields__})
