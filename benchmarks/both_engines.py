"""The same shop on SQLite and on a PostgreSQL server, timed side by side in one run.

    python benchmarks/both_engines.py --server postgresql+psycopg://USER@HOST/DB \
        [--complaints 200000] [--conversations 200000] [--runs 5]

(``--server`` defaults to ``CSDESK_TEST_PG``; the benchmark makes a database of its own
there and drops it after.) Builds a 50-agent, 60-month demo shop with ``--complaints``
complaints spread over eight years (as ``complaint_list.py`` writes them) in a file,
moves the same rows to the server with ``csdesk move-to``'s service, then, alternating
the engines run by run so the machine's noise hits both alike:

- the Complaints page as the supervisor types (the real page offscreen: each keystroke's
  id query, model reset and first screen of rows), budget 100 ms;
- the Today page's cards, budget 150 ms;
- a ``--conversations``-row conversation export imported into each (new rows), then the
  same file again (every row already there and unchanged).

Medians are quoted, with the server's time over the file's.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path

KEYSTROKE_BUDGET_MS = 100
TODAY_BUDGET_MS = 150
SEARCHES = ("ts-2024-0123", "3051277", "tb_小熊19", "王女士", "8830")


def build_file_shop(path: Path, complaints: int) -> None:
    from complaint_list import fill

    from csdesk.services.database import open_database
    from csdesk.services.demo.demo_shop import build_demo

    db = open_database(path)
    build_demo(db, agents=50, months=60, seed=3)
    db.close()
    import sqlite3

    with sqlite3.connect(path) as con:
        for table in ("complaint_events", "complaint_pauses", "complaints"):
            con.execute(f"DELETE FROM {table}")
    fill(path, complaints)


def new_server_database(server: str) -> tuple[str, Callable[[], None]]:
    """A database of the benchmark's own on the server, and how to drop it."""
    from sqlalchemy import create_engine
    from sqlalchemy.engine import make_url

    name = f"csdesk_bench_{uuid.uuid4().hex[:8]}"
    admin = create_engine(server, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.exec_driver_sql(f'CREATE DATABASE "{name}"')

    def drop() -> None:
        with admin.connect() as connection:
            connection.exec_driver_sql(f'DROP DATABASE "{name}" WITH (FORCE)')
        admin.dispose()

    url = make_url(server).set(database=name).render_as_string(hide_password=False)
    return url, drop


def typing_times(page, app) -> list[float]:
    """Milliseconds of each keystroke of every search, as the page runs it."""
    times = []
    for search in SEARCHES:
        for end in range(1, len(search) + 1):
            start = time.perf_counter()
            page.search.setText(search[:end])
            page.requery()
            page.table.viewport().repaint()
            app.processEvents()
            times.append((time.perf_counter() - start) * 1000)
        page.search.clear()
        page.requery()
    return times


def today_time(db, day: date) -> float:
    from csdesk.services.today.today import today

    start = time.perf_counter()
    today(db, day, datetime.combine(day, datetime.min.time()).replace(hour=9))
    return (time.perf_counter() - start) * 1000


def import_times(db, export: Path) -> tuple[float, float]:
    """Seconds to import ``export`` (all new), then again (all unchanged)."""
    from csdesk.services.performance.conversation_files import import_conversations

    times = []
    for _ in range(2):
        start = time.perf_counter()
        import_conversations(db, export)
        times.append(time.perf_counter() - start)
    return times[0], times[1]


def forget_conversations(db) -> None:
    """Remove the benchmark's imported conversations (the next run imports them anew)."""
    from sqlalchemy import delete

    from csdesk.data.performance import Conversation

    with db.write() as session:
        session.execute(delete(Conversation).where(Conversation.conversation_id.like("QN%")))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--server", default=os.environ.get("CSDESK_TEST_PG", ""))
    parser.add_argument("--complaints", type=int, default=200_000)
    parser.add_argument("--conversations", type=int, default=200_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    if not args.server:
        parser.error("name a PostgreSQL server: --server or CSDESK_TEST_PG")
    here = Path(__file__).resolve()
    sys.path[:0] = [str(here.parent), str(here.parents[1])]
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    scratch = Path(tempfile.mkdtemp(prefix="csdesk-bench-"))
    os.environ["CSDESK_DATA_DIR"] = str(scratch / "data")
    url, drop = new_server_database(args.server)
    try:
        return run(args, scratch, url)
    finally:
        drop()
        shutil.rmtree(scratch, ignore_errors=True)


def run(args: argparse.Namespace, scratch: Path, url: str) -> int:
    from import_conversations import write_export
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from csdesk.services.complaints.complaint_list import Queue
    from csdesk.services.database import open_database
    from csdesk.services.server.move import move_to_server
    from csdesk.ui.common.none_guard import keep_none_alive
    from csdesk.ui.complaints.complaints_page import ComplaintsPage
    from csdesk.ui.context import AppContext
    from csdesk.ui.notices import ChangeNotices
    from csdesk.ui.tasks import TaskRunner
    from csdesk.ui.translation import Translators

    keep_none_alive()  # as the app does: PySide6 drops a reference to None per empty answer
    path = scratch / "shop.sqlite3"
    started = time.perf_counter()
    build_file_shop(path, args.complaints)
    print(f"file shop built          : {time.perf_counter() - started:.0f} s")
    shops = {"sqlite": open_database(path)}
    started = time.perf_counter()
    moved = move_to_server(shops["sqlite"], url)
    print(
        f"moved to the server      : {moved.total:,} rows in {time.perf_counter() - started:.0f} s"
    )
    shops["postgresql"] = open_database(url)
    with shops["sqlite"].engine.connect() as connection:
        accounts = [
            (name, date.fromisoformat(str(start)[:10]) if start else date(2000, 1, 1),
             date.fromisoformat(str(end)[:10]) if end else date(2100, 1, 1))
            for name, start, end in connection.exec_driver_sql(
                "SELECT account_name, valid_from, valid_to FROM platform_accounts")
        ]  # fmt: skip
    export = scratch / "conversations.csv"
    write_export(export, args.conversations, accounts)

    app = QApplication.instance() or QApplication(sys.argv)
    translators = Translators()
    translators.apply("zh_CN")
    pages = {}
    for engine, db in shops.items():
        settings = QSettings(str(scratch / f"{engine}.ini"), QSettings.Format.IniFormat)
        ctx = AppContext(
            db, ChangeNotices(), TaskRunner(inline=True), settings, translators, "zh_CN"
        )
        page = ComplaintsPage(ctx)
        page.resize(1200, 760)
        page.show()
        page.queues.setCurrentRow(list(Queue).index(Queue.ALL))
        page.requery()
        pages[engine] = page
    app.processEvents()

    thursday = date.today() - timedelta(days=date.today().weekday()) + timedelta(days=3)
    keys: dict[str, list[float]] = {e: [] for e in shops}
    cards: dict[str, list[float]] = {e: [] for e in shops}
    first: dict[str, list[float]] = {e: [] for e in shops}
    again: dict[str, list[float]] = {e: [] for e in shops}
    for run_no in range(args.runs):
        for engine, db in shops.items():
            keys[engine] += typing_times(pages[engine], app)
            today_time(db, thursday)  # warm
            cards[engine] += [today_time(db, thursday) for _ in range(3)]
            if run_no < 3:  # three imports each are enough for a median of seconds
                new, unchanged = import_times(db, export)
                first[engine].append(new)
                again[engine].append(unchanged)
                forget_conversations(db)
    for db in shops.values():
        db.close()

    def line(what: str, values: dict[str, list[float]], unit: str, budget: float | None) -> None:
        file_, server = (statistics.median(values[e]) for e in ("sqlite", "postgresql"))
        within = ""
        if budget is not None:
            within = f"  (budget {budget:.0f} {unit}: {'within' if server < budget else 'OVER'})"
        print(f"{what:<25}: SQLite {file_:8.1f} {unit}   PostgreSQL {server:8.1f} {unit}"
              f"   {server / file_:4.2f}x{within}")  # fmt: skip

    print(f"shop: 50 agents, 60 months, {args.complaints:,} complaints; "
          f"export {args.conversations:,} conversations")  # fmt: skip
    line("complaint list keystroke", keys, "ms", KEYSTROKE_BUDGET_MS)
    worst = {e: max(v) for e, v in keys.items()}
    print(f"{'  slowest keystroke':<25}: SQLite {worst['sqlite']:8.1f} ms   "
          f"PostgreSQL {worst['postgresql']:8.1f} ms")  # fmt: skip
    line("Today page (every card)", cards, "ms", TODAY_BUDGET_MS)
    line("import, all new", first, "s", None)
    line("import, all unchanged", again, "s", None)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
