"""Every sentence a person can receive lives in the domain's responses (domain/*.yml).

Rasa sends most of them itself. Code that builds a message from several sentences (the age
rules, the summary, the route list) or that answers outside Rasa (the SMS keywords, the web
channel's size limit) reads them here, so a reviewer finds all wording in one place.

One placeholder syntax everywhere, Rasa's own: `{name}`, filled from slots by Rasa or from
the values the code passes. A missing value is an error, never a literal "{name}" sent.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

REPO_ROOT = Path(__file__).resolve().parents[2]
PLACEHOLDER = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)\}")


def domain_dir() -> Path:
    return REPO_ROOT / "domain"


@lru_cache(maxsize=1)
def all_responses() -> dict[str, list[dict[str, Any]]]:
    """{response name: [variant, ...]} over every domain file."""
    merged: dict[str, list[dict[str, Any]]] = {}
    for path in sorted(domain_dir().glob("*.yml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        for name, variants in (data.get("responses") or {}).items():
            merged[name] = [v for v in variants or [] if isinstance(v, dict)]
    return merged


def template(name: str, channel: str | None = None) -> str:
    """The text of a response: the channel's own variant when it has one, else the general one.

    Variants with a `condition` are for Rasa to choose; they are never picked here.
    """
    variants = [v for v in all_responses()[name] if not v.get("condition")]
    own = [v for v in variants if channel and v.get("channel") == channel]
    general = [v for v in variants if not v.get("channel")]
    chosen = (own or general or variants)[0]
    return str(chosen.get("text") or "")


def placeholders(text: str) -> set[str]:
    return set(PLACEHOLDER.findall(text))


def fill(text: str, values: dict[str, Any]) -> str:
    """Replace each {name} with its value; a name without a value raises KeyError."""
    return PLACEHOLDER.sub(lambda match: str(values[match.group(1)]), text)


def say(name: str, channel: str | None = None, **values: Any) -> str:
    """The response `name`, filled with `values`, as the person will read it."""
    return fill(template(name, channel), values).strip()
