"""Store settings from the environment: plain functions, no connection made here.

Secrets come from `<NAME>_FILE` (preferred: a mounted Secret) or `<NAME>`, never from a
command line or a file in the repository.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

SSL_MODES = ("disable", "allow", "prefer", "require", "verify-ca", "verify-full")


class SettingsError(ValueError):
    """A setting is missing or malformed; the message names the variable, never its value."""


def secret(environ: Mapping[str, str], name: str) -> str | None:
    path = (environ.get(f"{name}_FILE") or "").strip()
    if path:
        return Path(path).read_text(encoding="utf-8").strip()
    value = environ.get(name)
    return value if value else None


def number(environ: Mapping[str, str], name: str, default: float, minimum: float = 0) -> float:
    raw = (environ.get(name) or "").strip()
    if not raw:
        return default
    try:
        value = float(raw)
    except ValueError:
        raise SettingsError(f"{name} must be a number") from None
    if value < minimum:
        raise SettingsError(f"{name} must be at least {minimum:g}")
    return value


def truthy(environ: Mapping[str, str], name: str) -> bool:
    return (environ.get(name) or "").strip().lower() in ("1", "true", "yes", "on")


def postgres_settings(environ: Mapping[str, str]) -> dict[str, Any]:
    """Keyword arguments for Rasa's SQLTrackerStore (PostgreSQL through psycopg2)."""
    sslmode = (environ.get("DB_SSLMODE") or "prefer").strip()
    if sslmode not in SSL_MODES:
        raise SettingsError(f"DB_SSLMODE must be one of {', '.join(SSL_MODES)}")
    connect_timeout = int(number(environ, "DB_CONNECT_TIMEOUT", 3, minimum=1))
    query: dict[str, str] = {"sslmode": sslmode, "connect_timeout": str(connect_timeout)}
    root_cert = (environ.get("DB_SSLROOTCERT") or "").strip()
    if root_cert:
        query["sslrootcert"] = root_cert
    return {
        "dialect": "postgresql",
        "host": (environ.get("DB_HOST") or "127.0.0.1").strip(),
        "port": int(number(environ, "DB_PORT", 5432, minimum=1)),
        "db": (environ.get("DB_NAME") or "assistant").strip(),
        "username": (environ.get("DB_USER") or "assistant").strip(),
        "password": secret(environ, "DB_PASSWORD"),
        "query": query,
    }


def redis_settings(environ: Mapping[str, str]) -> dict[str, Any]:
    """Keyword arguments for redis.Redis, with short timeouts: a dead Redis is an error in
    seconds, not a hang."""
    return {
        "host": (environ.get("REDIS_HOST") or "127.0.0.1").strip(),
        "port": int(number(environ, "REDIS_PORT", 6379, minimum=1)),
        "db": int(number(environ, "REDIS_DB", 1)),
        "username": (environ.get("REDIS_USER") or "").strip() or None,
        "password": secret(environ, "REDIS_PASSWORD"),
        "ssl": truthy(environ, "REDIS_TLS"),
        "ssl_ca_certs": (environ.get("REDIS_TLS_CA_FILE") or "").strip() or None,
        "socket_connect_timeout": number(environ, "REDIS_CONNECT_TIMEOUT", 2, minimum=0.1),
        "socket_timeout": number(environ, "REDIS_TIMEOUT", 2, minimum=0.1),
    }
