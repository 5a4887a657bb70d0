"""The demo shop's suggestions: a few a month from agents and customers, most decided.

Older ones are adopted with a reward (some starting an action) or rejected with a
reason; last month's are still under review, as a supervisor finds them.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from sqlalchemy import select

from csdesk.data.staff import Agent
from csdesk.domain.actions import ActionStatus
from csdesk.domain.months import Month
from csdesk.domain.suggestions import SuggestionStatus
from csdesk.services.actions.action_records import check_in, set_status
from csdesk.services.database import Database
from csdesk.services.demo.demo_actions import SUPERVISOR
from csdesk.services.suggestions import suggestion_records as suggestions

IDEAS = (
    ("大促前预录常见问题快捷短语", "话术"), ("退货地址改为自动发送", "流程"),
    ("夜班交接增加未结会话清单", "流程"), ("商品页补充尺码对照表", "商品"),
    ("差评回访统一用电话", "服务"), ("新人上岗前增加模拟对话考核", "培训"),
)  # fmt: skip
CUSTOMER_IDEAS = (("希望增加视频客服", "服务"), ("物流信息能否短信提醒", "流程"))
REJECTED = ("暂无条件实施", "与平台规则冲突", "成本过高")


def add_demo_suggestions(db: Database, rng: random.Random, months: list[Month], today: date) -> int:
    """Add the months' suggestions; return how many."""
    with db.read() as session:
        agents = [a.id for a in session.scalars(select(Agent).where(Agent.left_date.is_(None)))]
    made = 0
    seen: set[tuple[date, str]] = set()
    for month in months[-6:]:
        recent = month == months[-1]
        for _ in range(rng.randint(1, 3)):
            day = min(month.first_day + timedelta(days=rng.randint(0, 27)), today)
            customer = rng.random() < 0.25
            text, area = rng.choice(CUSTOMER_IDEAS if customer else IDEAS)
            if (day, text) in seen:
                continue  # the same idea twice on one day is one suggestion
            seen.add((day, text))
            data = suggestions.SuggestionData(
                day, text, agent_id=None if customer else rng.choice(agents),
                customer="顾客 " + rng.choice("王李张刘陈") + "女士" if customer else "",
                area=area, status=SuggestionStatus.UNDER_REVIEW if recent else SuggestionStatus.NEW,
            )  # fmt: skip
            suggestion_id = suggestions.save_suggestion(db, data, author=SUPERVISOR)
            made += 1
            if recent:
                continue
            decided = min(day + timedelta(days=10), today)
            if rng.random() < 0.6:
                action_id = suggestions.adopt(
                    db, suggestion_id, 0 if customer else rng.choice((5000, 10000, 20000)),
                    0 if customer else rng.choice((0, 10, 20)),
                    "落实：" + text if rng.random() < 0.5 else "", SUPERVISOR, SUPERVISOR,
                    decided,
                )  # fmt: skip
                if action_id is not None and decided + timedelta(days=45) < today:
                    check_in(db, action_id, decided + timedelta(days=10), "已落实", 100,
                             SUPERVISOR)  # fmt: skip
                    set_status(db, action_id, ActionStatus.DONE, SUPERVISOR,
                               decided + timedelta(days=30))  # fmt: skip
                    set_status(db, action_id, ActionStatus.EFFECTIVE, SUPERVISOR, today)
            else:
                current = suggestions.suggestion(db, suggestion_id).data
                rejected = suggestions.SuggestionData(
                    **{**current.__dict__, "status": SuggestionStatus.REJECTED,
                       "reason": rng.choice(REJECTED)}
                )  # fmt: skip
                suggestions.save_suggestion(db, rejected, suggestion_id, SUPERVISOR)
    return made
