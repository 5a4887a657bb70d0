"""Files in and out under a hostile world (issue 17, parts 2 and 3)."""

import os
import sqlite3
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from openpyxl import load_workbook

from csdesk.cli.main import main
from csdesk.importers.tabular import MAX_CELL, unquote_cell
from csdesk.services import importing
from csdesk.services.complaints import complaint_export, complaint_files
from csdesk.services.database import open_database
from csdesk.services.exporting import as_text
from csdesk.services.staff import agent_changes, staff_files
from csdesk.services.staff import agents as staff

PLANTED = ['=HYPERLINK("http://x","点我")', "+1+2", "-3+4", "@SUM(A1)", "'=quoted", "-"]


def run(capsys, *args):
    code = main(list(args))
    out = capsys.readouterr()
    return code, out.out, out.err


def agent_names(db):
    return sorted(a.name for a in staff.list_agents(db))


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_exports_neutralise_formulas_and_import_back_unchanged(db, tmp_path, fmt):
    for i, name in enumerate(PLANTED):
        agent_changes.create_agent(db, staff.AgentData(f"F{i}", name))
    out = tmp_path / f"staff.{fmt}"
    staff_files.export_staff(db, out, fmt)
    if fmt == "csv":
        text = out.read_text(encoding="utf-8-sig")
        assert "\n=" not in text and ",=" not in text and ",+1" not in text
        assert "'=HYPERLINK" in text
    else:
        sheet = load_workbook(out).active
        kinds = {c.data_type for row in sheet.iter_rows(min_row=2) for c in row}
        assert "f" not in kinds  # no formula cell anywhere
    copy = open_database(tmp_path / "copy.sqlite3")
    staff_files.import_staff(copy, out, [])
    assert agent_names(copy) == sorted(PLANTED)
    copy.close()


@given(st.text(min_size=1, max_size=20))
def test_quoting_for_spreadsheets_is_undone_exactly(value):
    assert unquote_cell(as_text(value)) == value
    assert not as_text(value).startswith(("=", "+", "-", "@", "\t", "\r"))


def test_complaint_exports_neutralise_customer_nicknames(db, tmp_path):
    from datetime import datetime

    from csdesk.services.complaints import case_changes
    from csdesk.services.complaints import case_files as complaints

    case_changes.create_complaint(
        db,
        complaints.ComplaintData(
            received_at=datetime(2026, 11, 2, 10),
            customer='=HYPERLINK("http://evil")',
            description="@买家留言",
        ),
    )
    out = tmp_path / "c.xlsx"
    complaint_export.export_complaints(db, out, "xlsx")
    kinds = {c.data_type for row in load_workbook(out).active.iter_rows() for c in row}
    assert "f" not in kinds


# --- bad files are refused with a message, nothing written -----------------------------


def refused(db, path: Path) -> str:
    with pytest.raises(importing.ImportFailed) as raised:
        staff_files.import_staff(db, path, [])
    assert staff.list_agents(db) == []
    return raised.value.full_text()


def test_a_folder_is_refused(db, tmp_path):
    assert "is a folder" in refused(db, tmp_path)


def test_a_cell_over_the_limit_is_refused_with_its_line(db, tmp_path):
    path = tmp_path / "big.csv"
    path.write_text("工号,姓名\nCS1,王婷\nCS2," + "长" * (MAX_CELL + 10) + "\n", encoding="utf-8")
    text = refused(db, path)
    assert "Line 3" in text and "longer than" in text


def test_a_50_mb_line_is_refused_quickly(db, tmp_path):
    path = tmp_path / "line.csv"
    with path.open("w", encoding="utf-8") as handle:
        handle.write("工号,姓名\n")
        handle.write("x," * (25 * 1024 * 1024))
    started = time.perf_counter()
    refused(db, path)
    assert time.perf_counter() - started < 30


def test_a_corrupted_workbook_is_refused(db, tmp_path):
    good = tmp_path / "good.xlsx"
    agent_changes.create_agent(db, staff.AgentData("A1", "王婷"))
    staff_files.export_staff(db, good, "xlsx")
    empty = open_database(tmp_path / "empty.sqlite3")
    broken = tmp_path / "broken.xlsx"
    data = bytearray(good.read_bytes())
    middle = len(data) // 2
    data[middle : middle + 200] = b"\0" * 200
    broken.write_bytes(bytes(data))
    assert "not a readable Excel workbook" in refused(empty, broken)
    empty.close()


def test_a_zip_bomb_is_refused_before_it_is_unpacked(db, tmp_path, monkeypatch):
    from csdesk.importers import tabular

    bomb = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/worksheets/sheet1.xml", b"<" + b"a" * (8 * 1024 * 1024))
    monkeypatch.setattr(tabular, "MAX_XLSX_UNPACKED", 4 * 1024 * 1024)
    assert "unpacks to 8 MB" in refused(db, bomb)


@pytest.mark.parametrize(
    "day", ["0001-01-01", "1850-05-05", "2150-01-01", "9999-12-31", "2026-02-30"]
)
def test_dates_outside_1900_to_2100_are_refused_by_line(db, tmp_path, day):
    path = tmp_path / "s.csv"
    path.write_text(f"工号,姓名,岗位,入职日期\nCS1,王婷,售前,{day}\n", encoding="utf-8")
    assert "Line 2" in refused(db, path)


def test_a_zero_date_means_empty(db, tmp_path):
    path = tmp_path / "s.csv"
    path.write_text(
        "工号,姓名,岗位,入职日期,离职日期\nCS1,王婷,售前,2025-01-01,0000-00-00 00:00:00\n",
        encoding="utf-8",
    )
    staff_files.import_staff(db, path, [])
    assert staff.list_agents(db)[0].data.left_date is None


def test_excel_unicode_text_and_a_doubled_bom_are_read(db, tmp_path):
    utf16 = tmp_path / "unicode.txt.csv"
    utf16.write_bytes(
        "工号\t姓名\t岗位\t入职日期\r\nCS1\t王婷\t售前\t2025-01-01\r\n".encode("utf-16")
    )
    staff_files.import_staff(db, utf16, [])
    doubled = tmp_path / "bom.csv"
    doubled.write_bytes("\ufeff\ufeff工号,姓名,岗位,入职日期\nCS2,李静,售后,2025-02-01\n".encode())
    staff_files.import_staff(db, doubled, [])
    assert agent_names(db) == ["李静", "王婷"]


def test_a_file_wrong_on_every_line_lists_a_capped_number_of_problems(db, tmp_path):
    path = tmp_path / "s.csv"
    path.write_text("工号,姓名,入职日期\n" + "CS1,,yesterday\n" * 5000, encoding="utf-8")
    lines = refused(db, path).splitlines()
    assert len(lines) < 210 and "more problems" in lines[-1]


def test_conversation_files_refuse_a_folder_and_read_utf16(db, tmp_path):
    from csdesk.services.performance import conversation_files

    agent_changes.create_agent(db, staff.AgentData("CS001", "王婷"))
    with pytest.raises(importing.ImportFailed) as raised:
        conversation_files.import_conversations(db, tmp_path, [])
    assert "is a folder" in raised.value.full_text()
    path = tmp_path / "talks.csv"
    path.write_bytes(
        "会话ID\t客服账号\t开始时间\t首次响应时长\nF1\tCS001\t2026-11-02 10:00:00\t30\n".encode(
            "utf-16"
        )
    )
    summary = conversation_files.import_conversations(db, path, [])
    assert summary.created == 1
    bad = tmp_path / "old.csv"
    bad.write_text("会话ID,客服账号,开始时间\nF2,CS001,0001-01-01 00:00:00\n", encoding="utf-8")
    with pytest.raises(importing.ImportFailed) as raised:
        conversation_files.import_conversations(db, bad, [])
    assert "Line 2" in raised.value.full_text()


# --- the command line: one line and exit 1, never a traceback ---------------------------


@pytest.mark.parametrize("value", ["0001-01", "9999-12", "2026-13"])
def test_out_of_range_months_are_a_usage_message(capsys, value):
    with pytest.raises(SystemExit) as done:
        main(["kpis", "--month", value])
    assert done.value.code == 2
    assert "Traceback" not in capsys.readouterr().err


@pytest.mark.parametrize("value", ["9999-W52", "0001-W01", "2026-W60"])
def test_out_of_range_weeks_are_a_usage_message(capsys, value, tmp_path):
    with pytest.raises(SystemExit) as done:
        main(["export", "rota", "--week", value, "--out", str(tmp_path / "r.csv")])
    assert done.value.code == 2


def test_an_export_to_a_folder_it_cannot_write_is_one_line(capsys, db, db_path, tmp_path):
    db.close()
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where a folder should be")
    code, _, err = run(
        capsys, "export", "staff", "--db", str(db_path), "--out", str(blocker / "s.csv")
    )
    assert code == 1
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err


def test_a_locked_database_is_one_translated_line(capsys, db, db_path, tmp_path, monkeypatch):
    from csdesk.data import engine as engine_module

    monkeypatch.setattr(engine_module, "BUSY_TIMEOUT_MS", 200)
    db.close()
    path = tmp_path / "s.csv"
    path.write_text("工号,姓名\nCS1,王婷\n", encoding="utf-8")
    holder = sqlite3.connect(db_path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        code, _, err = run(
            capsys, "--lang", "zh_CN", "import", "staff", str(path), "--db", str(db_path)
        )
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert code == 1 and "Traceback" not in err
    assert "锁定" in err and "王婷" not in err


def test_kpis_piped_into_head_ends_quietly(tmp_path):
    db = tmp_path / "demo.sqlite3"
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1])}
    subprocess.run(
        [
            sys.executable,
            "-m",
            "csdesk",
            "demo",
            "--db",
            str(db),
            "--agents",
            "12",
            "--months",
            "2",
        ],
        check=True,
        capture_output=True,
        env=env,
    )
    from datetime import date

    last = date.today().replace(day=1)
    month = f"{last.year - (last.month == 1)}-{(last.month - 2) % 12 + 1:02d}"
    done = subprocess.run(
        f'"{sys.executable}" -m csdesk kpis --db "{db}" --month {month} | head -1',
        shell=True,
        capture_output=True,
        text=True,
        env=env,
    )
    assert done.stdout.strip() and done.stderr == ""


def test_a_new_agent_with_a_zero_hire_date_is_refused_with_its_line(db, tmp_path):
    """Found by the fuzz suite: an empty-looking date reached the database's NOT NULL."""
    path = tmp_path / "s.csv"
    path.write_text("工号,姓名,岗位,入职日期\n0,0,售前,0000/00/00\n", encoding="utf-8")
    message = refused(db, path)
    assert "Line 2" in message and "Hire date" in message
    assert staff.list_agents(db) == []


def test_a_complaint_with_a_non_ascii_reference_is_found_again_on_reimport(db, tmp_path):
    """Found by the fuzz suite: SQLite's upper() folds ASCII only, Python's all of Unicode."""
    path = tmp_path / "c.csv"
    path.write_text("编号,投诉时间,客户\nTS-Ré-01,2026-10-02 10:00:00,王女士\n", encoding="utf-8")
    complaint_files.import_complaints(db, path, [])
    again = complaint_files.import_complaints(db, path, [])
    assert (again.created, again.unchanged) == (0, 1)


def test_a_fault_while_writing_names_the_file_chosen_not_its_temporary_name(tmp_path):
    from csdesk.common.atomic import part_of
    from csdesk.services.errors import storage_fault

    chosen = tmp_path / "complaints.xlsx"
    fault = storage_fault(PermissionError(13, "Permission denied", str(part_of(chosen))))
    assert fault is not None and str(chosen) in fault.full_text()
    assert ".part" not in fault.full_text()


@pytest.mark.parametrize("language", ["zh_CN", "zh_TW", "en"])
def test_exports_in_the_window_language_import_back_in_any_language(demo_db, tmp_path, language):
    """The window writes headers the supervisor reads; they import back unchanged."""
    from csdesk.common import i18n
    from csdesk.services.complaints import complaint_export, complaint_files
    from csdesk.services.staff import staff_files
    from csdesk.services.training import training_files

    for name, export, preview in (
        ("staff", staff_files.export_staff, staff_files.import_staff),
        ("training", training_files.export_training, training_files.import_training),
        ("complaints", complaint_export.export_complaints, complaint_files.import_complaints),
    ):
        out = tmp_path / f"{name}-{language}.xlsx"
        with i18n.speaking(language):
            export(demo_db, out, "xlsx", labelled=True)
        other = "en" if language != "en" else "zh_CN"
        with i18n.speaking(other):  # another seat, another language
            summary = preview(demo_db, out, dry_run=True)
        assert summary.created == 0 and not summary.ignored_columns, (name, language)
