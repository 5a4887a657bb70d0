#!/usr/bin/env bash
# Install everything the tests need (system libraries, .venv with the test extras) and run
# the whole suite: ruff, then pytest (offscreen Qt; it also checks the translations).
# With CSDESK_TEST_PG naming a PostgreSQL server, the tests that use a shop then run
# again with every shop on that server (tests/engines.py).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
cd "$here/.."
"$here/system-deps.sh"
python="$("$here/venv.sh" test)"
bin="$(dirname "$python")"
export PATH="$bin:$PATH" QT_QPA_PLATFORM=offscreen PYTHONFAULTHANDLER=1
"$bin/ruff" check .
"$bin/ruff" format --check .
"$python" -m pytest "$@"
if [[ -n "${CSDESK_TEST_PG:-}" ]]; then
    echo "== the same tests with every shop on the PostgreSQL server =="
    CSDESK_TEST_ENGINE=postgresql "$python" -m pytest "$@"
fi
