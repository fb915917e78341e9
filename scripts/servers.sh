# Sourced by run.sh and stack.sh: start servers under scripts/supervise.sh in RUN_DIR, and stop
# all of them on Ctrl-C. Needs RUN_DIR; STOP_MESSAGE is what Ctrl-C prints.
export SUPERVISE_STOP_FILE="$RUN_DIR/stopping"
pids=()
stop_all() {
  trap - INT TERM EXIT
  echo; echo "${STOP_MESSAGE:-Stopping...}"
  touch "$SUPERVISE_STOP_FILE"
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  rm -rf "$RUN_DIR"
  exit 0  # a trap returns to where the script was (e.g. still waiting for the servers)
}
supervised() {  # supervised NAME COMMAND...
  local name="$1"; shift
  scripts/supervise.sh "$name" "$RUN_DIR/$name.pid" "$@" &
  pids+=($!)
}
trap stop_all INT TERM EXIT
