"""What this deployment keeps of a conversation, so the assistant never claims less.

The tracker store decides it: in memory (`make run`) a conversation is gone when the server
restarts; in PostgreSQL (production) it is deleted by `make purge` within RETENTION_HOURS.
`TRACKER_STORE` (memory | sql) says which one this deployment uses; without it, "sql" when
the database settings of endpoints.production.yml are present, else "unknown" (a wording that
is true for both). SMS texts are also kept by the phone and the SMS provider: the responses
have SMS variants that say so.
"""

from __future__ import annotations

from collections.abc import Mapping

from assistant import settings
from assistant.content import value
from assistant.content.responses import say

STORE_ENV = "TRACKER_STORE"
HOURS_ENV = "RETENTION_HOURS"
MEMORY, SQL, UNKNOWN = "memory", "sql", "unknown"
RESPONSES = {
    MEMORY: "utter_retention_memory",
    SQL: "utter_retention_sql",
    UNKNOWN: "utter_retention_unknown",
}


def store_kind(environ: Mapping[str, str] | None = None) -> str:
    configured = settings.text(STORE_ENV, environ=environ).lower()
    if configured in {MEMORY, SQL}:
        return configured
    return SQL if settings.is_set("DB_HOST", environ) else UNKNOWN


def retention_hours(environ: Mapping[str, str] | None = None) -> int:
    raw = settings.text(HOURS_ENV, environ=environ)
    return int(raw) if raw.isdigit() and int(raw) > 0 else int(value("privacy.retention_hours"))


def what_is_kept(channel: str | None, environ: Mapping[str, str] | None = None) -> str:
    """One sentence (two on SMS) that is true for this deployment and channel."""
    name = RESPONSES[store_kind(environ)]
    return say(name, channel=channel, retention_hours=retention_hours(environ))
