"""The "tell it once" summary: a few lines a person can paste or read out. Never image details."""

from __future__ import annotations

LIVES_IN_BC_LINES = {
    "yes": "I live in B.C.",
    "no": "I don't live in B.C.",
    "unsure": "I'm not sure if I count as living in B.C.",
    "skipped": None,
}
SITUATION_LINES = {
    "shared": "Someone shared my intimate images without my consent.",
    "threatened": "Someone threatened to share my intimate images.",
    "shared_or_threatened": "Someone shared, or threatened to share, my intimate images.",
    "neither": "My images have not been shared or threatened, but I have questions.",
    "unsure": "I'm not sure if my images were shared.",
    "skipped": None,
}


def summary_lines(
    lives_in_bc: str | None, situation: str | None, is_minor: bool | None = None
) -> list[str]:
    """Lines for the summary; empty when the person has told the assistant nothing yet."""
    facts = [LIVES_IN_BC_LINES.get(lives_in_bc or ""), SITUATION_LINES.get(situation or "")]
    if is_minor:
        facts.append("I am under 18.")
    facts = [line for line in facts if line]
    if not facts:
        return []
    return [
        "Hello, I'd like free legal advice from the Intimate Images Legal Advice service.",
        *facts,
        "Please tell me the next steps.",
    ]
