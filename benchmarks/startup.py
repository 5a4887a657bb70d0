"""Start-up time of csdesk against a bare PySide6 window, measured in the same run.

`csdesk --exit-when-ready` on a 50-agent, 60-month demo shop; the budget in DESIGN.md is
at most 1.5x the stack's floor: a process that opens a bare PySide6 window and imports
SQLAlchemy's ORM, which csdesk needs before its first page can show data.

    python benchmarks/startup.py [--runs 15]

Each run is a fresh process (what the user waits for); medians are quoted. The run also
times the bare window alone, to show how much of the floor each part of the stack takes.
``--profile`` prints the slowest imports of one csdesk start (``python -X importtime``);
``--against DIR`` also times the csdesk of another checkout (say, before a change) in
the same interleaved runs, so the two are compared under the same noise.
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
FLOOR = "import sqlalchemy.orm\n" + BARE
BUDGET = 1.5
DEMO_SIZE = ("--agents", "50", "--months", "60")


def timed(cmd: list[str], env: dict[str, str], cwd: Path | None = None) -> float:
    start = time.perf_counter()
    subprocess.run(
        cmd, env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=cwd
    )
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--profile", action="store_true", help="list the slowest imports")
    parser.add_argument(
        "--against",
        type=Path,
        help="also time the csdesk of this checkout (an earlier version) in the same runs",
    )
    args = parser.parse_args()
    scratch = Path(tempfile.mkdtemp(prefix="csdesk-bench-"))
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "CSDESK_DATA_DIR": str(scratch / "data")}
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # users' machines cache bytecode
    db = scratch / "shop.sqlite3"
    subprocess.run(
        [sys.executable, "-m", "csdesk", "demo", "--db", str(db), *DEMO_SIZE],
        env=env,
        check=True,
        stdout=subprocess.DEVNULL,
    )
    app_cmd = [sys.executable, "-m", "csdesk", "--db", str(db), "--exit-when-ready"]
    if args.profile:
        return profile(app_cmd, env)
    commands = {
        "bare PySide6 window": [sys.executable, "-c", BARE],
        "floor (window + ORM)": [sys.executable, "-c", FLOOR],
        "csdesk, 50 agents": app_cmd,
    }
    folders: dict[str, Path | None] = dict.fromkeys(commands)
    if args.against:  # its own demo shop: an older csdesk refuses a newer schema
        older, then_db = args.against.resolve(), scratch / "older.sqlite3"
        subprocess.run(
            [sys.executable, "-m", "csdesk", "demo", "--db", str(then_db), *DEMO_SIZE],
            env=env, check=True, stdout=subprocess.DEVNULL, cwd=older,
        )  # fmt: skip
        commands["csdesk at --against"] = [*app_cmd[:3], "--db", str(then_db), app_cmd[-1]]
        folders["csdesk at --against"] = older  # -m finds that checkout's csdesk there first
    for name, cmd in commands.items():
        timed(cmd, env, folders[name])  # warm the OS file cache (and write .pyc files)
    times: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(args.runs):  # interleaved, so drift on a noisy machine hits all
        for name, cmd in commands.items():
            times[name].append(timed(cmd, env, folders[name]))
    medians = {name: statistics.median(values) for name, values in times.items()}
    for name, value in medians.items():
        print(f"{name:<22}: median {value * 1000:7.0f} ms  (n={args.runs})")
    if args.against:
        then = medians["csdesk, 50 agents"] / medians["csdesk at --against"]
        print(f"against that checkout : {then:.2f}x")
    ratio = medians["csdesk, 50 agents"] / medians["floor (window + ORM)"]
    print(
        f"ratio to the floor     : {ratio:.2f}x  (budget {BUDGET}x) -> "
        f"{'OK' if ratio <= BUDGET else 'OVER BUDGET'}"
    )
    return 0 if ratio <= BUDGET else 1


def profile(app_cmd: list[str], env: dict[str, str]) -> int:
    """Print the top-level packages csdesk imports at start, slowest first."""
    result = subprocess.run(
        [app_cmd[0], "-X", "importtime", *app_cmd[1:]],
        env=env,
        check=True,
        capture_output=True,
        text=True,
    )
    cumulative: dict[str, int] = {}
    for line in result.stderr.splitlines():
        if not line.startswith("import time:") or "|" not in line:
            continue
        _self, total, name = (part.strip() for part in line[len("import time:") :].split("|"))
        if total.isdigit() and name.split(".")[0] == name.strip():
            cumulative[name.strip()] = int(total)
    for name, micros in sorted(cumulative.items(), key=lambda item: -item[1])[:25]:
        print(f"{micros / 1000:8.1f} ms  {name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
