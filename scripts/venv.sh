#!/usr/bin/env bash
# Create (once) the project's virtual environment in .venv and install csdesk into it with
# the given extras, e.g. `scripts/venv.sh test`. Prints the venv's python path.
#
# Installs again only when pyproject.toml or the extras changed since the last install
# (csdesk itself is installed editable), so a start needs no package index once installed.
set -euo pipefail
cd "$(dirname "$0")/.."
extras="${1:-}"
python3 - <<'PY' || exit 1
import sys
if sys.version_info < (3, 11):
    found = ".".join(map(str, sys.version_info[:3]))
    sys.exit(f"csdesk needs Python 3.11 or newer; this python3 is {found}. "
             "Install a newer Python (on Debian/Ubuntu: apt install python3), then run again.")
PY
if [ ! -x .venv/bin/python ]; then
  python3 -m venv .venv >&2
  .venv/bin/python -m pip install -q --upgrade pip >&2
fi
stamp=".venv/.csdesk-installed"
wanted="$(sha256sum pyproject.toml | cut -d' ' -f1) ${extras}"
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$wanted" ]; then
  spec="."
  [ -n "$extras" ] && spec=".[${extras}]"
  .venv/bin/python -m pip install -q -e "$spec" >&2
  echo "$wanted" > "$stamp"
fi
echo "$PWD/.venv/bin/python"
