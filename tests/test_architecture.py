"""The layering rule is a checked contract, not a hope (import-linter, see pyproject)."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_import_contracts_hold():
    runner = "import sys; from importlinter.cli import lint_imports_command as c; sys.exit(c())"
    result = subprocess.run(
        [sys.executable, "-c", runner, "--no-cache"], cwd=ROOT, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout


def test_no_qt_below_the_ui_and_no_sql_in_the_ui():
    """A plain text check too, so that a lazy import inside a function is caught as well."""
    offenders = []
    for path in (ROOT / "csdesk").rglob("*.py"):
        rel = path.relative_to(ROOT / "csdesk").parts
        text = path.read_text(encoding="utf-8")
        if rel[0] != "ui" and ("import PySide6" in text or "from PySide6" in text):
            offenders.append(str(path))
        if rel[0] == "ui" and any(
            w in text
            for w in ("import sqlalchemy", "from sqlalchemy", "import sqlite3", "csdesk.data")
        ):
            offenders.append(str(path))
    assert offenders == []
