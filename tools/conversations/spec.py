"""Read and check conversation files (tests/conversations/*.yml).

A file holds `conversations:`, a list of `{name, steps}`. A step is one of:
  - user: "text"                      the person types this
  - click: "Title"                    the person taps the button with this title (latest bot turn)
  - bot: "text" | {says, any, not, buttons}
        says:    text or list; every one must appear in the latest bot turn
        any:     list; at least one must appear
        not:     text or list; none may appear
        buttons: text or list; every one must be a button title offered in the latest bot turn
Matching ignores case, extra spaces and curly vs straight quotes.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import yaml

CHECK_KEYS = ("says", "any", "not", "buttons")


class SpecError(ValueError):
    """A conversation file staff wrote is not in the expected shape."""


@dataclass(frozen=True)
class Expect:
    says: tuple[str, ...] = ()
    any: tuple[str, ...] = ()
    not_: tuple[str, ...] = ()
    buttons: tuple[str, ...] = ()


@dataclass(frozen=True)
class Step:
    kind: str  # "user", "click" or "bot"
    text: str = ""
    expect: Expect | None = None


@dataclass(frozen=True)
class Conversation:
    name: str
    steps: tuple[Step, ...]
    file: str = ""
    tags: tuple[str, ...] = field(default_factory=tuple)


def _texts(value, where: str) -> tuple[str, ...]:
    items = value if isinstance(value, list) else [value]
    if not items or not all(isinstance(item, str | int | float) for item in items):
        raise SpecError(f"{where}: expected text or a list of texts")
    return tuple(str(item) for item in items)


def parse_step(raw, where: str) -> Step:
    if not isinstance(raw, dict) or len(raw) != 1:
        raise SpecError(f"{where}: a step is one of `user:`, `click:` or `bot:`")
    kind, value = next(iter(raw.items()))
    if kind in ("user", "click"):
        if not isinstance(value, str | int | float) or not str(value).strip():
            raise SpecError(f"{where}: `{kind}:` needs some text")
        return Step(kind=kind, text=str(value))
    if kind != "bot":
        raise SpecError(f"{where}: unknown step `{kind}:` (use user, click or bot)")
    if isinstance(value, str):
        value = {"says": value}
    if not isinstance(value, dict) or not value:
        raise SpecError(f"{where}: `bot:` needs text or {{says: ..., not: ...}}")
    unknown = set(value) - set(CHECK_KEYS)
    if unknown:
        raise SpecError(f"{where}: unknown check {sorted(unknown)} (use {', '.join(CHECK_KEYS)})")
    checks = {key: _texts(value[key], f"{where} {key}") for key in CHECK_KEYS if key in value}
    expect = Expect(
        says=checks.get("says", ()),
        any=checks.get("any", ()),
        not_=checks.get("not", ()),
        buttons=checks.get("buttons", ()),
    )
    return Step(kind="bot", expect=expect)


def parse_conversation(raw, where: str, file: str = "") -> Conversation:
    if not isinstance(raw, dict) or not str(raw.get("name", "")).strip():
        raise SpecError(f"{where}: each conversation needs a `name:`")
    name = str(raw["name"])
    steps = raw.get("steps")
    if not isinstance(steps, list) or not steps:
        raise SpecError(f"{where} ({name}): `steps:` must be a non-empty list")
    parsed = tuple(
        parse_step(step, f"{where} ({name}) step {i}") for i, step in enumerate(steps, 1)
    )
    if parsed[0].kind != "user":
        raise SpecError(f"{where} ({name}): the first step must be `user:`")
    tags = raw.get("tags") or []
    return Conversation(name=name, steps=parsed, file=file, tags=tuple(str(t) for t in tags))


def parse_document(data, file: str = "") -> list[Conversation]:
    if not isinstance(data, dict) or not isinstance(data.get("conversations"), list):
        raise SpecError(f"{file or 'file'}: must start with `conversations:` and a list")
    conversations = [
        parse_conversation(raw, f"{file} #{i}", file)
        for i, raw in enumerate(data["conversations"], 1)
    ]
    names = [c.name for c in conversations]
    duplicates = sorted({n for n in names if names.count(n) > 1})
    if duplicates:
        raise SpecError(f"{file}: conversation names used twice: {duplicates}")
    return conversations


def load_file(path: Path) -> list[Conversation]:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as error:
        raise SpecError(f"{path.name}: not valid YAML ({error})") from error
    return parse_document(data, path.name)
