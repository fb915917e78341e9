"""The one secret that protects the Rasa server's HTTP API and the REST channel.

It comes from a file (`RASA_API_TOKEN_FILE`, preferred: nothing in the environment of child
processes) or the environment (`RASA_API_TOKEN`), never from a command line, where every user
of the machine could read it in the process list. It travels only in a header:
- the REST channel takes `Authorization: Bearer <token>`;
- Rasa's HTTP API takes `Authorization: Bearer <JWT>` signed with the token (HS256, role
  admin, a few minutes' lifetime): Rasa's own `--jwt-secret` support, which
  `python -m assistant.rasa_server` turns on in-process. `?token=` is never accepted.
"""

from __future__ import annotations

import hmac
import time
from collections.abc import Mapping

from assistant.settings import secret

TOKEN_ENV = "RASA_API_TOKEN"  # noqa: S105 - a variable name, not a secret
TOKEN_FILE_ENV = "RASA_API_TOKEN_FILE"  # noqa: S105
JWT_METHOD = "HS256"
JWT_LIFETIME_SECONDS = 300


def load_token(environ: Mapping[str, str] | None = None) -> str:
    """The configured token, or "" when none is (the file wins over the variable)."""
    return secret(TOKEN_ENV, environ=environ)


def bearer(authorization: str | None) -> str:
    scheme, _, value = (authorization or "").partition(" ")
    return value.strip() if scheme.lower() == "bearer" else ""


def bearer_matches(authorization: str | None, token: str) -> bool:
    given = bearer(authorization)
    return bool(token and given) and hmac.compare_digest(given.encode(), token.encode())


def admin_jwt(token: str, lifetime: int = JWT_LIFETIME_SECONDS, now: float | None = None) -> str:
    """A short-lived JWT that Rasa's HTTP API accepts as an admin (see rasa.server)."""
    import jwt

    issued = int(time.time() if now is None else now)
    claims = {"user": {"username": "staff-console", "role": "admin"}, "iat": issued}
    claims["exp"] = issued + lifetime
    return jwt.encode(claims, token, algorithm=JWT_METHOD)
