"""Every environment variable the product reads, read here and nowhere else.

One rule for all of them (docs/settings.md):
1. the variable, when it is set and not blank;
2. else the value in credentials.yml (channels) or the endpoints file (stores), where the
   setting has one;
3. else the default written in settings.yml (VARIABLES).
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
from typing import Any, TypeVar

import yaml

SSL_MODES = ("disable", "allow", "prefer", "require", "verify-ca", "verify-full")
N = TypeVar("N", int, float)
SECRET_SUFFIX = "_FILE"  # noqa: S105 - a name suffix, not a secret


def _table(path: Path) -> dict[str, tuple[str, str]]:
    """The variables in the order the file lists them (docs/settings.md keeps that order)."""
    entries = yaml.safe_load(path.read_text(encoding="utf-8"))
    return {name: (str(row["default"]), str(row["meaning"])) for name, row in entries.items()}


# name -> (default, meaning), from settings.yml: data beside the code that reads it.
VARIABLES: dict[str, tuple[str, str]] = _table(Path(__file__).with_name("settings.yml"))
SECRETS = tuple(name for name, (_, meaning) in VARIABLES.items() if meaning.startswith("secret"))


class SettingsError(ValueError):
    """A setting is missing or malformed; the message names the variable, never its value."""


def _environ(environ: Mapping[str, str] | None) -> Mapping[str, str]:
    return os.environ if environ is None else environ


def _known(name: str) -> str:
    if name not in VARIABLES:
        raise KeyError(
            f"{name} is not in assistant.settings.VARIABLES (document it in assistant/settings.yml)"
        )
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
    default: N,
    minimum: float = 0,
    configured: Any = None,
    environ: Mapping[str, str] | None = None,
) -> N:
    """A number of the default's type: a whole one (a port, a count; the fraction dropped)
    when the default is an int, else a float (seconds, a rate)."""
    raw = text(name, configured, "", environ)
    if not raw:
        return default
    try:
        value = float(raw)
    except ValueError:
        raise SettingsError(f"{name} must be a number") from None
    if value < minimum:
        raise SettingsError(f"{name} must be at least {minimum:g}")
    return type(default)(value)


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
    connect_timeout = number("DB_CONNECT_TIMEOUT", 3, 1, environ=environ)
    query: dict[str, str] = {"sslmode": sslmode, "connect_timeout": str(connect_timeout)}
    root_cert = text("DB_SSLROOTCERT", environ=environ)
    if root_cert:
        query["sslrootcert"] = root_cert
    return {
        "dialect": "postgresql",
        "host": text("DB_HOST", configured.get("host"), "127.0.0.1", environ),
        "port": number("DB_PORT", 5432, 1, configured.get("port"), environ),
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
        "port": number("REDIS_PORT", 6379, 1, environ=environ),
        "db": number("REDIS_DB", 1, environ=environ),
        "username": text("REDIS_USER", environ=environ) or None,
        "password": secret("REDIS_PASSWORD", environ=environ) or None,
        "ssl": truthy("REDIS_TLS", environ),
        "ssl_ca_certs": text("REDIS_TLS_CA_FILE", environ=environ) or None,
        "socket_connect_timeout": number("REDIS_CONNECT_TIMEOUT", 2.0, 0.1, environ=environ),
        "socket_timeout": number("REDIS_TIMEOUT", 2.0, 0.1, environ=environ),
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
