#!/usr/bin/env bash
# Start the action server (:5055), the Rasa server (:5005) and the web page (:8080).
# Each runs under scripts/supervise.sh: a server that crashes or is killed is started again,
# and the others keep going (crisis answers come from Rasa's static responses, so they never
# wait for the action server). Ctrl-C stops all of them. Called by `make run` after training.
set -euo pipefail
cd "$(dirname "$0")/.."
VENV_BIN="$PWD/.venv/bin"
set -a; . scripts/env; set +a  # the project's environment (also the Makefile's)
export PYTHONPATH="$PWD"
# Local only: every server listens on the loopback interface.
export SANIC_HOST=127.0.0.1
# What the assistant says is kept follows the tracker store (assistant/retention.py):
# endpoints.yml uses the in-memory store that forgets after RETENTION_HOURS.
export TRACKER_STORE="${TRACKER_STORE:-memory}"
# One token protects Rasa's HTTP API (the staff console reads turns with it) and the REST
# channel. It lives in a private file, never on a command line (`ps` shows command lines to
# every user); it travels only in an Authorization header. See docs/security.md.
RUN_DIR="$(mktemp -d)"
if [ -z "${RASA_API_TOKEN_FILE:-}" ] && [ -z "${RASA_API_TOKEN:-}" ]; then
  export RASA_API_TOKEN_FILE="$RUN_DIR/api-token"
  (umask 077 && head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n' > "$RASA_API_TOKEN_FILE")
fi
export RASA_URL="${RASA_URL:-http://127.0.0.1:5005}"

# shellcheck source=scripts/servers.sh
source scripts/servers.sh  # supervised NAME COMMAND...; Ctrl-C stops them all

# Request bodies: the action server gets trackers (8 MiB); the Rasa server 1 MiB
# (assistant.rasa_server); the web server 64 KiB (assistant.web_server).
# The action server (assistant.action_server: rasa-sdk on 127.0.0.1, a token when one is set).
SANIC_REQUEST_MAX_SIZE=8388608 supervised actions "$VENV_BIN/python" -m assistant.action_server \
  --port 5055
supervised rasa "$VENV_BIN/python" -m assistant.rasa_server run --model models/current.tar.gz \
  --interface 127.0.0.1 --port 5005 --credentials credentials.yml --endpoints endpoints.yml \
  --enable-api --cors "http://localhost:8080" --cors "http://127.0.0.1:8080"
RASA_SOCKET_URL=http://localhost:5005 supervised web "$VENV_BIN/python" -m assistant.web_server \
  --port 8080 --mount assistant.staff.console:mount

for _ in $(seq 1 120); do
  if curl -fs http://localhost:5005/ >/dev/null 2>&1; then break; fi
  sleep 1
done
cat <<MSG

  The assistant is running.
    Chat in the browser:    http://localhost:8080/
    Staff console:          http://localhost:8080/staff/   (set STAFF_TOKEN before make run)
    REST channel:           POST http://localhost:5005/webhooks/rest/webhook (token in a header)
                            curl -s localhost:5005/webhooks/rest/webhook \\
                              -H "Authorization: Bearer \$(cat ${RASA_API_TOKEN_FILE:-<your token file>})" \\
                              -d '{"sender":"me","message":"hi"}'
    SMS (Twilio) webhook:   POST http://localhost:5005/webhooks/sms/webhook
    Action server health:   http://localhost:5055/health
    Readiness:              http://localhost:5005/webhooks/ready/
  A server that stops is started again. Press Ctrl-C to stop.

MSG
wait
