"""Issue 11 point 9: what the assistant says is kept is true for the deployment answering."""

from __future__ import annotations

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.summary import ActionTellItOnce
from assistant import retention
from assistant.content import value
from assistant.content.responses import all_responses


@pytest.mark.parametrize(
    "environ,kind",
    [
        ({"TRACKER_STORE": "memory"}, "memory"),
        ({"TRACKER_STORE": "SQL"}, "sql"),
        ({"DB_HOST": "db.internal"}, "sql"),  # endpoints.production.yml's settings present
        ({}, "unknown"),
        ({"TRACKER_STORE": "redis?"}, "unknown"),
    ],
)
def test_store_kind_from_the_deployment(environ, kind):
    assert retention.store_kind(environ) == kind


def test_production_says_deleted_within_the_configured_hours():
    said = retention.what_is_kept(None, {"TRACKER_STORE": "sql", "RETENTION_HOURS": "12"})
    assert "deleted within 12 hours" in said
    default = retention.what_is_kept(None, {"TRACKER_STORE": "sql"})
    assert f"deleted within {value('privacy.retention_hours')} hours" in default


def test_memory_store_says_when_it_forgets():
    """The in-memory store of `make run` forgets after RETENTION_HOURS or at a restart
    (assistant.privacy.stores.PrivateInMemoryTrackerStore), and says so."""
    said = retention.what_is_kept("socketio", {"TRACKER_STORE": "memory", "RETENTION_HOURS": "6"})
    assert "deleted within 6 hours of your last message" in said
    assert "server restarts" in said and "provider" not in said


@pytest.mark.parametrize("kind", ["memory", "sql", "unknown"])
def test_sms_also_says_the_phone_and_the_provider_keep_texts(kind):
    said = retention.what_is_kept("sms", {"TRACKER_STORE": kind})
    assert "Your phone and our text message provider keep the texts" in said


def test_no_response_claims_nothing_is_kept():
    claims = ("Nothing you told me is kept", "I don't keep it", "nothing is kept")
    found = [
        name
        for name, variants in all_responses().items()
        for variant in variants
        if any(claim.lower() in str(variant.get("text")).lower() for claim in claims)
    ]
    assert not found


async def test_summary_says_what_this_deployment_keeps(monkeypatch):
    monkeypatch.setenv("TRACKER_STORE", "sql")
    monkeypatch.setenv("RETENTION_HOURS", "24")
    tracker = Tracker(
        "test",
        {"lives_in_bc": "yes", "image_situation": "shared"},
        {},
        [{"event": "user", "text": "summary", "input_channel": "sms"}],
        False,
        None,
        {},
        "action_listen",
    )
    dispatcher = CollectingDispatcher()
    await ActionTellItOnce().run(dispatcher, tracker, {})
    texts = [m.get("text") or "" for m in dispatcher.messages]
    assert any("deleted within 24 hours" in t and "provider" in t for t in texts)
