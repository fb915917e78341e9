#!/usr/bin/env bash
# Print the path of a working Python 3.10 (Rasa 3.6 supports 3.8-3.10), or explain and fail.
set -u
if command -v python3.10 >/dev/null 2>&1 && python3.10 -c 'import sys' >/dev/null 2>&1; then
  command -v python3.10; exit 0
fi
if command -v pyenv >/dev/null 2>&1; then
  version=$(pyenv versions --bare 2>/dev/null | grep '^3\.10' | tail -1)
  if [ -n "$version" ]; then
    path=$(PYENV_VERSION="$version" pyenv which python3.10 2>/dev/null)
    if [ -n "$path" ] && "$path" -c 'import sys' >/dev/null 2>&1; then echo "$path"; exit 0; fi
  fi
fi
echo "No working Python 3.10 found. Install it (e.g. 'pyenv install 3.10.13' or your OS package python3.10) and run make again." >&2
exit 1
