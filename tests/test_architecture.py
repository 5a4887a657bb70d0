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
MYPY_EXEMPT_AT_MOST = 5


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


#: What each area offers the others; every other module of an area is its own business.
#: The composition roots may use them all: the shared part that seeds every area's
#: defaults, the window's shell that puts the pages together, and the demo generators.
AREA_OFFERS = {
    "staff": {"agents", "agent_changes", "agent_index", "headcount"},  # directory, lookup
    "training": {
        "training_status",
        "duty_gate",
        "agent_training_figures",
        "training_figures",
        "training_budget",
    },
    "complaints": {"complaint_verdicts", "seeded_vocabulary", "complaint_review", "complaint_list"},
    "performance": {
        "kpis",
        "qa",
        "qa_records",
        "qa_rubric_list",
        "manual_kpis",
        "praise",
        "team_kpis",
    },
    "rota": {"rota_month", "week_plan", "week_coverage"},  # attendance; the week; coverage
    "appraisals": {"records"},  # the month's appraisals and its Service Star
    "goals": {"goal_records"},  # the KPIs a goal (or an action's result) may name
    "actions": {"action_records"},  # actions made where the need shows
    "suggestions": {"suggestion_records"},  # rewards on the appraisal
    "coaching": {"coaching_records", "coaching_evidence", "coaching_report"},  # sessions
    "meetings": {"meeting_records", "meeting_agenda", "meeting_report"},
    "today": {"today", "cards", "finder"},
    "accounts": {"access", "users", "signin", "page_rights"},  # the gate; what a role sees
    "audit": {"audit_log", "import_audit", "history_dialog"},  # the trail; a record's history
}


def imported_modules(path: Path) -> set[str]:
    import ast

    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
            found.update(f"{node.module}.{alias.name}" for alias in node.names)
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
    return found


def test_an_area_uses_only_what_another_area_offers():
    """Areas stay rooms: staff may use training's duty gate, not its session forms."""
    offenders = []
    for layer in ("services", "ui"):
        for path in (ROOT / "csdesk" / layer).rglob("*.py"):
            parts = path.relative_to(ROOT / "csdesk" / layer).parts
            own = parts[0] if len(parts) > 1 else None
            if own in (None, "demo"):
                continue
            for module in imported_modules(path):
                bits = module.split(".")
                if len(bits) != 4 or bits[:2] != ["csdesk", "services"]:
                    continue
                area, name = bits[2], bits[3]
                if area == own or area not in AREA_OFFERS:
                    continue
                if layer == "ui" and own == area:
                    continue
                if name not in AREA_OFFERS[area]:
                    offenders.append(f"{path.relative_to(ROOT)} -> {module}")
    assert offenders == []


def test_modules_stay_small():
    """One job per module: none over 400 lines, and the median at most 120 (issue 18).

    Counted as ``wc -l`` counts, over every module but ``__init__.py`` and migrations.
    """
    from statistics import median

    sizes = {
        path.relative_to(ROOT).as_posix(): len(path.read_text(encoding="utf-8").splitlines())
        for path in (ROOT / "csdesk").rglob("*.py")
        if path.name != "__init__.py" and "migrations" not in path.parts
    }
    assert [name for name, lines in sizes.items() if lines > 400] == []
    assert median(sizes.values()) <= 120
