"""How this project runs a trained model: Rasa's, with two exact shortcuts (issue 17).

- assistant.graph_runner: the model's nodes in dependency order, without dask's scheduler;
- assistant.policies.rules: the rule policies' lookup parses each rule once.
And one hook over what is sent: assistant.send_filters (the outside-B.C. offers, the writer's-age
openings and the turn's repeats, in that order).
Both give the same results as Rasa's own code (tests/test_graph_runner.py,
tests/test_rule_lookup.py) for less CPU per message (docs/measurements.md). The Rasa
server's launcher and every in-process loader of this project (tests, tools, the staff console)
call `install()`, so tests check what production runs. A model loaded before `install()` runs
as Rasa runs it (the speed benchmark's baseline).
"""

from __future__ import annotations

import logging
from typing import Any

from assistant.graph_runner import SequentialGraphRunner
from assistant.policies.rules import use_lean_lookup


class ProjectGraphRunner(SequentialGraphRunner):
    """The sequential runner, whose rule policies use the lean lookup."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        for node in self._instantiated_nodes.values():
            use_lean_lookup(getattr(node, "_component", None))


def install() -> None:
    """Make Rasa's model loader (`MessageProcessor`) use ProjectGraphRunner."""
    import rasa.core.processor

    from assistant import send_filters

    rasa.core.processor.DaskGraphRunner = ProjectGraphRunner
    send_filters.install()


def quiet_rasa_logs() -> None:
    """Keep Rasa's structlog to warnings. Unconfigured, it prints every parsed message's text
    at debug level (`rasa run` configures it; an in-process agent does not). Only structlog:
    the stdlib loggers and LOG_LEVEL stay as they are, so servers a test starts log at
    their default level."""
    from rasa.utils.log_utils import configure_structlog

    configure_structlog(logging.WARNING)


async def load_agent(**kwargs: Any):
    """`rasa.core.agent.load_agent` after `install()`, with quiet logs: how every in-process
    bot is loaded."""
    from rasa.core.agent import load_agent as rasa_load_agent

    install()
    quiet_rasa_logs()
    return await rasa_load_agent(**kwargs)
