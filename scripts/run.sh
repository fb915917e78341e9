#!/usr/bin/env bash
# Start the action server (:5055), the Rasa server (:5005) and the web page (:8080).
# Ctrl-C stops all of them. Called by `make run` after the model is trained.
set -euo pipefail
cd "$(dirname "$0")/.."
VENV_BIN="$PWD/.venv/bin"
export PYTHONPATH="$PWD" RASA_TELEMETRY_ENABLED=false TF_CPP_MIN_LOG_LEVEL=3
export SQLALCHEMY_SILENCE_UBER_WARNING=1 PYTHONWARNINGS=ignore::DeprecationWarning
# Local only: every server listens on the loopback interface.
export SANIC_HOST=127.0.0.1
# The staff console reads turns through Rasa's HTTP API, which this token protects.
export RASA_API_TOKEN="${RASA_API_TOKEN:-$(head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n')}"
export RASA_URL="${RASA_URL:-http://127.0.0.1:5005}"

pids=()
stop_all() {
  trap - INT TERM EXIT
  echo; echo "Stopping..."
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
}
trap stop_all INT TERM EXIT

"$VENV_BIN/python" -m rasa_sdk --actions actions --port 5055 &
pids+=($!)
"$VENV_BIN/rasa" run --model models/current.tar.gz --interface 127.0.0.1 --port 5005 \
  --credentials credentials.yml --endpoints endpoints.yml \
  --enable-api --auth-token "$RASA_API_TOKEN" \
  --cors "http://localhost:8080" --cors "http://127.0.0.1:8080" &
pids+=($!)
if [ -f assistant/web_server.py ]; then
  RASA_SOCKET_URL=http://localhost:5005 "$VENV_BIN/python" -m assistant.web_server --port 8080 \
    --mount assistant.staff.console:mount &
  pids+=($!)
fi

for _ in $(seq 1 120); do
  if curl -fs http://localhost:5005/ >/dev/null 2>&1; then break; fi
  sleep 1
done
cat <<MSG

  The assistant is running.
    Chat in the browser:    http://localhost:8080/
    Staff console:          http://localhost:8080/staff/   (set STAFF_TOKEN before make run)
    REST channel:           POST http://localhost:5005/webhooks/rest/webhook
                            curl -s localhost:5005/webhooks/rest/webhook -d '{"sender":"me","message":"hi"}'
    SMS (Twilio) webhook:   POST http://localhost:5005/webhooks/sms/webhook
    Action server health:   http://localhost:5055/health
  Press Ctrl-C to stop.

MSG
wait -n "${pids[@]}"
