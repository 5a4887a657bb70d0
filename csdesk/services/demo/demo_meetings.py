"""The demo shop's service-quality meetings: a weekly one and the monthly review, each month.

Everyone employed is asked; the rota's leave marks who was away. Each meeting decides
one action; the earlier months' decisions were carried out.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from csdesk.domain.actions import ActionStatus
from csdesk.domain.months import Month
from csdesk.services.actions.action_records import ActionData, check_in, create_action, set_status
from csdesk.services.database import Database
from csdesk.services.demo.demo_actions import SUPERVISOR
from csdesk.services.meetings import meeting_records as meetings
from csdesk.services.staff.agents import list_agents

DECISIONS = (
    ("大促前一周完成快捷短语更新", "周会：大促准备，话术与排班"),
    ("差评会话当天复盘并回访", "周会：上周差评与超时投诉"),
    ("与仓库约定错发件48小时内补发", "月度复盘：投诉根因以仓库打包为首"),
    ("新人上岗前完成模拟对话考核", "月度复盘：新人质检扣分集中"),
)


def add_demo_meetings(db: Database, rng: random.Random, months: list[Month], today: date) -> int:
    """Add the months' meetings; return how many."""
    made = 0
    for month in months[-3:]:
        weekly = month.first_day + timedelta(days=14)
        review = month.last_day + timedelta(days=2)
        for day, kind in ((weekly, "weekly"), (review, "monthly")):
            if day > today:
                continue
            away = meetings.on_leave(db, day)
            asked = tuple(
                (a.id, a.id not in away)
                for a in list_agents(db)
                if a.data.hire_date <= day and (a.data.left_date is None or a.data.left_date >= day)
            )
            decision, minutes = rng.choice(DECISIONS)
            held = meetings.save_meeting(
                db, meetings.MeetingData(day, kind, minutes, asked), author=SUPERVISOR
            )
            action_id = create_action(
                db, ActionData(decision, day + timedelta(days=14), source="meeting",
                               source_ref=str(held), owner_name=SUPERVISOR, created_on=day),
                SUPERVISOR, today,
            )  # fmt: skip
            if day + timedelta(days=30) < today:
                check_in(db, action_id, day + timedelta(days=7), "已落实", 100, SUPERVISOR)
                set_status(db, action_id, ActionStatus.DONE, SUPERVISOR, day + timedelta(days=14))
                set_status(db, action_id, ActionStatus.EFFECTIVE, SUPERVISOR, today)
            made += 1
    return made
