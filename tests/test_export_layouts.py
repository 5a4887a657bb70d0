"""Each built-in layout, on a sample file written the way that back office writes it.

The files are short but keep the real headers, their order, the units in brackets,
the value forms (mm:ss, 满意/不满意, "98.5%") and the shop-level rows at the end.
"""

from __future__ import annotations

import sqlite3
from contextlib import closing
from datetime import date

import pytest

from csdesk.services.performance.conversation_files import import_conversations
from csdesk.services.performance.summary_files import import_summaries
from csdesk.services.staff import agent_changes
from csdesk.services.staff import agents as staff

CONVERSATION_LAYOUTS = {
    # 千牛 接待明细 (Taobao / Tmall)
    "qianniu": (
        "会话ID,旺旺昵称,买家昵称,咨询类型,开始时间,结束时间,首次响应时长,平均响应时长,"
        "会话时长,是否解决,满意度,是否转化,订单金额\n"
        "QN1,店:售前01,tb_小熊,售前咨询,2026-10-05 10:00:00,2026-10-05 10:06:40,00:12,00:35,"
        "06:40,已解决,非常满意,是,128.50\n",
        ("QN1", 12.0, 35.0, 400.0, 1, 5),
    ),
    # 飞鸽 会话明细 (Douyin): units in brackets, seconds as plain numbers
    "feige": (
        "会话ID,客服昵称,用户昵称,会话开始时间,会话结束时间,首次响应时长(秒),平均响应时长(秒),"
        "会话时长(秒),是否解决,用户评价\n"
        "FG9,店:售前01,抖音用户,2026/10/05 10:00:00,2026/10/05 10:10:00,8,21,600,是,满意\n",
        ("FG9", 8.0, 21.0, 600.0, 1, 4),
    ),
    # 京东 咚咚 咨询明细: Chinese dates, "1分5秒" durations
    "jd": (
        "咨询ID,客服账号,咨询时间,首响时长,平均响应时长,处理时长,是否解决,评价结果\n"
        "JD7,jd_cs01,2026年10月5日 10:00,1分5秒,30秒,2分,未解决,不满意\n",
        ("JD7", 65.0, 30.0, 120.0, 0, 2),
    ),
    # an 拼多多 / 快手 style export giving durations in minutes in the header
    "minutes": (
        "会话ID,客服账号,开始时间,首次响应时长(秒),平均响应时长（分钟）,会话时长(分),是否解决,满意度\n"
        "PD3,jd_cs01,2026-10-05 10:00:00,9,0.5,12,是,5\n",
        ("PD3", 9.0, 30.0, 720.0, 1, 5),
    ),
    # a help desk's ticket export in English
    "helpdesk": (
        "Ticket ID,Assignee,Channel,Created at,First response time,Handle time,Solved,CSAT\n"
        "T-100,CS001,email,2026-10-05T10:00:00,0:02:00,0:15:00,yes,satisfied\n",
        ("T-100", 120.0, None, 900.0, 1, 5),
    ),
}

SUMMARY_LAYOUTS = {
    "qianniu": (
        "日期,旺旺昵称,咨询人数,接待人数,询单人数,询单最终付款人数,销售额（元）,询单转化率,"
        "平均响应(秒),3分钟回复率,客户满意率\n"
        "2026-10-05,店:售前01,120,100,60,30,3000,50.00%,25,90%,95.5%\n"
        "2026-10-05,店铺汇总值,120,100,60,30,3000,50.00%,25,90%,95.5%\n"
        "2026-10-05,店铺平均值,120,100,60,30,3000,50.00%,25,90%,95.5%\n",
        (120, 100, 30, 300000, 50.0, 25.0, 95.5),
    ),
    "feige": (
        "日期,客服昵称,接待人数,咨询人数,成交人数,成交金额,转化率,平均响应时长(秒),满意率(%)\n"
        "2026/10/05,店:售前01,100,120,30,3000.00,0.5,25,95.5\n"
        "2026/10/05,合计,100,120,30,3000.00,0.5,25,95.5\n",
        (120, 100, 30, 300000, 50.0, 25.0, 95.5),
    ),
    "jd": (
        "统计日期,客服账号,咨询量,接待量,下单人数,付款金额,咨询转化率,平均响应时长,满意率\n"
        '20261005,jd_cs01,120,100,30,"3,000",50%,0:25,95.5%\n'
        '20261005,总计,120,100,30,"3,000",50%,0:25,95.5%\n',
        (120, 100, 30, 300000, 50.0, 25.0, 95.5),
    ),
}


@pytest.fixture
def agent(db):
    accounts = (
        staff.AccountData("淘宝", "店:售前01"),
        staff.AccountData("京东", "jd_cs01"),
    )
    return agent_changes.create_agent(
        db, staff.AgentData("CS001", "张三", hire_date=date(2026, 1, 5), accounts=accounts)
    )


@pytest.mark.parametrize("layout", list(CONVERSATION_LAYOUTS))
def test_conversation_layouts_map_without_help(db, db_path, agent, tmp_path, layout):
    text, expected = CONVERSATION_LAYOUTS[layout]
    path = tmp_path / f"{layout}.csv"
    path.write_bytes(text.encode("gbk" if layout != "helpdesk" else "utf-8"))
    summary = import_conversations(db, path)
    assert summary.created == 1
    with closing(sqlite3.connect(db_path)) as con:
        row = con.execute(
            "SELECT conversation_id, first_response_seconds, avg_response_seconds,"
            " handle_seconds, resolved, csat, agent_id FROM conversations"
        ).fetchone()
    assert row == (*expected, agent)


@pytest.mark.parametrize("layout", list(SUMMARY_LAYOUTS))
def test_summary_layouts_map_and_skip_the_shop_rows(db, db_path, agent, tmp_path, layout):
    text, expected = SUMMARY_LAYOUTS[layout]
    path = tmp_path / f"{layout}.csv"
    path.write_bytes(text.encode("gbk"))
    summary = import_summaries(db, path)
    assert summary.created == 1 and "shop-level" in " ".join(summary.notes)
    with closing(sqlite3.connect(db_path)) as con:
        row = con.execute(
            "SELECT inquiries, customers_served, buyers, sales_cents, conversion_rate,"
            " avg_response_seconds, satisfaction_rate FROM agent_summaries"
        ).fetchone()
    assert row == expected
