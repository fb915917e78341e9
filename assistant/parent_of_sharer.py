"""A parent whose child shared someone's image asks what to do next ("should he delete it?",
"should we contact the girl's family?", "what do we do as parents"): what the sources say on
holding an image of someone under 18, and that they don't say the rest (issue 16, simulated
users round 10, p10: "Sorry, I didn't understand", then the evidence answer).

Plain Python; assistant/helper_context.py reads it with the conversation before it and the
InterruptPolicy answers it (domain/source_answers.yml).
"""

from __future__ import annotations

import re

from assistant.others_reading import OWN_CHILD_SHARED, others_kind

OWN_CHILD_NEXT = "own_child_shared_next_steps"
ANSWERS: dict[str, list[str]] = {OWN_CHILD_NEXT: ["utter_own_child_next_steps"]}
KINDS = tuple(ANSWERS)

# "should he delete it", "what do we do with the picture on his phone", "should we call the
# girl's parents", "what should we do as parents".
_NEXT = re.compile(
    r"\b(?:should|do|does|can|must) (?:he|she|they|my (?:son|daughter|kid|child)) (?:\w+ )?"
    r"(?:delete|erase|get rid of|remove|keep|wipe)\b"
    r"|\bwhat (?:do|should|can) (?:we|i) do (?:with|about) (?:the|that|this) (?:picture|pic|photo"
    r"|image|nude|video)\b"
    r"|\b(?:should|do|can) (?:we|i) (?:contact|call|tell|talk to|reach out to|apologi[sz]e to)"
    r" (?:the |that |this )?(?:girl|boy|kid|child|student)'?s? (?:family|parents?|mom|mum|dad)\b"
    r"|\bwhat (?:should|do|can) we do\b[^.!?]{0,20}\b(?:as parents|now|right now)\b"
)
_NOT_SHARER = re.compile(r"\b(?:not|isn'?t|wasn'?t) the one who (?:shared|sent|posted)\b")


def next_step_asked(text: str, earlier_texts: list[str]) -> bool:
    """The parent's next question, after telling their child shared someone's image."""
    cleaned = " ".join(text.lower().replace("\u2019", "'").split())
    if not _NEXT.search(cleaned) or _NOT_SHARER.search(cleaned):
        return False
    told = [" ".join(t.lower().split()) for t in earlier_texts[-4:]]
    return any(others_kind(t) == OWN_CHILD_SHARED for t in told) or (
        others_kind(cleaned) == OWN_CHILD_SHARED
    )
