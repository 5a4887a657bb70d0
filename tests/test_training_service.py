"""Training services: catalogue, scoring, duty gate, matrix, reminders, hours, figures."""

from dataclasses import replace
from datetime import date, datetime

import pytest

from csdesk.domain.months import Month
from csdesk.domain.staff import Post, Status
from csdesk.domain.training import Attendance, Category, Standing
from csdesk.services.errors import UserError
from csdesk.services.staff import agent_changes, agent_removal
from csdesk.services.staff import agents as staff
from csdesk.services.training import (
    agent_training_figures,
    certificates,
    duty_gate,
    session_records,
    training_figures,
    training_status,
)
from csdesk.services.training import courses as training
from csdesk.services.training.duty_gate import NotClearedForDuty

TODAY = date(2026, 11, 23)


def agent(db, no, name, post=Post.PRE_SALES, status=Status.ACTIVE, hired=date(2025, 1, 6)):
    return agent_changes.create_agent(
        db, staff.AgentData(no, name, post=post, status=status, hire_date=hired)
    )


def course_id(db, code):
    return next(c.id for c in training.list_courses(db) if c.code == code)


def hold(db, code, on, *results, cost=0, hours=None):
    """Record a session of ``code`` on ``on`` with (agent id, attendance, score) results."""
    data = session_records.SessionData(
        course_id=course_id(db, code),
        starts_at=datetime.combine(on, datetime.min.time()).replace(hour=14),
        hours=hours if hours is not None else 2,
        trainer="林老师",
        cost_cents=cost,
        attendees=tuple(session_records.AttendeeData(a, att, score) for a, att, score in results),
    )
    return session_records.save_session(db, data)


def test_a_new_shop_has_the_default_catalogue(db):
    courses = {c.code: c.data for c in training.list_courses(db)}
    assert len(courses) == 12
    basic = [d for d in courses.values() if d.category == Category.BASIC]
    assert len(basic) == 4 and all(
        d.before_duty and set(d.required_posts) == set(Post) for d in basic
    )
    assert courses["ASM-COM"].validity_months == 3
    assert courses["REF-YR"].validity_months == 12
    assert courses["ADV-EMO"].pass_mark is None  # attendance only


def test_course_rules_and_unique_codes(db):
    with pytest.raises(UserError) as refused:
        training.create_course(
            db, training.CourseData("BAS-ETQ", "", hours=-1, pass_mark=120, validity_months=0)
        )
    text = "\n".join(refused.value.details)
    for words in ("already used", "title is required", "negative", "pass mark", "Validity"):
        assert words in text


def test_pass_or_fail_follows_the_pass_mark_and_is_kept_when_the_mark_changes(db):
    a, b, c = (agent(db, f"A{i}", name) for i, name in enumerate(["王婷", "李静", "张敏"]))
    session_id = hold(
        db,
        "BAS-ETQ",
        date(2026, 3, 2),
        (a, Attendance.PRESENT, 85),
        (b, Attendance.PRESENT, 70),
        (c, Attendance.ABSENT, None),
    )
    results = {x.agent_id: x.passed for x in session_records.get_session(db, session_id).attendees}
    assert results == {a: True, b: False, c: False}
    etq = next(r for r in training.list_courses(db) if r.code == "BAS-ETQ")
    training.update_course(db, etq.id, replace(etq.data, pass_mark=60))
    results = {x.agent_id: x.passed for x in session_records.get_session(db, session_id).attendees}
    assert results[b] is False  # decided under the mark in force at the time


def test_session_problems_are_listed_together(db):
    a = agent(db, "A1", "王婷")
    data = session_records.SessionData(
        course_id=course_id(db, "BAS-ETQ"),
        starts_at=datetime(2026, 3, 2, 14),
        hours=-1,
        cost_cents=-5,
        attendees=(
            session_records.AttendeeData(a, Attendance.ABSENT, 90),
            session_records.AttendeeData(a, Attendance.PRESENT, 101),
        ),
    )
    with pytest.raises(UserError) as refused:
        session_records.save_session(db, data)
    text = "\n".join(refused.value.details)
    for words in ("Hours", "cost", "listed twice", "between 0 and 100", "not marked present"):
        assert words in text
    assert session_records.list_sessions(db) == []


def test_attendees_can_be_added_by_post(db):
    a = agent(db, "A1", "王婷", Post.AFTER_SALES)
    agent(db, "A2", "李静", Post.PRE_SALES)
    c = agent_changes.create_agent(
        db,
        staff.AgentData(
            "A3",
            "张敏",
            Post.AFTER_SALES,
            status=Status.LEFT,
            hire_date=date(2024, 1, 1),
            left_date=date(2025, 1, 1),
        ),
    )
    assert c not in session_records.agents_in_posts(db, [Post.AFTER_SALES])
    assert session_records.agents_in_posts(db, [Post.AFTER_SALES]) == [a]


def _pass_basics(db, who, on=date(2026, 1, 5)):
    for code in ("BAS-ETQ", "BAS-COM", "BAS-PRD", "BAS-SYS"):
        hold(db, code, on, (who, Attendance.PRESENT, 90))


def test_the_duty_gate_holds_a_newcomer_until_the_basics_are_passed(db):
    new = agent(db, "N1", "新人", status=Status.ONBOARDING, hired=date(2026, 11, 1))
    hold(db, "BAS-ETQ", date(2026, 11, 3), (new, Attendance.PRESENT, 90))
    hold(db, "BAS-COM", date(2026, 11, 4), (new, Attendance.PRESENT, 50))  # failed
    record = staff.get_agent(db, new)
    with pytest.raises(NotClearedForDuty) as closed:
        agent_changes.update_agent(db, new, replace(record.data, status=Status.ACTIVE))
    assert sorted(closed.value.missing) == sorted(
        ["Communication skills", "Product knowledge", "System operation"]
    )
    assert staff.get_agent(db, new).data.status == Status.ONBOARDING
    assert not duty_gate.cleared_for_duty(db, new)
    for code in ("BAS-COM", "BAS-PRD", "BAS-SYS"):
        hold(db, code, date(2026, 11, 10), (new, Attendance.PRESENT, 88))
    agent_changes.update_agent(db, new, replace(record.data, status=Status.ACTIVE))
    assert staff.get_agent(db, new).data.status == Status.ACTIVE
    assert duty_gate.duty_overrides(db, new) == []


def test_the_supervisor_may_override_the_gate_with_a_reason_which_is_recorded(db):
    new = agent(db, "N1", "新人", status=Status.ONBOARDING, hired=date(2026, 11, 1))
    record = staff.get_agent(db, new)
    with pytest.raises(NotClearedForDuty):
        agent_changes.update_agent(
            db, new, replace(record.data, status=Status.ACTIVE), duty_override=" "
        )
    agent_changes.update_agent(
        db, new, replace(record.data, status=Status.ACTIVE), duty_override="双十一人手不足"
    )
    (override,) = duty_gate.duty_overrides(db, new)
    assert override.reason == "双十一人手不足"
    assert "Service etiquette" in override.missing
    assert duty_gate.cleared_for_duty(db, new)
    assert not agent_removal.can_delete(db, new)  # the override is history


def test_other_status_changes_do_not_pass_the_gate(db):
    veteran = agent(db, "V1", "老员工")
    record = staff.get_agent(db, veteran)
    agent_changes.update_agent(db, veteran, replace(record.data, status=Status.ON_LEAVE))
    agent_changes.update_agent(db, veteran, replace(record.data, status=Status.ACTIVE))
    assert staff.get_agent(db, veteran).data.status == Status.ACTIVE
    assert duty_gate.duty_overrides(db, veteran) == []  # no gate, so no override


def test_the_matrix_judges_every_required_course(db):
    a = agent(db, "A1", "王婷", Post.AFTER_SALES)
    b = agent(db, "A2", "李静", Post.PRE_SALES)
    _pass_basics(db, a)
    hold(db, "ASM-COM", date(2026, 7, 20), (a, Attendance.PRESENT, 90))  # valid to 10-19
    hold(db, "REF-YR", date(2025, 12, 10), (a, Attendance.PRESENT, 90))  # valid to 12-09
    matrix = training_status.training_matrix(db, TODAY)
    codes = [c.code for c in matrix.courses]
    assert codes[:4] == ["BAS-COM", "BAS-ETQ", "BAS-PRD", "BAS-SYS"]  # before-duty first
    assert "ADV-DAT" not in codes  # required for nobody
    rows = {r.agent_id: dict(zip(codes, r.cells, strict=True)) for r in matrix.rows}
    assert rows[a]["BAS-ETQ"].standing == Standing.CURRENT
    assert rows[a]["ASM-COM"].standing == Standing.EXPIRED
    assert rows[a]["ASM-COM"].valid_until == date(2026, 10, 19)
    assert rows[a]["REF-YR"].standing == Standing.EXPIRING
    assert rows[a]["ADV-CMP"].standing == Standing.NOT_TRAINED
    assert rows[b]["ADV-CMP"] is None  # not required for pre-sales
    assert rows[b]["BAS-ETQ"].standing == Standing.NOT_TRAINED


def test_a_certificate_linked_to_a_course_counts_for_it(db):
    a = agent(db, "A1", "王婷")
    cert = certificates.CertificateData(
        a, "沟通能力证书", date(2026, 1, 1), date(2027, 1, 1), course_id=course_id(db, "ASM-COM")
    )
    certificates.save_certificate(db, cert)
    matrix = training_status.training_matrix(db, TODAY)
    index = [c.code for c in matrix.courses].index("ASM-COM")
    assert matrix.rows[0].cells[index].standing == Standing.CURRENT


def test_reminders_list_duty_then_lapses_and_certificates(db):
    a = agent(db, "A1", "王婷")
    agent(db, "N1", "新人", status=Status.ONBOARDING, hired=date(2026, 11, 1))
    hold(db, "ASM-COM", date(2026, 7, 20), (a, Attendance.PRESENT, 90))
    certificates.save_certificate(
        db, certificates.CertificateData(a, "普通话二甲", date(2020, 1, 1), date(2026, 12, 1))
    )
    training_status.set_warn_days(db, 10)
    found = training_status.reminders(db, TODAY)
    assert found[0].kind == "duty" and found[0].name == "新人"
    assert "Service etiquette" in found[0].item
    kinds = [(r.kind, r.item, r.standing) for r in found[1:]]
    assert ("course", "Quarterly communication assessment", Standing.EXPIRED) in kinds
    assert ("certificate", "普通话二甲", Standing.EXPIRING) in kinds
    training_status.set_warn_days(db, 5)
    assert not any(r.kind == "certificate" for r in training_status.reminders(db, TODAY))
    with pytest.raises(UserError):
        training_status.set_warn_days(db, 400)


def test_hours_and_cost_per_agent_and_month(db):
    a = agent(db, "A1", "王婷")
    b = agent(db, "A2", "李静")
    hold(db, "REF-YR", date(2026, 3, 12), (a, Attendance.PRESENT, 90),
         (b, Attendance.ABSENT, None), cost=300000, hours=4)  # fmt: skip
    hold(db, "ADV-EMO", date(2026, 6, 18), (a, Attendance.PRESENT, None),
         (b, Attendance.PRESENT, None), cost=50000, hours=3)  # fmt: skip
    hold(db, "ADV-EMO", date(2025, 6, 18), (a, Attendance.PRESENT, None), cost=99900)
    totals = training_figures.training_totals(db, 2026)
    assert totals.sessions == 2 and totals.cost_cents == 350000
    assert totals.hours == 4 + 3 * 2
    per = {x.employee_no: x for x in totals.agents}
    assert (per["A1"].sessions, per["A1"].hours, per["A1"].cost_cents) == (2, 7, 325000)
    assert (per["A2"].sessions, per["A2"].hours, per["A2"].cost_cents) == (1, 3, 25000)
    assert totals.months[2].sessions == 1 and totals.months[5].attendances == 2
    june = training_figures.training_totals(db, 2026, month=6)
    assert [(x.employee_no, x.hours, x.cost_cents) for x in june.agents] == [
        ("A1", 3, 25000),
        ("A2", 3, 25000),
    ]
    assert june.cost_cents == totals.cost_cents  # the months are always the whole year


def test_monthly_figures_for_the_scorecard(db):
    a = agent(db, "A1", "王婷")
    _pass_basics(db, a)
    hold(db, "ASM-COM", date(2026, 4, 20), (a, Attendance.PRESENT, 72))
    hold(db, "ASM-COM", date(2026, 7, 20), (a, Attendance.PRESENT, 91))
    june = agent_training_figures.monthly_training_figures(db, Month(2026, 6))[a]
    assert (june.assessment_score, june.assessment_on) == (72, date(2026, 4, 20))
    # required for pre-sales: 4 basic + emotion, assessment, refresher = 7; basics held
    assert june.completion_rate == pytest.approx(4 / 7)
    august = agent_training_figures.monthly_training_figures(db, Month(2026, 8))[a]
    assert august.assessment_score == 91 and august.completion_rate == pytest.approx(5 / 7)


def test_courses_with_history_are_archived_not_deleted(db):
    a = agent(db, "A1", "王婷")
    hold(db, "BAS-ETQ", date(2026, 3, 2), (a, Attendance.PRESENT, 90))
    with pytest.raises(UserError, match="archived"):
        training.delete_course(db, course_id(db, "BAS-ETQ"))
    training.delete_course(db, course_id(db, "ADV-DAT"))
    assert "ADV-DAT" not in {c.code for c in training.list_courses(db)}
    assert not agent_removal.can_delete(db, a)  # attendance is history
