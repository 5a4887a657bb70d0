#!/usr/bin/env bash
# Install csdesk (system libraries if missing, then a .venv) and open the window.
# Extra arguments go to csdesk, e.g. `scripts/run.sh --lang zh_CN`.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
"$here/system-deps.sh"
python="$("$here/venv.sh" server)"  # the shared-server support: psycopg, keyring
exec "$python" -m csdesk "$@"
