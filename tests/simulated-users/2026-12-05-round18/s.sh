#!/bin/bash
# send one message as person $1, append verbatim to log
p=$1; shift; msg="$1"
out=$(python3 /work/eval18/say.py "$p" "$msg" 2>&1)
{ printf '**USER:** %s\n\n```\n%s\n```\n\n' "$msg" "$out"; } >> /work/eval18/log/$p.md
echo "$out"
