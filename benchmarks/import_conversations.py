"""Importing a 1,000,000-row conversation export against a plain csv + executemany load.

    python benchmarks/import_conversations.py [--rows 1000000] [--runs 3]

Writes a 千牛-style CSV (Chinese headers, UTF-8) for a 50-agent demo shop: a year of
conversations, each named by a sub-account that was the agent's on that day. Then, in
the same run and alternating so that the machine's noise hits both alike:

- the plain load: ``csv.reader`` straight into ``executemany`` of an untyped table,
  no checks, no index (what DESIGN.md's budget compares with);
- csdesk's import of the same file into a fresh copy of the shop: mapping, every value
  parsed and checked, accounts resolved within their dates, upsert on the unique index.

The budget in DESIGN.md is under 1.5x the plain load. Medians are quoted.
"""

from __future__ import annotations

import argparse
import csv
import os
import random
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from datetime import date, datetime, timedelta
from pathlib import Path

BUDGET = 1.5
HEADER = [
    "会话ID", "客服账号", "渠道", "咨询类型", "开始时间", "结束时间", "是否接起", "等待时长",
    "首次响应时长", "平均响应时长", "会话时长", "是否解决", "是否首次解决", "满意度",
    "是否转化", "订单金额",
]  # fmt: skip


def write_shop(path: Path) -> list[tuple[str, date, date]]:
    """A 50-agent demo shop; its sub-accounts with the days they were valid."""
    from csdesk.services.database import open_database
    from csdesk.services.demo.demo_shop import build_demo

    db = open_database(path)
    build_demo(db, agents=50, months=12, seed=1)
    db.close()
    with sqlite3.connect(path) as con:
        rows = con.execute(
            "SELECT account_name, valid_from, valid_to FROM platform_accounts"
        ).fetchall()
    far = date(2100, 1, 1)
    return [
        (name, date.fromisoformat(start or "2000-01-01"), date.fromisoformat(end) if end else far)
        for name, start, end in rows
    ]


def write_export(path: Path, rows: int, accounts: list[tuple[str, date, date]]) -> None:
    """``rows`` conversations over the last year, in time order."""
    rng = random.Random(1)
    start = datetime.combine(date.today() - timedelta(days=365), datetime.min.time())
    step = timedelta(days=365) / rows
    day, valid = None, []
    with path.open("w", newline="", encoding="utf-8") as f:
        out = csv.writer(f)
        out.writerow(HEADER)
        for n in range(rows):
            began = start + step * n
            if began.date() != day:
                day = began.date()
                valid = [name for name, first, last in accounts if first <= day <= last]
            ended = began + timedelta(seconds=rng.randint(60, 1800))
            out.writerow(
                [
                    f"QN{20250000000 + n}",
                    rng.choice(valid),
                    "chat",
                    rng.choice(("售前咨询", "物流", "退换货", "发票")),
                    began.strftime("%Y-%m-%d %H:%M:%S"),
                    ended.strftime("%Y-%m-%d %H:%M:%S"),
                    "是",
                    rng.randint(0, 40),
                    rng.randint(2, 60),
                    rng.randint(5, 90),
                    (ended - began).seconds,
                    rng.choice(("是", "否")),
                    rng.choice(("是", "否")),
                    rng.choice(("5", "4", "3", "", "", "2", "1")),
                    rng.choice(("是", "否")),
                    rng.choice(("", "", "128.50", "59.90")),
                ]
            )


def plain_load(export: Path, target: Path) -> float:
    """csv.reader into executemany: the budget's yardstick."""
    target.unlink(missing_ok=True)
    start = time.perf_counter()
    con = sqlite3.connect(target)
    con.execute(f"CREATE TABLE t ({', '.join(f'c{i}' for i in range(len(HEADER)))})")
    with export.open(newline="", encoding="utf-8") as f:
        reader = csv.reader(f)
        next(reader)
        con.executemany(f"INSERT INTO t VALUES ({', '.join('?' * len(HEADER))})", reader)
    con.commit()
    con.close()
    return time.perf_counter() - start


def csdesk_import(export: Path, shop: Path, target: Path) -> tuple[float, str]:
    """The csdesk import into a fresh copy of the shop."""
    from csdesk.services.database import open_database
    from csdesk.services.performance.conversation_files import import_conversations

    for suffix in ("", "-wal", "-shm"):
        Path(f"{target}{suffix}").unlink(missing_ok=True)
    shutil.copyfile(shop, target)
    db = open_database(target)
    start = time.perf_counter()
    summary = import_conversations(db, export)
    spent = time.perf_counter() - start
    db.close()
    return spent, summary.lines()[1]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    scratch = Path(tempfile.mkdtemp(prefix="csdesk-bench-"))
    os.environ["CSDESK_DATA_DIR"] = str(scratch / "data")
    shop = scratch / "shop.sqlite3"
    accounts = write_shop(shop)
    export = scratch / "conversations.csv"
    write_export(export, args.rows, accounts)
    size = export.stat().st_size / 1e6
    print(f"export                   : {args.rows:,} rows, {size:.0f} MB, UTF-8, Chinese headers")
    plain, ours = [], []
    for _ in range(args.runs):
        plain.append(plain_load(export, scratch / "plain.sqlite3"))
        spent, line = csdesk_import(export, shop, scratch / "import.sqlite3")
        ours.append(spent)
    print(f"plain csv + executemany  : median {statistics.median(plain):6.2f} s")
    print(f"csdesk import            : median {statistics.median(ours):6.2f} s  ({line})")
    ratio = statistics.median(ours) / statistics.median(plain)
    print(f"ratio                    : {ratio:.2f}x (budget {BUDGET}x)")
    shutil.rmtree(scratch, ignore_errors=True)
    return 0 if ratio < BUDGET else 1


if __name__ == "__main__":
    sys.exit(main())
