#!/bin/bash
# usage: t.sh pNN "message"  -- sends one message, appends verbatim to log
id=$1; msg=$2; f=/work/eval75/log/$id.md
out=$(python3 /work/eval75/say.py "$id" "$msg" 2>&1)
printf '**USER:** %s\n```\n%s\n```\n\n' "$msg" "$out" >> "$f"
echo "$out"
