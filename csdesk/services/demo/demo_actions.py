"""The demo shop's improvement actions: from complaints, the monthly review, QA and goals.

Each of the last months gets what a supervisor decides in a month: a corrective action
for a quality complaint, one from the complaint review, coaching-style QA actions for the
weakest reviewed agent, and, this year, one for the goal most off track. Older actions
are done and judged (by the data when measurable, else by hand); last month's are under
way with a check-in; some of this month's are already late.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from sqlalchemy import select

from csdesk.data.complaints import Complaint
from csdesk.data.performance import QaReview
from csdesk.domain.actions import ActionStatus
from csdesk.domain.months import Month
from csdesk.services.actions import action_records as actions
from csdesk.services.actions.action_checks import check_effects, kpi_value
from csdesk.services.database import Database
from csdesk.services.errors import UserError

SUPERVISOR = "主管 周敏"
REVIEW_ACTIONS = (
    "与快递约定揽收时限并每日抽查",
    "大促前增加临时客服并提前培训",
    "售后话术统一更新并组织学习",
    "商品详情页补充尺寸与材质说明",
)


def add_demo_actions(db: Database, rng: random.Random, months: list[Month], today: date) -> int:
    """Add the months' actions; return how many."""
    made = 0
    for month in months[-6:]:
        age = (Month.of(today).first_day - month.first_day).days // 30
        for data in _month_actions(db, rng, month, today):
            try:
                action_id = actions.create_action(db, data, author=SUPERVISOR, today=today)
            except UserError:
                continue  # a month without the figures to set a measurable target
            made += 1
            _progress(db, rng, action_id, data, age, today)
    check_effects(db, today)
    return made


def _month_actions(db: Database, rng: random.Random, month: Month, today: date):
    start, end = month.moments
    created = min(month.first_day + timedelta(days=rng.randint(3, 12)), today)
    with db.read() as session:
        complaint = session.scalars(
            select(Complaint).where(
                Complaint.received_at >= start, Complaint.received_at < end,
                Complaint.corrective_action != "",
            ).order_by(Complaint.received_at, Complaint.id).limit(1)  # the same on any engine
        ).first()  # fmt: skip
        weakest = session.execute(
            select(QaReview.agent_id, QaReview.score)
            .where(QaReview.reviewed_on >= month.first_day, QaReview.reviewed_on <= month.last_day,
                   QaReview.score.is_not(None))
            .order_by(QaReview.score, QaReview.id)
            .limit(1)
        ).first()  # fmt: skip
    if complaint is not None:
        yield actions.ActionData(
            complaint.corrective_action, created + timedelta(days=14), source="complaint",
            source_ref=complaint.ref, owner_name=SUPERVISOR, created_on=created,
        )  # fmt: skip
    yield actions.ActionData(
        rng.choice(REVIEW_ACTIONS), created + timedelta(days=21), source="review",
        source_ref=str(month), owner_name=SUPERVISOR, created_on=created,
        expected="投诉率下降",
    )  # fmt: skip
    if weakest is not None:
        agent_id, score = weakest
        before = kpi_value(db, "qa_score", Month.of(created).shift(-1), agent_id)
        score = max(score or 0.0, before or 0.0)
        yield actions.ActionData(
            "质检薄弱项专项辅导与复听", created + timedelta(days=10), source="qa",
            owner_agent_id=agent_id, created_on=created, expected="质检得分提升 5 分",
            kpi="qa_score", kpi_target=round(min(100.0, score + 5), 1),
            check_month=str(month.shift(1)),
        )  # fmt: skip


def _progress(db: Database, rng: random.Random, action_id: int, data, age: int, today: date):
    """Move an action along as the months went: done long ago, under way lately."""
    assert data.created_on is not None
    if data.deadline >= today and age == 0:
        return  # this month's, not due yet: still open
    day = min(data.created_on + timedelta(days=7), today)
    if age == 0 and rng.random() < 0.5:
        return  # late and untouched: overdue
    actions.check_in(db, action_id, day, "已布置，跟进中", rng.choice((30, 50, 70)), SUPERVISOR)
    if age < 2:
        return
    actions.set_status(db, action_id, ActionStatus.DONE, SUPERVISOR, today=data.deadline)
    if not data.kpi or data.kpi_target is None:
        judged = ActionStatus.EFFECTIVE if rng.random() < 0.7 else ActionStatus.NOT_EFFECTIVE
        actions.set_status(db, action_id, judged, SUPERVISOR, today=today)
