"""The :8080 web server with bad input (issue 18, points 7 and 8)."""

from __future__ import annotations

import logging

from aiohttp import web
from aiohttp.test_utils import TestClient, TestServer

from assistant.web_server import WebConfig, create_app

MARKER = "zebrafinch-4471"


async def started(app: web.Application) -> TestClient:
    client = TestClient(TestServer(app))
    await client.start_server()
    return client


def mount_test_routes(app: web.Application, _config) -> None:
    async def explode(request: web.Request) -> web.Response:
        raise ValueError(f"failed on {MARKER}")

    async def echo_size(request: web.Request) -> web.Response:
        return web.Response(text=str(len(await request.read())))

    app.router.add_get("/explode", explode)
    app.router.add_post("/echo-size", echo_size)


async def test_null_byte_path_is_404_with_headers_and_no_traceback(tmp_path, caplog):
    (tmp_path / "index.html").write_text("demo")
    client = await started(create_app(WebConfig(tmp_path)))
    try:
        with caplog.at_level(logging.DEBUG):
            for path in ("/%00", "/widget/%00.js", "/a%00b/index.html", "/" + "a" * 5000):
                resp = await client.get(path)
                assert resp.status == 404, path
                assert resp.headers["X-Content-Type-Options"] == "nosniff"
                assert "default-src 'none'" in resp.headers["Content-Security-Policy"]
    finally:
        await client.close()
    assert "Traceback" not in caplog.text


async def test_a_failing_handler_is_a_plain_500_with_headers_and_no_traceback(tmp_path, caplog):
    client = await started(create_app(WebConfig(tmp_path), [mount_test_routes]))
    try:
        with caplog.at_level(logging.DEBUG):
            resp = await client.get("/explode")
            body = await resp.text()
    finally:
        await client.close()
    assert resp.status == 500
    assert resp.headers["X-Frame-Options"] == "DENY"
    assert MARKER not in body
    assert "ValueError" in caplog.text
    assert MARKER not in caplog.text and "Traceback" not in caplog.text


async def test_request_bodies_are_limited(tmp_path):
    client = await started(create_app(WebConfig(tmp_path), [mount_test_routes]))
    try:
        small = await client.post("/echo-size", data=b"x" * 1000)
        assert small.status == 200 and await small.text() == "1000"
        # aiohttp alone allows 1 MiB
        big = await client.post("/echo-size", data=b"x" * (200 * 1024))
        assert big.status == 413
    finally:
        await client.close()
