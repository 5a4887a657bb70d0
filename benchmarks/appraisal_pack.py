"""The monthly appraisal pack of a 50-agent shop against a naive build of the same pages.

    python benchmarks/appraisal_pack.py [--agents 50] [--runs 5]

Builds a demo shop with ``--agents`` seats and a year of closed appraisals, then, in the
same run and alternating so that the machine's noise hits both alike, prints last
month's pack (team summary and one page per agent, 12-month chart on each):

- csdesk: ``appraisal_pack`` as the window and ``csdesk report appraisal`` run it,
  the trend drawn as reportlab vector strokes on the page;
- naive: the same pages with the chart drawn the obvious way, a new matplotlib
  ``Figure`` per page saved as PNG and placed as an image.

DESIGN.md's budget is under 2 s for 50 agents on a 2-core machine. Medians are quoted;
the ratio compares the two builds of the same run. The first run of each is a warm-up
(fonts registered, modules imported) and is not counted.
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

BUDGET_SECONDS = 2.0


def naive_chart(points, labels, width, height):
    """A new matplotlib figure per page, saved as PNG: what PITFALLS.md warns about."""
    from matplotlib.figure import Figure
    from reportlab.platypus import Image

    from csdesk.reports.charts import configure

    configure()
    figure = Figure(figsize=(width / 72, height / 72), dpi=150)
    axes = figure.add_subplot()
    xs = list(range(len(points)))
    axes.plot(xs, [p.total for p in points], marker="o", label=labels.total)
    axes.plot(xs, [p.satisfaction for p in points], linestyle="--", label=labels.satisfaction)
    axes.set_xticks(xs, [p.label for p in points], fontsize=6)
    axes.set_title(labels.title, fontsize=8, loc="left")
    axes.legend(fontsize=6)
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png")
    buffer.seek(0)
    return Image(buffer, width=width, height=height)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--agents", type=int, default=50)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    with tempfile.TemporaryDirectory() as folder:
        os.environ.setdefault("CSDESK_DATA_DIR", str(Path(folder) / "userdata"))
        from csdesk.domain.months import Month
        from csdesk.reports import appraisal
        from csdesk.services.appraisals.appraisal_reports import appraisal_pack
        from csdesk.services.database import open_database
        from csdesk.services.demo.demo_shop import build_demo

        path = Path(folder) / "shop.sqlite3"
        db = open_database(path)
        started = time.perf_counter()
        build_demo(db, agents=args.agents, months=13, seed=3)
        print(f"demo shop built in {time.perf_counter() - started:.1f} s")
        month = Month.of(date.today()).shift(-2)  # closed, with 11 months of history
        vector = appraisal.trend_chart
        timings: dict[str, list[float]] = {"csdesk": [], "naive": []}
        pages = 0
        for run in range(args.runs + 1):
            for name, chart in (("csdesk", vector), ("naive", naive_chart)):
                appraisal.trend_chart = chart
                out = Path(folder) / f"{name}.pdf"
                gc.collect()  # neither build pays for the other's garbage
                started = time.perf_counter()
                pages = appraisal_pack(db, month, out)
                elapsed = time.perf_counter() - started
                if run:
                    timings[name].append(elapsed)
        appraisal.trend_chart = vector
        db.close()
    csdesk, naive = (statistics.median(timings[k]) for k in ("csdesk", "naive"))
    print(f"{pages} agent pages + team summary, month {month}, medians of {args.runs}:")
    print(f"  csdesk (vector chart):            {csdesk:.3f} s")
    print(f"  naive (matplotlib PNG per page):  {naive:.3f} s")
    print(f"  ratio naive / csdesk:             {naive / csdesk:.2f}x")
    verdict = "within" if csdesk < BUDGET_SECONDS else "OVER"
    print(f"  budget {BUDGET_SECONDS:.1f} s: {verdict}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
