"""The answers the turn before did not send: a reader never sends one block twice in a row.
Shared by the reader modules (asks23, asks25, limits25, repeat25, plain50, plain53), which each
had a copy."""

from __future__ import annotations

from collections.abc import Mapping


def fresh(found: list[str], previous: list[str]) -> list[str] | None:
    """`found` without what `previous` (the turn before's actions) sent; None when nothing is
    left, so the next reader answers."""
    kept = [name for name in found if name not in previous]
    return kept or None


def fresh_or_again(
    found: list[str] | None, previous: list[str], again: Mapping[str, list[str]]
) -> list[str] | None:
    """`fresh(found)`; asked again right after its first answer (`found[0]` in `previous`), the
    next answer on the same need from `again`, never the same block twice."""
    if not found:
        return None
    if found[0] in again and found[0] in previous:
        return fresh(again[found[0]], previous)
    return fresh(found, previous)


def replies_in_last(replies: list[list[str]], turns: int) -> set[str]:
    """The replies of the last `turns` turns, as one set."""
    return {name for turn in replies[-turns:] for name in turn}
