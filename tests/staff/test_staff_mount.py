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
    app = create_app(mounts=[lambda app, config: add_routes(app, console, config)])
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
        # The web server's static handler and headers, never cached.
        assert "default-src 'none'" in page.headers["Content-Security-Policy"]
        assert page.headers["X-Frame-Options"] == "DENY"
        assert page.headers["Cache-Control"] == "no-store"
        script = await client.get("/staff/console.js", headers={"Authorization": f"Bearer {token}"})
        assert script.headers["Content-Type"].startswith("text/javascript")
        assert "innerHTML" not in await script.text()
        slash = await client.get(
            "/staff", headers={"Authorization": f"Bearer {token}"}, allow_redirects=False
        )
        assert slash.status == 302 and slash.headers["Location"] == "/staff/"
        for path in ("/staff/../../etc/passwd", "/staff/nothing.js", "/staff/api/x"):
            missing = await client.get(path, headers={"Authorization": f"Bearer {token}"})
            assert missing.status == 404, path
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
        for path in ("/staff", "/staff/", "/staff/console.js", "/staff/api/session", "/staff/x"):
            response = await client.get(path, headers={"Authorization": "Bearer "})
            assert response.status == 401, path
            assert response.headers["X-Content-Type-Options"] == "nosniff"
    finally:
        await client.close()


async def test_console_is_a_sub_app_and_the_rest_of_the_site_is_untouched():
    token = secrets.token_urlsafe(16)
    client = await client_for(token)
    try:
        resources = [resource.get_info() for resource in client.app.router.resources()]
        staff = [info for info in resources if info.get("prefix") == "/staff"]
        assert len(staff) == 1 and staff[0]["app"] is not client.app
        # The sub-app's middleware guards only /staff/: the widget's page needs no token.
        home = await client.get("/")
        assert home.status == 200
        assert "Content-Security-Policy" in home.headers
        assert home.headers["Cache-Control"] == "no-store"
        # A name that only starts like the prefix is not the console's.
        assert (await client.get("/staffroom.html")).status == 404
    finally:
        await client.close()
