"""The rota service: a week's days, checks with overrides, copy, swap, publish and its log."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from csdesk.domain.rota import Breach, Leave, RotaRules
from csdesk.domain.staff import Post, Status
from csdesk.domain.training import Attendance
from csdesk.domain.weeks import Week
from csdesk.services.errors import UserError
from csdesk.services.rota import rota_rules, rota_shifts, week_edits
from csdesk.services.rota import week_plan as rota
from csdesk.services.staff import agent_changes
from csdesk.services.staff import agents as staff
from csdesk.services.training import courses as training
from csdesk.services.training import session_records
from tests.engines import table_rows as rows

WEEK = Week(2026, 48)  # Monday 2026-11-23
MON = WEEK.monday


def day(n: int) -> date:
    return MON + timedelta(days=n)


def cleared_agent(db, number, name, hired=date(2025, 1, 6), left=None) -> int:
    """An agent who passed the before-duty basics long ago."""
    agent_id = agent_changes.create_agent(
        db,
        staff.AgentData(
            number,
            name,
            post=Post.AFTER_SALES,
            status=Status.LEFT if left else Status.ACTIVE,
            hire_date=hired,
            left_date=left,
            channels=("chat",),
        ),
    )
    for course in training.list_courses(db):
        if course.data.before_duty:
            session_records.save_session(
                db,
                session_records.SessionData(
                    course_id=course.id,
                    starts_at=datetime(2025, 1, 3, 14),
                    hours=2,
                    trainer="林老师",
                    attendees=(session_records.AttendeeData(agent_id, Attendance.PRESENT, 95),),
                ),
            )
    return agent_id


def open_breaches(state) -> list[tuple[int, int, Breach]]:
    return [
        (f.finding.agent_id, (f.finding.day - MON).days, f.finding.breach)
        for f in state.findings
        if f.open
    ]


@pytest.fixture
def team(db) -> list[int]:
    return [cleared_agent(db, f"R{n}", name) for n, name in enumerate(["王婷", "李静", "张敏"])]


def test_a_new_shop_has_four_shifts_and_channel_settings(db):
    found = rota_shifts.shifts(db)
    assert [s.code for s in found] == ["M", "D", "E", "N"]
    assert [s.name for s in found] == ["Morning", "Middle", "Evening", "Night"]
    assert found[3].shift.crosses_midnight and found[0].shift.hours == 7
    assert {r[0] for r in rows(db, "staffing_channels")} == {"chat", "phone"}
    assert rota_rules.rota_rules(db) == RotaRules()


def test_days_are_set_read_and_counted(db, team):
    a, b, _c = team
    for n in range(5):
        assert week_edits.set_day(db, a, day(n), ["m"])
    assert not week_edits.set_day(db, a, day(0), ["M"])  # the same again changes nothing
    week_edits.set_day(db, b, day(0), ["E", "M"])  # a split shift, kept in start order
    week_edits.set_day(db, b, day(1), leave=Leave.SICK)
    state = rota.week_rota(db, WEEK)
    assert [x.employee_no for x in state.agents] == ["R0", "R1", "R2"]
    assert state.plan(a, day(0)).codes == ("M",) and state.plan(a, day(5)).codes == ()
    assert state.plan(b, day(0)).text() == "M+E"
    assert state.plan(b, day(1)).text() == "sick"
    assert state.hours == {a: 35.0, b: 14.0}
    assert open_breaches(state) == [(b, 0, Breach.LONG_DAY)]
    assert [r[4] for r in rows(db, "rota_duties") if r[1] == b] == ["chat", "chat"]


def test_bad_codes_change_nothing(db, team):
    a = team[0]
    week_edits.set_day(db, a, day(0), ["M"])
    for codes in (["X"], ["M", "M"], ["M", "Z9"]):
        with pytest.raises(UserError):
            week_edits.set_day(db, a, day(0), codes)
    assert rota.week_rota(db, WEEK).plan(a, day(0)).codes == ("M",)


def test_findings_cross_the_week_border_and_overrides_are_kept(db, team):
    a = team[0]
    week_edits.set_day(db, a, day(-1), ["N"])  # Sunday night of last week
    week_edits.set_day(db, a, day(0), ["M"])  # 2 h after it ends
    week_edits.set_day(db, a, day(2), ["M"], leave=Leave.ANNUAL)
    assert open_breaches(rota.week_rota(db, WEEK)) == [
        (a, 0, Breach.SHORT_REST),
        (a, 2, Breach.ON_LEAVE),
    ]
    with pytest.raises(UserError):
        week_edits.override(db, a, day(0), Breach.SHORT_REST, "  ")
    week_edits.override(db, a, day(0), Breach.SHORT_REST, "大促临时调班", author="主管")
    state = rota.week_rota(db, WEEK)
    assert open_breaches(state) == [(a, 2, Breach.ON_LEAVE)]
    (accepted,) = [f for f in state.findings if not f.open]
    assert accepted.override == "大促临时调班" and accepted.finding.value == 2.0


def test_employment_and_the_training_gate(db, team):
    leaver = cleared_agent(db, "R8", "周洋", left=day(1))
    newcomer = agent_changes.create_agent(
        db, staff.AgentData("R9", "新人", post=Post.PRE_SALES, hire_date=date(2026, 11, 20))
    )
    week_edits.set_day(db, leaver, day(2), ["M"])
    week_edits.set_day(db, newcomer, day(0), ["D"])
    state = rota.week_rota(db, WEEK)
    assert (leaver, 2, Breach.NOT_EMPLOYED) in open_breaches(state)
    assert (newcomer, 0, Breach.NOT_CLEARED) in open_breaches(state)
    gone = cleared_agent(db, "R7", "离职", left=date(2026, 10, 31))
    assert gone not in {x.id for x in rota.week_rota(db, WEEK).agents}


def test_copy_a_week_and_swap_two_agents(db, team):
    a, b, c = team
    last = WEEK.shift(-1)
    for n in range(5):
        week_edits.set_day(db, a, last.days[n], ["M"])
        week_edits.set_day(db, b, last.days[n], ["E"])
    week_edits.set_day(db, c, day(3), ["N"], leave=None)
    week_edits.set_day(db, a, day(4), leave=Leave.ANNUAL)
    assert week_edits.copy_week(db, last, WEEK) == 10
    state = rota.week_rota(db, WEEK)
    assert [state.plan(a, d).text() for d in WEEK.days[:5]] == ["M", "M", "M", "M", "M+annual"]
    assert state.plan(c, day(3)).codes == ()  # the target's own shifts were replaced
    week_edits.swap_agents(db, a, b, WEEK.days[:2])
    state = rota.week_rota(db, WEEK)
    assert state.plan(a, day(0)).codes == ("E",) and state.plan(b, day(0)).codes == ("M",)
    assert state.plan(a, day(2)).codes == ("M",)


def test_a_published_week_logs_its_changes(db, team):
    a = team[0]
    week_edits.set_day(db, a, day(0), ["M"])
    week_edits.publish_week(db, WEEK, author="主管")
    with pytest.raises(UserError):
        week_edits.publish_week(db, WEEK)
    assert week_edits.week_changes(db, WEEK) == []
    week_edits.set_day(db, a, day(0), ["E"], author="主管")
    week_edits.set_day(db, a, day(1), leave=Leave.PERSONAL, author="主管")
    state = rota.week_rota(db, WEEK)
    assert state.published and state.published_by == "主管"
    log = week_edits.week_changes(db, WEEK)
    assert [(c.day, c.before, c.after, c.changed_by) for c in log] == [
        (day(0), "M", "E", "主管"),
        (day(1), "", "personal", "主管"),
    ]
    # A draft week keeps no log.
    week_edits.set_day(db, a, WEEK.shift(1).monday, ["M"])
    assert week_edits.week_changes(db, WEEK.shift(1)) == []


def test_rules_are_stored_and_checked(db, team):
    strict = RotaRules(min_rest_hours=12, max_day_hours=8, max_week_hours=30, max_days_in_row=5)
    rota_rules.save_rota_rules(db, strict)
    assert rota_rules.rota_rules(db) == strict
    for n in range(5):
        week_edits.set_day(db, team[0], day(n), ["M"])
    assert open_breaches(rota.week_rota(db, WEEK)) == [(team[0], 4, Breach.LONG_WEEK)]
    with pytest.raises(UserError):
        rota_rules.save_rota_rules(db, RotaRules(max_week_hours=0))
    assert rota_rules.rota_rules(db) == strict
