"""A realistic demo shop, so that a new user (and the benchmarks) can see csdesk at work.

Deterministic for a seed and a day: a team of ``agents`` seats over the ``months``
whole months that end with last month. People leave and are replaced; the newcomer
takes over the leaver's platform sub-account; seniors mentor newcomers of their post;
a few agents rotate to another post. Later areas add their data here.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta

from csdesk.common.progress import Progress, report
from csdesk.domain.months import last_whole_months
from csdesk.domain.staff import Channel, Level, Post, Status
from csdesk.services import shop
from csdesk.services.database import Database
from csdesk.services.demo.demo_actions import add_demo_actions
from csdesk.services.demo.demo_appraisals import add_demo_appraisals
from csdesk.services.demo.demo_coaching import add_demo_coaching
from csdesk.services.demo.demo_complaints import add_demo_complaints
from csdesk.services.demo.demo_goals import add_demo_goals, add_demo_orders
from csdesk.services.demo.demo_meetings import add_demo_meetings
from csdesk.services.demo.demo_performance import add_demo_performance
from csdesk.services.demo.demo_rota import add_demo_rota
from csdesk.services.demo.demo_suggestions import add_demo_suggestions
from csdesk.services.demo.demo_training import add_demo_training
from csdesk.services.errors import UserError
from csdesk.services.staff import agent_changes
from csdesk.services.staff import agents as staff

DEMO_SHOP_NAME = "小美家居旗舰店"
SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许"
    "韩冯邓曹彭曾肖田董潘袁蔡蒋余于杜叶程魏苏吕丁任沈姚卢"
)
GIVEN = [
    "婷",
    "静",
    "丽",
    "敏",
    "燕",
    "娟",
    "霞",
    "芳",
    "颖",
    "琳",
    "雪",
    "倩",
    "欣",
    "悦",
    "佳",
    "怡",
    "晨",
    "宇",
    "浩",
    "磊",
    "杰",
    "涛",
    "鹏",
    "昊",
    "子涵",
    "雨萱",
    "梓萱",
    "思琪",
    "佳怡",
    "欣怡",
    "诗涵",
    "嘉怡",
    "可欣",
    "晓彤",
    "子轩",
    "浩然",
    "宇航",
    "俊杰",
    "一鸣",
    "嘉豪",
    "明轩",
    "文博",
    "晓东",
    "海燕",
    "春梅",
]
LEAVING_REASONS = (
    "个人发展，另谋职位",
    "回老家发展",
    "继续深造",
    "薪资原因",
    "家庭原因",
    "试用期未通过",
    "转行做电商运营",
    "身体原因",
)
POST_MIX = (
    [Post.PRE_SALES] * 5 + [Post.AFTER_SALES] * 3 + [Post.COMPLAINTS] * 1 + [Post.TECH_SUPPORT] * 1
)
POST_ACCOUNT_WORD = {
    Post.PRE_SALES: "售前",
    Post.AFTER_SALES: "售后",
    Post.COMPLAINTS: "投诉",
    Post.TECH_SUPPORT: "技术",
}
POST_CHANNELS = {
    Post.PRE_SALES: (Channel.CHAT,),
    Post.AFTER_SALES: (Channel.CHAT, Channel.PHONE),
    Post.COMPLAINTS: (Channel.PHONE, Channel.CHAT, Channel.EMAIL),
    Post.TECH_SUPPORT: (Channel.PHONE, Channel.EMAIL, Channel.VIDEO),
}


@dataclass
class _Person:
    no: str
    name: str
    post: str
    hire: date
    left: date | None = None
    reason: str = ""
    mentor: str = ""
    level: str = Level.JUNIOR
    seat: int = 0


def build_demo(
    db: Database,
    agents: int = 20,
    months: int = 12,
    seed: int = 1,
    today: date | None = None,
    progress: Progress | None = None,
    clock: datetime | None = None,
) -> int:
    """Fill an empty shop with demo data; return the number of agent records created.

    ``progress`` hears of each of the six parts (staff, training, complaints, performance,
    rota, appraisals with the year's orders and goals); the window shows it without
    Cancel, since the parts are separate transactions. ``clock`` is the moment the demo
    is made (the machine's by default): nothing in the shop happens after it.

    Raises:
        UserError: the shop already has agents (the demo never mixes with real data).
    """
    from csdesk.common.i18n import translate

    if not shop.is_new_shop(db):
        raise UserError(
            translate("Demo", "This shop already has data; the demo needs an empty database.")
        )
    if agents < 1 or months < 1:
        raise UserError(translate("Demo", "The demo needs at least one agent and one month."))
    clock = (clock or datetime.now()).replace(second=0, microsecond=0)
    today = today or clock.date()
    rng = random.Random(seed)
    window = last_whole_months(today, months)
    start, end = window[0].first_day, window[-1].last_day
    people = _simulate(rng, agents, start, end)
    steps = 6
    report(progress, 0, steps)
    _store(db, rng, people, end)
    report(progress, 1, steps)
    with db.write() as session:
        add_demo_training(session, rng, window[0], window[-1], today)
    report(progress, 2, steps)
    with db.write() as session:
        add_demo_complaints(session, rng, window[0], window[-1], today, clock)
    report(progress, 3, steps)
    with db.write() as session:
        add_demo_performance(session, rng, window[0], window[-1], today)
    report(progress, 4, steps)
    with db.write() as session:
        add_demo_rota(session, rng, today)
    report(progress, 5, steps)
    add_demo_appraisals(db, rng, window, today, clock)
    add_demo_orders(db, rng, window[0], window[-1], agents)
    add_demo_goals(db, today)
    add_demo_suggestions(db, rng, window, today)
    add_demo_actions(db, rng, window, today)
    add_demo_coaching(db, rng, window, today)
    add_demo_meetings(db, rng, window, today)
    shop.set_shop_name(db, DEMO_SHOP_NAME)
    report(progress, steps, steps)
    return len(people)


def _names(rng: random.Random):
    used: set[str] = set()
    while True:
        name = rng.choice(SURNAMES) + rng.choice(GIVEN)
        if name not in used:
            used.add(name)
            yield name


def _simulate(rng: random.Random, seats: int, start: date, end: date) -> list[_Person]:
    """Play the team's history: each seat's holder may leave and be replaced."""
    names = _names(rng)
    people: list[_Person] = []
    counter = iter(range(1, 10_000))

    def hire(post: str, on: date, seat: int) -> _Person:
        person = _Person(f"CS{next(counter):03d}", next(names), post, on, seat=seat)
        people.append(person)
        return person

    for seat in range(seats):
        post = POST_MIX[seat % len(POST_MIX)] if seat else Post.COMPLAINTS
        holder = hire(post, start - timedelta(days=rng.randint(60, 1100)), seat + 1)
        holder.level = rng.choice([Level.JUNIOR, Level.INTERMEDIATE, Level.SENIOR, Level.SENIOR])
        day = start
        while True:
            day += timedelta(days=rng.randint(300, 1600))  # about 30 % a year, typical of CS
            if day >= end - timedelta(days=20):
                break
            holder.left, holder.reason = day, rng.choice(LEAVING_REASONS)
            day += timedelta(days=rng.randint(5, 25))
            if day > end:
                break
            holder = hire(post, day, seat + 1)
    # The demo always shows one newcomer still in onboarding (the duty gate at work).
    recent = [p for p in people if p.left is None and (end - p.hire).days < 45]
    if not recent:
        holder = max((p for p in people if p.left is None), key=lambda p: (p.seat, p.hire))
        holder.left, holder.reason = end - timedelta(days=30), rng.choice(LEAVING_REASONS)
        hire(holder.post, end - timedelta(days=12), holder.seat)
    return people


def _store(db: Database, rng: random.Random, people: list[_Person], end: date) -> None:
    seniors: dict[str, list[_Person]] = {}
    for p in sorted(people, key=lambda p: p.hire):
        if p.level == Level.SENIOR:
            seniors.setdefault(p.post, []).append(p)
    with db.write() as session:
        by_no = {}
        for person in sorted(people, key=lambda p: p.hire):
            tenure_days = ((person.left or end) - person.hire).days
            if person.level == Level.JUNIOR and tenure_days > 700:
                person.level = Level.INTERMEDIATE
            mentors = [
                m
                for m in seniors.get(person.post, [])
                if m is not person
                and m.hire < person.hire
                and (m.left is None or m.left > person.hire)
            ]
            if person.level == Level.JUNIOR and mentors:
                person.mentor = rng.choice(mentors).no
            status = Status.LEFT if person.left else Status.ACTIVE
            if person.left is None and (end - person.hire).days < 45:
                status = Status.ONBOARDING
            # A seat's Taobao sub-account passes from each holder to the next.
            account = f"{DEMO_SHOP_NAME}:{POST_ACCOUNT_WORD[Post(person.post)]}{person.seat:02d}"
            accounts = [
                staff.AccountData("淘宝", account, DEMO_SHOP_NAME, person.hire, person.left)
            ]
            if person.post in (Post.PRE_SALES, Post.AFTER_SALES) and rng.random() < 0.5:
                accounts.append(
                    staff.AccountData(
                        "京东",
                        f"jd_xm_{person.no.lower()}",
                        "小美家居京东自营",
                        person.hire,
                        person.left,
                    )
                )
            data = staff.AgentData(
                employee_no=person.no,
                name=person.name,
                post=person.post,
                level=person.level,
                status=status,
                hire_date=person.hire,
                probation_end=person.hire + timedelta(days=90),
                left_date=person.left,
                left_reason=person.reason,
                mentor_no=person.mentor,
                channels=POST_CHANNELS[Post(person.post)],
                phone=f"13{rng.randint(0, 9)}{rng.randint(10_000_000, 99_999_999)}",
                notes="",
                accounts=tuple(accounts),
            )
            by_no[person.no] = agent_changes.add_agent(session, data)
        rotated = [p for p in people if p.left is None and (end - p.hire).days > 400]
        for person in rng.sample(rotated, k=min(len(rotated), max(1, len(people) // 12))):
            agent = by_no[person.no]
            new_post = rng.choice([p for p in Post if p != person.post])
            moved_on = person.hire + timedelta(days=rng.randint(120, (end - person.hire).days - 30))
            current = staff.record_of(agent).data
            agent_changes.change_agent(
                session,
                agent,
                replace(current, post=new_post, channels=POST_CHANNELS[new_post]),
                moved_on,
            )
        on_leave = [a for a in by_no.values() if a.status == Status.ACTIVE]
        if on_leave:
            rng.choice(on_leave).status = Status.ON_LEAVE
