"""`GET /webhooks/ready/`: the readiness report of this Rasa instance (assistant.readiness).

A channel only because Rasa adds routes through channels. Internal: probes and the stack's
checks call it; nginx does not route it on the public side.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from rasa.core.channels.channel import InputChannel, UserMessage
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

from assistant.readiness import readiness


class ReadinessInput(InputChannel):
    @classmethod
    def name(cls) -> str:
        return "ready"

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        ready_routes = Blueprint("readiness", __name__)

        @ready_routes.route("/", methods=["GET"])
        async def report(request: Request) -> HTTPResponse:
            agent = getattr(request.app.ctx, "agent", None)
            ready, parts = await readiness(agent)
            return response.json({"ready": ready, **parts}, status=200 if ready else 503)

        return ready_routes
