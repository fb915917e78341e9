"""The static server for the widget: security headers, what it serves, mounting routes."""

from __future__ import annotations

import pytest
from aiohttp import web
from aiohttp.test_utils import TestClient, TestServer

from assistant.web_server import (
    REPO_ROOT,
    WebConfig,
    content_security_policy,
    create_app,
    load_mount,
    resolve_static,
    socket_origins,
)

SOCKET_URL = "http://127.0.0.1:5999"


@pytest.fixture()
def web_root(tmp_path):
    (tmp_path / "index.html").write_text('<p data-url="{{socket_url}}">demo</p>')
    (tmp_path / "widget").mkdir()
    (tmp_path / "widget" / "w.js").write_text("console.log(1)")
    (tmp_path / "README.md").write_text("not served")
    (tmp_path / ".secret.js").write_text("hidden")
    (tmp_path / "staff").mkdir()
    (tmp_path / "staff" / "index.html").write_text("staff page")
    return tmp_path


async def client_for(app: web.Application) -> TestClient:
    client = TestClient(TestServer(app))
    await client.start_server()
    return client


async def test_demo_page_has_security_headers_and_socket_url(web_root):
    client = await client_for(create_app(WebConfig(web_root, SOCKET_URL)))
    try:
        resp = await client.get("/")
        assert resp.status == 200
        assert await resp.text() == f'<p data-url="{SOCKET_URL}">demo</p>'
        csp = resp.headers["Content-Security-Policy"]
        assert "script-src 'self'" in csp
        assert "connect-src 'self' http://127.0.0.1:5999 ws://127.0.0.1:5999" in csp
        assert "default-src 'none'" in csp
        assert resp.headers["Referrer-Policy"] == "no-referrer"
        assert resp.headers["X-Content-Type-Options"] == "nosniff"
        assert resp.headers["Cache-Control"] == "no-store"
        assert "Set-Cookie" not in resp.headers
    finally:
        await client.close()


async def test_scripts_are_served_with_their_type(web_root):
    client = await client_for(create_app(WebConfig(web_root, SOCKET_URL)))
    try:
        resp = await client.get("/widget/w.js")
        assert resp.status == 200
        assert resp.headers["Content-Type"].startswith("text/javascript")
    finally:
        await client.close()


@pytest.mark.parametrize(
    "path", ["/README.md", "/.secret.js", "/staff/", "/staff/index.html", "/missing.js"]
)
async def test_other_files_are_not_served_and_404s_keep_headers(web_root, path):
    client = await client_for(create_app(WebConfig(web_root, SOCKET_URL)))
    try:
        resp = await client.get(path)
        assert resp.status == 404
        assert resp.headers["X-Content-Type-Options"] == "nosniff"
    finally:
        await client.close()


@pytest.mark.parametrize("relative", ["../x.html", "widget/../../x.html", "%2e%2e/x.html"])
def test_paths_outside_the_root_are_refused(web_root, relative):
    (web_root.parent / "x.html").write_text("outside")
    assert resolve_static(web_root, relative) is None


def test_real_web_root_serves_the_demo_and_widget():
    root = REPO_ROOT / "web"
    assert resolve_static(root, "") == (root / "index.html").resolve()
    assert resolve_static(root, "widget/chat-widget.js") is not None
    assert resolve_static(root, "vendor/socket.io.min.js") is not None
    assert resolve_static(root, "vendor/README.md") is None


async def test_mounted_routes_win_and_may_set_their_own_policy(web_root):
    def mount_staff(app: web.Application, config: WebConfig) -> None:
        async def staff(_request):
            return web.Response(
                text="console", headers={"Content-Security-Policy": "default-src 'self'"}
            )

        app.router.add_get("/staff/", staff)

    client = await client_for(create_app(WebConfig(web_root, SOCKET_URL), [mount_staff]))
    try:
        resp = await client.get("/staff/")
        assert await resp.text() == "console"
        assert resp.headers["Content-Security-Policy"] == "default-src 'self'"
        assert resp.headers["Referrer-Policy"] == "no-referrer"
    finally:
        await client.close()


def test_load_mount_reads_module_and_function():
    assert load_mount("assistant.web_server:socket_origins") is socket_origins
    with pytest.raises(ValueError):
        load_mount("assistant.web_server")


def test_socket_origins_and_csp_for_https():
    assert socket_origins("https://chat.example.org/") == (
        "https://chat.example.org",
        "wss://chat.example.org",
    )
    assert "wss://chat.example.org" in content_security_policy("https://chat.example.org")
    with pytest.raises(ValueError):
        socket_origins("javascript:alert(1)")
