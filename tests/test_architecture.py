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


#: Modules mypy is told to skip (pyproject.toml); the list may only shrink.
MYPY_EXEMPT_AT_MOST = 33


def test_the_type_checker_passes_and_its_exemptions_only_shrink():
    import tomllib

    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    exempt = [
        module
        for override in config["tool"]["mypy"]["overrides"]
        if override.get("ignore_errors")
        for module in override["module"]
    ]
    assert len(exempt) <= MYPY_EXEMPT_AT_MOST, "a module joined the exempted list"
    assert not [m for m in exempt if m.startswith(("csdesk.domain", "csdesk.common"))]
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--no-incremental"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_services_and_ui_keep_their_rooms():
    """At most 12 modules directly in services/ and ui/; the rest live in area packages."""
    for layer in ("services", "ui"):
        direct = [p.name for p in (ROOT / "csdesk" / layer).glob("*.py") if p.name != "__init__.py"]
        assert len(direct) <= 12, (layer, sorted(direct))
    for init in (ROOT / "csdesk").rglob("__init__.py"):
        code = [
            line
            for line in init.read_text(encoding="utf-8").splitlines()
            if line.startswith(("import ", "from "))
        ]
        assert code == [], f"{init} re-exports: an area is imported by name"
