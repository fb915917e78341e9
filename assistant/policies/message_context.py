"""What the readers of one message need from the conversation, read once per message.

Before this, every reader call in `InterruptPolicy._direct_answer` re-read the whole event list
(the texts said before, the actions of the turn before, whether the person lives outside B.C.);
with some thirty readers that was the same work thirty times per message."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property
from typing import Any

from rasa.shared.core.events import BotUttered, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker

from assistant import outside_bc_offers, own_case
from assistant.answer_kinds import DIRECT_ANSWER_KEY
from assistant.policies.repeats import earlier_actions, previous_turn_actions


def earlier_texts(events: list) -> list[str]:
    """The texts of the user messages before the latest one (oldest first)."""
    return [event.text or "" for event in events if isinstance(event, UserUttered)][:-1]


def replies_by_turn(events: list) -> list[list[str]]:
    """For each user message before the latest one, the bot's replies to it (oldest first)."""
    turns: list[list[str]] = []
    for event in events:
        if isinstance(event, UserUttered):
            turns.append([])
        elif isinstance(event, BotUttered) and turns:
            turns[-1].append((event.metadata or {}).get("utter_action") or "")
    return turns[:-1]


def earlier_topics(events: list) -> list[str | None]:
    """The topic of each user message before the latest one: its direct-answer mark, else its
    intent (oldest first). A helper's marks before "it's me, not a friend" are left out: the
    writer said the case is their own (assistant/own_case.py)."""
    users = [event for event in events if isinstance(event, UserUttered)][:-1]
    topics = [
        (user.parse_data or {}).get(DIRECT_ANSWER_KEY) or (user.intent or {}).get("name")
        for user in users
    ]
    return own_case.topics_since_own_case(topics, [user.text or "" for user in users])


@dataclass
class MessageContext:
    """The latest message and what came before it; each reading is made once, when first used.
    `response_text` gives a response's text by name (the domain's), for readers that quote."""

    tracker: DialogueStateTracker
    events: list
    response_text: Callable[[str], str]

    def slot(self, name: str) -> Any:
        return self.tracker.get_slot(name) if name in self.tracker.slots else None

    @cached_property
    def text(self) -> str:
        latest = self.tracker.latest_message
        return (latest.text or "") if latest else ""

    @cached_property
    def intent(self) -> str | None:
        latest = self.tracker.latest_message
        return (latest.intent or {}).get("name") if latest else None

    @cached_property
    def parse_data(self) -> dict:
        latest = self.tracker.latest_message
        return (latest.parse_data or {}) if latest else {}

    @cached_property
    def earlier(self) -> list[str]:
        return earlier_texts(self.events)

    @cached_property
    def previous(self) -> list[str]:
        """The actions of the turn before."""
        return previous_turn_actions(self.events)

    @cached_property
    def earlier_actions(self) -> list[str]:
        return earlier_actions(self.events)

    @cached_property
    def earlier_topics(self) -> list[str | None]:
        return earlier_topics(self.events)

    @cached_property
    def replies(self) -> list[list[str]]:
        return replies_by_turn(self.events)

    @cached_property
    def replies_flat(self) -> list[str]:
        return [name for turn in self.replies for name in turn]

    @cached_property
    def is_minor(self) -> Any:
        return self.slot("is_minor")

    @cached_property
    def lives_in_bc(self) -> Any:
        return self.slot("lives_in_bc")

    @cached_property
    def image_situation(self) -> Any:
        return self.slot("image_situation")

    @cached_property
    def outside_bc(self) -> bool:
        """The latest home named (or the form's answer) is outside B.C."""
        return outside_bc_offers.lives_outside_bc([*self.earlier, self.text], self.lives_in_bc)

    @cached_property
    def in_form(self) -> bool:
        return bool(self.tracker.active_loop_name)
