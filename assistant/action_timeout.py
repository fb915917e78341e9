"""Action calls give up after seconds, not Rasa's five minutes.

Rasa 3.6 has no endpoint setting for this: `RemoteAction.run` passes the module constant
`rasa.core.actions.action.DEFAULT_REQUEST_TIMEOUT` (300 s) to every call, and
`EndpointConfig.session` uses `rasa.utils.endpoints.DEFAULT_REQUEST_TIMEOUT`. Both are read at
call time, so `install()` (called by `assistant.rasa_server` before Rasa starts) lowers them.
A call that times out raises inside Rasa's processor, which logs the action's name and carries
on; the InterruptPolicy then sends `utter_action_failed` (the intake and VictimLinkBC lines).
"""

from __future__ import annotations

from collections.abc import Mapping

from assistant.settings import number

DEFAULT_SECONDS = 8.0
ENV = "ACTION_TIMEOUT_SECONDS"


def action_timeout(environ: Mapping[str, str] | None = None) -> float:
    return number(ENV, DEFAULT_SECONDS, minimum=1, environ=environ)


def install(environ: Mapping[str, str] | None = None) -> float:
    import rasa.core.actions.action
    import rasa.utils.endpoints

    seconds = action_timeout(environ)
    rasa.core.actions.action.DEFAULT_REQUEST_TIMEOUT = seconds
    rasa.utils.endpoints.DEFAULT_REQUEST_TIMEOUT = seconds
    return seconds
