""" "Save as test": a staff console conversation as a tests/conversations entry.

Taps on buttons become `click:` steps (found from the payload the tap sent). Each bot turn
becomes a `bot:` check on the facts it stated, or else on its first sentence, so the saved
test passes now and staff can sharpen it by hand.
"""

from __future__ import annotations

import re
from collections.abc import Set as AbstractSet

import yaml

from assistant.staff.fact_sources import stated_in

MAX_SNIPPET = 60
_SENTENCE_END = re.compile(r"(?<=[.!?])\s")


def first_sentence(text: str) -> str:
    """The start of the text, cut at a sentence end or a word, without markdown links."""
    text = re.sub(r"\[([^\]]+)\]\([^)]*\)", r"\1", text).strip().splitlines()[0] if text else ""
    text = _SENTENCE_END.split(text, maxsplit=1)[0]
    if len(text) > MAX_SNIPPET:
        text = text[:MAX_SNIPPET].rsplit(" ", 1)[0]
    return text.strip()


def expectation(bot_messages: list[dict], varied: AbstractSet[str]) -> dict:
    """What a saved test checks for one bot turn.

    `varied` names responses with several wordings: their first sentence may change from run
    to run, so only the facts they state (same in every wording) are checked.
    """
    text = "\n".join(m.get("text") or "" for m in bot_messages)
    # As written in the reply: a number fact is stated "75,000", not "75000" (session 14).
    says = stated_in(text)
    if not says:
        says = [
            first_sentence(m.get("text") or "")
            for m in bot_messages
            if m.get("text") and m.get("response") not in varied
        ][:1]
    return {"says": [s for s in says if s]} if any(says) else {}


def _click_title(text: str, previous_bot: list[dict]) -> str | None:
    for message in previous_bot:
        for button in message.get("buttons") or []:
            if text and text == button.get("payload"):
                return str(button.get("title") or "")
    return None


def conversation_steps(turns: list[dict], varied: AbstractSet[str] = frozenset()) -> list[dict]:
    steps: list[dict] = []
    previous_bot: list[dict] = []
    for turn in turns:
        title = _click_title(turn["user"], previous_bot)
        steps.append({"click": title} if title else {"user": turn["user"]})
        check = expectation(turn["bot"], varied)
        if check:
            steps.append({"bot": check})
        previous_bot = turn["bot"]
    return steps


def as_yaml(turns: list[dict], name: str, varied: AbstractSet[str] = frozenset()) -> str:
    """The format tools/conversations/spec.py reads (the console writes it; the harness,
    a tool, reads it: production does not import the tools)."""
    conversation = {"name": name, "steps": conversation_steps(turns, varied)}
    return yaml.safe_dump(
        {"conversations": [conversation]}, sort_keys=False, allow_unicode=True, width=100
    )
