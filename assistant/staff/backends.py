"""How the staff console reaches the bot: an in-process agent, or the Rasa server's HTTP API.

Both expose `await say(text, sender)` (bot messages), `await tracker(sender)` (the tracker
as `GET /conversations/<id>/tracker` returns it) and `await forget(sender)` (delete the
conversation when the staff member ends the session). The console only ever passes sender ids it
created itself.
"""

from __future__ import annotations

import json
from urllib.parse import quote


class AgentBackend:
    """A Rasa agent loaded in this process (standalone console and tests)."""

    def __init__(self, agent):
        self.agent = agent

    async def say(self, text: str, sender: str) -> list[dict]:
        return await self.agent.handle_text(text, sender_id=sender) or []

    async def tracker(self, sender: str) -> dict:
        from rasa.shared.core.trackers import EventVerbosity

        tracker = await self.agent.tracker_store.retrieve(sender)
        return tracker.current_state(EventVerbosity.ALL) if tracker else {}

    async def forget(self, sender: str) -> None:
        from assistant.privacy.forget import forget_conversation

        await forget_conversation(self.agent, sender)


async def load_agent_backend(model_path: str, action_url: str) -> AgentBackend:
    from rasa.core.utils import AvailableEndpoints
    from rasa.utils.endpoints import EndpointConfig

    from assistant.runtime import load_agent

    endpoints = AvailableEndpoints(action=EndpointConfig(url=action_url))
    return AgentBackend(await load_agent(model_path=model_path, endpoints=endpoints))


class HttpBackend:
    """The running Rasa server: REST channel to talk, HTTP API (`--enable-api`) to read.

    RASA_URL (default http://127.0.0.1:5005) and the API token from RASA_API_TOKEN_FILE or
    RASA_API_TOKEN (assistant.api_token). The token travels only in a header: as it is to
    the REST channel, as a short-lived JWT signed with it to the HTTP API; never in a URL.
    """

    def __init__(self, url: str | None = None, token: str | None = None):
        from assistant import settings
        from assistant.api_token import load_token

        self.url = (url or settings.text("RASA_URL", None, "http://127.0.0.1:5005")).rstrip("/")
        self.token = token if token is not None else load_token()

    def _authorization(self, path: str) -> dict[str, str]:
        from assistant.api_token import admin_jwt

        if not self.token:
            return {}
        credential = self.token if path.startswith("/webhooks/") else admin_jwt(self.token)
        return {"Authorization": f"Bearer {credential}"}

    async def _request(self, method: str, path: str, body: dict | None = None, **query):
        import aiohttp

        timeout = aiohttp.ClientTimeout(total=30)
        headers = {"Content-Type": "application/json", **self._authorization(path)}
        async with aiohttp.ClientSession(timeout=timeout) as session:
            async with session.request(
                method,
                self.url + path,
                params=query,
                data=json.dumps(body) if body else None,
                headers=headers,
            ) as response:
                response.raise_for_status()
                return await response.json()

    async def say(self, text: str, sender: str) -> list[dict]:
        body = {"sender": sender, "message": text}
        return await self._request("POST", "/webhooks/rest/webhook", body) or []

    async def tracker(self, sender: str) -> dict:
        path = f"/conversations/{quote(sender, safe='')}/tracker"
        return await self._request("GET", path, include_events="ALL") or {}

    async def forget(self, sender: str) -> None:
        """The REST channel's delete route (it needs the API token)."""
        await self._request("POST", "/webhooks/rest/forget", {"sender": sender})
