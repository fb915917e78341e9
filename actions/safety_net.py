"""Actions never raise: rasa-sdk would put the whole tracker (user text included) in the
500 body and Rasa would log it. A failure becomes a safe message with the contact lines.

Put `NeverRaises` first in an action's bases. A `run` the class defines itself is wrapped
when the class is created; a class without its own `run` (form validation) gets the
parent's `run`, wrapped.
"""

from __future__ import annotations

import functools
import inspect
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # a mixin for rasa-sdk's actions: `name` and `super().run` are theirs
    from rasa_sdk import Action as _Action
else:
    _Action = object

logger = logging.getLogger(__name__)
FAILED_RESPONSE = "utter_action_failed"


# The wrapped functions: a run that is one of them is never wrapped twice.
_SAFE_RUNS: set[Callable] = set()


async def run_safely(name: str, dispatcher, call: Callable[[], Any]) -> list:
    try:
        result = call()
        if inspect.isawaitable(result):
            result = await result
        return result
    except Exception as error:  # noqa: BLE001 - any failure must become a safe reply
        # The type only: exception messages can carry user text.
        logger.error("action %s failed with %s", name, type(error).__name__)
        dispatcher.utter_message(response=FAILED_RESPONSE)
        return []


def _wrap(run: Callable) -> Callable:
    @functools.wraps(run)
    async def safe_run(self, dispatcher, tracker, domain):
        return await run_safely(
            self.name(), dispatcher, lambda: run(self, dispatcher, tracker, domain)
        )

    _SAFE_RUNS.add(safe_run)
    return safe_run


class NeverRaises(_Action):
    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        own_run = cls.__dict__.get("run")
        if own_run is not None and own_run not in _SAFE_RUNS:
            cls.run = _wrap(own_run)  # type: ignore[method-assign]  # replaced on purpose

    async def run(self, dispatcher, tracker, domain):
        parent_run = super().run  # e.g. FormValidationAction.run
        return await run_safely(
            self.name(), dispatcher, lambda: parent_run(dispatcher, tracker, domain)
        )
