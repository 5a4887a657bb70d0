"""Exporting 200,000 complaints to CSV and XLSX: time and peak memory.

    python benchmarks/export_complaints.py [--complaints 200000]

Builds the shop of ``complaint_list.py`` (50 agents, eight years of complaints), then
exports every complaint as the window does (in a worker, streamed, with progress), each
format in a fresh process so peak memory is its own. The window stays responsive either
way; these figures are how long the progress bar runs and what it costs the machine.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from complaint_list import write_shop

EXPORT = """
import sys, time
from pathlib import Path
from csdesk.services.complaints import complaint_files
from csdesk.services.complaints import complaint_export
from csdesk.services.database import open_database
db = open_database(Path(sys.argv[1]), "cli")
reports = []
start = time.perf_counter()
count = complaint_export.export_complaints(
    db, Path(sys.argv[2]), sys.argv[3], progress=lambda d, t: reports.append(d) or True
)
seconds = time.perf_counter() - start
# VmHWM, not ru_maxrss: Linux keeps the parent's maxrss across fork and exec
status = Path("/proc/self/status").read_text().splitlines()
peak = next(int(line.split()[1]) for line in status if line.startswith("VmHWM")) / 1024
print(f"{sys.argv[3]:>4}: {count} rows in {seconds:5.1f} s, peak {peak:4.0f} MB, "
      f"{len(reports)} progress reports")
"""


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--complaints", type=int, default=200_000)
    args = parser.parse_args()
    scratch = Path(tempfile.mkdtemp(prefix="csdesk-bench-"))
    env = {**os.environ, "CSDESK_DATA_DIR": str(scratch / "data")}
    os.environ.update(env)
    shop = scratch / "shop.sqlite3"
    write_shop(shop, args.complaints)
    for fmt in ("csv", "xlsx"):
        out = scratch / f"complaints.{fmt}"
        subprocess.run(
            [sys.executable, "-c", EXPORT, str(shop), str(out), fmt], env=env, check=True
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
