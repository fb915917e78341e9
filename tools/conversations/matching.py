"""Compare one bot turn with what staff expected. Plain functions, no Rasa."""

from __future__ import annotations

import re
from dataclasses import dataclass

from tools.conversations.spec import Expect

_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"'})
_DASHES = str.maketrans({"\u2013": "-", "\u2014": "-", "\u2011": "-"})


def normalize(text: str) -> str:
    """Lower case, straight quotes and dashes, single spaces: staff should not fight typography."""
    text = str(text).translate(_QUOTES).translate(_DASHES).lower()
    return re.sub(r"\s+", " ", text).strip()


def turn_text(messages: list[dict]) -> str:
    return "\n".join(str(m.get("text") or "") for m in messages)


def button_titles(messages: list[dict]) -> list[str]:
    return [
        str(button.get("title", ""))
        for message in messages
        for button in message.get("buttons") or []
    ]


@dataclass(frozen=True)
class CheckResult:
    ok: bool
    problems: tuple[str, ...]


def check_turn(messages: list[dict], expect: Expect) -> CheckResult:
    text = normalize(turn_text(messages))
    titles = [normalize(title) for title in button_titles(messages)]
    problems = [f'missing "{s}"' for s in expect.says if normalize(s) not in text]
    if expect.any and not any(normalize(s) in text for s in expect.any):
        problems.append("none of: " + ", ".join(f'"{s}"' for s in expect.any))
    problems += [f'should not say "{s}"' for s in expect.not_ if normalize(s) in text]
    problems += [
        f'no button "{b}"' for b in expect.buttons if not any(normalize(b) in t for t in titles)
    ]
    return CheckResult(ok=not problems, problems=tuple(problems))


def find_button(messages: list[dict], title: str) -> dict | None:
    """The button whose title matches exactly (ignoring case), else the only one containing it."""
    buttons = [b for m in messages for b in m.get("buttons") or []]
    wanted = normalize(title)
    exact = [b for b in buttons if normalize(b.get("title", "")) == wanted]
    if exact:
        return exact[0]
    partial = [b for b in buttons if wanted in normalize(b.get("title", ""))]
    return partial[0] if len(partial) == 1 else None


# A message this long is a block of information: sent in one turn and again in the next, it
# is the same block twice in a row, however the turn is cut ("the CRT paragraph three times").
# A button tapped (a "/" payload) asks for its answer: the same block may come again.
LONG_BLOCK_CHARS = 200


def repeated_message(
    previous: list[dict], current: list[dict], long_blocks: bool = True
) -> str | None:
    """The text of a bot message sent twice in a row (within a turn, or the last of the
    previous turn again first in this one), or, with `long_blocks`, a long block of the
    previous turn sent again in this one: the sign of a loop. None when there is none."""
    texts = [normalize(m.get("text") or "") for m in [*previous[-1:], *current]]
    for before, after in zip(texts, texts[1:], strict=False):
        if before and before == after:
            return after
    if not long_blocks:
        return None
    blocks = {normalize(m.get("text") or "") for m in previous}
    for position, message in enumerate(current):
        text = normalize(message.get("text") or "")
        if form_resumes(current, position):
            continue
        if len(text) >= LONG_BLOCK_CHARS and text in blocks:
            return text
    return None


def form_resumes(turn: list[dict], position: int) -> bool:
    """The last message of a turn is a question asked again after an answer to something else
    (a form resuming after a side question): not a loop."""
    text = (turn[position].get("text") or "").strip()
    return position == len(turn) - 1 and position > 0 and text.endswith("?")


def asked_by_button(text: str) -> bool:
    """A tapped button's payload ("/check_eligibility") rather than typed words."""
    return str(text or "").startswith("/")
