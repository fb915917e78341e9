"""The "tell it once" summary: a few lines a person can paste or read out. Never image details.

The lines are the utter_summary_* responses in domain/eligibility.yml; this picks them.
"""

from __future__ import annotations

from assistant.content.responses import say

LIVES_IN_BC_ANSWERS = {"yes", "no", "unsure"}  # "skipped" adds no line
SITUATION_ANSWERS = {"shared", "threatened", "shared_or_threatened", "neither", "unsure"}


def summary_lines(
    lives_in_bc: str | None, situation: str | None, is_minor: bool | None = None
) -> list[str]:
    """Lines for the summary; empty when the person has told the assistant nothing yet."""
    facts = []
    if lives_in_bc in LIVES_IN_BC_ANSWERS:
        facts.append(say(f"utter_summary_lives_in_bc_{lives_in_bc}"))
    if situation in SITUATION_ANSWERS:
        facts.append(say(f"utter_summary_situation_{situation}"))
    if is_minor:
        facts.append(say("utter_summary_under_18"))
    if not facts:
        return []
    return [say("utter_summary_opening"), *facts, say("utter_summary_closing")]
