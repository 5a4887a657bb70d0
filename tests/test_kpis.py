"""Monthly KPIs against values computed by hand, and the ``kpis`` command's CSV."""

from __future__ import annotations

import csv
import io
from datetime import date

import pytest

from csdesk.cli.main import main
from csdesk.domain.months import Month
from csdesk.services.performance import kpis
from csdesk.services.performance.conversation_files import import_conversations
from csdesk.services.staff import agent_changes
from csdesk.services.staff import agents as staff

OCTOBER = Month(2026, 10)
# 张三 (CS001): five conversations in October, one in November (not counted)
HEADER = (
    "会话ID,客服账号,开始时间,是否接起,等待时长,首次响应时长,平均响应时长,会话时长,"
    "是否解决,是否首次解决,满意度,是否转化,订单金额\n"
)
EXPORT = (
    HEADER
    + """A1,CS001,2026-10-01 09:00:00,是,10,30,40,300,是,是,5,是,100
A2,CS001,2026-10-01 00:00:00,是,45,200,60,600,否,否,3,否,
A3,CS001,2026-10-03 09:00:00,否,90,,,,,,,,
A4,CS001,2026-10-31 23:59:59,是,20,100,20,120,是,否,4,是,50.50
A5,CS001,2026-10-15 12:00:00,是,,,,,是,,满意,,
A6,CS001,2026-11-01 00:00:00,是,5,5,5,5,是,是,1,是,999
B1,CS002,2026-10-09 10:00:00,,,,,,,,,,
"""
)


@pytest.fixture
def shop(db, tmp_path):
    for number, name in (("CS001", "张三"), ("CS002", "李四"), ("CS003", "王五")):
        agent_changes.create_agent(db, staff.AgentData(number, name, hire_date=date(2026, 1, 5)))
    path = tmp_path / "october.csv"
    path.write_text(EXPORT, encoding="utf-8")
    import_conversations(db, path)
    return db


def test_conversation_kpis_are_over_the_rows_that_have_a_value(shop):
    rows = {r.employee_no: r for r in kpis.monthly_kpis(shop, OCTOBER)}
    v = rows["CS001"].values
    assert v["satisfaction_rate"] == pytest.approx(100 * 3 / 4)  # 5, 4, 满意 of 5, 3, 4, 满意
    assert v["avg_first_response_seconds"] == pytest.approx((30 + 200 + 100) / 3)
    assert v["three_minute_reply_rate"] == pytest.approx(100 * 2 / 3)
    assert v["avg_response_seconds"] == pytest.approx((40 + 60 + 20) / 3)
    assert v["answer_rate"] == pytest.approx(100 * 4 / 5)
    assert v["service_level"] == pytest.approx(100 * 2 / 5)  # answered within 30 s: A1, A4
    assert v["avg_wait_seconds"] == pytest.approx((10 + 45 + 90 + 20) / 4)
    assert v["avg_handle_seconds"] == pytest.approx((300 + 600 + 120) / 3)
    assert v["resolution_rate"] == pytest.approx(100 * 3 / 4)
    assert v["fcr_rate"] == pytest.approx(100 * 1 / 3)
    assert v["conversion_rate"] == pytest.approx(100 * 2 / 3)
    assert v["sales_amount"] == 15050 and v["avg_order_value"] == pytest.approx(7525)
    # an agent with conversations but no values for a KPI has no value, not 0
    assert rows["CS002"].values["satisfaction_rate"] is None
    assert rows["CS003"].values["satisfaction_rate"] is None
    assert rows["CS003"].values["valid_complaints"] == 0
    assert rows["CS001"].sources["satisfaction_rate"] == "conversations"


def test_the_kpis_command_prints_a_csv_to_check_in_a_spreadsheet(shop, db_path, capsys):
    shop.close()
    code = main(["kpis", "--db", str(db_path), "--month", "2026-10", "--format", "csv"])
    assert code == 0
    table = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert [r["employee_no"] for r in table] == ["CS001", "CS002", "CS003"]
    first = table[0]
    assert first["satisfaction_rate"] == "75" and first["avg_handle_seconds"] == "340"
    assert first["sales_amount"] == "150.5" and first["avg_order_value"] == "75.25"
    assert first["qa_score"] == "" and first["valid_complaints"] == "0"
    assert main(["kpis", "--db", str(db_path), "--month", "2026-10", "--agent", "cs002"]) == 0
    assert "CS002 李四" in capsys.readouterr().out
    assert main(["kpis", "--db", str(db_path), "--month", "2026-10", "--agent", "CS999"]) == 1


def test_the_demo_shop_has_a_month_of_every_kind_of_kpi(demo_db):
    rows = kpis.monthly_kpis(demo_db, OCTOBER)
    assert len(rows) >= 10
    for key in ("satisfaction_rate", "avg_first_response_seconds", "qa_score", "reply_rate"):
        assert sum(r.values[key] is not None for r in rows) >= len(rows) - 2, key
    sources = {r.sources.get("satisfaction_rate") for r in rows}
    assert sources == {"summaries"} or sources >= {"summaries", "conversations"}
    assert any(r.sources.get("avg_first_response_seconds") == "conversations" for r in rows)
    assert any((r.values["praise_count"] or 0) > 0 for r in rows)


def test_manual_kpis_are_checked_stored_and_cleared(shop):
    from csdesk.services.errors import UserError
    from csdesk.services.performance import manual_kpis

    agent = next(r.agent_id for r in kpis.monthly_kpis(shop, OCTOBER) if r.employee_no == "CS003")
    with pytest.raises(UserError, match="outside 1-5"):
        manual_kpis.set_manual_values(
            shop, OCTOBER, {agent: {"teamwork": 7, "attendance_rate": 90}}
        )
    assert manual_kpis.manual_values(shop, OCTOBER) == {}
    manual_kpis.set_manual_values(shop, OCTOBER, {agent: {"teamwork": 4, "attendance_rate": 90}})
    manual_kpis.set_manual_values(shop, OCTOBER, {agent: {"attendance_rate": None}})
    assert manual_kpis.manual_values(shop, OCTOBER) == {agent: {"teamwork": 4}}
    row = next(r for r in kpis.monthly_kpis(shop, OCTOBER) if r.agent_id == agent)
    assert row.values["teamwork"] == 4 and row.sources["teamwork"] == "manual"
    assert row.values["attendance_rate"] is None
