"""The Today page's cards on a 50-agent, 5-year shop with 200,000 complaints: under 150 ms.

    python benchmarks/today.py [--complaints 200000] [--runs 9]

Builds the demo shop (50 agents, 60 months), replaces its complaints with
``--complaints`` spread over the years (as ``complaint_list.py`` writes them), then
times every card as the page and ``csdesk today`` compute them, on a Monday and on a
Thursday (the rota card then also looks at next week), and each card alone. Medians
are quoted; the first run is a warm-up.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import statistics
import sys
import tempfile
import time
from datetime import date, datetime, timedelta
from pathlib import Path

BUDGET_MS = 150.0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--complaints", type=int, default=200_000)
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args()
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    with tempfile.TemporaryDirectory() as folder:
        os.environ.setdefault("CSDESK_DATA_DIR", str(Path(folder) / "userdata"))
        from complaint_list import fill

        from csdesk.services.database import open_database
        from csdesk.services.demo.demo_shop import build_demo
        from csdesk.services.today import (
            month_cards,
            rota_card,
            shop_cards,
            work_cards,
            yesterday_card,
        )
        from csdesk.services.today.today import today

        path = Path(folder) / "shop.sqlite3"
        db = open_database(path)
        started = time.perf_counter()
        build_demo(db, agents=50, months=60, seed=3)
        db.close()
        with sqlite3.connect(path) as con:
            for table in ("complaint_events", "complaint_pauses", "complaints"):
                con.execute(f"DELETE FROM {table}")
        fill(path, args.complaints)
        print(f"shop built in {time.perf_counter() - started:.0f} s")
        db = open_database(path)
        monday = date.today() - timedelta(days=date.today().weekday())
        for day in (monday, monday + timedelta(days=3)):
            now = datetime.combine(day, datetime.min.time()).replace(hour=9)
            timings = []
            for run in range(args.runs + 1):
                started = time.perf_counter()
                today(db, day, now)
                if run:
                    timings.append(1000 * (time.perf_counter() - started))
            median = statistics.median(timings)
            verdict = "within" if median < BUDGET_MS else "OVER"
            print(f"{day:%A} {day}: every card {median:.0f} ms (budget {BUDGET_MS:.0f}: {verdict})")
        day = monday + timedelta(days=3)
        now = datetime.combine(day, datetime.min.time()).replace(hour=9)
        with sqlite3.connect(path) as con:
            (last,) = con.execute("SELECT max(started_at) FROM conversations").fetchone()
        after_data = date.fromisoformat(last[:10]) + timedelta(days=1)
        for name, card in (
            ("rota", lambda: rota_card.rota_card(db, day, now)),
            ("yesterday", lambda: yesterday_card.yesterday_card(db, day)),
            ("complaints", lambda: work_cards.complaints_card(db, now)),
            ("actions", lambda: work_cards.actions_card(db, day)),
            ("training", lambda: work_cards.training_card(db, day)),
            ("appraisals", lambda: month_cards.appraisals_card(db, day)),
            ("goals", lambda: month_cards.goals_card(db, day)),
            ("staff", lambda: work_cards.staff_card(db, day)),
            ("data", lambda: shop_cards.data_card(db, day)),
            ("backup", lambda: shop_cards.backup_card(db, now)),
            # the day after the demo's last conversation: a yesterday with every channel
            ("yesterday*", lambda: yesterday_card.yesterday_card(db, after_data)),
        ):
            runs = []
            for _ in range(5):
                started = time.perf_counter()
                card()
                runs.append(1000 * (time.perf_counter() - started))
            print(f"  {name:<11} {statistics.median(runs):6.1f} ms")
        db.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
