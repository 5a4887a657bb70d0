"""The demo shop's appraisals: past months closed and signed, the last one in draft.

Teamwork is entered for every agent's month (it is on every scorecard and only the
supervisor knows it). Then, through the real workflow, each past month of the last
year is closed (finalised, Service Star picked) with a comment per agent, most of
them acknowledged by the agent, one of them amended; the last whole month is prepared
as drafts, as a supervisor would find it at the start of a month. The workflow stamps
"now"; the demo then moves those stamps to the days a real shop would have had.
"""

from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta

from sqlalchemy import select

from csdesk.data.appraisals import Appraisal, AppraisalMonth
from csdesk.domain.months import Month
from csdesk.services.appraisals import records
from csdesk.services.appraisals import workflow as appraisals
from csdesk.services.database import Database, existing
from csdesk.services.demo.demo_clock import on_the_day
from csdesk.services.performance import manual_kpis
from csdesk.services.performance.kpis import monthly_kpis

SUPERVISOR = "主管"
COMMENTS = {
    "A": ("表现突出，继续保持。", "回复及时、专业，可带教新人。", "大促期间表现稳定，值得表扬。"),
    "B": ("整体良好，首次响应还可以更快。", "服务态度好，注意话术规范。", "稳步提升，继续加油。"),
    "C": (
        "满意度有待提高，下月重点跟进。",
        "注意按话术回复，避免遗漏。",
        "解决率偏低，需加强产品知识。",
    ),
    "D": ("本月问题较多，已安排辅导。", "需改进响应速度和服务态度，下月复盘。"),
}
ACKNOWLEDGEMENTS = ("已阅，同意。", "已阅。", "会继续努力。", "")
#: How many past months get closed appraisals (the rest of a long demo has only data).
CLOSED_MONTHS = 11


def add_demo_appraisals(
    db: Database, rng: random.Random, window: list[Month], today: date, clock: datetime
) -> int:
    """Teamwork for every month of ``window``, then appraisals; return how many stored."""
    for month in window:
        values = {
            agent.agent_id: {"teamwork": float(rng.choice((3, 4, 4, 4, 5, 5)))}
            for agent in monthly_kpis(db, month)
        }
        if values:
            manual_kpis.set_manual_values(db, month, values)
    *past, last = window
    for month in past[-CLOSED_MONTHS:]:
        appraisals.prepare_month(db, month, SUPERVISOR)
        for record in records.month_appraisals(db, month).appraisals:
            comment = rng.choice(COMMENTS.get(record.grade or "D", COMMENTS["D"]))
            appraisals.set_comment(db, record.id, comment)
        appraisals.close_month(db, month, SUPERVISOR, today)
        _backdate(db, rng, month, today)
    if past:
        _amend_one(db, rng, past[-1], today, clock)
    appraisals.prepare_month(db, last, SUPERVISOR)
    for record in records.month_appraisals(db, last).appraisals:
        if rng.random() < 0.5:
            comment = rng.choice(COMMENTS.get(record.grade or "D", COMMENTS["D"]))
            appraisals.set_comment(db, record.id, comment)
    with db.read() as session:
        return len(session.scalars(select(Appraisal.id)).all())


def _backdate(db: Database, rng: random.Random, month: Month, today: date) -> None:
    """Move the workflow's stamps to early next month; sign most of them a few days on."""
    closing = datetime.combine(month.shift(1).first_day + timedelta(days=4), time(17, 30))
    with db.write() as session:
        rows = session.scalars(select(Appraisal).where(Appraisal.month == str(month)))
        for row in rows:
            row.created_at = closing - timedelta(days=2)
            row.finalised_at = closing
            signed = closing.date() + timedelta(days=rng.randint(1, 6))
            if rng.random() < 0.9 and signed <= today:
                row.acknowledged_on = signed
                row.acknowledgement = rng.choice(ACKNOWLEDGEMENTS)
        existing(session, AppraisalMonth, str(month), "appraisal month").closed_at = closing


def _amend_one(
    db: Database, rng: random.Random, month: Month, today: date, clock: datetime
) -> None:
    """An amendment as a supervisor makes one: teamwork corrected after a complaint."""
    current = records.month_appraisals(db, month).appraisals
    if not current:
        return
    record = rng.choice(current)
    manual_kpis.set_manual_values(db, month, {record.agent_id: {"teamwork": 5.0}})
    new_id = appraisals.amend(
        db, record.id, "团队协作分录入有误，已按小组长意见更正。", author=SUPERVISOR
    )
    when = datetime.combine(month.shift(1).first_day + timedelta(days=9), time(10, 0))
    with db.write() as session:
        row = existing(session, Appraisal, new_id, "appraisal")
        row.created_at = row.finalised_at = min(when, on_the_day(today, time(9, 0), clock))
