"""Every response is defined in one domain file only. Rasa merges domain/*.yml silently, so a
second definition of a name replaces the first without a word (session 28: two readers' files
defined utter_iips_hours for a moment, and one answer's text quietly became the other's)."""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

import yaml

DOMAIN = Path(__file__).resolve().parents[2] / "domain"


def test_each_response_is_defined_in_one_file():
    files_of: dict[str, list[str]] = defaultdict(list)
    for path in sorted(DOMAIN.rglob("*.yml")):
        responses = (yaml.safe_load(path.read_text(encoding="utf-8")) or {}).get("responses") or {}
        for name in responses:
            files_of[name].append(path.name)
    assert files_of, "no responses found"
    twice = {name: files for name, files in files_of.items() if len(files) > 1}
    assert not twice, twice
