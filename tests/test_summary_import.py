"""Agent summaries (客服绩效 exports): import rules and the KPIs they give."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from datetime import date

import pytest

from csdesk.domain.months import Month
from csdesk.services.importing import ImportFailed
from csdesk.services.performance import kpis
from csdesk.services.performance.conversation_files import import_conversations
from csdesk.services.performance.summary_files import import_summaries
from csdesk.services.staff import agent_changes
from csdesk.services.staff import agents as staff

OCTOBER = Month(2026, 10)
QIANNIU = (
    "日期,旺旺昵称,咨询人数,接待人数,询单人数,询单最终付款人数,销售额,询单转化率,"
    "平均响应时长,首次响应时长,回复率,3分钟回复率,客户满意率\n"
    '2026-10-01,小美:售前01,120,100,60,30,"3,000.00",50.00%,25,12,98.5%,0.9,95%\n'
    "2026-10-02,小美:售前01,80,50,40,10,1000,25%,1分,20,100%,80%,0.80\n"
    "2026-10-01,店铺汇总值,500,400,200,90,9000,45%,30,15,99%,88%,92%\n"
    "2026-10-01,店铺平均值,100,80,40,18,1800,45%,30,15,99%,88%,92%\n"
)


@pytest.fixture
def agent(db):
    return agent_changes.create_agent(
        db,
        staff.AgentData(
            "CS001",
            "张三",
            hire_date=date(2026, 1, 5),
            accounts=(staff.AccountData("淘宝", "小美:售前01"),),
        ),
    )


def _write(tmp_path, text, encoding="gbk"):
    path = tmp_path / "summary.csv"
    path.write_bytes(text.encode(encoding))
    return path


def test_a_qianniu_export_is_read_and_shop_rows_skipped(db, db_path, agent, tmp_path):
    summary = import_summaries(db, _write(tmp_path, QIANNIU))
    assert (summary.rows, summary.created) == (4, 2)
    assert any("2 shop-level rows" in note for note in summary.notes)
    with closing(sqlite3.connect(db_path)) as con:
        first = con.execute(
            "SELECT period_start, period_end, inquiries, customers_served, buyers, sales_cents,"
            " conversion_rate, avg_response_seconds, reply_rate, three_minute_reply_rate,"
            " satisfaction_rate FROM agent_summaries ORDER BY period_start"
        ).fetchone()
    assert first == ("2026-10-01", "2026-10-01", 120, 100, 30, 300000, 50.0, 25.0, 98.5, 90.0, 95.0)
    again = import_summaries(db, _write(tmp_path, QIANNIU))
    assert (again.created, again.updated, again.unchanged) == (0, 0, 2)


def test_the_platforms_figure_wins_over_the_conversations(db, agent, tmp_path):
    talks = tmp_path / "talks.csv"
    talks.write_text(
        "会话ID,客服账号,开始时间,满意度,首次响应时长,是否解决\n"
        "C1,CS001,2026-10-05 10:00:00,1,100,是\n",
        encoding="utf-8",
    )
    import_conversations(db, talks)
    import_summaries(db, _write(tmp_path, QIANNIU))
    (row,) = kpis.monthly_kpis(db, OCTOBER)
    # days weighted by customers served: (95 x 100 + 80 x 50) / 150
    assert row.values["satisfaction_rate"] == pytest.approx((95 * 100 + 80 * 50) / 150)
    assert row.sources["satisfaction_rate"] == "summaries"
    assert row.values["avg_first_response_seconds"] == pytest.approx((12 * 100 + 20 * 50) / 150)
    assert row.values["sales_amount"] == 400000
    assert row.values["avg_order_value"] == pytest.approx(400000 / 40)
    # the conversations still give what the summary does not
    assert (
        row.values["resolution_rate"] == 100 and row.sources["resolution_rate"] == "conversations"
    )


def test_a_month_file_without_a_date_column_needs_the_period(db, agent, tmp_path):
    text = "客服昵称,客户满意率,询单转化率\n小美:售前01,96%,41%\n合计,96%,41%\n"
    with pytest.raises(ImportFailed) as caught:
        import_summaries(db, _write(tmp_path, text))
    assert "Line 2" in caught.value.details[0] and "--period" in caught.value.details[0]
    month = (OCTOBER.first_day, OCTOBER.last_day)
    assert import_summaries(db, _write(tmp_path, text), period=month).created == 1
    (row,) = kpis.monthly_kpis(db, OCTOBER)
    assert row.values["satisfaction_rate"] == 96 and row.values["conversion_rate"] == 41


def test_bad_values_and_unknown_accounts_refuse_the_file(db, db_path, agent, tmp_path):
    text = QIANNIU + "2026-10-03,小美:售前01,abc,1,1,1,1,150%,1,1,1,1,1\n"
    text += "2026-10-03,小美:售后99,1,1,1,1,1,1%,1,1,1,1,1\n"
    with pytest.raises(ImportFailed) as caught:
        import_summaries(db, _write(tmp_path, text))
    details = "\n".join(caught.value.details)
    assert "Line 6" in details and "not a number" in details and "between 0 and 100" in details
    assert "Line 7" in details and "售后99" in details
    with closing(sqlite3.connect(db_path)) as con:
        assert con.execute("SELECT count(*) FROM agent_summaries").fetchone() == (0,)
    text = QIANNIU + "2026-10-03,小美:售后99,1,1,1,1,1,1%,1,1,1,1,1\n"
    summary = import_summaries(db, _write(tmp_path, text), skip_unknown=True)
    assert summary.created == 2 and any("售后99" in n for n in summary.notes)
