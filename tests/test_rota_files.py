"""The rota in files and on paper: export, import (good and bad files), the printed week."""

from __future__ import annotations

import csv
from datetime import date, timedelta

import pytest
from pypdf import PdfReader

from csdesk.domain.rota import Leave
from csdesk.domain.weeks import Week
from csdesk.services.importing import ImportFailed
from csdesk.services.rota import rota_files, rota_reports, week_edits
from csdesk.services.rota import week_plan as rota
from tests.engines import table_rows as rows
from tests.test_rota import cleared_agent

WEEK = Week(2026, 48)
MON = WEEK.monday


@pytest.fixture
def team(db) -> list[int]:
    ids = [cleared_agent(db, "CS001", "张三"), cleared_agent(db, "CS002", "李四")]
    week_edits.set_day(db, ids[0], MON, ["M"])
    week_edits.set_day(db, ids[0], MON + timedelta(1), ["M", "E"])
    week_edits.set_day(db, ids[1], MON, (), Leave.SICK)
    week_edits.set_day(db, ids[1], MON + timedelta(2), ["N"])
    return ids


def write_csv(path, lines, encoding="utf-8-sig") -> None:
    with open(path, "w", encoding=encoding, newline="") as handle:
        csv.writer(handle).writerows(lines)


def test_an_exported_week_imports_back_unchanged_and_edits_apply(db, team, tmp_path):
    out = tmp_path / "week.csv"
    assert rota_files.export_week(db, WEEK, out) == 14  # 2 agents x 7 days, days off too
    with open(out, encoding="utf-8-sig") as handle:
        lines = list(csv.reader(handle))
    assert lines[0] == ["Employee number", "Name", "Date", "Shift", "Leave type"]
    assert ["CS001", "张三", "2026-11-24", "M+E", ""] in lines
    assert ["CS002", "李四", "2026-11-23", "", "Sick leave"] in lines
    summary = rota_files.import_rota(db, out)
    assert (summary.created, summary.updated, summary.unchanged) == (0, 0, 14)
    # edited in a spreadsheet: a shift changed, a day emptied, leave typed in Chinese
    edited = [line for line in lines]
    for line in edited:
        if line[:3] == ["CS001", "张三", "2026-11-24"]:
            line[3] = "d"
        if line[:3] == ["CS002", "李四", "2026-11-25"]:
            line[3] = ""
        if line[:3] == ["CS002", "李四", "2026-11-26"]:
            line[3] = "年假"
    write_csv(out, edited)
    week_edits.publish_week(db, WEEK, "林主管")
    summary = rota_files.import_rota(db, out, author="王五")
    assert (summary.created, summary.updated, summary.unchanged) == (1, 2, 11)
    state = rota.week_rota(db, WEEK)
    assert state.plan(team[0], MON + timedelta(1)).codes == ("D",)
    assert state.plan(team[1], MON + timedelta(2)) == rota.DayPlan()
    assert state.plan(team[1], MON + timedelta(3)).leave is Leave.ANNUAL
    logged = [(c.before, c.after, c.changed_by) for c in week_edits.week_changes(db, WEEK)]
    assert sorted(logged) == [("", "annual", "王五"), ("M+E", "D", "王五"), ("N", "", "王五")]


def test_xlsx_round_trip(db, team, tmp_path):
    out = tmp_path / "week.xlsx"
    rota_files.export_week(db, WEEK, out)
    summary = rota_files.import_rota(db, out, dry_run=True)
    assert summary.rows == 14 and summary.unchanged == 14


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        ([["工号", "日期", "班次"], ["CS001", "2026-11-27", "X"]],
         "Line 2: No shift has the code X."),
        ([["工号", "日期", "班次"], ["CS009", "2026-11-27", "M"]], "Line 2: Employee number CS009"),
        ([["工号", "日期", "班次"], ["CS001", "27th", "M"]], "Line 2: Date"),
        ([["工号", "日期", "班次"], ["CS001", "2026-11-27", "M"], ["CS001", "2026-11-27", "E"]],
         "Line 3: The same agent and day are also on line 2."),
        ([["工号", "日期", "班次", "假别"], ["CS001", "2026-11-27", "", "holiday-ish"]],
         'Line 2: Leave type: "holiday-ish" is not a known leave.'),
        ([["工号", "日期", "班次"], ["CS001", "2026-11-27", "M+年假+病假"]],
         "Line 2: One day can have one kind of leave."),
        ([["姓名", "班次"], ["张三", "M"]], "Date"),
    ],
)  # fmt: skip
def test_a_bad_file_writes_nothing_and_names_the_line(db, team, tmp_path, lines, expected):
    # a good line last: it must not be written either
    if "工号" in lines[0]:
        lines = [*lines, ["CS002", "2026-11-28", "E", ""][: len(lines[0])]]
    path = tmp_path / "bad.csv"
    write_csv(path, lines)
    before = rows(db, "rota_duties"), rows(db, "rota_leave")
    with pytest.raises(ImportFailed) as caught:
        rota_files.import_rota(db, path)
    assert any(expected in line for line in caught.value.details), caught.value.details
    assert (rows(db, "rota_duties"), rows(db, "rota_leave")) == before


def test_a_file_in_the_wrong_encoding_is_read_or_refused_cleanly(db, team, tmp_path):
    path = tmp_path / "gbk.csv"
    write_csv(path, [["工号", "姓名", "日期", "班次"], ["CS002", "李四", "2026/11/28", "e"]], "gbk")
    summary = rota_files.import_rota(db, path)
    assert summary.created == 1
    assert rota.week_rota(db, WEEK).plan(team[1], date(2026, 11, 28)).codes == ("E",)
    garbage = tmp_path / "garbage.xlsx"
    garbage.write_bytes(b"\x00\x01 not a workbook")
    with pytest.raises(ImportFailed):
        rota_files.import_rota(db, garbage)


@pytest.mark.parametrize("paper", ["A4", "A3"])
def test_the_printed_week_reads_back(db, team, tmp_path, paper):
    out = tmp_path / "rota.pdf"
    assert rota_reports.rota_report(db, WEEK, out, paper) == 2
    reader = PdfReader(out)
    page = reader.pages[0]
    width, height = float(page.mediabox.width), float(page.mediabox.height)
    assert width > height  # landscape
    assert round(width) == (1191 if paper == "A3" else 842)
    text = page.extract_text()
    assert "2026-W48" in text and "张三" in text and "李四" in text
    assert "M+E" in text and "SL" in text  # codes and the sick-leave mark
    assert "08:00–16:00" in text and "16:00–24:00" in text  # the legend with times
    # each agent's row: the name, the day cells, then the week's hours
    tokens = [t.strip() for t in text.splitlines() if t.strip()]
    zhang = tokens[tokens.index("张三") + 1 : tokens.index("CS002")]
    li = tokens[tokens.index("李四") + 1 : tokens.index("李四") + 4]
    assert zhang == ["M", "M+E", "21"]  # 7 h + 14 h
    assert li == ["SL", "N", "7"]
    assert "Draft" in text


def test_only_a4_or_a3(db, team, tmp_path):
    with pytest.raises(rota_reports.UserError):
        rota_reports.rota_report(db, WEEK, tmp_path / "x.pdf", "Letter")
    assert not (tmp_path / "x.pdf").exists()
