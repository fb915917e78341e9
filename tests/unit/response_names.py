"""The response names a reader module gives in its constants, and the responses the domain
defines: every answer a reader sends must exist (the plain38..plain44 tests share this)."""

from __future__ import annotations

from pathlib import Path
from types import ModuleType

import yaml

DOMAIN = Path(__file__).resolve().parents[2] / "domain"


def domain_responses() -> set[str]:
    names: set[str] = set()
    for path in DOMAIN.glob("*.yml"):
        names |= set((yaml.safe_load(path.read_text()) or {}).get("responses") or {})
    return names


def module_responses(module: ModuleType) -> set[str]:
    """Every `utter_` name in the module's upper-case constants (a name or a list of them)."""
    found: set[str] = set()
    for key, value in vars(module).items():
        if not key.isupper() or not isinstance(value, (str, list)):
            continue
        for name in [value] if isinstance(value, str) else value:
            if isinstance(name, str) and name.startswith("utter_"):
                found.add(name)
    return found
