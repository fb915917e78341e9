"""Read the domain directory and the rule files as plain YAML, for tests."""

from __future__ import annotations

from pathlib import Path

import yaml

REPO_ROOT = Path(__file__).resolve().parents[1]


def domain_parts() -> dict[str, dict]:
    return {
        path.name: yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        for path in sorted((REPO_ROOT / "domain").glob("*.yml"))
    }


def responses() -> dict[str, list[dict]]:
    merged: dict[str, list[dict]] = {}
    for part in domain_parts().values():
        merged.update(part.get("responses") or {})
    return merged


def response_texts() -> list[tuple[str, str]]:
    return [
        (name, variant.get("text") or "")
        for name, variants in responses().items()
        for variant in variants
    ]


def rules() -> list[dict]:
    found = []
    for path in sorted((REPO_ROOT / "data" / "rules").glob("*.yml")):
        found += (yaml.safe_load(path.read_text(encoding="utf-8")) or {}).get("rules") or []
    return found
