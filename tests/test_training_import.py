"""The training import: real files, bad lines, all-or-nothing, idempotent exports."""

from datetime import datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st
from openpyxl import Workbook

from csdesk.domain.staff import Post
from csdesk.importers.values import parse_datetime, parse_number
from csdesk.services.importing import ImportFailed
from csdesk.services.staff import agent_changes
from csdesk.services.staff import agents as staff
from csdesk.services.training import courses as training
from csdesk.services.training import session_records, training_files
from tests.conftest import TODAY

SHEET = (
    "工号,姓名,培训课程,培训日期,讲师,形式,学时,出勤,成绩,备注,签到表页码\r\n"
    "CS001,王婷,service etiquette,2026/3/2 14:00,林老师,线下,4,出席,88,,1\r\n"
    "CS002,李静,BAS-ETQ,2026-03-02,林老师,线下,4,出席,62,需补考,1\r\n"
    ",李静,客户心理学,2026年3月9日,外聘王老师,线上,2,请假,,,2\r\n"
)


@pytest.fixture
def team(db):
    for no, name in (("CS001", "王婷"), ("CS002", "李静")):
        agent_changes.create_agent(db, staff.AgentData(no, name, post=Post.PRE_SALES))
    return db


def write(path, text, encoding="utf-8"):
    path.write_bytes(text.encode(encoding))
    return path


def rows_of(db):
    return [
        (s.course_code, s.data.starts_at, a.employee_no, a.attendance, a.score, a.passed)
        for s in session_records.list_sessions(db)
        for a in s.attendees
    ]


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gbk"])
def test_a_chinese_sign_in_sheet_in_every_common_encoding(team, tmp_path, encoding):
    summary = training_files.import_training(team, write(tmp_path / "t.csv", SHEET, encoding))
    assert (summary.rows, summary.created) == (3, 3)
    assert summary.ignored_columns == ["签到表页码"]
    assert any("客户心理学" in note for note in summary.notes)
    sessions = session_records.list_sessions(team)
    etq = next(s for s in sessions if s.course_code == "BAS-ETQ")
    assert etq.data.starts_at == datetime(2026, 3, 2, 14, 0)  # both lines: one session
    assert {a.employee_no: a.passed for a in etq.attendees} == {"CS001": True, "CS002": False}
    new = next(s for s in sessions if s.course_title == "客户心理学")
    assert new.course_code.startswith("IMP-")
    assert new.attendees[0].attendance == "excused" and new.attendees[0].passed is False


def test_reimporting_adds_nothing_and_a_changed_score_updates(team, tmp_path):
    path = write(tmp_path / "t.csv", SHEET)
    training_files.import_training(team, path)
    before = rows_of(team)
    again = training_files.import_training(team, path)
    assert (again.created, again.updated, again.unchanged) == (0, 0, 3)
    assert rows_of(team) == before and len(training.list_courses(team)) == 13
    retake = write(tmp_path / "r.csv", SHEET.replace("出席,62,需补考", "出席,85,补考通过"))
    summary = training_files.import_training(team, retake)
    assert (summary.updated, summary.unchanged) == (1, 2)
    li = [r for r in rows_of(team) if r[2] == "CS002" and r[0] == "BAS-ETQ"]
    assert li == [("BAS-ETQ", datetime(2026, 3, 2, 14), "CS002", "present", 85, True)]


def test_every_bad_line_is_reported_and_nothing_is_written(team, tmp_path):
    bad = (
        "工号,姓名,课程,日期,成绩,是否通过\r\n"
        "CS001,王婷,Service etiquette,2026-03-02,105,\r\n"  # score out of range
        "CS009,赵六,Service etiquette,2026-03-02,80,\r\n"  # unknown agent
        ",,Service etiquette,2026-03-02,80,\r\n"  # nobody named
        "CS002,李静,Service etiquette,明天,80,\r\n"  # not a date
        "CS002,王婷,Service etiquette,2026-03-02,80,\r\n"  # number and name disagree
        "CS001,王婷,Service etiquette,2026-03-03,八十,也许\r\n"  # garbage score and yes/no
        "CS001,王婷,客户心理学,2026-03-04,80,是\r\n"  # fine, but must not be written
    )
    with pytest.raises(ImportFailed) as refused:
        training_files.import_training(team, write(tmp_path / "bad.csv", bad))
    details = refused.value.details
    assert [d.split(":")[0] for d in details] == [
        "Line 2", "Line 3", "Line 4", "Line 5", "Line 6", "Line 7", "Line 7"
    ]  # fmt: skip
    assert "0 to 100" in details[0] and "not in the staff directory" in details[1]
    assert "is 李静, not 王婷" in details[4]
    assert session_records.list_sessions(team) == []
    assert len(training.list_courses(team)) == 12  # the new course was rolled back too


def test_missing_columns_and_a_file_in_the_wrong_encoding_are_refused(team, tmp_path):
    with pytest.raises(ImportFailed, match="Nothing was imported") as refused:
        training_files.import_training(team, write(tmp_path / "x.csv", "姓名,成绩\n王婷,80\n"))
    assert any("Course" in d for d in refused.value.details)
    assert any("Date" in d for d in refused.value.details)
    garbage = tmp_path / "g.csv"
    garbage.write_bytes(b"\xff\xfe\x00\x81\x30\xff" * 20)
    with pytest.raises(ImportFailed):
        training_files.import_training(team, garbage)
    assert session_records.list_sessions(team) == []


def test_an_ambiguous_name_asks_for_the_employee_number(team, tmp_path):
    agent_changes.create_agent(team, staff.AgentData("CS003", "王婷"))
    with pytest.raises(ImportFailed, match="Nothing") as refused:
        training_files.import_training(
            team, write(tmp_path / "t.csv", "姓名,课程,日期\n王婷,Service etiquette,2026-03-02\n")
        )
    assert "give the employee number" in refused.value.details[0]


def test_xlsx_with_date_cells_and_a_dry_run(team, tmp_path):
    book = Workbook()
    sheet = book.active
    sheet.append(["employee_no", "course", "date", "score", "passed"])
    sheet.append(["CS001", "BAS-COM", datetime(2026, 5, 6, 9, 30), 91, None])
    sheet.append(["CS002", "BAS-COM", datetime(2026, 5, 6, 9, 30), None, "否"])
    path = tmp_path / "t.xlsx"
    book.save(path)
    dry = training_files.import_training(team, path, dry_run=True)
    assert dry.dry_run and dry.created == 2 and session_records.list_sessions(team) == []
    assert [p.key for p in dry.preview] == ["CS001 王婷", "CS002 李静"]
    training_files.import_training(team, path)
    (session,) = session_records.list_sessions(team)
    assert session.data.starts_at == datetime(2026, 5, 6, 9, 30)
    assert {a.employee_no: a.passed for a in session.attendees} == {"CS001": True, "CS002": False}


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_the_export_reimports_unchanged(demo_db, tmp_path, fmt):
    out = tmp_path / f"training.{fmt}"
    count = training_files.export_training(demo_db, out, fmt)
    assert count == sum(len(s.attendees) for s in session_records.list_sessions(demo_db))
    before = rows_of(demo_db)
    summary = training_files.import_training(demo_db, out, today=TODAY)
    assert (summary.created, summary.updated, summary.unchanged) == (0, 0, count)
    assert rows_of(demo_db) == before


def test_fields_are_listed():
    keys = [key for key, *_ in training_files.training_fields()]
    assert keys[:4] == ["employee_no", "name", "course", "date"]


@given(st.datetimes(min_value=datetime(1990, 1, 1), max_value=datetime(2099, 12, 31)))
def test_dates_with_a_time_read_back_in_every_written_form(moment):
    moment = moment.replace(second=0, microsecond=0)
    for text in (
        moment.strftime("%Y-%m-%d %H:%M"),
        moment.strftime("%Y/%m/%d %H:%M:%S"),
        f"{moment.year}年{moment.month}月{moment.day}日 {moment.hour}:{moment.minute:02d}",
    ):
        assert parse_datetime(text) == moment
    assert parse_datetime(moment.strftime("%Y-%m-%d")) == moment.replace(hour=0, minute=0)
    assert parse_datetime(moment) == moment


@given(st.decimals(min_value=0, max_value=100, places=1))
def test_scores_read_back_with_or_without_a_unit(score):
    for text in (f"{score}", f"{score}分", f" {score} "):
        assert parse_number(text) == float(score)


@given(st.text(alphabet="abcxyz八十分%$ .-", min_size=1))
def test_garbage_is_not_a_number(text):
    with pytest.raises(ValueError, match="not a number"):
        parse_number(text)


def test_a_line_that_fails_after_creating_a_course_does_not_confuse_later_lines(team, tmp_path):
    text = (
        "工号,课程,日期,出勤,成绩\n"
        "CS001,客户心理学,2026-03-09,缺席,80\n"  # a score for an absent agent: refused
        "CS002,客户心理学,2026-03-09,出席,90\n"  # the same new course, fine on its own
    )
    with pytest.raises(ImportFailed) as refused:
        training_files.import_training(team, write(tmp_path / "t.csv", text))
    assert len(refused.value.details) == 1
    assert refused.value.details[0].startswith("Line 2:")
    assert "not marked present" in refused.value.details[0]
    assert len(training.list_courses(team)) == 12 and session_records.list_sessions(team) == []
