#!/usr/bin/env bash
# Install everything the tests need (system libraries, .venv with the test extras) and run
# the whole suite: ruff, then pytest (offscreen Qt; it also checks the translations).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
cd "$here/.."
"$here/system-deps.sh"
python="$("$here/venv.sh" test)"
bin="$(dirname "$python")"
export PATH="$bin:$PATH" QT_QPA_PLATFORM=offscreen PYTHONFAULTHANDLER=1
"$bin/ruff" check .
"$bin/ruff" format --check .
exec "$python" -m pytest "$@"
