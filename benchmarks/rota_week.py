"""What one typed cell of the rota grid costs in a 50-agent shop, and the coverage tab.

    python benchmarks/rota_week.py [--agents 50] [--runs 20]

Builds a demo shop (rota for ten weeks, a forecast), then times, alternating:

- store: ``set_days`` of one cell (what pressing Enter in the grid writes);
- read: ``week_rota`` (the grid, its rule checks across the week borders, hours), which
  the page runs after every change;
- coverage: ``week_coverage`` (7 days x 24 hours x 2 channels through Erlang C);
- typed cell: store + read, which is what the supervisor waits for.

DESIGN.md sets no budget for the rota; a grid edit should feel immediate, which here
means well under 100 ms. Medians are quoted; the first run of each is a warm-up.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--agents", type=int, default=50)
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args()
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from csdesk.domain.weeks import Week
    from csdesk.services.database import open_database
    from csdesk.services.demo.demo_shop import build_demo
    from csdesk.services.rota import week_coverage, week_edits
    from csdesk.services.rota import week_plan as rota

    with tempfile.TemporaryDirectory() as folder:
        db = open_database(Path(folder) / "shop.sqlite3")
        build_demo(db, agents=args.agents, months=3, seed=3)
        week = Week.of(date.today())
        agents = rota.week_rota(db, week).agents
        times: dict[str, list[float]] = {"store": [], "read": [], "coverage": [], "typed": []}
        for run in range(args.runs + 1):
            agent = agents[run % len(agents)]
            day = week.monday + timedelta(days=run % 7)
            code = ("M", "D", "E")[run % 3]
            start = time.perf_counter()
            week_edits.set_days(db, [week_edits.DayEdit(agent.id, day, (code,))])
            stored = time.perf_counter()
            state = rota.week_rota(db, week)
            read = time.perf_counter()
            week_coverage.week_coverage(db, week)
            covered = time.perf_counter()
            if run:
                times["store"].append(stored - start)
                times["read"].append(read - stored)
                times["coverage"].append(covered - read)
                times["typed"].append(read - start)
        print(f"{len(state.agents)} agents on the week's rota, {len(state.findings)} findings")
        for name, values in times.items():
            print(f"{name:>9}: median {statistics.median(values) * 1000:7.1f} ms")
        db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
