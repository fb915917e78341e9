"""One hook on what the bot sends: the filters that fit an action's messages before Rasa logs
and sends them, installed once, run in a fixed order.

Rasa 3.6 sends what `MessageProcessor._log_action_on_tracker` logs, so that is the one place a
turn's messages can still be changed. Three modules used to patch it each on their own, and
their order was the reverse of their install order (the last patch ran first); here the order
is written down. Each filter gets the action's events (changed in place), the tracker before
them and the domain; a filter that fails is logged and skipped, never costing the person the
answer.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

logger = logging.getLogger(__name__)

SendFilter = Callable[[list, Any, Any], None]
_MARK = "_project_send_filters"


def filters() -> tuple[tuple[str, SendFilter], ...]:
    """The filters in the order they run: the outside-B.C. offers and B.C.-only lines first
    (what they remove is never reworded), then the writer's-age openings, then the repeats,
    read in what is left."""
    from assistant import age_wording, outside_bc_lines, outside_bc_offers, turn_repeats

    return (
        ("outside-B.C. offers", outside_bc_offers.send_filter),
        ("outside-B.C. lines", outside_bc_lines.send_filter),
        ("age wording", age_wording.send_filter),
        ("turn repeats", turn_repeats.send_filter),
    )


def run_filters(events: list, tracker: Any, domain: Any) -> None:
    """Every filter over one action's events, each on its own."""
    if not events:
        return
    for name, send_filter in filters():
        try:
            send_filter(events, tracker, domain)
        except Exception:  # a filter must never cost the person the answer
            logger.exception("send filter %r failed; its change is skipped", name)


def install() -> None:
    """Make Rasa's processor run the filters before logging and sending (once)."""
    from rasa.core.processor import MessageProcessor

    original = MessageProcessor._log_action_on_tracker
    if getattr(original, _MARK, False):
        return

    def log_action_on_tracker(self, tracker, action, events, prediction):
        run_filters(events, tracker, getattr(self, "domain", None))
        return original(self, tracker, action, events, prediction)

    setattr(log_action_on_tracker, _MARK, True)
    MessageProcessor._log_action_on_tracker = log_action_on_tracker
