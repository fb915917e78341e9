"""The one loop over a module's readers (assistant/first_kind.py; session 41's review: six
plainNN modules had their own copy)."""

from __future__ import annotations

from assistant.first_kind import first_kind


def test_first_kind_is_the_first_reader_that_finds():
    def none(*args: object) -> None:
        return None

    def found(*args: object) -> list[str]:
        return [f"utter_{len(args)}"]

    assert first_kind((none, found, none), "a", "b") == ["utter_2"]
    assert first_kind((none,), "a") is None
