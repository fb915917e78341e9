"""The Rasa launcher fills secrets from their files (mounted Secrets), in its own process."""

from __future__ import annotations

from assistant.rasa_server import secrets_from_files


def test_secret_files_fill_the_variables_the_channels_read(tmp_path):
    (tmp_path / "twilio").write_text("twilio-secret\n")
    (tmp_path / "action").write_text("action-secret\n")
    environ = {
        "TWILIO_AUTH_TOKEN_FILE": str(tmp_path / "twilio"),
        "ACTION_SERVER_TOKEN_FILE": str(tmp_path / "action"),
        "SMS_ID_SECRET": "from-the-environment",
    }
    assert sorted(secrets_from_files(environ)) == ["ACTION_SERVER_TOKEN", "TWILIO_AUTH_TOKEN"]
    assert environ["TWILIO_AUTH_TOKEN"] == "twilio-secret"
    assert environ["ACTION_SERVER_TOKEN"] == "action-secret"
    assert environ["SMS_ID_SECRET"] == "from-the-environment"
    assert "WEB_SESSION_SECRET" not in environ


def test_rest_rate_limit_can_be_raised_for_load_tests_only_by_setting(monkeypatch):
    from assistant.channels.rest import SafeRestInput

    monkeypatch.delenv("REST_RATE_PER_MINUTE", raising=False)
    default = SafeRestInput.from_credentials({})
    assert default.limiter.rate == 0.5 and default.limiter.burst == 12
    monkeypatch.setenv("REST_RATE_PER_MINUTE", "6000")
    monkeypatch.setenv("REST_RATE_BURST", "200")
    raised = SafeRestInput.from_credentials({})
    assert raised.limiter.rate == 100 and raised.limiter.burst == 200
