"""Training import speed on a 50-agent, 60-month demo shop's whole history.

    python benchmarks/training_import.py [--runs 3]

Exports the demo's attendance records (about 3,800 lines), then imports them into a
fresh shop holding the same staff (every line new) and again (every line unchanged,
dry run). Each run is a fresh shop; medians are quoted. The same import through
``FILE_KINDS`` (as the window and ``csdesk import`` run it, audited: the summary and each
changed line's fields written to the trail) is timed in the same runs, for the ratio.
No budget is set for this import in DESIGN.md; the figures are kept to notice
regressions.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()

    from csdesk.services.database import open_database
    from csdesk.services.demo.demo_shop import build_demo
    from csdesk.services.kinds import FILE_KINDS
    from csdesk.services.staff import staff_files
    from csdesk.services.training import training_files

    folder = Path(tempfile.mkdtemp(prefix="csdesk-bench-"))
    source = open_database(folder / "demo.db")
    build_demo(source, agents=50, months=60, seed=1)
    staff_files.export_staff(source, folder / "staff.csv")
    lines = training_files.export_training(source, folder / "training.csv")
    source.close()

    new, unchanged, audited = [], [], []
    for run in range(args.runs):
        shop = open_database(folder / f"audited{run}.db")
        staff_files.import_staff(shop, folder / "staff.csv")
        start = time.perf_counter()
        FILE_KINDS["training"].run_import(shop, folder / "training.csv")
        audited.append(time.perf_counter() - start)
        shop.close()
        shop = open_database(folder / f"shop{run}.db")
        staff_files.import_staff(shop, folder / "staff.csv")
        start = time.perf_counter()
        training_files.import_training(shop, folder / "training.csv")
        new.append(time.perf_counter() - start)
        start = time.perf_counter()
        training_files.import_training(shop, folder / "training.csv", dry_run=True)
        unchanged.append(time.perf_counter() - start)
        shop.close()
    print(f"lines                    : {lines}")
    print(f"import, every line new   : median {statistics.median(new) * 1000:8.0f} ms")
    print(f"re-import, all unchanged : median {statistics.median(unchanged) * 1000:8.0f} ms")
    ratio = statistics.median(audited) / statistics.median(new)
    print(
        f"the same import, audited : median {statistics.median(audited) * 1000:8.0f} ms"
        f" ({ratio:.2f}x)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
