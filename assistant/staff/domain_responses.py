"""Responses from the domain (a domain/ directory of several files, or one domain.yml)."""

from __future__ import annotations

from pathlib import Path

import yaml

REPO_ROOT = Path(__file__).resolve().parents[2]


def domain_files(root: Path = REPO_ROOT) -> list[Path]:
    directory = root / "domain"
    if directory.is_dir():
        return sorted(directory.rglob("*.yml")) + sorted(directory.rglob("*.yaml"))
    single = root / "domain.yml"
    return [single] if single.exists() else []


def responses_by_file(root: Path = REPO_ROOT) -> dict[str, dict[str, list[dict]]]:
    """{file name: {response name: [variant, ...]}} in file order."""
    found: dict[str, dict[str, list[dict]]] = {}
    for path in domain_files(root):
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        responses = data.get("responses") or {}
        if responses:
            found[str(path.relative_to(root))] = {
                name: list(variants or []) for name, variants in responses.items()
            }
    return found


def varied_responses(root: Path = REPO_ROOT) -> set[str]:
    """Responses with more than one wording for the same channel (random pick in Rasa)."""
    varied = set()
    for responses in responses_by_file(root).values():
        for name, variants in responses.items():
            channels = [v.get("channel") for v in variants if isinstance(v, dict)]
            if len(channels) != len(set(channels)):
                varied.add(name)
    return varied
