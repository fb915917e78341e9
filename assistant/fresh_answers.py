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


def fresh_or_again_within(
    found: list[str] | None,
    previous: list[str],
    recent: set[str],
    again: Mapping[str, list[str]],
) -> list[str] | None:
    """`fresh(found)`; when `found[0]` was sent in the last turns (`recent`, which holds
    `previous`), its short line from `again`; asked once more right after that line, the whole
    answer again (plain71, plain73, plain75)."""
    if not found:
        return None
    if found[0] in again and found[0] in recent:
        return fresh(again[found[0]], previous) or fresh(found, previous)
    return fresh(found, previous)


def replies_in_last(replies: list[list[str]], turns: int) -> set[str]:
    """The replies of the last `turns` turns, as one set."""
    return {name for turn in replies[-turns:] for name in turn}
