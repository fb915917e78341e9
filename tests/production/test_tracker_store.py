"""Conversations in the real PostgreSQL; a database failure is an error, never memory."""

from __future__ import annotations

import logging

import pytest
import sqlalchemy as sa
from rasa.core.tracker_store import FailSafeTrackerStore
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker

from assistant.settings import SettingsError, postgres_settings
from assistant.stores import tracker_store as stores
from tools.local_servers import free_port

SECRET_TEXT = "my ex posted my photos"  # must never reach a log


def tracker_with_message(sender: str) -> DialogueStateTracker:
    tracker = DialogueStateTracker(sender, slots=[])
    tracker.update(ActionExecuted("action_listen"))
    tracker.update(UserUttered(SECRET_TEXT, {"name": "greet", "confidence": 1.0}))
    return tracker


def break_connection(store: stores.PostgresTrackerStore) -> None:
    """Point the store at a port where nothing listens (the database went away)."""
    url = store.engine.url.set(port=free_port())
    store.engine.dispose()
    store.engine = sa.create_engine(url)
    store.sessionmaker = sa.orm.sessionmaker(bind=store.engine)


def test_settings_come_from_the_environment(tmp_path):
    password_file = tmp_path / "db-password"
    password_file.write_text("s3cret\n")
    settings = postgres_settings(
        {
            "DB_HOST": "db.internal",
            "DB_PORT": "6543",
            "DB_NAME": "chat",
            "DB_USER": "bot",
            "DB_PASSWORD_FILE": str(password_file),
            "DB_PASSWORD": "ignored-when-a-file-is-given",
            "DB_SSLMODE": "verify-full",
            "DB_CONNECT_TIMEOUT": "4",
        }
    )
    assert settings["host"] == "db.internal" and settings["port"] == 6543
    assert settings["db"] == "chat" and settings["username"] == "bot"
    assert settings["password"] == "s3cret"
    assert settings["query"] == {"sslmode": "verify-full", "connect_timeout": "4"}


@pytest.mark.parametrize(
    "environ", [{"DB_SSLMODE": "maybe"}, {"DB_PORT": "five"}, {"DB_CONNECT_TIMEOUT": "0"}]
)
def test_bad_settings_are_refused_by_name(environ):
    with pytest.raises(SettingsError) as refused:
        postgres_settings(environ)
    assert next(iter(environ)) in str(refused.value)


async def test_conversation_is_saved_and_read_back(postgres_db):
    store = stores.PostgresTrackerStore(domain=Domain.empty())
    await store.save(tracker_with_message("alice"))
    again = await stores.PostgresTrackerStore(domain=Domain.empty()).retrieve("alice")
    assert [e.text for e in again.events if isinstance(e, UserUttered)] == [SECRET_TEXT]


def test_unreachable_database_at_start_is_a_clear_error(postgres_db, monkeypatch):
    monkeypatch.setenv("DB_PORT", str(free_port()))
    monkeypatch.setenv("DB_STARTUP_WAIT", "0")
    with pytest.raises(SystemExit) as stopped:
        stores.PostgresTrackerStore(domain=Domain.empty())
    assert "unreachable" in str(stopped.value) and "DB_HOST" in str(stopped.value)


async def test_upstream_wrapper_silently_falls_back_to_memory(postgres_db):
    """The behaviour being replaced: the turn lands in memory, the read returns nothing."""
    store = stores.PostgresTrackerStore(domain=Domain.empty())
    break_connection(store)
    upstream = FailSafeTrackerStore(store)
    await upstream.save(tracker_with_message("bob"))  # no error
    assert await upstream.fallback_tracker_store.retrieve("bob") is not None


async def test_database_failure_is_raised_and_logged_without_user_text(postgres_db, caplog):
    store = stores.PostgresTrackerStore(domain=Domain.empty())
    await store.save(tracker_with_message("carol"))
    break_connection(store)
    wrapped = stores.FailLoudTrackerStore(store)
    caplog.set_level(logging.DEBUG)
    with pytest.raises(stores.TrackerStoreUnavailable):
        await wrapped.save(tracker_with_message("carol"))
    with pytest.raises(stores.TrackerStoreUnavailable):
        await wrapped.retrieve("carol")
    assert wrapped._fallback_tracker_store is None  # nothing went to memory
    assert "tracker store write failed: OperationalError" in caplog.text
    assert SECRET_TEXT not in caplog.text and "carol" not in caplog.text


def test_install_makes_rasa_use_the_loud_wrapper(monkeypatch):
    import rasa.core.agent

    monkeypatch.setattr(rasa.core.agent, "FailSafeTrackerStore", FailSafeTrackerStore)
    stores.install()
    from rasa.core.tracker_store import InMemoryTrackerStore

    wrapped = rasa.core.agent.Agent._create_tracker_store(
        InMemoryTrackerStore(Domain.empty()), Domain.empty()
    )
    assert isinstance(wrapped, stores.FailLoudTrackerStore)


def test_production_store_deletes_on_request_and_purge_connects_where_rasa_does(
    postgres_db, monkeypatch, tmp_path
):
    from assistant.privacy import purge
    from assistant.privacy.stores import PrivateSQLTrackerStore
    from tests.domain_files import REPO_ROOT

    (tmp_path / "pw").write_text("from-a-file\n")
    monkeypatch.setenv("DB_PASSWORD_FILE", str(tmp_path / "pw"))
    config = purge.tracker_store_config(REPO_ROOT / "endpoints.production.yml")
    assert issubclass(stores.PostgresTrackerStore, PrivateSQLTrackerStore)
    assert purge.store_kind(config) == "sql"
    url = purge.engine_for(config).url
    assert (url.host, url.port, url.database, url.username) == (
        "127.0.0.1",
        5432,
        postgres_db,
        "postgres",
    )
    assert url.password == "from-a-file"
    assert dict(url.query) == {"sslmode": "disable", "connect_timeout": "2"}
