#!/usr/bin/env bash
# Create (once) the project's virtual environment in .venv and install csdesk into it with
# the given extras, e.g. `scripts/venv.sh test`. Prints the venv's python path.
set -euo pipefail
cd "$(dirname "$0")/.."
extras="${1:-}"
if [ ! -x .venv/bin/python ]; then
  python3 -m venv .venv >&2
  .venv/bin/python -m pip install -q --upgrade pip >&2
fi
spec="."
[ -n "$extras" ] && spec=".[${extras}]"
.venv/bin/python -m pip install -q -e "$spec" >&2
echo "$PWD/.venv/bin/python"
