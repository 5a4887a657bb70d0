"""The demo shop's training history, played over the team the staff demo created.

New hires take the four basic courses in their first weeks; the team sits the
quarterly communication assessment (January, April, July, October) and the yearly
refresher (March); after-sales and complaint agents take complaint handling and
negotiation; everyone takes emotion management once; pre-sales agents do monthly
role-play drills. Some agents miss or fail, so the matrix shows lapses; the newest
hire is still in onboarding with two basic courses to go, booked for early next month.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from csdesk.data.staff import Agent
from csdesk.data.training import Course, TrainingSession
from csdesk.domain.months import Month, months_between
from csdesk.domain.staff import Post, Status
from csdesk.domain.training import Attendance, Format
from csdesk.services.demo.demo_certificates import add_demo_certificates
from csdesk.services.training import session_records

TRAINERS = ("林老师（培训主管）", "周敏（质检组长）", "王老师（外聘讲师）", "陈经理（运营）")
ROOMS = ("3楼培训室", "线上·钉钉会议", "客服部会议室")


@dataclass(frozen=True)
class _Plan:
    course: str
    on: datetime
    trainer: str
    fmt: str
    cost_cents: int
    location: str


def add_demo_training(
    session: Session, rng: random.Random, first: Month, last: Month, today: date
) -> None:
    """Record the demo team's training from ``first`` to ``last`` (whole months)."""
    courses = {c.code: c for c in session.scalars(select(Course))}
    agents = list(session.scalars(select(Agent).order_by(Agent.hire_date)))
    end = last.last_day
    newest = max((a for a in agents if a.status == Status.ONBOARDING), default=None,
                 key=lambda a: a.hire_date)  # fmt: skip

    sessions: dict[tuple[str, date], tuple[_Plan, list[session_records.AttendeeData]]] = {}

    def attend(plan: _Plan, agent: Agent, result: session_records.AttendeeData) -> None:
        key = (plan.course, plan.on.date())
        sessions.setdefault(key, (plan, []))[1].append(result)

    def sit(
        agent: Agent, pass_mark: float | None, miss: float = 0.05
    ) -> session_records.AttendeeData:
        roll = rng.random()
        if roll < miss:
            return session_records.AttendeeData(agent.id, Attendance.ABSENT)
        if roll < miss * 1.6:
            return session_records.AttendeeData(agent.id, Attendance.EXCUSED)
        score = None if pass_mark is None else round(min(100, rng.gauss(86, 7)))
        return session_records.AttendeeData(agent.id, Attendance.PRESENT, score)

    def employed(agent: Agent, day: date) -> bool:
        return agent.hire_date <= day and (agent.left_date is None or agent.left_date > day)

    # Basic courses in the first weeks, grouped into one session per course and week.
    for agent in agents:
        start = agent.hire_date + timedelta(days=3)
        for offset, code in enumerate(("BAS-ETQ", "BAS-COM", "BAS-PRD", "BAS-SYS")):
            day = start + timedelta(days=offset * 2)
            monday = day - timedelta(days=day.weekday())
            on = datetime.combine(monday + timedelta(days=offset), time(14, 0))
            plan = _Plan(code, on, TRAINERS[0], Format.ON_SITE, 0, ROOMS[0])
            if agent is newest and offset >= 2:
                on = datetime.combine(end + timedelta(days=30 + offset), time(14, 0))
                plan = _Plan(code, on, TRAINERS[0], Format.ON_SITE, 0, ROOMS[0])
                attend(plan, agent, session_records.AttendeeData(agent.id))  # booked, not yet held
                continue
            result = sit(agent, courses[code].pass_mark, miss=0)
            if result.score is not None and result.score < 80:
                result = session_records.AttendeeData(
                    agent.id, Attendance.PRESENT, 80 + rng.randint(0, 8)
                )
            attend(plan, agent, result)

    for month in months_between(first, last):
        if month.month in (1, 4, 7, 10):
            on = datetime.combine(date(month.year, month.month, 20), time(10, 0))
            plan = _Plan("ASM-COM", on, TRAINERS[1], Format.ROLE_PLAY, 0, ROOMS[2])
            for agent in agents:
                if employed(agent, on.date()) and agent is not newest:
                    attend(plan, agent, sit(agent, 80, miss=0.08))
        if month.month == 3:
            on = datetime.combine(date(month.year, 3, 12), time(9, 30))
            plan = _Plan("REF-YR", on, TRAINERS[2], Format.ON_SITE, 300000, ROOMS[0])
            # those who missed it catch up in December, so some lapse near the year's end
            make_up = datetime.combine(date(month.year, 12, 5), time(14, 0))
            catch_up = _Plan("REF-YR", make_up, TRAINERS[0], Format.ONLINE, 0, ROOMS[1])
            for agent in agents:
                if employed(agent, on.date()):
                    result = sit(agent, 60, miss=0.12)
                    attend(plan, agent, result)
                    missed = result.attendance != Attendance.PRESENT
                    if missed and make_up.date() <= end and employed(agent, make_up.date()):
                        attend(catch_up, agent, sit(agent, 60, miss=0))
            # so do those hired after March, so their refresher lapses in December
            for agent in agents:
                if on.date() < agent.hire_date <= make_up.date() <= end:
                    attend(catch_up, agent, sit(agent, 60, miss=0))
        if month.month in (4, 10):
            for code, day_of_month, cost in (("ADV-CMP", 14, 180000), ("ADV-NEG", 16, 150000)):
                on = datetime.combine(date(month.year, month.month, day_of_month), time(14, 0))
                plan = _Plan(code, on, TRAINERS[2], Format.ON_SITE, cost, ROOMS[0])
                for agent in agents:
                    if employed(agent, on.date()) and agent.post in (
                        Post.AFTER_SALES,
                        Post.COMPLAINTS,
                    ):
                        attend(plan, agent, sit(agent, 75, miss=0.1))
        if month.month == 6:
            on = datetime.combine(date(month.year, 6, 18), time(15, 0))
            plan = _Plan("ADV-EMO", on, TRAINERS[3], Format.ONLINE, 50000, ROOMS[1])
            for agent in agents:
                if employed(agent, on.date()):
                    attend(plan, agent, sit(agent, None, miss=0.1))
        on = datetime.combine(date(month.year, month.month, 25), time(17, 0))
        plan = _Plan("DRL-ROL", on, TRAINERS[1], Format.ROLE_PLAY, 0, ROOMS[2])
        for agent in agents:
            if employed(agent, on.date()) and agent.post == Post.PRE_SALES:
                attend(plan, agent, sit(agent, None, miss=0.15))

    for plan, attendees in sessions.values():
        course = courses[plan.course]
        data = session_records.SessionData(
            course_id=course.id,
            starts_at=plan.on,
            hours=course.hours,
            trainer=plan.trainer,
            format=plan.fmt,
            location=plan.location,
            cost_cents=plan.cost_cents,
            attendees=tuple(attendees),
        )
        session_records.apply_session(session, TrainingSession(), data)
    add_demo_certificates(session, rng, agents, today)
