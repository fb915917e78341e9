"""The console mounted on the real :8080 web server (aiohttp), with a fake bot."""

import secrets

from aiohttp.test_utils import TestClient, TestServer

from assistant.staff.console import StaffConsole, add_routes
from assistant.web_server import create_app


class NoBot:
    async def say(self, text, sender):
        return [{"text": "hello"}]

    async def tracker(self, sender):
        return {"events": []}


async def client_for(token):
    console = StaffConsole(NoBot(), token=token)
    app = create_app(mounts=[lambda app, config: add_routes(app, console)])
    client = TestClient(TestServer(app))
    await client.start_server()
    return client


async def test_mounted_console_needs_the_token():
    token = secrets.token_urlsafe(16)
    client = await client_for(token)
    try:
        refused = await client.get("/staff/")
        assert refused.status == 401
        assert "Staff console" not in await refused.text()
        page = await client.get("/staff/", headers={"Authorization": f"Bearer {token}"})
        assert page.status == 200
        assert "Staff console" in await page.text()
        assert "connect-src 'self';" in page.headers["Content-Security-Policy"]
        session = await client.post(
            "/staff/api/session", headers={"Authorization": f"Bearer {token}"}, json={}
        )
        assert "session" in await session.json()
    finally:
        await client.close()


async def test_mounted_console_off_without_token(monkeypatch):
    monkeypatch.delenv("STAFF_TOKEN", raising=False)
    client = await client_for(None)
    try:
        response = await client.get("/staff/console.js", headers={"Authorization": "Bearer "})
        assert response.status == 401
    finally:
        await client.close()
