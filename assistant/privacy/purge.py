"""Delete conversations idle longer than the retention period from an SQL tracker store.

    python -m assistant.privacy.purge [--endpoints FILE] [--hours N] [--every-minutes M]
    make purge

RETENTION_HOURS (default `privacy.retention_hours` in content/privacy.yml, 24) is what the
assistant tells people: "deleted within N hours of your last message". The purge runs every
PURGE_EVERY_MINUTES (default 60; cron or the Kubernetes CronJob, docs/privacy.md), so each run
deletes conversations idle for more than N hours less that interval: none outlives the promise.
`--hours 0` (or RETENTION_HOURS=0) deletes every conversation whose last event is in the past.

Safe while the servers run: each conversation is deleted in its own short transaction, and
only if its newest event is still older than the cut-off inside that transaction. On
PostgreSQL the transaction first takes `LOCK TABLE events IN SHARE ROW EXCLUSIVE MODE`, which
holds Rasa's inserts back for the milliseconds of one conversation's delete, so a message
arriving at that moment can never leave a half-deleted conversation; the lock is waited for at
most `--lock-timeout` seconds, after which the conversation is left for the next run. On
SQLite one DELETE statement is atomic (SQLite has one writer at a time).

Endpoints file: `--endpoints`, else endpoints.production.yml when DB_HOST is set (the
production settings), else endpoints.yml; only its `tracker_store` section is read, so the job
needs the database's environment variables and no others. An in-memory store needs no purge
(it forgets by itself, assistant.privacy.stores); nor does Redis (records expire). Logs only
counts.
"""

from __future__ import annotations

import argparse
import logging
import os
import re
import sys
import time
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from assistant import settings
from assistant.retention import HOURS_ENV, retention_hours

logger = logging.getLogger("assistant.privacy.purge")

REPO_ROOT = Path(__file__).resolve().parents[2]
EVERY_ENV = "PURGE_EVERY_MINUTES"
DEFAULT_EVERY_MINUTES = 60
BATCH = 500
TABLE = "events"  # rasa.core.tracker_store.SQLTrackerStore.SQLEvent


@dataclass
class PurgeResult:
    conversations: int = 0
    events: int = 0
    skipped: int = 0  # busy (lock not granted in time): left for the next run


def purge_hours(environ: Mapping[str, str] | None = None) -> float:
    """RETENTION_HOURS when it is a number (0 allowed here), else the content default."""
    raw = settings.text(HOURS_ENV, environ=environ)
    try:
        hours = float(raw)
    except ValueError:
        return float(retention_hours(environ))
    return hours if hours >= 0 else float(retention_hours(environ))


def every_minutes(environ: Mapping[str, str] | None = None) -> float:
    raw = settings.text(EVERY_ENV, environ=environ)
    return float(raw) if raw.replace(".", "", 1).isdigit() else DEFAULT_EVERY_MINUTES


def cutoff(now: float, hours: float, every: float) -> float:
    """Events older than this are deleted: the period less one purge interval, never negative."""
    return now - max(0.0, hours * 3600 - every * 60)


def idle_senders(engine: Any, before: float, after: str, limit: int) -> list[str]:
    """Conversations whose newest event is older than `before`, in sender order, after `after`.
    A plain read: no lock is taken."""
    from sqlalchemy import text

    query = text(
        "SELECT sender_id FROM events WHERE sender_id > :after GROUP BY sender_id "
        "HAVING MAX(timestamp) < :before ORDER BY sender_id LIMIT :limit"
    )
    with engine.connect() as connection:
        rows = connection.execute(query, {"after": after, "before": before, "limit": limit})
        return [row[0] for row in rows]


def delete_if_idle(engine: Any, sender_id: str, before: float, lock_timeout: float) -> int | None:
    """Delete one conversation if its newest event is still older than `before`, in one
    transaction. The number of events deleted (0: it became active); None: busy, skipped."""
    from sqlalchemy import exc, text

    params = {"sender": sender_id, "before": before}
    if engine.dialect.name == "postgresql":
        try:
            with engine.begin() as connection:
                connection.execute(text(f"SET LOCAL lock_timeout = '{int(lock_timeout * 1000)}ms'"))
                connection.execute(text("LOCK TABLE events IN SHARE ROW EXCLUSIVE MODE"))
                newest = connection.execute(
                    text("SELECT MAX(timestamp) FROM events WHERE sender_id = :sender"), params
                ).scalar()
                if newest is None or newest >= before:
                    return 0
                deleted = connection.execute(
                    text("DELETE FROM events WHERE sender_id = :sender"), params
                )
                return deleted.rowcount
        except exc.OperationalError as error:
            if "lock timeout" in str(error).lower():
                return None
            raise
    # SQLite (and other single-writer databases): the check and the delete are one statement.
    with engine.begin() as connection:
        deleted = connection.execute(
            text(
                "DELETE FROM events WHERE sender_id = :sender AND (SELECT MAX(timestamp) "
                "FROM events WHERE sender_id = :sender) < :before"
            ),
            params,
        )
        return deleted.rowcount


def purge(
    engine: Any,
    hours: float,
    every: float = DEFAULT_EVERY_MINUTES,
    now: float | None = None,
    batch: int = BATCH,
    lock_timeout: float = 2.0,
) -> PurgeResult:
    """Delete every conversation idle past the cut-off, one conversation per transaction."""
    from sqlalchemy import inspect

    result = PurgeResult()
    if not inspect(engine).has_table(TABLE):
        return result
    before = cutoff(time.time() if now is None else now, hours, every)
    after = ""
    while True:
        senders = idle_senders(engine, before, after, batch)
        for sender_id in senders:
            deleted = delete_if_idle(engine, sender_id, before, lock_timeout)
            if deleted is None:
                result.skipped += 1
            elif deleted:
                result.conversations += 1
                result.events += deleted
        if len(senders) < batch:
            return result
        after = senders[-1]


# ---------- the configured tracker store ----------


def default_endpoints(environ: Mapping[str, str] | None = None) -> Path:
    name = "endpoints.production.yml" if settings.is_set("DB_HOST", environ) else "endpoints.yml"
    return REPO_ROOT / name


def store_kind(config: Any) -> str:
    """'sql', 'memory', 'redis' or the type as written (unsupported)."""
    if config is None or not config.type:
        return "memory"
    kind = str(config.type)
    if kind.lower() in ("sql", "redis"):
        return kind.lower()
    if "." in kind:
        from rasa.core.tracker_store import (
            InMemoryTrackerStore,
            RedisTrackerStore,
            SQLTrackerStore,
        )
        from rasa.shared.utils.common import class_from_module_path

        store_class = class_from_module_path(kind)
        for base, name in (
            (SQLTrackerStore, "sql"),
            (InMemoryTrackerStore, "memory"),
            (RedisTrackerStore, "redis"),
        ):
            if issubclass(store_class, base):
                return name
    return kind


_VARIABLE = re.compile(r"\$\{([A-Za-z_][A-Za-z0-9_]*)\}")


class MissingSetting(ValueError):
    pass


def tracker_store_config(path: Path, environ: Mapping[str, str] = os.environ) -> Any:
    """The endpoints file's `tracker_store` section, with `${VAR}` filled from the environment.
    Only this section: the purge job needs the database settings, not the action server's or
    the lock store's."""
    import yaml
    from rasa.utils.endpoints import EndpointConfig

    section = (yaml.safe_load(path.read_text(encoding="utf-8")) or {}).get("tracker_store")
    if not section:
        return None

    def fill(value: Any) -> Any:
        if not isinstance(value, str):
            return value
        missing = [name for name in _VARIABLE.findall(value) if name not in environ]
        if missing:
            raise MissingSetting(", ".join(missing))
        return _VARIABLE.sub(lambda match: environ[match.group(1)], value)

    return EndpointConfig.from_dict({key: fill(value) for key, value in section.items()})


def _store_class(kind: Any) -> Any:
    if not kind or "." not in str(kind):
        return None
    from rasa.shared.utils.common import class_from_module_path

    return class_from_module_path(str(kind))


def engine_for(config: Any) -> Any:
    """An SQLAlchemy engine with the tracker store's own settings (as Rasa builds its URL)."""
    import sqlalchemy as sa
    from rasa.core.tracker_store import SQLTrackerStore

    settings = dict(config.kwargs)
    store_class = _store_class(config.type)
    if hasattr(store_class, "database_url"):
        # The production store completes the file's settings from the environment (password
        # file, sslmode, connect timeout): connect exactly where it does.
        return sa.create_engine(store_class.database_url(config.url, **settings))
    url = SQLTrackerStore.get_db_url(
        settings.get("dialect", "sqlite"),
        config.url,
        settings.get("port"),
        settings.get("db", "rasa.db"),
        settings.get("username"),
        settings.get("password"),
        settings.get("login_db"),
        settings.get("query"),
    )
    return sa.create_engine(url)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--endpoints", type=Path, default=None)
    parser.add_argument("--hours", type=float, default=None, help=f"default: {HOURS_ENV}")
    parser.add_argument("--every-minutes", type=float, default=None, help=f"default: {EVERY_ENV}")
    parser.add_argument("--lock-timeout", type=float, default=2.0)
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")

    path = args.endpoints or default_endpoints()
    if not path.is_file():
        logger.error("No endpoints file at %s", path)
        return 2
    try:
        config = tracker_store_config(path)
    except MissingSetting as missing:
        logger.error("%s: set the environment variables %s", path.name, missing)
        return 2
    kind = store_kind(config)
    if kind == "memory":
        logger.info("%s: in-memory tracker store; it forgets conversations by itself.", path.name)
        return 0
    if kind == "redis":
        logger.info("%s: Redis tracker store; its records expire by themselves.", path.name)
        return 0
    if kind != "sql":
        logger.error("%s: cannot purge a tracker store of type %s", path.name, kind)
        return 2
    hours = purge_hours() if args.hours is None else args.hours
    every = every_minutes() if args.every_minutes is None else args.every_minutes
    engine = engine_for(config)
    try:
        result = purge(engine, hours, every, lock_timeout=args.lock_timeout)
    finally:
        engine.dispose()
    logger.info(
        "Purged %d conversations (%d events) idle for more than %g hours less %g minutes; "
        "%d busy, left for the next run.",
        result.conversations,
        result.events,
        hours,
        every,
        result.skipped,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
