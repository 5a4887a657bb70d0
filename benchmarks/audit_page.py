"""The Audit page on a long trail: opening it and one keystroke of its search.

    python benchmarks/audit_page.py [--entries 200000] [--runs 7]

Builds a shop whose audit trail holds ``--entries`` entries (years of re-imports: field
changes of agents and complaints, each chained by hash as the services write them),
then times on the offscreen platform what the GUI thread does: the page reading the
trail (the newest entries, the count, the filter lists) and filling its table, and a
search as the user types (after the typing pause). Medians are quoted; DESIGN.md's
budget for any action on the GUI thread is 100 ms.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

BUDGET_MS = 100.0


def _fill(db, entries: int) -> None:
    """Append ``entries`` chained entries through the service (as imports write them)."""
    from csdesk.services.audit.audit_log import record

    batch = 5000
    for first in range(0, entries, batch):
        with db.write() as session:
            for n in range(first, min(first + batch, entries)):
                agent = f"CS{n % 50:03d}"
                record(session, "import_change", "complaints" if n % 3 else "staff",
                       f"TS-2024-{n:05d}" if n % 3 else agent, "priority" if n % 3 else "post",
                       "normal", "urgent", f"export-{n // 400}.csv, line {n % 400 + 2}",
                       user="主管")  # fmt: skip


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=200_000)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory() as folder:
        os.environ.setdefault("CSDESK_DATA_DIR", str(Path(folder) / "userdata"))
        import shiboken6
        from PySide6.QtWidgets import QApplication

        from csdesk.services.database import open_database
        from csdesk.ui.audit.audit_view import AuditView

        db = open_database(Path(folder) / "shop.sqlite3")
        _fill(db, args.entries)
        app = QApplication.instance() or QApplication([])
        view = AuditView(db)
        view.resize(1180, 600)
        view.show()
        from csdesk.services.audit import audit_query

        timings: dict[str, list[float]] = {}

        def timed(name: str, fn):
            begin = time.perf_counter()
            value = fn()
            app.processEvents()
            timings.setdefault(name, []).append((time.perf_counter() - begin) * 1000)
            return value

        for _run in range(args.runs + 1):
            timed("filter lists (GUI thread)", view.fill_filters)
            found = timed(
                "newest entries (background)", lambda: audit_query.find(db, view.wanted())
            )
            timed("fill the table (GUI thread)", lambda f=found: view.show_found(f))
            view.search.blockSignals(True)
            view.search.setText("TS-2024-1234")
            found = timed("a search (background)", lambda: audit_query.find(db, view.wanted()))
            timed("show its result (GUI thread)", lambda f=found: view.show_found(f))
            view.search.clear()
            view.search.blockSignals(False)
            view.key = "CS001"  # a record's History…: key and the keys it begins
            timed("an agent's history (GUI thread)", lambda: view.reload())
            view.key = ""
        view.close()
        shiboken6.delete(view)  # before the application goes: no crash at exit
        db.close()
    print(
        f"entries in the trail: {args.entries:,}; the page shows the newest "
        f"{audit_query.PAGE_LIMIT:,}; GUI-thread budget {BUDGET_MS:.0f} ms"
    )
    for name, values in timings.items():
        print(f"  {name:34s} median {statistics.median(values[1:]):7.1f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
