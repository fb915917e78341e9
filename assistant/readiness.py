"""Is this Rasa instance ready to answer? Tracker store, lock store, action server, model.

Plain checks on the running agent; the channel in `assistant.channels.readiness` serves them at
`GET /webhooks/ready/` (200 when every part is ok, 503 otherwise). The report carries no
conversation data: part names, "ok", "in memory", or an error's type.
"""

from __future__ import annotations

import asyncio
from typing import Any

import aiohttp

CHECK_SECONDS = 2.0


async def _ping(store: Any) -> str:
    """ "ok" for a store that answered, "in memory" for one without a server, else the error."""
    inner = getattr(store, "_tracker_store", store)  # Rasa's wrapper around the real store
    ping = getattr(inner, "ping", None)
    if ping is None:
        return "in memory"
    try:
        await asyncio.wait_for(asyncio.to_thread(ping), CHECK_SECONDS)
        return "ok"
    except Exception as error:  # noqa: BLE001 - reported by type only
        return f"error: {type(error).__name__}"


def health_url(webhook_url: str) -> str:
    base = webhook_url.rstrip("/")
    return (base[: -len("/webhook")] if base.endswith("/webhook") else base) + "/health"


async def _action_server(endpoint: Any) -> str:
    if endpoint is None or not getattr(endpoint, "url", None):
        return "not configured"
    timeout = aiohttp.ClientTimeout(total=CHECK_SECONDS)
    try:
        async with aiohttp.ClientSession(timeout=timeout) as session:
            async with session.get(health_url(endpoint.url)) as reply:
                return "ok" if reply.status == 200 else f"error: HTTP {reply.status}"
    except Exception as error:  # noqa: BLE001
        return f"error: {type(error).__name__}"


async def readiness(agent: Any) -> tuple[bool, dict[str, str]]:
    if agent is None:
        return False, {"model": "not loaded"}
    tracker, lock, actions = await asyncio.gather(
        _ping(agent.tracker_store), _ping(agent.lock_store), _action_server(agent.action_endpoint)
    )
    report = {
        "model": "ok" if agent.is_ready() else "not loaded",
        "tracker_store": tracker,
        "lock_store": lock,
        "action_server": actions,
    }
    ready = all(not value.startswith(("error", "not loaded")) for value in report.values())
    return ready, report
