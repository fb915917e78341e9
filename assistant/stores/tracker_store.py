"""Conversations in PostgreSQL, failures loud.

Rasa wraps every tracker store in `FailSafeTrackerStore`, which on a database error logs the
error text (SQL parameters carry user text) and carries on with an empty in-memory tracker:
the person is answered as a stranger and their turn is saved where no other instance sees it.
Here a database failure is an error instead: logged by type only, raised as
`TrackerStoreUnavailable`, so the channel gives its safe reply and nothing is written to the
wrong place. `install()` (called by `assistant.rasa_server`) swaps the wrapper.

endpoints.production.yml: `type: assistant.stores.tracker_store.PostgresTrackerStore` with
Rasa's SQL keys (url, port, db, username from DB_*); the password (DB_PASSWORD_FILE or
DB_PASSWORD), DB_SSLMODE and DB_CONNECT_TIMEOUT from the environment
(assistant.settings.postgres_settings: a variable that is set wins over the file's keys).
It is a PrivateSQLTrackerStore: a conversation is deleted when the person asks
(assistant.privacy.stores).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Iterable
from typing import Any

import sqlalchemy as sa
from rasa.core.tracker_store import FailSafeTrackerStore, SQLTrackerStore

from assistant.privacy.stores import PrivateSQLTrackerStore
from assistant.settings import number, postgres_settings

logger = logging.getLogger(__name__)
STARTUP_WAIT_SECONDS = 60.0


class TrackerStoreUnavailable(RuntimeError):
    def __init__(self) -> None:
        super().__init__("the conversation store (PostgreSQL) is unavailable")


def _failed(operation: str, error: Exception) -> TrackerStoreUnavailable:
    # The type only: SQLAlchemy messages include the statement's parameters (user text).
    logger.error("tracker store %s failed: %s", operation, type(error).__name__)
    return TrackerStoreUnavailable()


def wait_for_database(url: Any, deadline_seconds: float) -> None:
    """Rasa's own constructor retries forever; a server that cannot reach its database
    should fail (and be restarted by its supervisor) with a clear message."""
    engine = sa.create_engine(url)
    deadline = time.monotonic() + deadline_seconds
    try:
        while True:
            try:
                with engine.connect() as connection:
                    connection.execute(sa.text("SELECT 1"))
                return
            except sa.exc.OperationalError as error:
                if time.monotonic() >= deadline:
                    raise SystemExit(
                        f"PostgreSQL at {url.host}:{url.port} unreachable for "
                        f"{deadline_seconds:g} s ({type(error).__name__}); check DB_HOST, "
                        "DB_PORT, DB_NAME, DB_USER, DB_PASSWORD(_FILE), DB_SSLMODE"
                    ) from None
                logger.warning("PostgreSQL not reachable yet, retrying")
                time.sleep(1)
    finally:
        engine.dispose()


class PostgresTrackerStore(PrivateSQLTrackerStore):
    @staticmethod
    def settings(host: str | None = None, **kwargs: Any) -> dict[str, Any]:
        """The environment's settings; the endpoints file's keys (host, port, db, username)
        fill in what the environment leaves unset (assistant.settings)."""
        return postgres_settings(configured={**kwargs, "host": host})

    @classmethod
    def database_url(cls, host: str | None = None, **kwargs: Any) -> Any:
        """The URL Rasa will connect to (also used by `assistant.privacy.purge`)."""
        settings = cls.settings(host, **kwargs)
        return SQLTrackerStore.get_db_url(
            settings["dialect"],
            settings["host"],
            settings["port"],
            settings["db"],
            settings["username"],
            settings["password"],
            None,
            settings["query"],
        )

    def __init__(self, domain=None, host=None, event_broker=None, **kwargs: Any) -> None:
        settings = self.settings(host, **kwargs)
        startup_wait = number("DB_STARTUP_WAIT", STARTUP_WAIT_SECONDS)
        wait_for_database(self.database_url(host, **kwargs), startup_wait)
        super().__init__(domain=domain, event_broker=event_broker, **settings)

    def ping(self) -> None:
        with self.engine.connect() as connection:
            connection.execute(sa.text("SELECT 1"))

    async def retrieve(self, sender_id: str):
        try:
            return await super().retrieve(sender_id)
        except Exception as error:  # noqa: BLE001 - reported by type, raised as one kind
            raise _failed("read", error) from None

    async def retrieve_full_tracker(self, conversation_id: str):
        try:
            return await super().retrieve_full_tracker(conversation_id)
        except Exception as error:  # noqa: BLE001
            raise _failed("read", error) from None

    async def save(self, tracker) -> None:
        try:
            await super().save(tracker)
        except Exception as error:  # noqa: BLE001
            raise _failed("write", error) from None

    async def keys(self) -> Iterable[str]:
        try:
            return await super().keys()
        except Exception as error:  # noqa: BLE001
            raise _failed("keys", error) from None


class FailLoudTrackerStore(FailSafeTrackerStore):
    """Rasa's wrapper without the silent fallback: errors are logged by type and raised."""

    async def retrieve(self, sender_id: str):
        try:
            return await self._tracker_store.retrieve(sender_id)
        except Exception as error:  # noqa: BLE001
            raise _as_unavailable("read", error) from None

    async def retrieve_full_tracker(self, sender_id: str):
        try:
            return await self._tracker_store.retrieve_full_tracker(sender_id)
        except Exception as error:  # noqa: BLE001
            raise _as_unavailable("read", error) from None

    async def save(self, tracker) -> None:
        try:
            await self._tracker_store.save(tracker)
        except Exception as error:  # noqa: BLE001
            raise _as_unavailable("write", error) from None

    async def keys(self) -> Iterable[str]:
        try:
            return await self._tracker_store.keys()
        except Exception as error:  # noqa: BLE001
            raise _as_unavailable("keys", error) from None


def _as_unavailable(operation: str, error: Exception) -> TrackerStoreUnavailable:
    if isinstance(error, TrackerStoreUnavailable):
        return error
    return _failed(operation, error)


def install() -> None:
    """Make Rasa's Agent wrap its tracker store in FailLoudTrackerStore (in this process)."""
    import rasa.core.agent

    rasa.core.agent.FailSafeTrackerStore = FailLoudTrackerStore
