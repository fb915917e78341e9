"""Where the API token comes from and how the Rasa server is started with it (point 5)."""

from __future__ import annotations

import jwt
import pytest

from assistant.api_token import admin_jwt, bearer_matches, load_token
from assistant.rasa_server import LaunchError, rasa_arguments

SECRET = "a-test-token-with-32-or-more-bytes!!"  # noqa: S105 - a test value


def test_token_from_a_file_wins_over_the_environment(tmp_path):
    path = tmp_path / "token"
    path.write_text(f"  {SECRET}\n")
    environ = {"RASA_API_TOKEN_FILE": str(path), "RASA_API_TOKEN": "other"}
    assert load_token(environ) == SECRET
    assert load_token({"RASA_API_TOKEN": " other "}) == "other"
    assert load_token({}) == ""


@pytest.mark.parametrize("option", ["--auth-token", "--jwt-secret", "--jwt-private-key"])
def test_secrets_on_the_command_line_are_refused(option):
    with pytest.raises(LaunchError):
        rasa_arguments(["run", option, "x"], {"RASA_API_TOKEN": SECRET})
    with pytest.raises(LaunchError):
        rasa_arguments(["run", f"{option}=x"], {})


def test_the_api_needs_a_token_and_gets_it_as_the_jwt_secret():
    with pytest.raises(LaunchError):
        rasa_arguments(["run", "--enable-api"], {})
    arguments = rasa_arguments(["run", "--enable-api"], {"RASA_API_TOKEN": SECRET})
    assert arguments == ["run", "--enable-api", "--jwt-secret", SECRET, "--jwt-method", "HS256"]
    assert rasa_arguments(["run"], {"RASA_API_TOKEN": SECRET}) == ["run"]


def test_admin_jwt_is_short_lived_and_signed_with_the_token():
    token = admin_jwt(SECRET, now=1_000_000)
    claims = jwt.decode(token, SECRET, algorithms=["HS256"], options={"verify_exp": False})
    assert claims["user"]["role"] == "admin"
    assert claims["exp"] - claims["iat"] <= 300
    with pytest.raises(jwt.InvalidSignatureError):
        jwt.decode(token, "another secret", algorithms=["HS256"], options={"verify_exp": False})


def test_bearer_only():
    assert bearer_matches(f"Bearer {SECRET}", SECRET)
    assert not bearer_matches(f"Basic {SECRET}", SECRET)
    assert not bearer_matches("Bearer ", SECRET)
    assert not bearer_matches(f"Bearer {SECRET}", "")
