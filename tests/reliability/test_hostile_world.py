"""The standing reliability suite: csdesk as a hostile world treats it (issue 17, part 5).

Real processes are killed with SIGKILL at random moments of an import, a backup, a
restore and an upgrade; a full disk is simulated without root (``RLIMIT_FSIZE`` in the
child); read-only files are made read-only for real (as root the child drops the
capability that ignores file modes); two processes write at once. Each test checks what
the user saw and that nothing was lost. Marked slow; run by ``.ci/run``.
"""

from __future__ import annotations

import os
import random
import resource
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from contextlib import closing
from pathlib import Path

import pytest

from csdesk.data import schema

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "fixtures" / "db"


def env(tmp_path: Path) -> dict[str, str]:
    return {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "CSDESK_DATA_DIR": str(tmp_path / "userdata"),
        "CSDESK_LANG": "en",
    }


def csdesk(tmp_path: Path, *args: str, **kwargs) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "csdesk", *args],
        env=env(tmp_path),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        **kwargs,
    )


def finish(child: subprocess.Popen, timeout: float = 300) -> tuple[int, str, str]:
    out, err = child.communicate(timeout=timeout)
    return child.returncode, out, err


def run(tmp_path: Path, *args: str, **kwargs) -> tuple[int, str, str]:
    return finish(csdesk(tmp_path, *args, **kwargs))


def kill_after(child: subprocess.Popen, seconds: float) -> None:
    time.sleep(seconds)
    child.send_signal(signal.SIGKILL)
    child.communicate()


def counts(path: Path, *tables: str) -> dict[str, int]:
    with closing(sqlite3.connect(path)) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        return {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}


def write_conversations(path: Path, rows: int) -> None:
    with path.open("w", encoding="utf-8") as handle:
        handle.write("会话ID,客服账号,开始时间,首次响应时长,满意度\n")
        for i in range(rows):
            handle.write(f"K{i},CS001,2026-10-{i % 28 + 1:02d} 10:{i % 60:02d}:00,{i % 90},满意\n")


@pytest.fixture
def shop(tmp_path: Path) -> Path:
    path = tmp_path / "shop.sqlite3"
    staff = tmp_path / "staff.csv"
    staff.write_text("工号,姓名,岗位,入职日期\nCS001,王婷,售前,2025-01-01\n", encoding="utf-8")
    assert run(tmp_path, "import", "staff", str(staff), "--db", str(path))[0] == 0
    return path


def test_kill_during_imports_is_all_or_nothing(shop, tmp_path):
    rows = 60_000
    big = tmp_path / "talks.csv"
    write_conversations(big, rows)
    rng = random.Random(17)
    for _ in range(4):
        child = csdesk(tmp_path, "import", "conversations", str(big), "--db", str(shop))
        kill_after(child, rng.uniform(0.3, 4.0))
        found = counts(shop, "conversations", "shift_templates")
        assert found["conversations"] in (0, rows)
        assert found["shift_templates"] == 4
        if found["conversations"]:
            break
    code, _out, _ = run(tmp_path, "import", "conversations", str(big), "--db", str(shop))
    assert code == 0
    assert counts(shop, "conversations")["conversations"] == rows  # nothing twice


def test_kill_during_backups_leaves_sound_backups_and_no_parts(shop, tmp_path):
    big = tmp_path / "talks.csv"
    write_conversations(big, 60_000)
    assert run(tmp_path, "import", "conversations", str(big), "--db", str(shop))[0] == 0
    rng = random.Random(3)
    for _ in range(3):
        kill_after(csdesk(tmp_path, "backup", "--db", str(shop)), rng.uniform(0.2, 1.5))
    assert run(tmp_path, "backup", "--db", str(shop))[0] == 0
    folder = tmp_path / "userdata" / "backups"
    assert not list(folder.glob("*.part"))
    for backup in folder.glob("*.sqlite3"):
        assert counts(backup, "agents")["agents"] == 1


def test_kill_during_restores_leaves_the_old_or_the_new_shop(shop, tmp_path):
    code, _out, _ = run(tmp_path, "backup", "--db", str(shop), "--out", str(tmp_path / "b.sqlite3"))
    assert code == 0
    more = tmp_path / "more.csv"
    more.write_text("工号,姓名,岗位,入职日期\nCS002,李静,售后,2025-02-01\n", encoding="utf-8")
    assert run(tmp_path, "import", "staff", str(more), "--db", str(shop))[0] == 0
    rng = random.Random(5)
    for _ in range(3):
        child = csdesk(tmp_path, "restore", str(tmp_path / "b.sqlite3"), "--db", str(shop))
        kill_after(child, rng.uniform(0.05, 1.0))
        assert counts(shop, "agents")["agents"] in (1, 2)
    assert run(tmp_path, "restore", str(tmp_path / "b.sqlite3"), "--db", str(shop))[0] == 0
    assert counts(shop, "agents")["agents"] == 1


def test_kill_during_upgrades_keeps_rows_and_defaults(tmp_path):
    rng = random.Random(11)
    fixture = FIXTURES / "schema-0010.sqlite3"
    path = tmp_path / "old.sqlite3"
    shutil.copyfile(fixture, path)
    before = counts(path, "agents", "complaints")
    for _ in range(4):
        child = csdesk(
            tmp_path, "export", "staff", "--db", str(path), "--out", str(tmp_path / "s.csv")
        )
        kill_after(child, rng.uniform(0.3, 2.5))
        with closing(sqlite3.connect(path)) as conn:
            revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]
        assert counts(path, "agents", "complaints") == before
        if revision == schema.SCHEMA_HEAD:
            assert counts(path, "shift_templates", "staffing_channels") == {
                "shift_templates": 4,
                "staffing_channels": 2,
            }
    code, _, _ = run(
        tmp_path, "export", "staff", "--db", str(path), "--out", str(tmp_path / "s.csv")
    )
    assert code == 0
    assert counts(path, "shift_templates")["shift_templates"] == 4


def _limit_file_size(limit: int):
    def apply() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # write() then fails with EFBIG
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    return apply


def test_a_full_disk_is_one_line_and_loses_nothing(shop, tmp_path):
    big = tmp_path / "talks.csv"
    write_conversations(big, 60_000)
    before = counts(shop, "conversations", "agents")
    size = shop.stat().st_size + 64 * 1024
    child = csdesk(
        tmp_path,
        "import",
        "conversations",
        str(big),
        "--db",
        str(shop),
        preexec_fn=_limit_file_size(size),
    )
    code, _out, err = finish(child)
    assert code == 1, err
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1
    assert "full" in err
    assert counts(shop, "conversations", "agents") == before


def _without_root_powers() -> list[str]:
    """Run a child so that file modes bind it, even when the tests run as root."""
    if os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        pytest.skip("running as root without setpriv: file modes cannot bind")
    return [setpriv, "--bounding-set=-dac_override,-dac_read_search,-fowner"]


def test_a_read_only_database_is_a_message_and_keeps_its_mode(shop, tmp_path):
    prefix = _without_root_powers()
    staff = tmp_path / "more.csv"
    staff.write_text("工号,姓名,岗位,入职日期\nCS002,李静,售后,2025-02-01\n", encoding="utf-8")
    shop.chmod(0o444)
    try:
        done = subprocess.run(
            [
                *prefix,
                sys.executable,
                "-m",
                "csdesk",
                "import",
                "staff",
                str(staff),
                "--db",
                str(shop),
            ],
            env=env(tmp_path),
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert done.returncode == 1 and "Traceback" not in done.stderr
        assert "read-only" in done.stderr
        assert shop.stat().st_mode & 0o777 == 0o444  # csdesk never made it writable
        assert counts(shop, "agents")["agents"] == 1
    finally:
        shop.chmod(0o600)


def test_a_read_only_folder_is_not_called_already_open(shop, tmp_path):
    prefix = _without_root_powers()
    folder = shop.parent
    os.chmod(folder, 0o555)
    try:
        done = subprocess.run(
            [
                *prefix,
                sys.executable,
                "-m",
                "csdesk",
                "kpis",
                "--month",
                "2026-10",
                "--db",
                str(shop),
            ],
            env={**env(tmp_path), "CSDESK_DATA_DIR": str(tmp_path.parent / "elsewhere")},
            capture_output=True,
            text=True,
            timeout=120,
        )
    finally:
        os.chmod(folder, 0o755)
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert "is read-only" in done.stderr and "already open" not in done.stderr


def test_a_database_held_locked_by_another_program_is_a_message(shop, tmp_path):
    holder = sqlite3.connect(shop, isolation_level=None)
    holder.execute("PRAGMA locking_mode=EXCLUSIVE")
    holder.execute("BEGIN EXCLUSIVE")
    try:
        code, _, err = run(tmp_path, "kpis", "--month", "2026-10", "--db", str(shop))
    finally:
        holder.execute("COMMIT")
        holder.close()
    assert code == 1 and "Traceback" not in err
    assert "locked" in err and "damaged" not in err


def test_two_processes_importing_at_once_both_land(shop, tmp_path):
    files = []
    for n in range(2):
        path = tmp_path / f"talks{n}.csv"
        with path.open("w", encoding="utf-8") as handle:
            handle.write("会话ID,客服账号,开始时间,首次响应时长\n")
            for i in range(20_000):
                handle.write(f"P{n}-{i},CS001,2026-10-{i % 28 + 1:02d} 09:00:00,30\n")
        files.append(path)
    children = [
        csdesk(tmp_path, "import", "conversations", str(f), "--db", str(shop)) for f in files
    ]
    results = [finish(c) for c in children]
    assert [r[0] for r in results] == [0, 0], [r[2] for r in results]
    assert counts(shop, "conversations")["conversations"] == 40_000


def test_a_read_only_protected_shop_still_signs_in_to_read(shop, tmp_path):
    """Sign-in counts and audits failures; a read-only file must still let its owner read."""
    prefix = _without_root_powers()
    add = subprocess.run(
        [sys.executable, "-m", "csdesk", "users", "add", "boss", "--role", "owner",
         "--password-stdin", "--db", str(shop)],
        input="owner-pass-1\n", env=env(tmp_path), capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert add.returncode == 0, add.stderr
    shop.chmod(0o444)
    try:
        for password, code in (("owner-pass-1", 0), ("wrong-pass", 1)):
            done = subprocess.run(
                [*prefix, sys.executable, "-m", "csdesk", "--user", "boss", "today",
                 "--format", "csv", "--db", str(shop)],
                env={**env(tmp_path), "CSDESK_PASSWORD": password},
                capture_output=True, text=True, timeout=120,
            )  # fmt: skip
            assert done.returncode == code and "Traceback" not in done.stderr, done.stderr
        assert "Wrong name or password" in done.stderr
        assert shop.stat().st_mode & 0o777 == 0o444
    finally:
        shop.chmod(0o600)
