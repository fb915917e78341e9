"""Start `rasa run` without putting a secret on the command line, with a request-size limit.

    python -m assistant.rasa_server run --model models/current.tar.gz --enable-api ...

- The API secret comes from RASA_API_TOKEN_FILE or RASA_API_TOKEN (assistant.api_token) and is
  handed to Rasa in-process as its JWT secret, so `ps` shows no secret and the HTTP API accepts
  only `Authorization: Bearer <JWT>`, never `?token=`. `--auth-token` and `--jwt-secret` on the
  command line are refused; `--enable-api` without a secret is refused (an open API can read
  and rewrite every conversation).
- Request bodies: Sanic's default is 100 MB; this sets SANIC_REQUEST_MAX_SIZE (1 MiB unless the
  environment says otherwise), checked before a body is read.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping

from assistant.api_token import JWT_METHOD, TOKEN_ENV, TOKEN_FILE_ENV, load_token

MAX_REQUEST_BYTES = 1024 * 1024  # a 200,000-character message still gets its polite refusal
SECRET_OPTIONS = ("--auth-token", "--jwt-secret", "--jwt-private-key")


class LaunchError(SystemExit):
    pass


def rasa_arguments(argv: list[str], environ: Mapping[str, str]) -> list[str]:
    """The arguments to give Rasa: the caller's, plus the JWT secret when the API is on."""
    for argument in argv:
        if argument.split("=", 1)[0] in SECRET_OPTIONS:
            raise LaunchError(
                f"{argument.split('=', 1)[0]} on the command line is visible to every user of "
                f"this machine: put the secret in {TOKEN_FILE_ENV} (a file) or {TOKEN_ENV}."
            )
    token = load_token(environ)
    if "--enable-api" not in argv:
        return list(argv)
    if not token:
        raise LaunchError(f"--enable-api needs {TOKEN_FILE_ENV} or {TOKEN_ENV}.")
    return [*argv, "--jwt-secret", token, "--jwt-method", JWT_METHOD]


# Secrets the channels read from the environment; `<NAME>_FILE` (a mounted Secret) fills them
# in this process only, so no secret needs to be in a container's environment.
SECRETS_FROM_FILES = (
    "ACTION_SERVER_TOKEN",
    "WEB_SESSION_SECRET",
    "TWILIO_AUTH_TOKEN",
    "SMS_ID_SECRET",
)


def secrets_from_files(environ) -> list[str]:
    """Set each NAME from NAME_FILE when the file is given; returns the names set."""
    from assistant.settings import has_secret_file, secret

    filled = []
    for name in SECRETS_FROM_FILES:
        if has_secret_file(name, environ):
            environ[name] = secret(name, environ=environ)
            filled.append(name)
    return filled


def install_production_behaviour(environ) -> None:
    """In this process only: action calls time out in seconds; a tracker store failure is an
    error, never a silent fallback to memory; secrets from their files (see
    SECRETS_FROM_FILES); the model runs with assistant.runtime.
    See docs/production.md."""
    from assistant import action_timeout, runtime
    from assistant.stores import tracker_store

    runtime.install()
    action_timeout.install(environ)
    tracker_store.install()
    secrets_from_files(environ)


def main(argv: list[str] | None = None) -> None:
    argv = list(sys.argv[1:] if argv is None else argv)
    arguments = rasa_arguments(argv, os.environ)
    os.environ.setdefault("SANIC_REQUEST_MAX_SIZE", str(MAX_REQUEST_BYTES))
    install_production_behaviour(os.environ)
    from rasa.__main__ import main as rasa_main

    sys.argv = ["rasa", *arguments]  # in this process only: /proc/<pid>/cmdline is unchanged
    rasa_main()


if __name__ == "__main__":
    main()
