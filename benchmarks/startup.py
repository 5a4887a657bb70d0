"""Start-up time of csdesk against a bare PySide6 window, measured in the same run.

`csdesk --exit-when-ready` on a 50-agent, 60-month demo shop; the budget in DESIGN.md is
under 2.5x the bare window.

    python benchmarks/startup.py [--runs 15]

Each run is a fresh process (what the user waits for); medians are quoted. The run also
times a process that only imports SQLAlchemy's ORM, which csdesk needs before its first
page can show data, to show how much of the budget the stack itself takes.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BARE = (
    "import sys\n"
    "from PySide6.QtCore import QTimer\n"
    "from PySide6.QtWidgets import QApplication, QMainWindow\n"
    "app = QApplication(sys.argv)\n"
    "w = QMainWindow(); w.resize(1200, 760); w.show()\n"
    "QTimer.singleShot(0, app.quit)\n"
    "sys.exit(app.exec())\n"
)
BUDGET = 2.5


def timed(cmd: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    scratch = Path(tempfile.mkdtemp(prefix="csdesk-bench-"))
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "CSDESK_DATA_DIR": str(scratch / "data")}
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # users' machines cache bytecode
    db = scratch / "shop.sqlite3"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "csdesk",
            "demo",
            "--db",
            str(db),
            "--agents",
            "50",
            "--months",
            "60",
        ],
        env=env,
        check=True,
        stdout=subprocess.DEVNULL,
    )
    app_cmd = [sys.executable, "-m", "csdesk", "--db", str(db), "--exit-when-ready"]
    bare_cmd = [sys.executable, "-c", BARE]
    orm_cmd = [sys.executable, "-c", "import sqlalchemy.orm"]
    for cmd in (app_cmd, bare_cmd, orm_cmd):
        timed(cmd, env)  # warm the OS file cache (and write .pyc files) for all three
    bare, app, orm = [], [], []
    for _ in range(args.runs):  # interleaved, so drift on a noisy machine hits all
        bare.append(timed(bare_cmd, env))
        app.append(timed(app_cmd, env))
        orm.append(timed(orm_cmd, env))
    bare_median, app_median = statistics.median(bare), statistics.median(app)
    orm_median = statistics.median(orm)
    ratio = app_median / bare_median
    print(f"bare PySide6 window : median {bare_median * 1000:7.0f} ms  (n={len(bare)})")
    print(f"csdesk, 50 agents   : median {app_median * 1000:7.0f} ms  (n={len(app)})")
    print(
        f"import sqlalchemy.orm alone: median {orm_median * 1000:7.0f} ms "
        f"= {orm_median / bare_median:.2f}x the bare window"
    )
    print(
        f"ratio               : {ratio:.2f}x  (budget {BUDGET}x) -> "
        f"{'OK' if ratio < BUDGET else 'OVER BUDGET'}"
    )
    return 0 if ratio < BUDGET else 1


if __name__ == "__main__":
    sys.exit(main())
