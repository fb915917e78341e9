"""One settings module, one rule: a set variable wins, then credentials/endpoints, then the
default (assistant/settings.py, docs/settings.md)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from assistant import settings
from assistant.channels.rest import SafeRestInput
from assistant.channels.sms.channel import SmsConfig
from assistant.channels.web.channel import SafeSocketIOInput, resolve_origins

REPO_ROOT = Path(__file__).resolve().parents[2]
# Reading the environment outside assistant/settings.py: passing it on to a child process is
# fine; purge fills the endpoints file's ${VAR} placeholders as Rasa does (any name); the
# launcher writes secrets read from their files into its own environment (for Rasa's ${VAR}).
READS = re.compile(r"os\.getenv|environ\.get\(|environ\[")
ALLOWED = {"assistant/privacy/purge.py": 1, "assistant/rasa_server.py": 1}


@pytest.mark.parametrize(
    ("environ", "configured", "expected"),
    [
        ({"RASA_URL": "http://env"}, "http://file", "http://env"),
        ({"RASA_URL": "  "}, "http://file", "http://file"),
        ({}, "http://file", "http://file"),
        ({}, "", "http://default"),
        ({}, None, "http://default"),
        ({"RASA_URL": " http://env "}, None, "http://env"),
    ],
)
def test_the_environment_wins_then_the_file_then_the_default(environ, configured, expected):
    assert settings.text("RASA_URL", configured, "http://default", environ) == expected


def test_a_secret_file_wins_over_the_variable_and_the_file(tmp_path):
    (tmp_path / "token").write_text("from-file\n")
    environ = {"STAFF_TOKEN_FILE": str(tmp_path / "token"), "STAFF_TOKEN": "from-env"}
    assert settings.secret("STAFF_TOKEN", "from-credentials", environ) == "from-file"
    assert settings.secret("STAFF_TOKEN", "from-credentials", {"STAFF_TOKEN": "e"}) == "e"
    assert settings.secret("STAFF_TOKEN", "from-credentials", {}) == "from-credentials"
    assert settings.secret("STAFF_TOKEN", None, {}) == ""


def test_numbers_are_checked_by_name_never_by_value():
    assert settings.number("DB_PORT", 5432, 1, environ={}) == 5432
    assert settings.number("DB_PORT", 5432, 1, "6000", {}) == 6000
    assert settings.number("DB_PORT", 5432, 1, "6000", {"DB_PORT": "7000"}) == 7000
    with pytest.raises(settings.SettingsError, match="DB_PORT must be a number") as refused:
        settings.number("DB_PORT", 5432, environ={"DB_PORT": "s3cret-typo"})
    assert "s3cret" not in str(refused.value)
    with pytest.raises(settings.SettingsError, match="at least 1"):
        settings.number("DB_PORT", 5432, 1, environ={"DB_PORT": "0"})


def test_an_undocumented_variable_is_a_programming_error():
    with pytest.raises(KeyError, match="VARIABLES"):
        settings.text("NOT_A_SETTING", environ={})


def test_sms_follows_the_rule():
    environ = {"TWILIO_AUTH_TOKEN": "env-token"}
    credentials = {"auth_token": "yml-token", "public_url": "https://yml.example/sms"}
    config = SmsConfig.load(credentials, environ)
    assert config.auth_token == "env-token"  # noqa: S105 - was credentials-first before
    assert config.public_url == "https://yml.example/sms"


def test_web_chat_follows_the_rule(monkeypatch):
    monkeypatch.setenv("WEB_ALLOWED_ORIGINS", "https://env.example")
    monkeypatch.setenv("WEB_MAX_MESSAGE_LENGTH", "300")
    channel = SafeSocketIOInput.from_credentials(
        {"allowed_origins": "https://yml.example", "max_message_length": 500}
    )
    assert channel.allowed_origins == ["https://env.example"]
    assert channel.max_message_length == 300
    assert resolve_origins(["https://yml.example"], {}) == ["https://yml.example"]


def test_web_chat_refuses_session_persistence_off():
    with pytest.raises(ValueError, match="session_persistence"):
        SafeSocketIOInput.from_credentials({"session_persistence": False})
    assert SafeSocketIOInput.from_credentials({"session_persistence": True})


def test_rest_follows_the_rule(monkeypatch):
    monkeypatch.delenv("REST_MAX_MESSAGE_LENGTH", raising=False)
    assert SafeRestInput.from_credentials({"max_message_length": 500}).max_message_length == 500
    monkeypatch.setenv("REST_MAX_MESSAGE_LENGTH", "200")
    assert SafeRestInput.from_credentials({"max_message_length": 500}).max_message_length == 200


def test_postgres_endpoints_keys_fill_in_what_the_environment_leaves_unset():
    configured = {"host": "file-host", "port": "6000", "db": "file-db", "username": None}
    from_file = settings.postgres_settings({}, configured)
    assert (from_file["host"], from_file["port"], from_file["db"]) == ("file-host", 6000, "file-db")
    assert from_file["username"] == "assistant"
    from_env = settings.postgres_settings({"DB_HOST": "env-host", "DB_PORT": "7000"}, configured)
    assert (from_env["host"], from_env["port"]) == ("env-host", 7000)


def test_docs_table_is_the_module_table():
    page = (REPO_ROOT / "docs" / "settings.md").read_text(encoding="utf-8")
    assert settings.markdown_table() in page


def test_no_other_product_module_reads_the_environment():
    found: dict[str, int] = {}
    for folder in ("assistant", "actions"):
        for path in sorted((REPO_ROOT / folder).rglob("*.py")):
            name = path.relative_to(REPO_ROOT).as_posix()
            if name == "assistant/settings.py":
                continue
            count = len(READS.findall(path.read_text(encoding="utf-8")))
            if count:
                found[name] = count
    assert found == ALLOWED
