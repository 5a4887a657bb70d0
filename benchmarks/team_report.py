"""The one-page team report of a 50-agent, 5-year shop: under 1 s (issue 20).

    python benchmarks/team_report.py [--agents 50] [--months 60] [--runs 7]

Builds a demo shop (``--agents`` seats, ``--months`` of history), proposes and keeps
the year's goals, then in the same run and alternating, so that the machine's noise
hits both alike, prints last month's team report:

- csdesk: ``team_report`` as the window and ``csdesk report team`` run it, the three
  twelve-month trends drawn as reportlab vector strokes on the page;
- matplotlib: the same page with each trend drawn by matplotlib and placed as a PNG.

It also times the gathering of the figures alone (``team_month``) to show where the
time goes. Medians are quoted; the first run of each is a warm-up and is not counted.
"""

from __future__ import annotations

import argparse
import gc
import io
import os
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

BUDGET_SECONDS = 1.0


def matplotlib_chart(series, width, height):
    """A trend drawn by matplotlib and placed as a PNG: the alternative not taken."""
    from matplotlib.figure import Figure
    from reportlab.platypus import Image

    from csdesk.reports.charts import configure

    configure()
    figure = Figure(figsize=(width / 72, height / 72), dpi=150)
    axes = figure.add_subplot()
    xs = list(range(len(series.values)))
    axes.plot(xs, [float("nan") if v is None else v for v in series.values], marker="o")
    if series.target is not None:
        axes.axhline(series.target, linestyle="--")
    axes.set_xticks(xs, series.labels, fontsize=6)
    axes.set_title(series.title, fontsize=8, loc="left")
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png")
    buffer.seek(0)
    return Image(buffer, width=width, height=height)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--agents", type=int, default=50)
    parser.add_argument("--months", type=int, default=60)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    with tempfile.TemporaryDirectory() as folder:
        os.environ.setdefault("CSDESK_DATA_DIR", str(Path(folder) / "userdata"))
        from csdesk.domain.months import Month
        from csdesk.reports import team_page
        from csdesk.services.database import open_database
        from csdesk.services.demo.demo_shop import build_demo
        from csdesk.services.goals import goal_records
        from csdesk.services.goals.goal_proposals import proposals_for
        from csdesk.services.goals.team_month import team_month
        from csdesk.services.goals.team_report import team_report

        path = Path(folder) / "shop.sqlite3"
        db = open_database(path)
        started = time.perf_counter()
        build_demo(db, agents=args.agents, months=args.months, seed=3)
        print(f"demo shop built in {time.perf_counter() - started:.1f} s")
        month = Month.of(date.today()).shift(-1)
        proposed = [p for p in proposals_for(db, month.year) if p.baseline is not None]
        goal_records.set_goals(db, month.year, [(p.kpi, p.baseline, p.target) for p in proposed])
        vector = team_page.line_chart
        timings: dict[str, list[float]] = {"csdesk": [], "matplotlib": [], "figures": []}
        for run in range(args.runs + 1):
            for name, chart in (("csdesk", vector), ("matplotlib", matplotlib_chart)):
                team_page.line_chart = chart
                gc.collect()
                started = time.perf_counter()
                team_report(db, month, Path(folder) / f"{name}.pdf")
                if run:
                    timings[name].append(time.perf_counter() - started)
            gc.collect()
            started = time.perf_counter()
            team_month(db, month)
            if run:
                timings["figures"].append(time.perf_counter() - started)
        team_page.line_chart = vector
        db.close()
    csdesk, plotted, figures = (
        statistics.median(timings[k]) for k in ("csdesk", "matplotlib", "figures")
    )
    print(f"team report of {month}, {args.agents} agents, {args.months} months; medians of "
          f"{args.runs}:")  # fmt: skip
    print(f"  csdesk (vector trends):          {csdesk:.3f} s")
    print(f"    of which the figures:          {figures:.3f} s")
    print(f"  matplotlib trends as PNG:        {plotted:.3f} s")
    print(f"  ratio matplotlib / csdesk:       {plotted / csdesk:.2f}x")
    verdict = "within" if csdesk < BUDGET_SECONDS else "OVER"
    print(f"  budget {BUDGET_SECONDS:.1f} s: {verdict}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
