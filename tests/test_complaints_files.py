"""Complaint import, export and the monthly review PDF, on temporary databases."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from pypdf import PdfReader

from csdesk.common import i18n
from csdesk.domain.months import Month
from csdesk.services.complaints import case_files as complaints
from csdesk.services.complaints import (
    complaint_export,
    complaint_files,
    complaint_list,
    complaint_settings,
    complaint_verdicts,
)
from csdesk.services.complaints.complaint_reports import review_report
from csdesk.services.complaints.complaint_review import monthly_review
from csdesk.services.importing import ImportFailed
from csdesk.services.staff import agent_changes
from csdesk.services.staff import agents as staff

NOW = datetime(2026, 11, 23, 12, 0)
HEADER = (
    "编号,投诉时间,平台,渠道,客户,订单号,类别,子类别,优先级,责任人,状态,"
    "首次响应时间,解决时间,关闭时间,满意度,补偿方式,补偿金额,根本原因\n"
)
GOOD = HEADER + (
    "ZD-1001,2026-11-02 10:00,淘宝,旺旺,王女士,TB001,物流,延迟发货,紧急,CS001,已关闭,"
    "2026-11-02 10:30,2026-11-03 12:00,2026-11-05 09:00,5,退款,25.50,快递延误\n"
    "ZD-1002,2026/11/10 14:00,京东,电话,李先生,JD002,Product quality,Packaging,high,袁燕,"
    "pending,2026-11-10 15:00,,,,,,\n"
    ",2026-11-12 09:00,抖音,直播间,tb_小熊,DY003,新类别,,普通,,new,,,,,,,\n"
)


@pytest.fixture
def agent(db):
    return agent_changes.create_agent(db, staff.AgentData("CS001", "袁燕"))


def _write(tmp_path, text: str, encoding: str = "utf-8"):
    path = tmp_path / "complaints.csv"
    path.write_bytes(text.encode(encoding))
    return path


def _count(db) -> int:
    return complaint_list.queue_counts(db, NOW)[complaint_list.Queue.ALL]


def test_a_help_desk_export_imports_with_synonyms_and_history(db, agent, tmp_path):
    summary = complaint_files.import_complaints(db, _write(tmp_path, GOOD), now=NOW)
    assert (summary.created, summary.updated) == (3, 0)
    first = complaints.get_complaint(db, complaints.find_ref(db, "ZD-1001"), now=NOW)
    assert first.status == "closed" and first.imported
    assert first.data.priority == "urgent" and first.data.channel == "chat"
    # 物流 is the seeded Logistics in Chinese: filed there, not under a second category
    assert first.category_path == "Logistics / 延迟发货"
    with i18n.speaking("zh_CN"):
        assert complaints.get_complaint(db, first.id, now=NOW).category_path == "物流 / 延迟发货"
    tops = [c for c in complaint_settings.list_categories(db) if c.parent_id is None]
    assert sum(c.name == "Logistics" for c in tops) == 1 and "物流" not in {c.name for c in tops}
    assert first.handling.compensation_cents == 2550 and first.follow_up.satisfaction == 5
    assert first.root_cause_name == "快递延误"
    second = complaints.get_complaint(db, complaints.find_ref(db, "ZD-1002"), now=NOW)
    assert second.status == "waiting_customer" and second.data.priority == "important"
    assert second.category_path == "Product quality / Packaging"
    assert second.agent_name == "袁燕"
    third = complaints.find_ref(db, "TS-2026-00001")
    assert complaints.get_complaint(db, third, now=NOW).data.channel == "直播间"
    notes = " ".join(summary.notes)
    assert "新类别" in notes and "快递延误" in notes and "直播间" in notes


def test_reimporting_adds_nothing_twice(db, agent, tmp_path):
    path = _write(tmp_path, GOOD)
    complaint_files.import_complaints(db, path, now=NOW)
    again = complaint_files.import_complaints(db, path, now=NOW)
    assert (again.created, again.updated, again.unchanged) == (0, 0, 3)
    assert _count(db) == 3


def test_gbk_and_xlsx_round_trip(db, agent, tmp_path):
    complaint_files.import_complaints(db, _write(tmp_path, GOOD, "gbk"), now=NOW)
    out = tmp_path / "out.xlsx"
    assert complaint_export.export_complaints(db, out, "xlsx") == 3
    assert complaint_export.export_complaints(db, tmp_path / "nov.csv", "csv", Month(2026, 11)) == 3
    assert complaint_export.export_complaints(db, tmp_path / "oct.csv", "csv", Month(2026, 10)) == 0
    again = complaint_files.import_complaints(db, out, now=NOW)
    assert again.created == 0 and _count(db) == 3


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("ZD-9,not a date,淘宝,旺旺,王女士,TB9,,,普通,,,,,,,,,\n", "not a date"),
        ("ZD-9,2026-11-02 10:00,淘宝,旺旺,王女士,TB9,,,someday,,,,,,,,,\n", "priority"),
        ("ZD-9,2026-11-02 10:00,淘宝,旺旺,王女士,TB9,,,普通,,,,,,9,,,\n", "1 to 5"),
        ("ZD-9,2026-11-02 10:00,淘宝,旺旺,,,,,普通,,,,,,,,,\n", "customer"),
        ("ZD-9,2026-11-02 10:00,淘宝,旺旺,王女士,TB9,,,普通,,,2026-11-01 09:00,,,,,,\n", "before"),
        ("ZD-9,2026-11-02 10:00,淘宝,旺旺,王女士,TB9,,,普通,CS404,,,,,,,,\n", "CS404"),
        ("ZD-1001,2026-11-02 10:00,淘宝,旺旺,王女士,TB9,,,普通,,,,,,,,,\n", "line 2"),
    ],
)
def test_bad_lines_are_reported_with_line_numbers_and_nothing_is_written(
    db, agent, tmp_path, line, reason
):
    text = GOOD.splitlines(keepends=True)
    path = _write(tmp_path, text[0] + text[1] + line)
    with pytest.raises(ImportFailed) as caught:
        complaint_files.import_complaints(db, path, now=NOW)
    assert any(d.startswith("Line 3") and reason in d for d in caught.value.details)
    assert _count(db) == 0


def test_missing_required_column_writes_nothing(db, tmp_path):
    path = _write(tmp_path, "客户,订单号\n王女士,TB1\n")
    with pytest.raises(ImportFailed):
        complaint_files.import_complaints(db, path, now=NOW)
    assert _count(db) == 0


def test_the_review_pdf_prints_the_months_numbers(demo_db, tmp_path):
    month = Month(2026, 10)
    figures = monthly_review(demo_db, month, now=NOW)
    out = tmp_path / "review.pdf"
    assert review_report(demo_db, month, out, now=NOW) == figures.headline.received
    text = " ".join(" ".join(page.extract_text() for page in PdfReader(out).pages).split())
    assert f"Received {figures.headline.received} " in text
    assert f"resolved in the month {figures.headline.resolved} " in text
    response = figures.clocks[next(iter(figures.clocks))]
    assert f"First response {response.measured} {response.met}" in text
    for name, _count in figures.by_top_category[:3]:
        assert name in text
    # counts against agents agree with the service the scorecards read
    valid = complaint_verdicts.valid_complaint_counts(demo_db, month)
    assert sum(valid.values()) == figures.headline.valid == sum(a.valid for a in figures.by_agent)
    assert len(PdfReader(out).pages) >= 2


def test_the_review_in_chinese_has_no_missing_glyphs(demo_db, tmp_path):

    out = tmp_path / "review.pdf"
    with i18n.speaking("zh_CN"):
        review_report(demo_db, Month(2026, 10), out, now=NOW)
    text = "".join(page.extract_text() for page in PdfReader(out).pages)
    assert "投诉" in text


def test_unknown_category_names_are_matched_case_insensitively(db, agent, tmp_path):
    text = (
        HEADER + "Z1,2026-11-02 10:00,淘宝,旺旺,王女士,TB1,LOGISTICS,late delivery,普通,,,,,,,,,\n"
    )
    complaint_files.import_complaints(db, _write(tmp_path, text), now=NOW)
    before = len(complaint_settings.list_categories(db))
    record = complaints.get_complaint(db, complaints.find_ref(db, "Z1"), now=NOW)
    assert record.category_path == "Logistics / Late delivery"
    assert len(complaint_settings.list_categories(db)) == before


def test_a_demo_made_at_one_in_the_morning_holds_no_later_time_and_comes_back_in(db, tmp_path):
    """The demo's day stops at the clock: its complaints export and import back at 01:00.

    A demo that played its complaints up to 10:30 whatever the hour held rows received
    or handled "in the future", which its own export could not bring back in (the frozen
    build's smoke test, run at night, found it).
    """
    from datetime import date, time

    from sqlalchemy import func, select

    from csdesk.data.complaints import Complaint, ComplaintEvent
    from csdesk.services.demo.demo_shop import build_demo

    one_am = datetime.combine(date(2026, 11, 23), time(1, 0))
    # seed 4: played up to 10:30 regardless, this demo handled complaints on the 23rd
    build_demo(db, agents=12, months=1, seed=4, today=one_am.date(), clock=one_am)
    with db.read() as session:
        received = session.scalar(select(func.max(Complaint.received_at)))
        logged = session.scalar(select(func.max(ComplaintEvent.at)))
        total = session.scalar(select(func.count(Complaint.id)))
    assert received <= one_am and logged <= one_am
    assert logged >= one_am - timedelta(days=3)  # the demo still runs up to the last days
    out = tmp_path / "complaints.xlsx"
    assert complaint_export.export_complaints(db, out, "xlsx") == total
    again = complaint_files.import_complaints(db, out, now=one_am)
    assert again.created == 0 and again.rows == total
