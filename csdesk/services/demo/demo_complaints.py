"""The demo shop's complaints, played through the same rules as real ones.

About one and a half complaints per agent a month, most about logistics and quality
as in a home-goods shop; a few urgent ones; most answered in time, some late; some
wait for the courier or the customer; a few are escalated, judged not the agent's
fault or appealed. Complaints of the last days are still open at every stage, some
overdue, so the queues and the badge have something to show.
"""

from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from csdesk.data.complaints import ComplaintCategory, RootCause
from csdesk.data.staff import Agent
from csdesk.domain.complaints import (
    Action,
    Appeal,
    Compensation,
    ComplaintChannel,
    Escalation,
    EventKind,
    Priority,
    reference,
)
from csdesk.domain.months import Month, months_between
from csdesk.domain.staff import Post
from csdesk.services.complaints import case_changes, complaint_handling, complaint_steps
from csdesk.services.complaints import case_files as complaints
from csdesk.services.complaints.complaint_clocks import clock_rules, refresh_clocks
from csdesk.services.demo.demo_clock import on_the_day
from csdesk.services.demo.demo_complaint_texts import (
    CATEGORY_WEIGHTS,
    CAUSES,
    DESCRIPTIONS,
    DOUYIN,
    NO_VISIT,
    PLATFORMS,
    PRODUCTS,
    QUALITY_KEYS,
    SURNAMES,
    VISIT_COMMENTS,
)


def _weighted(rng: random.Random, weights: dict) -> object:
    keys = list(weights)
    return rng.choices(keys, weights=[weights[k] for k in keys])[0]


def _agents_on(team: list[Agent], day: date) -> list[Agent]:
    working = [a for a in team if a.hire_date <= day and (a.left_date is None or a.left_date > day)]
    handling = [a for a in working if a.post in (Post.AFTER_SALES, Post.COMPLAINTS)]
    return handling or working


def add_demo_complaints(
    session: Session, rng: random.Random, first: Month, last: Month, today: date, clock: datetime
) -> int:
    """Add complaints from ``first`` to today, played up to 10:30 or the ``clock``."""
    rules = clock_rules(session)
    every = session.scalars(select(ComplaintCategory)).all()
    categories = {c.key: c for c in every if c.key}
    causes = session.scalars(select(RootCause).order_by(RootCause.position)).all()
    now = on_the_day(today, time(10, 30), clock)
    team = session.scalars(select(Agent)).all()
    per_month = max(8, round(1.5 * sum(1 for a in team if a.left_date is None)))
    numbers: dict[int, int] = {}
    added = 0
    with session.no_autoflush:  # one flush at the end, not one per lazy read
        for month in [*months_between(first, last), last.shift(1)]:
            days = [
                month.first_day + timedelta(days=i)
                for i in range((month.last_day - month.first_day).days + 1)
            ]
            days = [d for d in days if d <= today]
            if not days:
                continue
            count = round(per_month * rng.uniform(0.75, 1.25) * len(days) / 30)
            arrivals = sorted(
                min(
                    datetime.combine(
                        rng.choice(days), time(rng.randint(8, 21), rng.randint(0, 59))
                    ),
                    now - timedelta(minutes=rng.randint(20, 300)),
                )
                for _ in range(count)
            )
            for received in arrivals:
                agents = _agents_on(team, received.date())
                if not agents:
                    continue
                key = _weighted(rng, CATEGORY_WEIGHTS)
                numbers[received.year] = numbers.get(received.year, 0) + 1
                ref = reference(received.year, numbers[received.year])
                _play(
                    session,
                    rng,
                    rules,
                    received,
                    now,
                    key,
                    categories,
                    causes,
                    rng.choice(agents),
                    ref,
                )
                added += 1
    session.flush()
    return added


def _office(at: datetime, rng: random.Random) -> datetime:
    """Move a step into the desk's hours (09:00-21:00), to the minute."""
    at = at.replace(second=0, microsecond=0)
    if at.hour < 9:
        return at.replace(hour=9, minute=rng.randint(0, 40))
    if at.hour >= 21:
        return (at + timedelta(days=1)).replace(hour=9, minute=rng.randint(0, 40))
    return at


def _customer(rng: random.Random) -> tuple[str, str]:
    if rng.random() < 0.5:
        name = rng.choice(SURNAMES) + rng.choice(("先生", "女士"))
    else:
        name = (
            f"tb_{rng.choice(('小熊', '喵喵', 'sunny', '大白', '阿杰'))}{rng.randint(1970, 2005)}"
        )
    phone = f"1{rng.choice('3589')}{rng.randint(0, 9)}****{rng.randint(1000, 9999)}"
    return name, phone


def _platform(rng: random.Random) -> tuple[str, str, str]:
    roll = rng.random()
    for platform, shop, share, prefix in PLATFORMS:
        if roll < share:
            return platform, shop, prefix
        roll -= share
    return DOUYIN


def _play(session, rng, rules, received, now, key, categories, causes, agent, ref) -> None:
    platform, shop, prefix = _platform(rng)
    customer, contact = _customer(rng)
    product = rng.choice(PRODUCTS)
    category = categories.get(key)
    channel = (
        ComplaintChannel.DISPUTE
        if rng.random() < 0.15
        else _weighted(
            rng,
            {
                ComplaintChannel.CHAT: 60,
                ComplaintChannel.PHONE: 18,
                ComplaintChannel.SOCIAL: 10,
                ComplaintChannel.EMAIL: 5,
            },
        )
    )
    priority = _weighted(rng, {Priority.URGENT: 8, Priority.IMPORTANT: 25, Priority.NORMAL: 67})
    if channel == ComplaintChannel.DISPUTE and priority == Priority.NORMAL:
        priority = Priority.IMPORTANT
    data = complaints.ComplaintData(
        received_at=received,
        customer=customer,
        priority=priority,
        channel=channel,
        platform=platform,
        shop=shop,
        contact=contact,
        order_no=f"{prefix}{received:%y%m%d}{rng.randint(100000, 999999)}",
        product=product,
        category_id=category.id if category else None,
        description=DESCRIPTIONS[key].format(days=rng.randint(3, 9), product=product),
        agent_id=agent.id,
    )
    complaint = case_changes.create_in(
        session, data, rules, received, author=agent.name, ref=ref, flush=False
    )
    _handle(session, rng, rules, complaint, key, category, causes, agent, now)
    refresh_clocks(complaint, rules, now)


def _handle(session, rng, rules, complaint, key, category, causes, agent, now) -> None:
    """Play the handling steps of ``complaint`` as far as they got by now."""
    received = complaint.received_at
    targets = rules.targets[complaint.priority]
    # Handling has got as far as ``stop``: today for old complaints, somewhere between
    # receipt and today for the last week's, which are therefore still open.
    stop = now
    if now - received < timedelta(days=14):
        stop = min(now, received + (now - received) * rng.uniform(0.0, 1.2))

    def step(target: timedelta, after: datetime) -> datetime:
        share = rng.uniform(0.1, 0.9) if rng.random() < 0.9 else rng.uniform(1.1, 2.5)
        at = received + timedelta(seconds=target.total_seconds() * share)
        return _office(max(at, after + timedelta(minutes=rng.randint(5, 60))), rng)

    at = step(targets.response, received)
    if at > stop:
        return
    complaint_steps.apply_action(
        session, complaint, Action.ACKNOWLEDGE, at, rules, author=agent.name
    )
    case_changes.log_event(
        complaint,
        at,
        rng.choice((EventKind.CALL, EventKind.MESSAGE)),
        agent.name,
        "已联系客户确认问题并致歉",
    )
    if rng.random() < 0.1:
        level = _weighted(
            rng, {Escalation.SENIOR: 6, Escalation.SUPERVISOR: 3, Escalation.OWNER: 1}
        )
        case_changes.log_event(
            complaint,
            at,
            EventKind.ESCALATION,
            agent.name,
            "客户情绪激动，要求升级处理",
            Escalation.NONE,
            level,
        )
        complaint.escalation = str(level)
    if rng.random() < 0.2:
        wait = (
            Action.WAIT_COURIER
            if key in ("late", "lost", "damaged", "reship")
            else Action.WAIT_CUSTOMER
        )
        start = _office(at + timedelta(minutes=rng.randint(10, 90)), rng)
        end = _office(start + timedelta(hours=rng.randint(2, 40)), rng)
        if start > stop:
            return
        complaint_steps.apply_action(session, complaint, wait, start, rules, author=agent.name)
        if end > stop:
            return
        complaint_steps.apply_action(
            session, complaint, Action.RESUME, end, rules, author=agent.name
        )
        at = end
    proposed = step(targets.solution, at)
    if proposed > stop:
        return
    complaint_steps.apply_action(
        session,
        complaint,
        Action.PROPOSE,
        proposed,
        rules,
        author=agent.name,
        note=rng.choice(("建议退货退款", "补发配件", "补偿优惠券并道歉", "换新处理")),
    )
    resolved = step(targets.resolution, proposed)
    if resolved > stop:
        return
    compensation = _weighted(
        rng,
        {
            "": 25,
            Compensation.REFUND: 25,
            Compensation.COUPON: 25,
            Compensation.RESHIP: 10,
            Compensation.EXCHANGE: 10,
            Compensation.GIFT: 5,
        },
    )
    amount = {
        Compensation.REFUND: rng.randint(20, 300) * 100,
        Compensation.COUPON: rng.choice((500, 1000, 2000, 3000)),
        Compensation.GIFT: 1500,
    }.get(compensation, 0)
    cause = causes[CAUSES[key]] if CAUSES[key] < len(causes) else None
    quality = category is not None and category.parent_id is not None and key in QUALITY_KEYS
    complaint_handling.apply_handling(
        complaint,
        complaints.Handling(
            immediate_action="致歉并登记问题，安排处理",
            compensation_type=compensation,
            compensation_cents=amount,
            root_cause_id=cause.id if cause and rng.random() < 0.85 else None,
            corrective_action="反馈供应商/仓库，加强出库检查"
            if quality or rng.random() < 0.4
            else "",
        ),
    )
    complaint_steps.apply_action(
        session, complaint, Action.RESOLVE, resolved, rules, author=agent.name
    )
    if rng.random() < 0.07:
        complaint.valid = False
        complaint.invalid_reason = "快递原因，非客服责任"
    elif rng.random() < 0.06:
        complaint.appeal_reason = "客户要求超出政策范围，已按规则处理"
        decided = resolved + timedelta(days=rng.randint(1, 5))
        complaint.appeal = str(Appeal.PENDING)
        if decided < stop:
            complaint.appeal = str(rng.choice((Appeal.ACCEPTED, Appeal.REJECTED)))
            complaint.appeal_decided_on = decided.date()
    visit = _office(resolved + timedelta(hours=rng.randint(20, 72)), rng)
    if visit > stop:
        return
    if rng.random() < 0.82:
        score = _weighted(rng, {5: 45, 4: 30, 3: 14, 2: 7, 1: 4})
        complaint.satisfaction = score
        complaint.follow_up_comment = VISIT_COMMENTS[score]
        complaint.follow_up_at = visit
        text = f"{score}/5 {VISIT_COMMENTS[score]}"
    else:
        complaint.no_follow_up_reason = rng.choice(NO_VISIT)
        text = complaint.no_follow_up_reason
    case_changes.log_event(complaint, visit, EventKind.FOLLOW_UP, agent.name, text)
    if quality:
        complaint.effectiveness_checked_on = (visit + timedelta(days=7)).date()
        complaint.effectiveness_note = "复查同批次无新增投诉"
        visit += timedelta(days=7)
    if visit > stop:
        return
    complaint_steps.apply_action(session, complaint, Action.CLOSE, visit, rules, author=agent.name)
    if rng.random() < 0.03:
        reopened = _office(visit + timedelta(days=rng.randint(1, 4)), rng)
        again = _office(reopened + timedelta(days=rng.randint(1, 3)), rng)
        if reopened < stop:
            complaint_steps.apply_action(
                session,
                complaint,
                Action.REOPEN,
                reopened,
                rules,
                author=agent.name,
                note="客户再次反馈问题未解决",
            )
        if again < stop:
            complaint_steps.apply_action(
                session, complaint, Action.RESOLVE, again, rules, author=agent.name, note="重新补发"
            )
            complaint_steps.apply_action(
                session, complaint, Action.CLOSE, again, rules, author=agent.name
            )
