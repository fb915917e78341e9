"""Each response, slot and form lives in one domain file: Rasa merges domain/*.yml silently,
so a name defined twice keeps one text by file order, and renaming a file once changed which
answer people got (round 8's held-images answer, 2026-12-04)."""

from __future__ import annotations

from collections import defaultdict

from tests.domain_files import domain_parts


def test_no_response_or_slot_is_defined_in_two_domain_files():
    homes: dict[str, list[str]] = defaultdict(list)
    for file_name, part in domain_parts().items():
        for section in ("responses", "slots", "forms"):
            for name in part.get(section) or {}:
                homes[f"{section}.{name}"].append(file_name)
    twice = {name: files for name, files in homes.items() if len(files) > 1}
    assert not twice, twice
