"""`make content-check`: list facts past review-by; fail on missing sources or bad dates."""

from __future__ import annotations

import datetime as dt
import sys

from assistant.content.loader import all_facts, load_yaml


def problems() -> list[str]:
    """Errors that must fail the build: unknown source, missing or malformed dates."""
    sources = load_yaml("sources")
    found = []
    for fact in all_facts().values():
        if fact.source not in sources:
            found.append(f"{fact.name}: source '{fact.source}' is not in content/sources.yml")
        for field in ("reviewed", "review_by"):
            if not isinstance(getattr(fact, field), dt.date):
                found.append(f"{fact.name}: {field} must be a date (YYYY-MM-DD)")
    return found


def overdue(today: dt.date) -> list[str]:
    return [
        f"{fact.name}: review by {fact.review_by} ({fact.about or fact.value})"
        for fact in all_facts().values()
        if fact.is_overdue(today)
    ]


def main() -> int:
    today = dt.date.today()
    late = overdue(today)
    print(f"content-check: {len(all_facts())} facts, {len(late)} past review-by")
    for line in late:
        print(f"WARNING past review-by: {line}")
    errors = problems()
    for line in errors:
        print(f"ERROR: {line}")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
