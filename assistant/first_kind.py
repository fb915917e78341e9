"""The first reader of a module's kinds that finds an answer.

The plainNN modules each keep a tuple of readers, tried in order; this is the one loop they
share, so that a reader's order is the only thing each module decides.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

Reader = Callable[..., "list[str] | None"]


def first_kind(readers: Iterable[Reader], *args: object) -> list[str] | None:
    """The answer of the first reader in `readers` that finds one, called with `args`."""
    for reader in readers:
        found = reader(*args)
        if found:
            return found
    return None
