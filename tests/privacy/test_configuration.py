"""The endpoints `make run` uses give Rasa the store that forgets, exactly as Rasa loads a
custom tracker store, and the assistant's words follow the same period."""

from __future__ import annotations

from rasa.core.tracker_store import TrackerStore
from rasa.utils.endpoints import read_endpoint_config

from assistant import retention
from assistant.privacy.purge import store_kind
from assistant.privacy.stores import PrivateInMemoryTrackerStore
from tests.domain_files import REPO_ROOT


def test_make_run_endpoints_load_the_store_that_forgets(monkeypatch):
    monkeypatch.setenv("RETENTION_HOURS", "6")
    config = read_endpoint_config(str(REPO_ROOT / "endpoints.yml"), "tracker_store")
    store = TrackerStore.create(config)
    assert isinstance(store, PrivateInMemoryTrackerStore)
    assert store.max_age == 6 * 3600
    assert store_kind(config) == "memory"


def test_make_run_tells_the_action_server_it_keeps_conversations_in_memory():
    script = (REPO_ROOT / "scripts" / "run.sh").read_text(encoding="utf-8")
    assert 'export TRACKER_STORE="${TRACKER_STORE:-memory}"' in script
    said = retention.what_is_kept("socketio", {"TRACKER_STORE": "memory"})
    assert "deleted within 24 hours of your last message" in said


def test_the_production_store_loads_from_an_endpoints_file(tmp_path, monkeypatch, pg_database):
    """What endpoints.production.yml should say (docs/privacy.md): Rasa's SQL settings, with
    `type: assistant.privacy.stores.PrivateSQLTrackerStore`."""
    from assistant.privacy.stores import PrivateSQLTrackerStore

    endpoints = tmp_path / "endpoints.yml"
    endpoints.write_text(
        "tracker_store:\n  type: assistant.privacy.stores.PrivateSQLTrackerStore\n"
        "  dialect: postgresql\n  url: ${DB_HOST}\n  port: ${DB_PORT}\n  db: ${DB_NAME}\n"
        "  username: ${DB_USER}\n"
    )
    for name, value in {"DB_HOST": "127.0.0.1", "DB_PORT": "5432", "DB_NAME": pg_database,
                        "DB_USER": "postgres"}.items():  # fmt: skip
        monkeypatch.setenv(name, value)
    config = read_endpoint_config(str(endpoints), "tracker_store")
    store = TrackerStore.create(config)
    try:
        assert isinstance(store, PrivateSQLTrackerStore)
        assert store.engine.url.database == pg_database
        assert store_kind(config) == "sql"
    finally:
        store.engine.dispose()
