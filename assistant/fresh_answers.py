"""The answers the turn before did not send: a reader never sends one block twice in a row.
Shared by the reader modules (asks23, asks25, limits25, repeat25), which each had a copy."""

from __future__ import annotations


def fresh(found: list[str], previous: list[str]) -> list[str] | None:
    """`found` without what `previous` (the turn before's actions) sent; None when nothing is
    left, so the next reader answers."""
    kept = [name for name in found if name not in previous]
    return kept or None
