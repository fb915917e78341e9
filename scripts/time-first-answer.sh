#!/usr/bin/env bash
# How long a newcomer waits: a fresh clone of this repository's HEAD, `make run`, and the
# seconds until the REST channel gives the first answer. Everything is built from nothing
# (new venv, new spaCy pipeline, empty training cache); pip may use this machine's wheel cache,
# as it would on any machine that installed Python packages before.
# Usage: scripts/time-first-answer.sh   (ports 5005, 5055 and 8080 must be free)
set -euo pipefail
REPO="$(cd "$(dirname "$0")/.." && pwd)"
WORK="$(mktemp -d)"
TOKEN="$(head -c 16 /dev/urandom | od -An -tx1 | tr -d ' \n')"
git clone --quiet "$REPO" "$WORK/clone"
cd "$WORK/clone"
started=$(date +%s)
RASA_API_TOKEN="$TOKEN" setsid make run > "$WORK/make-run.log" 2>&1 &
runner=$!
cleanup() { kill -- -"$runner" 2>/dev/null || true; sleep 2; rm -rf "$WORK"; }
trap cleanup EXIT
answer=""
while kill -0 "$runner" 2>/dev/null; do
  answer=$(curl -fs -m 10 localhost:5005/webhooks/rest/webhook -H "Authorization: Bearer $TOKEN" \
    -H 'Content-Type: application/json' -d '{"sender":"first-answer","message":"is it free?"}' \
    2>/dev/null || true)
  if [ -n "$answer" ] && [ "$answer" != "[]" ]; then break; fi
  sleep 2
done
elapsed=$(( $(date +%s) - started ))
if [ -z "$answer" ] || [ "$answer" = "[]" ]; then
  echo "make run stopped before answering; its log:"; tail -30 "$WORK/make-run.log"; exit 1
fi
grep -E "^==>|Training finished" "$WORK/make-run.log" || true
echo "First answer after $((elapsed / 60)) min $((elapsed % 60)) s (goal: 7 min)."
