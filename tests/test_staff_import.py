"""The staff import: real-world files, every kind of bad line, all-or-nothing, idempotent."""

from datetime import date, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st
from openpyxl import Workbook

from csdesk.domain.staff import Status
from csdesk.importers.values import parse_date
from csdesk.services.staff import agent_changes, staff_files
from csdesk.services.staff import agents as staff
from csdesk.services.staff.staff_files import ImportFailed

CHINESE_CSV = (
    "工号,姓名,岗位,级别,状态,入职日期,导师工号,手机,渠道,子账号,备注,工位\r\n"
    "CS001,王婷,售前,高级,在职,2024/3/1,,13800000001,在线/电话,淘宝|旗舰店|旗舰店:王婷,,A1\r\n"
    'CS002,李静,售后,初级,入职中,2026年10月8日,CS001,13800000002,电话,,"第一行\r\n第二行",A2\r\n'
)


def write(path, text, encoding="utf-8"):
    path.write_bytes(text.encode(encoding))
    return path


def count(db):
    return len(staff.list_agents(db))


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gbk", "gb18030"])
def test_chinese_csv_in_every_common_encoding(db, tmp_path, encoding):
    path = write(tmp_path / "staff.csv", CHINESE_CSV, encoding)
    summary = staff_files.import_staff(db, path)
    assert (summary.created, summary.updated) == (2, 0)
    assert summary.ignored_columns == ["工位"]
    agents = {a.employee_no: a for a in staff.list_agents(db)}
    wang, li = agents["CS001"].data, agents["CS002"].data
    assert (wang.post, wang.level, wang.status, wang.hire_date) == (
        "pre_sales",
        "senior",
        "active",
        date(2024, 3, 1),
    )
    assert wang.channels == ("chat", "phone")
    assert wang.accounts[0].account_name == "旗舰店:王婷"
    assert (li.status, li.hire_date, li.mentor_no) == ("onboarding", date(2026, 10, 8), "CS001")
    assert li.notes == "第一行\n第二行"


def test_reimporting_the_same_file_changes_nothing(db, tmp_path):
    path = write(tmp_path / "staff.csv", CHINESE_CSV)
    staff_files.import_staff(db, path)
    again = staff_files.import_staff(db, path)
    assert (again.created, again.updated, again.unchanged) == (0, 0, 2)
    assert count(db) == 2


def test_a_changed_row_updates_the_agent_and_records_the_rotation(db, tmp_path):
    staff_files.import_staff(db, write(tmp_path / "a.csv", CHINESE_CSV))
    changed = CHINESE_CSV.replace("CS001,王婷,售前", "CS001,王婷,投诉处理")
    summary = staff_files.import_staff(db, write(tmp_path / "b.csv", changed))
    assert (summary.updated, summary.unchanged) == (1, 1)
    wang = next(a for a in staff.list_agents(db) if a.employee_no == "CS001")
    assert wang.data.post == "complaints"
    assert [c.to_post for c in wang.post_changes] == ["complaints"]


def test_an_empty_cell_never_erases_what_is_on_file(db, tmp_path):
    staff_files.import_staff(db, write(tmp_path / "a.csv", CHINESE_CSV))
    sparse = "工号,姓名,手机\nCS001,王婷,\n"
    staff_files.import_staff(db, write(tmp_path / "b.csv", sparse))
    wang = next(a for a in staff.list_agents(db) if a.employee_no == "CS001")
    assert wang.data.phone == "13800000001"


def test_every_bad_line_is_reported_and_nothing_is_written(db, tmp_path):
    agent_changes.create_agent(db, staff.AgentData("CS900", "已有"))
    bad = (
        "employee_no,name,post,level,status,hire_date,left_date\n"
        "CS001,好的,pre-sales,junior,active,2025-01-01,\n"  # line 2: fine
        "CS002,,pre-sales,junior,active,2025-01-01,\n"  # line 3: no name
        "CS003,丙,cook,junior,active,2025-01-01,\n"  # line 4: unknown post
        "CS004,丁,pre-sales,junior,active,not a date,\n"  # line 5: bad date
        "CS001,重复,pre-sales,junior,active,2025-01-01,\n"  # line 6: duplicate number
        "CS005,戊,pre-sales,junior,left,2025-01-01,\n"  # line 7: left without date
    )
    with pytest.raises(ImportFailed) as caught:
        staff_files.import_staff(db, write(tmp_path / "bad.csv", bad))
    details = "\n".join(caught.value.details)
    assert "Line 3: Name is empty" in details
    assert 'Line 4: Post: "cook" is not a known post' in details
    assert 'Line 5: Hire date: "not a date" is not a date' in details
    assert "Line 6: Employee number CS001 is also on line 2" in details
    assert "Line 7: An agent who left needs a leaving date" in details
    assert [a.employee_no for a in staff.list_agents(db)] == ["CS900"]


def test_a_missing_required_column_is_named(db, tmp_path):
    with pytest.raises(ImportFailed) as caught:
        staff_files.import_staff(db, write(tmp_path / "x.csv", "姓名,岗位\n王婷,售前\n"))
    assert 'no column for "Employee number"' in caught.value.full_text()
    assert count(db) == 0


def test_a_file_in_neither_utf8_nor_gbk_is_refused_with_its_line(db, tmp_path):
    path = tmp_path / "x.csv"
    path.write_bytes("工号,姓名\n".encode() + b"CS1,\xff\xfe\xfa\n")
    with pytest.raises(ImportFailed, match="Nothing was imported") as caught:
        staff_files.import_staff(db, path)
    assert "Line 2" in caught.value.full_text()
    assert count(db) == 0


def test_map_overrides_the_automatic_mapping(db, tmp_path):
    path = write(tmp_path / "x.csv", "编号A,名字B,岗位,入职日期\nX1,王婷,售前,2025-01-01\n")
    with pytest.raises(ImportFailed):
        staff_files.import_staff(db, path)
    summary = staff_files.import_staff(db, path, ["编号A=employee_no", "名字B=name"])
    assert summary.created == 1


def test_a_bad_map_is_refused(db, tmp_path):
    path = write(tmp_path / "x.csv", "工号,姓名\nX1,王婷\n")
    with pytest.raises(ImportFailed, match="Nothing"):
        staff_files.import_staff(db, path, ["工号=nonsense"])


def test_a_new_agent_needs_post_and_hire_date(db, tmp_path):
    with pytest.raises(ImportFailed) as caught:
        staff_files.import_staff(db, write(tmp_path / "x.csv", "工号,姓名\nX1,王婷\n"))
    assert "Line 2: A new agent needs: Post, Hire date" in caught.value.full_text()


def test_dry_run_writes_nothing(db, tmp_path):
    summary = staff_files.import_staff(db, write(tmp_path / "a.csv", CHINESE_CSV), dry_run=True)
    assert summary.dry_run and summary.created == 2
    assert count(db) == 0


def test_xlsx_with_date_cells_text_dates_and_excel_zero_dates(db, tmp_path):
    book = Workbook()
    sheet = book.active
    sheet.append(["员工编号", "姓名", "岗位", "入职日期", "转正日期", "离职日期", "状态"])
    sheet.append(
        ["CS1", "王婷", "售前", datetime(2024, 3, 1), "2024-06-01", datetime(1899, 12, 30), "在职"]
    )
    sheet.append([1002, "李静", "售后", "2025/7/1", datetime(1900, 1, 1, 0, 0), None, "在职"])
    sheet.append(["CS3", "张敏", "技术支持", 45658, None, datetime(2026, 1, 31), "离职"])
    path = tmp_path / "staff.xlsx"
    book.save(path)
    summary = staff_files.import_staff(db, path)
    assert summary.created == 3
    agents = {a.employee_no: a.data for a in staff.list_agents(db)}
    assert agents["CS1"].hire_date == date(2024, 3, 1)
    assert agents["CS1"].probation_end == date(2024, 6, 1)
    assert agents["CS1"].left_date is None
    assert agents["1002"].probation_end is None
    assert agents["CS3"].hire_date == date(2025, 1, 1)  # Excel day number 45658
    assert (agents["CS3"].status, agents["CS3"].left_date) == (Status.LEFT, date(2026, 1, 31))


def test_a_garbage_xlsx_is_refused(db, tmp_path):
    path = tmp_path / "x.xlsx"
    path.write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(ImportFailed, match="Nothing"):
        staff_files.import_staff(db, path)


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_export_reimports_unchanged(demo_db, tmp_path, db_path, fmt):
    from csdesk.services.database import open_database

    out = tmp_path / f"staff.{fmt}"
    exported = staff_files.export_staff(demo_db, out)
    fresh = open_database(tmp_path / "fresh.sqlite3")
    try:
        first = staff_files.import_staff(fresh, out)
        assert first.created == exported
        again = staff_files.import_staff(demo_db, out)
        assert again.unchanged == exported
        original = {a.employee_no: a.data for a in staff.list_agents(demo_db)}
        copied = {a.employee_no: a.data for a in staff.list_agents(fresh)}
        assert copied == original
    finally:
        fresh.close()


def test_cancel_writes_nothing(db, tmp_path):
    with pytest.raises(staff_files.ImportCancelled):
        staff_files.import_staff(
            db, write(tmp_path / "a.csv", CHINESE_CSV), progress=lambda done, total: done < 2
        )
    assert count(db) == 0


@given(st.dates(date(1901, 1, 1), date(2099, 12, 31)))
def test_every_date_spelling_reads_the_same_day(day):
    spellings = [
        day.isoformat(),
        f"{day.year}/{day.month}/{day.day}",
        f"{day.year}年{day.month}月{day.day}日",
        day.strftime("%Y%m%d"),
        f"{day.year}.{day.month:02d}.{day.day:02d} 08:30:00",
        datetime(day.year, day.month, day.day),
        (day - date(1899, 12, 30)).days,
    ]
    if day == date(1900, 1, 1):
        return  # Excel's zero date means empty
    for spelling in spellings:
        assert parse_date(spelling) == day, spelling


@given(st.text(max_size=12))
def test_parse_date_either_reads_or_says_why(raw):
    try:
        parse_date(raw)
    except ValueError as exc:
        assert "is not a date" in str(exc)


def test_the_preview_says_what_happens_to_each_line(db, tmp_path):
    staff_files.import_staff(db, write(tmp_path / "a.csv", CHINESE_CSV))
    changed = CHINESE_CSV.replace("CS001,王婷,售前", "CS001,王婷,售后") + (
        "CS003,张敏,技术支持,初级,在职,2026-01-05,,,,,,\r\n"
    )
    summary = staff_files.import_staff(db, write(tmp_path / "b.csv", changed), dry_run=True)
    assert [(p.line, p.key, p.outcome) for p in summary.preview] == [
        (2, "CS001", "updated"),
        (3, "CS002", "unchanged"),
        (5, "CS003", "created"),
    ]


def test_columns_are_guessed_and_can_be_ignored_or_remapped(db, tmp_path):
    path = write(
        tmp_path / "x.csv", "工号,客服花名,岗位,入职日期,手机\nCS1,小婷,售前,2025-01-01,138\n"
    )
    guesses = {c.name: c.field for c in staff_files.file_columns(path)}
    assert guesses == {
        "工号": "employee_no",
        "客服花名": None,
        "岗位": "post",
        "入职日期": "hire_date",
        "手机": "phone",
    }
    summary = staff_files.import_staff(db, path, {"客服花名": "name", "手机": ""})
    assert summary.ignored_columns == ["手机"]
    record = staff.list_agents(db)[0].data
    assert (record.name, record.phone) == ("小婷", "")
