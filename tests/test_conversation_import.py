"""Conversation exports: the measures' parsers and the bulk import's rules."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from datetime import date, datetime, time, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from csdesk.importers.bulk import ColumnConverter, all_stored_moments
from csdesk.importers.mapping import header_unit
from csdesk.importers.measures import (
    duration_in,
    parse_duration,
    parse_moment,
    parse_money,
    parse_percent,
    parse_rating,
)
from csdesk.services.importing import ImportFailed
from csdesk.services.performance.conversation_files import import_conversations
from csdesk.services.staff import agent_changes
from csdesk.services.staff import agents as staff

HEADER = "会话ID,客服账号,开始时间,结束时间,首次响应时长,平均响应时长,是否解决,满意度,订单金额\n"


# --- parsers --------------------------------------------------------------------------------


@given(st.integers(0, 3 * 86400))
def test_a_duration_reads_the_same_in_every_form(seconds):
    h, rest = divmod(seconds, 3600)
    m, s = divmod(rest, 60)
    forms = [seconds, str(seconds), f"{seconds}s", f"{seconds}秒", f"{h}:{m:02d}:{s:02d}"]
    if h == 0:
        forms += [f"{m}:{s:02d}", f"{m}分{s}秒"]
    if seconds < 86400:
        forms.append(time(h, m, s))
    assert {parse_duration(f) for f in forms} == {float(seconds)}


@pytest.mark.parametrize("bad", ["abc", "-5", "1:75:00", "5 parsecs", True, ""])
def test_a_duration_that_is_not_one_is_refused(bad):
    with pytest.raises(ValueError, match="not a duration"):
        parse_duration(bad)


@given(st.integers(0, 5000), st.sampled_from(["(分钟)", "（分）", "(min)", "(小时)", "(ms)"]))
def test_bare_numbers_take_the_unit_the_header_names(number, unit):
    per = header_unit(f"会话时长{unit}")
    parse = duration_in(per)
    assert parse(str(number)) == pytest.approx(number * per)
    assert parse(number) == pytest.approx(number * per)
    # a cell that states its own unit means what it says
    assert parse("1分20秒") == parse("1:20") == 80.0


def test_units_that_change_nothing_or_are_not_time_are_no_scale():
    assert header_unit("首次响应时长(秒)") is None
    assert header_unit("满意率(%)") is None
    assert header_unit("会话时长") is None
    assert header_unit("会话时长(分钟)") == 60


@given(st.integers(0, 1000))
def test_a_rate_as_percent_or_fraction_is_the_same(tenths):
    percent = tenths / 10
    assert parse_percent(f"{percent}%") == pytest.approx(percent)
    assert parse_percent(percent / 100) == pytest.approx(percent)
    assert parse_percent(str(percent / 100)) == pytest.approx(percent)


def test_ratings_money_and_moments():
    words = ("5", 4, "5星", "非常满意", "满意", "一般", "unsatisfied")
    assert [parse_rating(v) for v in words] == [5, 4, 5, 5, 4, 3, 1]
    with pytest.raises(ValueError, match="rating"):
        parse_rating("6")
    assert parse_money("¥1,280.50") == 128050 and parse_money(59.9) == 5990
    assert parse_moment("2026/3/1 8:05:09") == "2026-03-01 08:05:09"
    assert parse_moment("2026年3月1日 14:30") == "2026-03-01 14:30:00"
    assert parse_moment(datetime(2026, 3, 1, 14, 30, 5, 123)) == "2026-03-01 14:30:05"
    with pytest.raises(ValueError, match="date and time"):
        parse_moment("2026-02-30 10:00:00")


def test_a_column_is_parsed_once_per_distinct_cell():
    calls = []

    def parse(cell):
        calls.append(cell)
        return int(cell)

    converter = ColumnConverter(parse)
    values, failures = converter.convert(["1", "2", "1", "", "x", "2"])
    assert values == [1, 2, 1, None, None, 2] and list(failures) == [4]
    assert sorted(calls) == ["1", "2", "x"]


def test_stored_moments_are_recognised_in_one_go():
    assert all_stored_moments(["2026-03-01 08:00:00", "2026-12-31 23:59:59"])
    assert not all_stored_moments(["2026-02-30 08:00:00"])
    assert not all_stored_moments(["2026-03-01 08:00"])


# --- the import -------------------------------------------------------------------------------


@pytest.fixture
def agents(db):
    """Two agents: 售前01 was 张三's until June, then 李四's; 王五 by employee number."""
    first = agent_changes.create_agent(
        db,
        staff.AgentData(
            "CS001",
            "张三",
            hire_date=date(2026, 1, 5),
            accounts=(staff.AccountData("淘宝", "售前01", "小美", None, date(2026, 6, 30)),),
        ),
    )
    second = agent_changes.create_agent(
        db,
        staff.AgentData(
            "CS002",
            "李四",
            hire_date=date(2026, 1, 5),
            accounts=(staff.AccountData("淘宝", "售前01", "小美", date(2026, 7, 1), None),),
        ),
    )
    third = agent_changes.create_agent(
        db, staff.AgentData("CS003", "王五", hire_date=date(2026, 1, 5))
    )
    return first, second, third


def _write(tmp_path, body: str, encoding="utf-8", name="c.csv"):
    path = tmp_path / name
    path.write_bytes((HEADER + body).encode(encoding))
    return path


def _stored(db_path):
    with closing(sqlite3.connect(db_path)) as con:
        return con.execute(
            "SELECT conversation_id, agent_id, started_at, first_response_seconds, "
            "avg_response_seconds, resolved, csat, order_cents FROM conversations ORDER BY 1"
        ).fetchall()


GOOD = (
    "Q1,售前01,2026-06-30 10:00:00,2026-06-30 10:05:00,12,1:05,是,5,128.50\n"
    "Q2,售前01,2026-07-01 09:00:00,2026-07-01 09:20:00,0:30,20s,否,不满意,\n"
    "Q3,CS003,2026/7/2 14:00,,1分5秒,30,已解决,,\n"
)


def test_a_gbk_export_is_imported_with_accounts_resolved_by_date(db, db_path, agents, tmp_path):
    first, second, third = agents
    summary = import_conversations(db, _write(tmp_path, GOOD, "gbk"))
    assert (summary.rows, summary.created, summary.encoding) == (3, 3, "gb18030")
    assert _stored(db_path) == [
        ("Q1", first, "2026-06-30 10:00:00.000000", 12.0, 65.0, 1, 5, 12850),
        ("Q2", second, "2026-07-01 09:00:00.000000", 30.0, 20.0, 0, 2, None),
        ("Q3", third, "2026-07-02 14:00:00.000000", 65.0, 30.0, 1, None, None),
    ]


def test_importing_again_adds_nothing_and_a_change_is_an_update(db, db_path, agents, tmp_path):
    import_conversations(db, _write(tmp_path, GOOD))
    again = import_conversations(db, _write(tmp_path, GOOD))
    assert (again.created, again.updated, again.unchanged) == (0, 0, 3)
    changed = GOOD.replace("12,1:05,是,5", "15,1:05,是,4")
    third = import_conversations(db, _write(tmp_path, changed))
    assert (third.created, third.updated, third.unchanged) == (0, 1, 2)
    assert _stored(db_path)[0][3] == 15.0 and len(_stored(db_path)) == 3


def test_bad_values_refuse_the_file_with_line_numbers(db, db_path, agents, tmp_path):
    bad = GOOD + 'Q4,售前01,"2026-07-03\n 25:00",,abc,5,也许,9,\n,,,,,,,,\n'
    with pytest.raises(ImportFailed) as caught:
        import_conversations(db, _write(tmp_path, bad))
    details = "\n".join(caught.value.details)
    assert "Line 5: " in details  # the row starts on line 5; a quoted cell spans two
    assert "not a date and time" in details
    assert "not a duration" in details and "not yes or no" in details and "rating" in details
    assert _stored(db_path) == []


def test_unknown_accounts_are_listed_or_skipped(db, db_path, agents, tmp_path):
    body = GOOD + "Q5,售后99,2026-07-03 10:00:00,,5,5,是,5,\n"
    with pytest.raises(ImportFailed) as caught:
        import_conversations(db, _write(tmp_path, body))
    assert any("售后99: 1 row, on line 5" in d for d in caught.value.details)
    assert _stored(db_path) == []
    summary = import_conversations(db, _write(tmp_path, body), skip_unknown=True)
    assert summary.created == 3 and any("售后99" in n for n in summary.notes)


def test_a_dry_run_counts_and_writes_nothing(db, db_path, agents, tmp_path):
    summary = import_conversations(db, _write(tmp_path, GOOD), dry_run=True)
    assert summary.dry_run and summary.created == 3 and _stored(db_path) == []


def test_files_that_cannot_be_imported(db, db_path, agents, tmp_path):
    path = tmp_path / "latin.csv"
    path.write_bytes(HEADER.encode() + b"Q1,\xff\xfe\xfa,2026-07-01 09:00:00\n")
    with pytest.raises(ImportFailed, match="Nothing was imported") as caught:
        import_conversations(db, path)
    assert "Line 2" in caught.value.details[0]
    missing = tmp_path / "missing.csv"
    missing.write_text("会话ID,开始时间\nQ1,2026-07-01 09:00:00\n", encoding="utf-8")
    with pytest.raises(ImportFailed) as caught:
        import_conversations(db, missing)
    assert "account" in caught.value.details[0]


def test_split_date_and_time_columns_and_xlsx(db, db_path, agents, tmp_path):
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["工单号", "处理人", "日期", "时间", "AHT", "CSAT"])
    sheet.append(["T1", "王五", datetime(2026, 7, 5), time(9, 30), timedelta(minutes=2), 4])
    sheet.append(["T2", "CS003", "2026-07-05", "10:15:00", "0:03:00", "satisfied"])
    path = tmp_path / "desk.xlsx"
    book.save(path)
    summary = import_conversations(db, path)
    assert summary.created == 2 and summary.encoding == "xlsx"
    with closing(sqlite3.connect(db_path)) as con:
        rows = con.execute(
            "SELECT conversation_id, started_at, handle_seconds, csat FROM conversations ORDER BY 1"
        ).fetchall()
    assert rows == [
        ("T1", "2026-07-05 09:30:00.000000", 120.0, 4),
        ("T2", "2026-07-05 10:15:00.000000", 180.0, 5),
    ]


def test_a_cancelled_import_leaves_the_database_as_it_was(db, db_path, agents, tmp_path):
    from csdesk.services.importing import ImportCancelled

    seen = []

    def progress(done, total):
        seen.append((done, total))
        return False

    with pytest.raises(ImportCancelled):
        import_conversations(db, _write(tmp_path, GOOD), progress=progress)
    assert _stored(db_path) == [] and seen and seen[0][1] > 0
