#!/usr/bin/env bash
# `make stack`: the production topology on this machine, without Docker (docs/production.md).
#   nginx: public http://localhost:8090/ (widget files, /socket.io/, SMS webhook) and the
#          internal 127.0.0.1:8091 (REST webhook), config generated into a private run dir;
#   2 Rasa instances (127.0.0.1:5015, :5016) via assistant.rasa_server with
#          endpoints.production.yml: the machine's PostgreSQL (database assistant_stack) and
#          Redis (db 1, prefix "stack");
#   the action server (127.0.0.1:5065) with a shared token.
# Every server runs under scripts/supervise.sh (restarted when it dies). Ctrl-C stops all.
# The ports of `make run` (5005, 5055, 8080) stay free.
set -euo pipefail
cd "$(dirname "$0")/.."
VENV_BIN="$PWD/.venv/bin"
PY="$VENV_BIN/python"
set -a; . scripts/env; set +a  # the project's environment (also the Makefile's)
export PYTHONPATH="$PWD"
export SANIC_HOST=127.0.0.1

RASA_PORTS=(${STACK_RASA_PORTS:-5015 5016})
ACTION_PORT="${STACK_ACTION_PORT:-5065}"
PUBLIC_URL="${STACK_PUBLIC_URL:-http://localhost:8090}"
NGINX="${NGINX:-$(command -v nginx || echo /usr/sbin/nginx)}"

RUN_DIR="$(mktemp -d)"
chmod 700 "$RUN_DIR"
secret_file() {  # 24 random bytes, hex, mode 600
  (umask 077 && head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n' > "$RUN_DIR/$1")
  echo "$RUN_DIR/$1"
}
export RASA_API_TOKEN_FILE="${RASA_API_TOKEN_FILE:-$(secret_file api-token)}"
export ACTION_SERVER_TOKEN_FILE="${ACTION_SERVER_TOKEN_FILE:-$(secret_file action-token)}"
# Both instances must accept each other's web chat session tokens.
export WEB_SESSION_SECRET="${WEB_SESSION_SECRET:-$(head -c 32 /dev/urandom | od -An -tx1 | tr -d ' \n')}"
export WEB_ALLOWED_ORIGINS="${WEB_ALLOWED_ORIGINS:-$PUBLIC_URL}"
export ACTION_SERVER_URL="http://127.0.0.1:$ACTION_PORT/webhook"
export DB_HOST="${DB_HOST:-127.0.0.1}" DB_PORT="${DB_PORT:-5432}" DB_USER="${DB_USER:-postgres}"
export DB_NAME="${DB_NAME:-assistant_stack}" DB_SSLMODE="${DB_SSLMODE:-prefer}"
export REDIS_HOST="${REDIS_HOST:-127.0.0.1}" REDIS_PORT="${REDIS_PORT:-6379}"
export REDIS_DB="${REDIS_DB:-1}" REDIS_KEY_PREFIX="${REDIS_KEY_PREFIX:-stack}"
export TRACKER_STORE=sql  # what the assistant tells people about storage (assistant/retention.py)

STOP_MESSAGE="Stopping the stack..."
# shellcheck source=scripts/servers.sh
source scripts/servers.sh  # supervised NAME COMMAND...; Ctrl-C stops them all

# The stack's own database on the machine's PostgreSQL (created once, kept between runs;
# `make purge` applies the retention period to it).
"$PY" -m assistant.stack.database

rasa_addresses=()
for port in "${RASA_PORTS[@]}"; do rasa_addresses+=(--rasa "127.0.0.1:$port"); done
"$PY" -m assistant.stack.nginx --run-dir "$RUN_DIR" --web-root web "${rasa_addresses[@]}" \
  --public-url "$PUBLIC_URL" >/dev/null

ACTION_SERVER_HOST=127.0.0.1 SANIC_REQUEST_MAX_SIZE=8388608 \
  supervised actions "$PY" -m assistant.action_server --port "$ACTION_PORT"
for port in "${RASA_PORTS[@]}"; do
  supervised "rasa-$port" "$PY" -m assistant.rasa_server run --model models/current.tar.gz \
    --interface 127.0.0.1 --port "$port" --credentials credentials.yml \
    --endpoints endpoints.production.yml --enable-api
done
supervised nginx "$NGINX" -c "$RUN_DIR/nginx.conf" -p "$RUN_DIR" -e "$RUN_DIR/nginx-error.log"

for port in "${RASA_PORTS[@]}"; do
  ready=""
  for _ in $(seq 1 180); do
    if curl -fs "http://127.0.0.1:$port/webhooks/ready/" >/dev/null 2>&1; then ready=1; break; fi
    sleep 1
  done
  if [ -z "$ready" ]; then
    echo "The Rasa instance on port $port is not ready after 180 s:" >&2
    curl -s "http://127.0.0.1:$port/webhooks/ready/" >&2 || true
    exit 1
  fi
done
echo "$RUN_DIR" > "${STACK_RUN_DIR_FILE:-/dev/null}"
cat <<MSG

  The stack is running (nginx in front of ${#RASA_PORTS[@]} Rasa instances).
    Chat in the browser (public):   $PUBLIC_URL/
    SMS webhook (public):           POST $PUBLIC_URL/webhooks/sms/webhook
    REST channel (internal only):   POST http://127.0.0.1:8091/webhooks/rest/webhook
                                    curl -s 127.0.0.1:8091/webhooks/rest/webhook \\
                                      -H "Authorization: Bearer \$(cat $RASA_API_TOKEN_FILE)" \\
                                      -d '{"sender":"me","message":"hi"}'
    Readiness of each instance:     $(for p in "${RASA_PORTS[@]}"; do printf 'http://127.0.0.1:%s/webhooks/ready/  ' "$p"; done)
    Conversations:                  PostgreSQL $DB_HOST:$DB_PORT/$DB_NAME; lock: Redis $REDIS_HOST:$REDIS_PORT db $REDIS_DB
  Press Ctrl-C to stop.

MSG
wait
