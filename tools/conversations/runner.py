"""Run conversations against a bot and record what happened.

`bot` is anything with `say(text, sender) -> list[dict]` (Rasa's bot messages: text, buttons).
The live bot is tools.local_servers.live_bot; tests can pass a fake one.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from typing import Protocol

from tools.conversations.matching import (
    asked_by_button,
    check_turn,
    find_button,
    repeated_message,
)
from tools.conversations.spec import Conversation, Expect


class Bot(Protocol):
    def say(self, text: str, sender: str) -> list[dict]: ...


@dataclass
class Entry:
    """One line of the transcript: a user message, a bot turn, or a check on the bot turn."""

    kind: str  # "user", "click", "bot", "check"
    text: str = ""
    messages: list[dict] = field(default_factory=list)
    expect: Expect | None = None
    problems: tuple[str, ...] = ()

    @property
    def ok(self) -> bool:
        return not self.problems


@dataclass
class Result:
    conversation: Conversation
    entries: list[Entry]
    error: str = ""

    @property
    def ok(self) -> bool:
        return not self.error and all(entry.ok for entry in self.entries)

    @property
    def problems(self) -> list[str]:
        found = [p for entry in self.entries for p in entry.problems]
        return found + ([self.error] if self.error else [])


def new_sender(prefix: str = "conv") -> str:
    return f"{prefix}-{uuid.uuid4().hex}"


def run_conversation(conversation: Conversation, bot: Bot, sender: str | None = None) -> Result:
    sender = sender or new_sender()
    entries: list[Entry] = []
    last_turn: list[dict] = []
    last_text = None
    for step in conversation.steps:
        if step.kind == "bot" and step.expect is not None:  # the spec gives every bot step one
            result = check_turn(last_turn, step.expect)
            entries.append(Entry("check", expect=step.expect, problems=result.problems))
            continue
        text = step.text
        if step.kind == "click":
            button = find_button(last_turn, step.text)
            if button is None:
                entries.append(Entry("click", step.text, problems=(f'no button "{step.text}"',)))
                # Later steps depend on the click: stop here rather than report noise.
                return Result(conversation, entries)
            text = str(button.get("payload") or button.get("title"))
        entries.append(Entry(step.kind, step.text))
        previous_turn = last_turn
        try:
            last_turn = bot.say(text, sender) or []
        except Exception as error:  # noqa: BLE001 - a crash is a failed test, not a crashed run
            return Result(conversation, entries, error=f"the bot failed: {type(error).__name__}")
        same_question = text == last_text  # asked again: the same answer is right
        repeated = (
            None
            if same_question
            else repeated_message(previous_turn, last_turn, not asked_by_button(text))
        )
        problems = (f'said twice in a row: "{repeated[:80]}"',) if repeated else ()
        entries.append(Entry("bot", messages=last_turn, problems=problems))
        last_text = text
    return Result(conversation, entries)


def run_all(conversations: list[Conversation], bot: Bot) -> list[Result]:
    return [run_conversation(conversation, bot) for conversation in conversations]
