"""A small static web server for web/: the chat widget and its demo page (port 8080).

Every response carries strict security headers (CSP allowing only this site and the Rasa
socket.io origin, no referrer, nosniff). Other features mount their own routes with
`create_app(config, mounts=[...])` or `--mount module:function` on the command line; `/staff/`
is reserved for the staff console and never served from web/.

    python -m assistant.web_server --port 8080 --socket-url http://localhost:5005

The widget's script and the pages get their wording from the domain as they are served
(assistant/web_wording.py). To host web/ as static files, write the served versions:

    python -m assistant.web_server --render widget/chat-widget.js > chat-widget.js
"""

from __future__ import annotations

import argparse
import html
import importlib
import logging
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from aiohttp import web

from assistant import settings, web_headers
from assistant.web_headers import origins
from assistant.web_wording import WORDING_MARKER, fill_page, inline_wording

REPO_ROOT = Path(__file__).resolve().parents[1]
SOCKET_URL_ENV = "RASA_SOCKET_URL"
DEFAULT_SOCKET_URL = "http://localhost:5005"
SOCKET_URL_PLACEHOLDER = "{{socket_url}}"
# Only these kinds of files are served; anything else in web/ (README.md, licences) is not.
CONTENT_TYPES = {
    ".html": "text/html; charset=utf-8",
    ".js": "text/javascript; charset=utf-8",
    ".css": "text/css; charset=utf-8",
    ".svg": "image/svg+xml",
    ".png": "image/png",
    ".ico": "image/x-icon",
}
RESERVED_PREFIXES = ("staff",)
# Nothing served here takes a body bigger than a staff console message (aiohttp's default is
# 1 MiB); a larger one gets 413 before it is read.
MAX_BODY_BYTES = 64 * 1024

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class WebConfig:
    web_root: Path = REPO_ROOT / "web"
    socket_url: str = DEFAULT_SOCKET_URL


WEB_CONFIG = web.AppKey("web_config", WebConfig)  # for mounted handlers: request.app[WEB_CONFIG]
# `mount(app, config)` adds routes (e.g. the staff console at /staff/). Security headers apply
# to them too; a handler may set its own Content-Security-Policy, which is then kept.
Mount = Callable[[web.Application, WebConfig], None]


def load_mount(spec: str) -> Mount:
    """`package.module:function` -> the function."""
    module_name, _, attribute = spec.partition(":")
    if not attribute:
        raise ValueError(f"--mount needs module:function, got {spec!r}")
    return getattr(importlib.import_module(module_name), attribute)


def socket_origins(socket_url: str) -> tuple[str, str]:
    """The http(s) and ws(s) origins of the Rasa socket.io server."""
    return origins(socket_url)


def content_security_policy(socket_url: str) -> str:
    return web_headers.content_security_policy(" ".join(socket_origins(socket_url)))


def security_headers(config: WebConfig) -> dict[str, str]:
    return web_headers.security_headers(" ".join(socket_origins(config.socket_url)))


def resolve_static(web_root: Path, relative: str) -> Path | None:
    """The file under web_root for a URL path, or None (hidden, reserved, unknown type,
    outside the root, or missing)."""
    parts = [part for part in relative.split("/") if part]
    if not parts:
        parts = ["index.html"]
    if parts[0] in RESERVED_PREFIXES or any(part.startswith(".") for part in parts):
        return None
    if any("\x00" in part or "\\" in part for part in parts):
        return None  # "/%00": the file system would raise; "\\": never a name of ours
    try:
        root = web_root.resolve()
        path = root.joinpath(*parts).resolve()
        if path.is_dir():
            path = path / "index.html"
        if root not in path.parents or path.suffix not in CONTENT_TYPES or not path.is_file():
            return None
    except (OSError, ValueError):  # a name too long, or one the file system refuses
        return None
    return path


def render(path: Path, config: WebConfig) -> bytes:
    """HTML pages get the socket URL and their wording filled in, the widget's script its
    wording (assistant/web_wording.py); other files are sent as they are."""
    data = path.read_bytes()
    if path.suffix == ".html":
        text = fill_page(data.decode("utf-8"))
        data = text.replace(SOCKET_URL_PLACEHOLDER, html.escape(config.socket_url)).encode()
    elif path.suffix == ".js" and WORDING_MARKER.encode() in data:
        data = inline_wording(data.decode("utf-8")).encode()
    return data


def static_handler(config: WebConfig, web_root: Path | None = None):
    """Files under `web_root` (default: the config's web/), e.g. the staff console's web/staff."""
    root = web_root or config.web_root

    async def handle(request: web.Request) -> web.Response:
        path = resolve_static(root, request.match_info.get("path", ""))
        if path is None:
            raise web.HTTPNotFound()
        # Pages are never cached (a shared computer); scripts and styles revalidate.
        cache = "no-store" if path.suffix == ".html" else "no-cache"
        return web.Response(
            body=render(path, config),
            headers={"Content-Type": CONTENT_TYPES[path.suffix], "Cache-Control": cache},
        )

    return handle


def headers_middleware(config: WebConfig):
    headers = security_headers(config)

    @web.middleware
    async def add_headers(request: web.Request, handler):
        try:
            resp = await handler(request)
        except web.HTTPException as error:
            resp = error
        except Exception as error:  # noqa: BLE001 - never a traceback, never a bare 500
            # Only the type: a traceback's frames hold the request (a path, a message).
            logger.error("Web request failed: %s", type(error).__name__)
            resp = web.HTTPInternalServerError()  # aiohttp's plain "500: Internal Server Error"
        for name, value in headers.items():
            resp.headers.setdefault(name, value)
        if isinstance(resp, web.HTTPException) and resp.status >= 400:
            raise resp
        return resp

    return add_headers


def create_app(config: WebConfig | None = None, mounts: Iterable[Mount] = ()) -> web.Application:
    """The app: mounted routes first (they win), then the static files of web/."""
    config = config or WebConfig()
    socket_origins(config.socket_url)  # fail at start on a bad URL, not per request
    app = web.Application(middlewares=[headers_middleware(config)], client_max_size=MAX_BODY_BYTES)
    app[WEB_CONFIG] = config
    for mount in mounts:
        mount(app, config)
    app.router.add_get("/{path:.*}", static_handler(config))
    return app


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--host", default=settings.text("WEB_HOST", None, "127.0.0.1"))
    parser.add_argument("--port", type=int, default=settings.number("WEB_PORT", 8080, 1))
    parser.add_argument(
        "--socket-url",
        default=settings.text(SOCKET_URL_ENV, None, DEFAULT_SOCKET_URL),
        help="Rasa server URL the widget connects to (also allowed by the CSP)",
    )
    parser.add_argument("--web-root", type=Path, default=REPO_ROOT / "web")
    parser.add_argument(
        "--mount", action="append", default=[], help="module:function that adds routes"
    )
    parser.add_argument(
        "--render",
        metavar="PATH",
        help="print the file at this URL path as served (e.g. widget/chat-widget.js) and exit: "
        "for hosting web/ as static files",
    )
    args = parser.parse_args(argv)
    config = WebConfig(web_root=args.web_root, socket_url=args.socket_url)
    if args.render:
        path = resolve_static(config.web_root, args.render)
        if path is None:
            parser.error(f"no file to serve at {args.render!r}")
        sys.stdout.buffer.write(render(path, config))
        return
    app = create_app(config, [load_mount(spec) for spec in args.mount])
    # No access log: URLs and client addresses stay out of the logs.
    web.run_app(app, host=args.host, port=args.port, access_log=None, print=None)


if __name__ == "__main__":
    main()
