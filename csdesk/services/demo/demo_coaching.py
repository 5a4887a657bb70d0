"""The demo shop's coaching: each month a session with the two agents weakest in QA.

Each session keeps a short note and the agent's agreement, and one action agreed,
owned by the agent and due two weeks later.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from sqlalchemy import func, select

from csdesk.data.performance import QaReview
from csdesk.domain.actions import ActionStatus
from csdesk.domain.months import Month
from csdesk.services.actions.action_records import ActionData, check_in, create_action, set_status
from csdesk.services.coaching import coaching_records as coaching
from csdesk.services.database import Database
from csdesk.services.demo.demo_actions import SUPERVISOR

NOTES = (
    "质检话术扣分较多，约定每天复听两通会话",
    "首响偏慢，约定高峰时段先接待再处理",
    "解决率偏低，约定疑难问题当天升级",
)
AGREED = ("每天复听两通会话并记录", "高峰时段先接待再处理", "疑难问题当天升级给组长")


def add_demo_coaching(db: Database, rng: random.Random, months: list[Month], today: date) -> int:
    """Add the months' sessions; return how many."""
    made = 0
    for month in months[-3:]:
        with db.read() as session:
            weakest = session.execute(
                select(QaReview.agent_id)
                .where(QaReview.reviewed_on.between(month.first_day, month.last_day))
                .group_by(QaReview.agent_id)
                .order_by(func.avg(QaReview.score))
                .limit(2)
            ).scalars().all()  # fmt: skip
        held = min(month.last_day + timedelta(days=rng.randint(2, 6)), today)
        for agent_id in weakest:
            pick = rng.randrange(len(NOTES))
            session_id = coaching.save_session(
                db, coaching.CoachingData(agent_id, str(month), held, SUPERVISOR, NOTES[pick],
                                          "同意，会按约定执行"),
                author=SUPERVISOR,
            )  # fmt: skip
            action_id = create_action(
                db, ActionData(AGREED[pick], held + timedelta(days=14), source="coaching",
                               source_ref=str(session_id), owner_agent_id=agent_id,
                               created_on=held),
                SUPERVISOR, today,
            )  # fmt: skip
            if month != months[-1]:  # an earlier month's agreement was kept, and worked
                check_in(db, action_id, held + timedelta(days=7), "已按约定执行", 100, SUPERVISOR)
                set_status(db, action_id, ActionStatus.DONE, SUPERVISOR, held + timedelta(days=14))
                set_status(db, action_id, ActionStatus.EFFECTIVE, SUPERVISOR, today)
            made += 1
    return made
