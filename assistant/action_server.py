"""Start the action server (rasa-sdk 3.6.2) with a shared token and a loopback default.

    python -m assistant.action_server --port 5055

rasa-sdk 3.6.2 has no authentication and listens on 0.0.0.0. Here:
- the host is ACTION_SERVER_HOST (default 127.0.0.1); on any other address a token is required;
- with ACTION_SERVER_TOKEN_FILE (preferred) or ACTION_SERVER_TOKEN set, `/webhook` and
  `/actions` need `Authorization: Bearer <token>` (401 otherwise); `/health` stays open for
  probes. Rasa sends the header from endpoints.production.yml (`headers:`).
"""

from __future__ import annotations

import argparse
import hmac
import ipaddress
import logging
import os
from collections.abc import Mapping

from assistant.api_token import bearer
from assistant.settings import secret, text

TOKEN_NAME = "ACTION_SERVER_TOKEN"  # noqa: S105 - a variable name
OPEN_PATHS = ("/health",)
logger = logging.getLogger(__name__)


class LaunchError(SystemExit):
    pass


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def settings(environ: Mapping[str, str]) -> tuple[str, str]:
    host = text("ACTION_SERVER_HOST", None, "127.0.0.1", environ)
    token = secret(TOKEN_NAME, environ=environ)
    if not token and not is_loopback(host):
        raise LaunchError(
            f"The action server on {host} needs {TOKEN_NAME}_FILE or {TOKEN_NAME}: "
            "without a token anyone who reaches it can run actions."
        )
    return host, token


def authorised(path: str, authorization: str | None, token: str) -> bool:
    if not token or path in OPEN_PATHS:
        return True
    given = bearer(authorization)
    return bool(given) and hmac.compare_digest(given.encode(), token.encode())


def create_app(token: str):
    from rasa_sdk.endpoint import create_app as create_sdk_app
    from sanic import response

    app = create_sdk_app("actions", cors_origins=None)

    @app.middleware("request")
    async def require_token(request):
        if not authorised(request.path, request.headers.get("Authorization"), token):
            return response.json({"error": "unauthorised"}, status=401)

    return app


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, default=5055)
    arguments = parser.parse_args(argv)
    host, token = settings(os.environ)
    os.environ.setdefault("SANIC_REQUEST_MAX_SIZE", str(8 * 1024 * 1024))  # trackers
    from rasa_sdk import utils

    utils.configure_colored_logging("INFO")
    utils.update_sanic_log_level()
    app = create_app(token)
    logger.info(
        "Action server on http://%s:%s (token %s)",
        host,
        arguments.port,
        "required" if token else "off: loopback only",
    )
    app.run(host, arguments.port, workers=1, access_log=False)


if __name__ == "__main__":
    main()
