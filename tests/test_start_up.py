"""What start-up does to be fast may not cost safety: the early health check and the GC.

The time itself is measured by ``benchmarks/startup.py``, not here.
"""

import subprocess
import sys

from csdesk.data import health
from csdesk.services.database import open_database
from csdesk.services.errors import DatabaseDamaged
from csdesk.services.staff import agent_changes
from csdesk.services.staff import agents as staff


def counting_checks(monkeypatch) -> list[str]:
    calls: list[str] = []
    real = health._check

    def counted(path, *, full):
        calls.append(str(path))
        return real(path, full=full)

    monkeypatch.setattr(health, "_check", counted)
    return calls


def test_an_early_check_of_an_unchanged_shop_is_used_once(db_path, monkeypatch):
    open_database(db_path).close()
    calls = counting_checks(monkeypatch)
    health.start_quick_check(db_path)
    open_database(db_path).close()  # collects the early verdict
    assert len(calls) == 1
    open_database(db_path).close()  # a later open checks again
    assert len(calls) == 2


def test_a_shop_written_after_the_early_check_is_checked_again(db_path, monkeypatch):
    db = open_database(db_path)
    calls = counting_checks(monkeypatch)
    health.start_quick_check(db_path)
    health._early[db_path.resolve()].thread.join()
    agent_changes.create_agent(db, staff.AgentData("A1", "王芳"))  # lands in the WAL
    db.close()
    open_database(db_path).close()
    assert len(calls) == 2


def test_a_shop_damaged_after_the_early_check_is_refused(db_path):
    open_database(db_path).close()
    health.start_quick_check(db_path)
    health._early[db_path.resolve()].thread.join()
    with db_path.open("r+b") as raw:  # another program scribbles over the pages
        raw.seek(4096)
        raw.write(b"\xff" * 8192)
    try:
        open_database(db_path).close()
    except DatabaseDamaged:
        return
    raise AssertionError("a damaged shop was opened on a stale verdict")


def test_an_early_check_of_a_missing_or_empty_file_is_not_started(tmp_path):
    empty = tmp_path / "empty.sqlite3"
    empty.touch()
    health.start_quick_check(tmp_path / "missing.sqlite3")
    health.start_quick_check(empty)
    assert not [path for path in health._early if path.parent == tmp_path.resolve()]


def test_the_start_path_loads_no_heavy_module_and_leaves_the_collector_on(demo_db, db_path):
    """matplotlib, reportlab, openpyxl and the demo generators load when first used.

    In a child process: a window run to its end in the test process would leave Qt's
    application finished for the tests that follow.
    """
    demo_db.close()
    probe = (
        "import gc, sys\n"
        "from pathlib import Path\n"
        "from csdesk.ui.app import run_gui\n"
        f"assert run_gui(Path({str(db_path)!r}), 'en', exit_when_ready=True) == 0\n"
        "heavy = ('matplotlib', 'reportlab', 'openpyxl', 'csdesk.services.demo', 'pypdfium2')\n"
        "loaded = sorted(m for m in heavy if m in sys.modules)\n"
        "print(loaded, gc.isenabled(), gc.get_freeze_count())\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=120, check=True
    )
    assert result.stdout.strip().splitlines()[-1] == "[] True 0"
