"""Load the facts kept in content/*.yml.

Every fact is an entry with `value`, `source`, `reviewed` and `review_by`. A fact is named
`<file>.<key>`, for example `contacts.intake_phone`. Files whose entries are not facts
(sources.yml, and any entry without `value`) are skipped here.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from assistant import settings

REPO_ROOT = Path(__file__).resolve().parents[2]
NOT_FACT_FILES = {"sources"}


@dataclass(frozen=True)
class Fact:
    name: str
    value: Any
    source: str
    reviewed: Any
    review_by: Any
    about: str = ""

    def is_overdue(self, today: dt.date) -> bool:
        return isinstance(self.review_by, dt.date) and self.review_by < today


def content_dir() -> Path:
    return Path(settings.text("ASSISTANT_CONTENT_DIR", None, str(REPO_ROOT / "content")))


def load_yaml(name: str) -> dict[str, Any]:
    """Read content/<name>.yml as a plain mapping."""
    with open(content_dir() / f"{name}.yml", encoding="utf-8") as handle:
        return yaml.safe_load(handle) or {}


@lru_cache(maxsize=1)
def all_facts() -> dict[str, Fact]:
    facts: dict[str, Fact] = {}
    for path in sorted(content_dir().glob("*.yml")):
        if path.stem in NOT_FACT_FILES:
            continue
        for key, entry in (load_yaml(path.stem)).items():
            if not isinstance(entry, dict) or "value" not in entry:
                continue
            facts[f"{path.stem}.{key}"] = Fact(
                name=f"{path.stem}.{key}",
                value=entry["value"],
                source=entry.get("source", ""),
                reviewed=entry.get("reviewed"),
                review_by=entry.get("review_by"),
                about=entry.get("about", ""),
            )
    return facts


def fact(name: str) -> Fact:
    return all_facts()[name]


def value(name: str) -> Any:
    return fact(name).value
