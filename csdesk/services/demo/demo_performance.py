"""The demo shop's performance data: conversations, 千牛 summaries, QA reviews, praise.

Each agent has a steady level of skill, so the months tell a consistent story (a strong
agent answers faster, resolves more and is rated better), and newcomers improve over
their first months. Conversations are a sample of about thirty a month per agent, to
keep the demo quick to build: chats, one call in ten and, for after-sales, e-mail
tickets answered within hours. The Taobao sub-accounts also get the monthly 客服绩效
summary the platform exports, whose figures win over the sample's, as in a real shop.
"""

from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from csdesk.data.performance import (
    AgentSummary,
    Conversation,
    Praise,
    QaRating,
    QaReview,
    QaRubric,
)
from csdesk.data.staff import Agent, PlatformAccount
from csdesk.domain.months import Month, months_between
from csdesk.domain.qa import BOUNDS, Category, Scale, review_score
from csdesk.domain.staff import Post, Status

SAMPLE_PER_MONTH = 30
TOPICS = ("售前咨询", "物流查询", "退换货", "发票", "商品使用", "催发货")
PRAISE = (
    ("顾客留言", "客服很耐心，解释得很清楚"),
    ("店铺评价", "售后处理很快，点赞"),
    ("店长", "大促期间主动加班支援"),
    ("顾客来电", "谢谢帮我改了地址"),
)
QA_COMMENTS = ("开场白规范", "解释退款规则时有遗漏", "语气可以更亲切", "处理流程清晰", "")


def _skill(rng: random.Random) -> float:
    """-1 (weak) to +1 (strong)."""
    return max(-1.0, min(1.0, rng.gauss(0.1, 0.45)))


def _months_employed(agent: Agent, first: Month, last: Month, today: date) -> list[Month]:
    out = []
    for month in months_between(first, last):
        start, end = month.first_day, min(month.last_day, today)
        if agent.hire_date <= end and (agent.left_date is None or agent.left_date >= start):
            out.append(month)
    return out


def add_demo_performance(
    session: Session, rng: random.Random, first: Month, last: Month, today: date
) -> int:
    """Add the months' performance data; return how many conversations."""
    team = session.scalars(select(Agent)).all()
    accounts: dict[int, list[PlatformAccount]] = {}
    for account in session.scalars(select(PlatformAccount)):
        accounts.setdefault(account.agent_id, []).append(account)
    rubric = session.scalars(select(QaRubric).order_by(QaRubric.id)).first()
    conversations: list[dict] = []
    summarised: set[tuple[str, Month]] = set()  # a handed-on account: one row a month
    for agent in team:
        skill = _skill(rng)
        for month in _months_employed(agent, first, last, today):
            tenure = (month.first_day - agent.hire_date).days / 30
            level = skill + min(0.4, 0.1 * tenure) - 0.3  # newcomers start lower
            days = _days(agent, month, today)
            if not days:
                continue
            taobao = _account(accounts.get(agent.id, []), "淘宝", days[0])
            name = taobao.account_name if taobao else agent.employee_no
            conversations.extend(_conversations(rng, agent, month, days, level, name))
            if taobao is not None and (taobao.account_name, month) not in summarised:
                summarised.add((taobao.account_name, month))
                session.add(_summary(rng, agent, taobao.account_name, month, level))
            if rubric is not None and agent.status != Status.ONBOARDING:  # not reviewed yet
                for _ in range(2):
                    session.add(_review(rng, agent, rubric, rng.choice(days), level))
            if rng.random() < 0.25 + 0.2 * skill:
                source, text = rng.choice(PRAISE)
                session.add(Praise(agent_id=agent.id, received_on=rng.choice(days),
                                   source=source, text=text))  # fmt: skip
    if conversations:
        session.execute(insert(Conversation), conversations)
    session.flush()
    return len(conversations)


def _days(agent: Agent, month: Month, today: date) -> list[date]:
    first = max(month.first_day, agent.hire_date)
    last = min(month.last_day, today - timedelta(days=1))
    if agent.left_date is not None:
        last = min(last, agent.left_date)
    return [first + timedelta(days=i) for i in range((last - first).days + 1)]


def _account(accounts: list[PlatformAccount], platform: str, day: date) -> PlatformAccount | None:
    for account in accounts:
        if account.platform != platform:
            continue
        if (account.valid_from is None or account.valid_from <= day) and (
            account.valid_to is None or day <= account.valid_to
        ):
            return account
    return None


def _chance(rng: random.Random, base: float, level: float, spread: float = 0.15) -> bool:
    return rng.random() < max(0.02, min(0.99, base + spread * level))


def _conversations(rng, agent: Agent, month: Month, days, level: float, account: str) -> list:
    out = []
    # an agent still onboarding shadows the sales chats: no sales of their own yet
    selling = agent.post == Post.PRE_SALES and agent.status != Status.ONBOARDING
    for n in range(SAMPLE_PER_MONTH):
        day = rng.choice(days)
        started = datetime.combine(day, time(rng.randint(9, 22), rng.randint(0, 59)))
        kind = rng.random()
        phone = kind < 0.1
        email = not phone and kind < 0.16 and agent.post != Post.PRE_SALES
        answered = _chance(rng, 0.9, level, 0.08) if phone else None
        handle = max(40, int(rng.gauss(420 - 80 * level, 150)))
        first_response = max(2, int(rng.gauss(30 - 12 * level, 12)))
        if email:  # a ticket answered within hours, the e-mail promise being 4 h
            first_response = max(300, int(first_response * 360 - 2000 * level))
        converted = _chance(rng, 0.38, level) if selling else None
        rated = rng.random() < 0.4
        csat = min(5, max(1, round(rng.gauss(4.4 + 0.4 * level, 0.8)))) if rated else None
        out.append(
            {
                "conversation_id": f"QN{month.year}{month.month:02d}{agent.id:03d}{n:03d}",
                "agent_id": agent.id,
                "account": account,
                "channel": "phone" if phone else "email" if email else "chat",
                "topic": rng.choice(TOPICS),
                "started_at": started,
                "ended_at": started + timedelta(seconds=handle),
                "answered": answered,
                "wait_seconds": _wait(rng, answered, level) if phone else None,
                "first_response_seconds": None if phone else first_response,
                "avg_response_seconds": None
                if phone or email
                else first_response + rng.randint(5, 40),
                "handle_seconds": handle,
                "resolved": _chance(rng, 0.78, level),
                "first_contact_resolved": _chance(rng, 0.6, level),
                "csat": csat,
                "converted": converted,
                "order_cents": rng.choice((5990, 12850, 19900, 8800)) if converted else None,
            }
        )
    return out


def _wait(rng: random.Random, answered: bool | None, level: float) -> int:
    """Seconds a caller waited.

    Most answered calls are within the 30 s rule, so that the service level follows the
    answer rate; a caller who hung up had waited longer.
    """
    if answered:
        return max(0, int(rng.gauss(14 - 6 * level, 7)))
    return rng.randint(25, 120)


def _summary(rng, agent: Agent, account: str, month: Month, level: float) -> AgentSummary:
    served = rng.randint(380, 620)
    inquiries = round(served * rng.uniform(1.0, 1.15))
    pre_sale = round(served * rng.uniform(0.45, 0.6))
    buyers = round(pre_sale * max(0.15, min(0.7, rng.gauss(0.42 + 0.08 * level, 0.04))))
    return AgentSummary(
        agent_id=agent.id,
        account=account,
        period_start=month.first_day,
        period_end=month.last_day,
        inquiries=inquiries,
        customers_served=served,
        pre_sale_inquiries=pre_sale,
        buyers=buyers,
        sales_cents=buyers * rng.randint(9000, 16000),
        conversion_rate=round(100 * buyers / pre_sale, 2),
        reply_rate=round(min(100.0, rng.gauss(98.5 + 0.8 * level, 0.6)), 2),
        three_minute_reply_rate=round(min(100.0, rng.gauss(90 + 5 * level, 2.5)), 2),
        satisfaction_rate=round(min(100.0, rng.gauss(93 + 3.5 * level, 1.8)), 2),
        good_reviews=rng.randint(5, 30),
        bad_reviews=rng.randint(0, 3),
        refunds=rng.randint(0, 8),
    )


def _review(rng, agent: Agent, rubric: QaRubric, day: date, level: float) -> QaReview:
    rules, values = [], []
    for category in rubric.categories:
        rule = Category(
            category.name, category.weight, Scale(category.scale), category.critical,
            category.na_allowed,
        )  # fmt: skip
        low, high = BOUNDS[rule.scale]
        if rule.na_allowed and rng.random() < 0.15:
            value = None
        elif rule.scale is Scale.BINARY:
            value = 1 if _chance(rng, 0.93, level, 0.06) else 0
        else:
            value = max(low, min(high, round(rng.gauss(high - 0.8 + 0.7 * level, 0.7))))
        rules.append(rule)
        values.append(value)
    result = review_score(rules, values)
    review = QaReview(
        agent_id=agent.id,
        rubric_id=rubric.id,
        conversation_ref=f"QN{day:%Y%m%d}{rng.randint(100, 999)}",
        reviewed_on=day,
        reviewer="质检组",
        score=result.score,
        critical_failed=bool(result.critical_failures),
        comment=rng.choice(QA_COMMENTS),
    )
    review.ratings = [
        QaRating(category_id=c.id, value=v) for c, v in zip(rubric.categories, values, strict=True)
    ]
    return review
