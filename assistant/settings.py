"""Every environment variable the product reads, read here and nowhere else.

One rule for all of them (docs/settings.md):
1. the variable, when it is set and not blank;
2. else the value in credentials.yml (channels) or the endpoints file (stores), where the
   setting has one;
3. else the default written in VARIABLES.
A secret `NAME` may also come from the file named by `NAME_FILE` (a mounted Secret: nothing in
the environment of child processes); the file wins over `NAME`.

Plain functions, no state: each reads the environment it is given (tests pass a dict; the
default is os.environ) when it is called, never at import. Errors name the variable, never its
value. `python -m assistant.settings` prints the table of docs/settings.md.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any

SSL_MODES = ("disable", "allow", "prefer", "require", "verify-ca", "verify-full")
SECRET_SUFFIX = "_FILE"  # noqa: S105 - a name suffix, not a secret

# name -> (default, meaning). Secrets (also read from NAME_FILE) are marked "secret".
VARIABLES: dict[str, tuple[str, str]] = {
    # --- channels (credentials.yml gives the same setting a lower-priority value) ---
    "WEB_ALLOWED_ORIGINS": (
        "credentials `allowed_origins`, else http://localhost:8080, http://127.0.0.1:8080",
        "origins the chat widget may be served from (comma or space separated; never `*`)",
    ),
    "WEB_SESSION_SECRET": (
        "credentials `session_secret`, else random per process",
        "secret: key that signs web chat session tokens; every Rasa instance needs the same",
    ),
    "WEB_MAX_MESSAGE_LENGTH": (
        "credentials `max_message_length`, else 1000",
        "longest web chat message processed (longer ones get a polite reply)",
    ),
    "REST_MAX_MESSAGE_LENGTH": (
        "credentials `max_message_length`, else 1000",
        "longest REST message processed",
    ),
    "REST_RATE_PER_MINUTE": ("30", "REST messages per minute per conversation (load tests)"),
    "REST_RATE_BURST": ("12", "REST messages at once per conversation, with the rate above"),
    "TWILIO_AUTH_TOKEN": (
        "credentials `auth_token`, else none (SMS answers 403)",
        "secret: checks X-Twilio-Signature",
    ),
    "SMS_PUBLIC_URL": (
        "credentials `public_url`, else none (SMS answers 403)",
        "the exact webhook URL set in Twilio (signatures are made over it)",
    ),
    "SMS_ID_SECRET": (
        "credentials `id_secret`, else none (SMS answers 403)",
        "secret: keys the hash that replaces phone numbers (16 characters or more)",
    ),
    "SMS_REDIS_DB": ("2", "database number of the SMS state in Redis (with REDIS_HOST)"),
    "REDIS_URL": (
        "built from REDIS_HOST, else none (SMS state in memory)",
        "secret (it may hold a password): Redis for the SMS state, shared by all instances",
    ),
    # --- servers and their tokens ---
    "RASA_API_TOKEN": (
        "none (`make run` makes one in a private file)",
        "secret: the REST channel's bearer token and the HTTP API's JWT key",
    ),
    "ACTION_SERVER_HOST": ("127.0.0.1", "address the action server listens on"),
    "ACTION_SERVER_TOKEN": (
        "none (then the action server stays on loopback)",
        "secret: bearer token between Rasa and the action server",
    ),
    "ACTION_TIMEOUT_SECONDS": ("8", "an action call gives up after this long"),
    "STAFF_TOKEN": ("none (the staff console answers 401)", "secret: the staff console's token"),
    "RASA_URL": ("http://127.0.0.1:5005", "the Rasa server the staff console talks to"),
    "WEB_HOST": ("127.0.0.1", "address of the web server (widget page, staff console)"),
    "WEB_PORT": ("8080", "port of the web server"),
    "RASA_SOCKET_URL": (
        "http://localhost:5005",
        "the Rasa socket.io URL the widget connects to (also allowed by the CSP)",
    ),
    # --- stores (endpoints.production.yml gives url/port/db/username a lower priority) ---
    "DB_HOST": ("127.0.0.1", "PostgreSQL host (setting it also means `sql` for TRACKER_STORE)"),
    "DB_PORT": ("5432", "PostgreSQL port"),
    "DB_NAME": ("assistant", "PostgreSQL database"),
    "DB_USER": ("assistant", "PostgreSQL user"),
    "DB_PASSWORD": ("none", "secret: PostgreSQL password"),
    "DB_SSLMODE": ("prefer", "libpq sslmode: disable, allow, prefer, require, verify-(ca|full)"),
    "DB_SSLROOTCERT": ("none", "CA file for verify-ca / verify-full"),
    "DB_CONNECT_TIMEOUT": ("3", "seconds to connect to PostgreSQL"),
    "DB_STARTUP_WAIT": ("60", "seconds Rasa waits for PostgreSQL at start before it gives up"),
    "REDIS_HOST": ("127.0.0.1", "host of Redis (lock store; SMS state when set)"),
    "REDIS_PORT": ("6379", "Redis port"),
    "REDIS_DB": ("1", "database number of the lock store in Redis"),
    "REDIS_USER": ("none", "user name for Redis ACLs"),
    "REDIS_PASSWORD": ("none", "secret: Redis password"),
    "REDIS_TLS": ("off", "`1`, `true`, `yes` or `on`: TLS to Redis"),
    "REDIS_TLS_CA_FILE": ("none", "CA file for Redis TLS"),
    "REDIS_CONNECT_TIMEOUT": ("2", "seconds to connect to Redis"),
    "REDIS_TIMEOUT": ("2", "seconds for one Redis command"),
    "REDIS_KEY_PREFIX": ("assistant", "prefix of the lock keys (several stacks, one Redis)"),
    "LOCK_LIFETIME_SECONDS": ("60", "a conversation lock expires after this long"),
    # --- privacy and content ---
    "TRACKER_STORE": (
        "`sql` when DB_HOST is set, else `unknown`",
        "`memory` or `sql`: what the assistant tells people is kept",
    ),
    "RETENTION_HOURS": (
        "content/privacy.yml `retention_hours` (24)",
        "conversations are deleted this long after their last message",
    ),
    "PURGE_EVERY_MINUTES": ("60", "how often `make purge` runs (it deletes that much earlier)"),
    "ASSISTANT_CONTENT_DIR": ("content/", "where the facts are read from (tests)"),
}
SECRETS = tuple(name for name, (_, meaning) in VARIABLES.items() if meaning.startswith("secret"))


class SettingsError(ValueError):
    """A setting is missing or malformed; the message names the variable, never its value."""


def _environ(environ: Mapping[str, str] | None) -> Mapping[str, str]:
    return os.environ if environ is None else environ


def _known(name: str) -> str:
    if name not in VARIABLES:
        raise KeyError(f"{name} is not in assistant.settings.VARIABLES (document it there)")
    return name


def is_set(name: str, environ: Mapping[str, str] | None = None) -> bool:
    return bool((_environ(environ).get(_known(name)) or "").strip())


def has_secret_file(name: str, environ: Mapping[str, str] | None = None) -> bool:
    return bool((_environ(environ).get(_known(name) + SECRET_SUFFIX) or "").strip())


def text(
    name: str,
    configured: Any = None,
    default: str = "",
    environ: Mapping[str, str] | None = None,
) -> str:
    """The variable, else the configured value (credentials or endpoints file), else the
    default; blanks count as missing, surrounding spaces are dropped."""
    for value in (_environ(environ).get(_known(name)), configured):
        if value is not None and str(value).strip():
            return str(value).strip()
    return default


def secret(name: str, configured: Any = None, environ: Mapping[str, str] | None = None) -> str:
    """A secret from the file in NAME_FILE, else as `text` ("" when there is none)."""
    environ = _environ(environ)
    path = (environ.get(_known(name) + SECRET_SUFFIX) or "").strip()
    if path:
        return Path(path).read_text(encoding="utf-8").strip()
    return text(name, configured, "", environ)


def number(
    name: str,
    default: float,
    minimum: float = 0,
    configured: Any = None,
    environ: Mapping[str, str] | None = None,
) -> float:
    raw = text(name, configured, "", environ)
    if not raw:
        return default
    try:
        value = float(raw)
    except ValueError:
        raise SettingsError(f"{name} must be a number") from None
    if value < minimum:
        raise SettingsError(f"{name} must be at least {minimum:g}")
    return value


def integer(
    name: str,
    default: int,
    minimum: int = 0,
    configured: Any = None,
    environ: Mapping[str, str] | None = None,
) -> int:
    return int(number(name, default, minimum, configured, environ))


def truthy(name: str, environ: Mapping[str, str] | None = None) -> bool:
    return text(name, environ=environ).lower() in ("1", "true", "yes", "on")


def postgres_settings(
    environ: Mapping[str, str] | None = None, configured: Mapping[str, Any] | None = None
) -> dict[str, Any]:
    """Keyword arguments for Rasa's SQLTrackerStore (PostgreSQL through psycopg2).
    `configured`: the endpoints file's keys (host, port, db, username), below the variables."""
    environ, configured = _environ(environ), configured or {}
    sslmode = text("DB_SSLMODE", None, "prefer", environ)
    if sslmode not in SSL_MODES:
        raise SettingsError(f"DB_SSLMODE must be one of {', '.join(SSL_MODES)}")
    connect_timeout = integer("DB_CONNECT_TIMEOUT", 3, 1, environ=environ)
    query: dict[str, str] = {"sslmode": sslmode, "connect_timeout": str(connect_timeout)}
    root_cert = text("DB_SSLROOTCERT", environ=environ)
    if root_cert:
        query["sslrootcert"] = root_cert
    return {
        "dialect": "postgresql",
        "host": text("DB_HOST", configured.get("host"), "127.0.0.1", environ),
        "port": integer("DB_PORT", 5432, 1, configured.get("port"), environ),
        "db": text("DB_NAME", configured.get("db"), "assistant", environ),
        "username": text("DB_USER", configured.get("username"), "assistant", environ),
        "password": secret("DB_PASSWORD", environ=environ) or None,
        "query": query,
    }


def redis_settings(environ: Mapping[str, str] | None = None) -> dict[str, Any]:
    """Keyword arguments for redis.Redis, with short timeouts: a dead Redis is an error in
    seconds, not a hang."""
    environ = _environ(environ)
    return {
        "host": text("REDIS_HOST", None, "127.0.0.1", environ),
        "port": integer("REDIS_PORT", 6379, 1, environ=environ),
        "db": integer("REDIS_DB", 1, environ=environ),
        "username": text("REDIS_USER", environ=environ) or None,
        "password": secret("REDIS_PASSWORD", environ=environ) or None,
        "ssl": truthy("REDIS_TLS", environ),
        "ssl_ca_certs": text("REDIS_TLS_CA_FILE", environ=environ) or None,
        "socket_connect_timeout": number("REDIS_CONNECT_TIMEOUT", 2, 0.1, environ=environ),
        "socket_timeout": number("REDIS_TIMEOUT", 2, 0.1, environ=environ),
    }


def markdown_table() -> str:
    """The table of docs/settings.md (a test keeps the two the same)."""
    rows = ["| variable | default | meaning |", "|---|---|---|"]
    for name, (default, meaning) in VARIABLES.items():
        shown = f"`{name}` (or `{name}{SECRET_SUFFIX}`)" if name in SECRETS else f"`{name}`"
        rows.append(f"| {shown} | {default} | {meaning} |")
    return "\n".join(rows)


if __name__ == "__main__":
    print(markdown_table())
