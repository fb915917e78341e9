"""The step for a follow-up asked again (legal_follow_ups, practical_followups): once its full
answer is in the bot's last three turns, the short `_again` answer; a third ask right after the
short one, the full answer again (never the block just given, never "see above"). Plain Python.
"""

from __future__ import annotations


def again_step(
    kind: str,
    full_answer: str,
    again_kind: str,
    again_answer: str,
    replies_by_turn: list[list[str]],
) -> str:
    """`kind`, or `again_kind` when `full_answer` (the first response of the kind's answer) was
    sent in the last three turns and `again_answer` was not sent in the last one."""
    previous = set(replies_by_turn[-1]) if replies_by_turn else set()
    if again_answer in previous:
        return kind
    last_three = {name for turn in replies_by_turn[-3:] for name in turn}
    return again_kind if full_answer in last_three else kind
