#!/usr/bin/env bash
# supervise.sh NAME PIDFILE COMMAND...: run COMMAND, and start it again whenever it stops
# (a crash, a kill), so one dead server does not take the others down (scripts/run.sh).
# SIGTERM or SIGINT to this script stops the child and this loop. Restarts wait 1 s, doubling
# up to 30 s while the child keeps dying within 10 s of its start. When the file named by
# SUPERVISE_STOP_FILE exists, a child that stopped is not restarted: on Ctrl-C the terminal
# signals every process at once, and a background script (SIGINT ignored) must not restart a
# server that is meant to stop; the caller creates that file first.
set -uo pipefail
name="$1"; pidfile="$2"; shift 2
child=""
stopping=""
stop() {
  stopping=1
  [ -n "$child" ] && kill "$child" 2>/dev/null
}
trap stop INT TERM
delay=1
while [ -z "$stopping" ]; do
  started=$SECONDS
  "$@" &
  child=$!
  echo "$child" > "$pidfile"
  wait "$child"; status=$?
  # A signal to this script interrupts the first wait; the child may still be stopping.
  [ -n "$stopping" ] && { wait "$child" 2>/dev/null; break; }
  if (( SECONDS - started > 10 )); then delay=1; fi
  sleep "$delay" & wait $! 2>/dev/null
  if [ -n "$stopping" ] || [ -e "${SUPERVISE_STOP_FILE:-/nonexistent}" ]; then break; fi
  echo "==> $name stopped (exit $status); restarted after ${delay} s" >&2
  (( delay = delay * 2 > 30 ? 30 : delay * 2 ))
done
rm -f "$pidfile"
