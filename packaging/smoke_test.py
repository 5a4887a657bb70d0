"""Smoke-test a frozen or installed csdesk: the same checks on Linux, Windows and macOS.

Missing data files, plugins and hidden imports only show in the frozen program, so every
build runs it: ``scripts/build.sh`` on the folder it made, ``scripts/test-installed.sh``
on the program the ``.deb`` installed (``/usr/bin``), and the installers workflow on the
Windows and macOS builds. Every shop and data folder is a throwaway one.

    python packaging/smoke_test.py --program dist/csdesk            # the frozen folder
    python packaging/smoke_test.py --cli /usr/bin/csdesk-cli --gui /usr/bin/csdesk

Needs pypdf (the ``build`` extra) to read the PDFs back. ``CSDESK_TEST_PG`` naming a
PostgreSQL server adds the server checks.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import uuid
from contextlib import closing
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OLD_SHOP = ROOT / "tests" / "fixtures" / "db" / "schema-0010.sqlite3"  # made by csdesk 0.1
EXE = ".exe" if sys.platform == "win32" else ""


class SmokeFailed(Exception):
    """A check failed: the message says which, with what the program printed."""


class Program:
    """Runs the frozen ``csdesk-cli`` and ``csdesk`` with a throwaway data folder."""

    def __init__(self, cli: Path, gui: Path, scratch: Path) -> None:
        self.cli, self.gui, self.scratch = cli, gui, scratch
        self.env = {
            **os.environ,
            "CSDESK_DATA_DIR": str(scratch / "data"),
            "QT_QPA_PLATFORM": "offscreen",
        }  # no PYTHONIOENCODING: the frozen program's own UTF-8 mode must carry Chinese

    def run(
        self,
        *args: str,
        gui: bool = False,
        ok: bool = True,
        stdin: str = "",
        env: dict[str, str] | None = None,
    ) -> str:
        """Run one command; return its output. ``ok=False``: it must fail."""
        command = [str(self.gui if gui else self.cli), *args]
        done = subprocess.run(
            command,
            input=stdin,
            capture_output=True,
            text=True,
            encoding="utf-8",
            env={**self.env, **(env or {})},
            timeout=300,
            check=False,
        )
        if (done.returncode == 0) != ok:
            raise SmokeFailed(
                f"{' '.join(command)} exited {done.returncode}\n{done.stdout}\n{done.stderr}"
            )
        return done.stdout + done.stderr


def pdf_text(path: Path, pages: int | None = None) -> str:
    """The text of a PDF's first ``pages`` pages, as a reader would copy it."""
    from pypdf import PdfReader

    reader = PdfReader(path)
    return "\n".join(page.extract_text() or "" for page in reader.pages[:pages])


def pdf_fonts(path: Path) -> set[str]:
    """The font names a PDF uses (the CJK font must be embedded, not substituted)."""
    from pypdf import PdfReader

    names: set[str] = set()
    for page in PdfReader(path).pages:
        fonts = page.get("/Resources", {}).get("/Font", {})
        for font in fonts.values():
            names.add(str(font.get_object().get("/BaseFont", "")))
    return names


def expect(condition: bool, what: str) -> None:
    """Fail the smoke test with ``what`` unless ``condition``."""
    if not condition:
        raise SmokeFailed(what)


def check_files_in_and_out(p: Program, s: Path, month: str) -> None:
    """Reports, exports and imports of every kind, in English and Chinese."""
    p.run("demo", "--db", str(s / "shop.db"), "--agents", "12", "--months", "6")
    p.run("check", "--db", str(s / "shop.db"))
    p.run("report", "staff", "--db", str(s / "shop.db"), "--out", str(s / "staff.pdf"))
    p.run("--lang", "zh_CN", "import", "staff", "--fields")
    for kind, suffix in (("staff", "xlsx"), ("training", "csv"), ("complaints", "xlsx")):
        out = s / f"{kind}.{suffix}"
        p.run("export", kind, "--db", str(s / "shop.db"), "--out", str(out))
        p.run("import", kind, str(out), "--db", str(s / "copy.db"))
    p.run(
        "--lang",
        "zh_CN",
        "report",
        "matrix",
        "--db",
        str(s / "shop.db"),
        "--out",
        str(s / "matrix.pdf"),
    )
    p.run("report", "training", "--db", str(s / "shop.db"), "--out", str(s / "training.pdf"))
    p.run(
        "--lang",
        "zh_CN",
        "report",
        "complaints",
        "--db",
        str(s / "shop.db"),
        "--month",
        month,
        "--out",
        str(s / "review.pdf"),
    )
    talks = s / "talks.csv"
    talks.write_text(
        f"会话ID,客服账号,开始时间,首次响应时长,满意度\nF1,CS001,{month}-02 10:00:00,0:30,满意\n",
        encoding="utf-8",
    )
    p.run("import", "conversations", str(talks), "--db", str(s / "copy.db"))
    summary = s / "summary.csv"
    summary.write_text("客服昵称,客户满意率\nCS001,96%\n合计,96%\n", encoding="utf-8")
    p.run("import", "summaries", str(summary), "--db", str(s / "copy.db"), "--period", month)
    kpis = p.run(
        "kpis", "--db", str(s / "copy.db"), "--month", month, "--agent", "CS001", "--format", "csv"
    )
    expect(",96,30," in kpis, f"the imported satisfaction and response time: {kpis}")
    p.run(
        "--lang",
        "zh_CN",
        "report",
        "appraisal",
        "--db",
        str(s / "shop.db"),
        "--month",
        month,
        "--out",
        str(s / "appraisals.pdf"),
    )
    expect("团队汇总" in pdf_text(s / "appraisals.pdf", pages=1), "appraisal team summary")
    expect("投诉复盘" in pdf_text(s / "review.pdf"), "complaint review title")
    expect("培训矩阵" in pdf_text(s / "matrix.pdf"), "training matrix title")
    expect("小美家居旗舰店" in pdf_text(s / "staff.pdf"), "the demo shop's name in a PDF")
    fonts = pdf_fonts(s / "staff.pdf")
    expect(any("WenQuanYi" in font for font in fonts), f"the CJK font embedded: {fonts}")


def check_window_and_accounts(p: Program, s: Path) -> None:
    """The window opens; a protected shop refuses strangers and lets the owner in."""
    p.run("--db", str(s / "shop.db"), "--exit-when-ready", gui=True)
    out = p.run(
        "users",
        "add",
        "boss",
        "--role",
        "owner",
        "--password-stdin",
        "--db",
        str(s / "shop.db"),
        stdin="owner-password-1\n",
    )
    expect("Recovery code" in out, "argon2 frozen: the owner's account made")
    p.run("today", "--db", str(s / "shop.db"), ok=False)
    signed = {"CSDESK_PASSWORD": "owner-password-1"}
    audit = p.run(
        "--user", "boss", "audit", "--db", str(s / "shop.db"), "--format", "csv", env=signed
    )
    expect(",boss,add,account,boss,role,,owner," in audit, f"the audit trail: {audit}")
    expect("audit trail is intact" in p.run("check", "--db", str(s / "shop.db")), "trail")
    p.run(
        "--db",
        str(s / "shop.db"),
        "--exit-when-ready",
        gui=True,
        env={"CSDESK_USER": "boss", **signed},
    )


def check_upgrades(p: Program, s: Path) -> None:
    """An older shop is backed up, then upgraded; a newer one is refused untouched."""
    old = s / "old.db"
    shutil.copyfile(OLD_SHOP, old)
    expect("Schema revision: 0010" in p.run("check", "--db", str(old)), "check only reads")
    p.run("today", "--db", str(old))  # opening upgrades
    expect("audit trail is intact" in p.run("check", "--db", str(old)), "the upgraded trail")
    backups = list((s / "data" / "backups").glob("old-*-pre-migration.sqlite3"))
    expect(len(backups) == 1, f"one backup before the upgrade: {backups}")
    with closing(sqlite3.connect(backups[0])) as conn:
        (revision,) = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    expect(revision.startswith("0010"), f"the backup holds the shop as it was: {revision}")
    newer = s / "newer.db"
    shutil.copyfile(s / "copy.db", newer)
    with closing(sqlite3.connect(newer)) as conn, conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    before = hashlib.sha256(newer.read_bytes()).hexdigest()
    refusal = p.run("today", "--db", str(newer), ok=False)
    expect("newer version of csdesk" in refusal, f"the refusal says why: {refusal}")
    p.run("--db", str(newer), "--exit-when-ready", gui=True, ok=False)
    expect(hashlib.sha256(newer.read_bytes()).hexdigest() == before, "newer shop unchanged")


def check_on_server(p: Program, s: Path, month: str, server: str) -> None:
    """The frozen driver: a shop moved to the test server, read, backed up, opened."""
    from sqlalchemy import create_engine
    from sqlalchemy.engine import make_url

    name = f"csdesk_frozen_{uuid.uuid4().hex[:8]}"
    admin = create_engine(server, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.exec_driver_sql(f'CREATE DATABASE "{name}"')
    url = make_url(server).set(database=name).render_as_string(hide_password=False)
    expect(str(s / "copy.db") in p.run("move-to", url, "--db", str(s / "copy.db")), "move")
    kpis = p.run("kpis", "--db", url, "--month", month, "--agent", "CS001", "--format", "csv")
    expect(",96,30," in kpis, f"the moved shop's KPIs: {kpis}")
    p.run("backup", "--db", url, "--out", str(s / "from-server.sqlite3"))
    trail = p.run("check", "--db", str(s / "from-server.sqlite3"))
    expect("audit trail is intact" in trail, "the server backup's trail")
    p.run("--db", url, "--exit-when-ready", gui=True)


def smoke_test(cli: Path, gui: Path) -> None:
    """Run every check with a fresh scratch folder; raise SmokeFailed on the first fault."""
    scratch = Path(tempfile.mkdtemp(prefix="csdesk-smoke-"))
    try:
        p = Program(cli, gui, scratch)
        print(p.run("--version").strip())
        month = (date.today().replace(day=1) - timedelta(days=1)).strftime("%Y-%m")
        check_files_in_and_out(p, scratch, month)
        check_window_and_accounts(p, scratch)
        check_upgrades(p, scratch)
        if os.environ.get("CSDESK_TEST_PG"):
            check_on_server(p, scratch, month, os.environ["CSDESK_TEST_PG"])
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


def main() -> None:
    """Parse the command line, run the checks, say the outcome."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--program", type=Path, help="the frozen folder (dist/csdesk)")
    parser.add_argument("--cli", type=Path, help="the csdesk-cli to test")
    parser.add_argument("--gui", type=Path, help="the windowed csdesk to test")
    args = parser.parse_args()
    if args.program:
        args.cli = args.cli or args.program / f"csdesk-cli{EXE}"
        args.gui = args.gui or args.program / f"csdesk{EXE}"
    if not (args.cli and args.gui):
        parser.error("give --program, or both --cli and --gui")
    try:
        smoke_test(args.cli, args.gui)
    except SmokeFailed as failure:
        print(f"smoke test FAILED: {failure}", file=sys.stderr)
        sys.exit(1)
    print(f"smoke test passed: {args.cli}")


if __name__ == "__main__":
    main()
