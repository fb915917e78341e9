"""HttpBackend against a stand-in for the Rasa server's REST channel and HTTP API."""

import secrets

import jwt
from aiohttp import web
from aiohttp.test_utils import TestServer

from assistant.staff.backends import HttpBackend


async def test_http_backend_uses_rest_channel_and_tracker_api_with_token():
    token = secrets.token_urlsafe(8)
    seen = []

    async def webhook(request):
        if request.headers.get("Authorization") != f"Bearer {token}":
            return web.json_response({"error": "unauthorized"}, status=401)
        body = await request.json()
        seen.append(("say", body["sender"], body["message"]))
        return web.json_response([{"recipient_id": body["sender"], "text": "hi back"}])

    async def tracker(request):
        # Rasa's JWT check (rasa.server.requires_auth): admin role, signed with the token.
        assert "token" not in request.query  # never in a URL
        scheme, _, credential = request.headers.get("Authorization", "").partition(" ")
        claims = jwt.decode(credential, token, algorithms=["HS256"])
        if scheme != "Bearer" or claims["user"]["role"] != "admin":
            return web.json_response({"error": "unauthorized"}, status=401)
        seen.append(("tracker", request.match_info["sender"], request.query["include_events"]))
        return web.json_response({"events": [{"event": "user", "text": "hi"}]})

    app = web.Application()
    app.router.add_post("/webhooks/rest/webhook", webhook)
    app.router.add_get("/conversations/{sender}/tracker", tracker)
    server = TestServer(app)
    await server.start_server()
    try:
        backend = HttpBackend(str(server.make_url("")), token)
        replies = await backend.say("hi", "staff-abc")
        assert replies == [{"recipient_id": "staff-abc", "text": "hi back"}]
        assert (await backend.tracker("staff-abc"))["events"][0]["text"] == "hi"
        assert seen == [("say", "staff-abc", "hi"), ("tracker", "staff-abc", "ALL")]
    finally:
        await server.close()
