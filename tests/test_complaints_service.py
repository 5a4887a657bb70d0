"""Complaint rules as the services enforce them, on a temporary shop database."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from csdesk.domain.complaints import Action, Clock, Priority, Targets
from csdesk.domain.months import Month
from csdesk.domain.sla import ClockState
from csdesk.domain.work_calendar import WorkingHours
from csdesk.services.complaints import (
    case_changes,
    complaint_appeals,
    complaint_events,
    complaint_handling,
    complaint_list,
    complaint_steps,
    complaint_verdicts,
)
from csdesk.services.complaints import case_files as complaints
from csdesk.services.complaints import complaint_settings as settings
from csdesk.services.complaints import complaint_timing as timing
from csdesk.services.errors import UserError
from csdesk.services.staff import agent_changes
from csdesk.services.staff import agents as staff

MONDAY = datetime(2026, 11, 16, 10, 0)  # the default calendar works 09:00-21:00 every day
NOW = datetime(2026, 11, 23, 12, 0)


def _category(db, key: str) -> int:
    return next(c.id for c in settings.list_categories(db) if c.key == key)


@pytest.fixture
def agent(db) -> int:
    return agent_changes.create_agent(db, staff.AgentData("CS001", "袁燕"))


def _new(db, agent_id=None, *, at=MONDAY, priority=Priority.NORMAL, category="late") -> int:
    data = complaints.ComplaintData(
        received_at=at,
        customer="王女士",
        order_no="TB20261116001",
        priority=priority,
        category_id=_category(db, category),
        agent_id=agent_id,
        description="包裹三天没有更新",
    )
    return case_changes.create_complaint(db, data, author="主管", now=at)


def test_a_new_shop_has_the_plans_categories_root_causes_and_targets(db):
    categories = settings.list_categories(db)
    paths = [c.path for c in categories]
    assert "Logistics / Late delivery" in paths
    assert "Product quality / Packaging" in paths
    assert {c.key for c in categories if c.parent_id is None} >= {"refund", "price", "other"}
    assert len(settings.list_root_causes(db)) >= 10
    targets = timing.load_targets(db)
    assert targets["normal"].response == timedelta(hours=24)
    assert targets["normal"].resolution == timedelta(hours=72)
    assert targets["urgent"].response < targets["important"].response < timedelta(hours=24)
    assert timing.load_calendar(db).week[6] == WorkingHours(9 * 60, 21 * 60)


def test_references_count_up_per_year(db):
    first = complaints.get_complaint(db, _new(db), now=NOW)
    second = complaints.get_complaint(db, _new(db), now=NOW)
    assert (first.ref, second.ref) == ("TS-2026-00001", "TS-2026-00002")
    jan = _new(db, at=datetime(2027, 1, 2, 10, 0))
    assert complaints.get_complaint(db, jan, now=NOW).ref == "TS-2027-00001"


def test_the_case_file_is_checked(db):
    bad = complaints.ComplaintData(received_at=MONDAY + timedelta(days=2), priority="soon")
    with pytest.raises(UserError) as caught:
        case_changes.create_complaint(db, bad, now=MONDAY)
    assert len(caught.value.details) == 3  # future, nobody to contact, priority


def test_the_status_flow_records_steps_and_times(db, agent):
    cid = _new(db, agent)
    complaint_steps.act(db, cid, Action.ACKNOWLEDGE, at=MONDAY + timedelta(hours=1), now=NOW)
    complaint_steps.act(db, cid, Action.RESOLVE, at=MONDAY + timedelta(hours=3), now=NOW)
    record = complaints.get_complaint(db, cid, now=NOW)
    assert record.status == "resolved"
    assert record.first_response_at == MONDAY + timedelta(hours=1)
    assert record.solution_at == MONDAY + timedelta(hours=3)  # resolving implies a solution
    statuses = [(e.from_value, e.to_value) for e in record.events if e.kind == "status"]
    assert statuses == [("", "new"), ("new", "acknowledged"), ("acknowledged", "resolved")]
    assert all(e.author == "主管" for e in record.events[:1])
    assert {c: r.state for c, r in record.clocks.items()} == dict.fromkeys(Clock, ClockState.MET)


def test_steps_cannot_go_back_in_time_or_skip_the_rules(db):
    cid = _new(db)
    with pytest.raises(UserError, match="before the complaint was received"):
        complaint_steps.act(db, cid, Action.ACKNOWLEDGE, at=MONDAY - timedelta(hours=1), now=NOW)
    with pytest.raises(UserError, match="does not apply"):
        complaint_steps.act(db, cid, Action.CLOSE, now=NOW)
    complaint_steps.act(db, cid, Action.ACKNOWLEDGE, at=MONDAY + timedelta(hours=2), now=NOW)
    with pytest.raises(UserError, match="last status change"):
        complaint_steps.act(db, cid, Action.PROPOSE, at=MONDAY + timedelta(hours=1), now=NOW)


def test_closing_needs_a_follow_up_visit_or_a_reason(db):
    cid = _new(db)
    complaint_steps.act(db, cid, Action.RESOLVE, at=MONDAY + timedelta(hours=1), now=NOW)
    with pytest.raises(UserError, match="follow-up"):
        complaint_steps.act(db, cid, Action.CLOSE, at=MONDAY + timedelta(hours=2), now=NOW)
    with pytest.raises(UserError, match="what the customer said"):
        complaint_handling.record_follow_up(db, cid, complaints.FollowUp(5), now=NOW)
    complaint_handling.record_follow_up(
        db, cid, complaints.FollowUp(4, "满意", MONDAY + timedelta(hours=2)), now=NOW
    )
    complaint_steps.act(db, cid, Action.CLOSE, at=MONDAY + timedelta(hours=2), now=NOW)
    record = complaints.get_complaint(db, cid, now=NOW)
    assert record.status == "closed" and record.follow_up.satisfaction == 4

    other = _new(db)
    complaint_steps.act(db, other, Action.RESOLVE, at=MONDAY + timedelta(hours=1), now=NOW)
    complaint_handling.record_follow_up(
        db, other, complaints.FollowUp(no_follow_up_reason="电话空号"), now=NOW
    )
    complaint_steps.act(db, other, Action.CLOSE, at=MONDAY + timedelta(hours=1), now=NOW)


def test_a_quality_complaint_closes_only_after_the_effectiveness_check(db):
    cid = _new(db, category="production_flaw")
    complaint_steps.act(db, cid, Action.RESOLVE, at=MONDAY + timedelta(hours=1), now=NOW)
    complaint_handling.record_follow_up(db, cid, complaints.FollowUp(3, "一般"), now=NOW)
    with pytest.raises(UserError, match="corrective action was checked"):
        complaint_steps.act(db, cid, Action.CLOSE, now=MONDAY + timedelta(hours=2))
    complaint_handling.save_handling(
        db,
        cid,
        complaints.Handling(
            corrective_action="供应商换料",
            effectiveness_checked_on=date(2026, 11, 16),
            compensation_type="coupon",
            compensation_cents=2000,
        ),
    )
    complaint_steps.act(db, cid, Action.CLOSE, now=MONDAY + timedelta(hours=2))
    assert complaints.get_complaint(db, cid, now=NOW).quality


def test_waiting_stops_the_clocks(db):
    urgent = _new(db, priority=Priority.URGENT)  # respond within 2 working hours
    complaint_steps.act(db, urgent, Action.WAIT_CUSTOMER, at=MONDAY + timedelta(hours=1), now=NOW)
    waiting = complaints.get_complaint(db, urgent, now=MONDAY + timedelta(hours=5))
    assert waiting.clocks[Clock.RESPONSE].state is ClockState.PAUSED
    complaint_steps.act(
        db, urgent, Action.RESUME, at=MONDAY + timedelta(hours=5), now=MONDAY + timedelta(hours=5)
    )
    resumed = complaints.get_complaint(db, urgent, now=MONDAY + timedelta(hours=5))
    assert resumed.status == "new"
    # one hour before the pause, one after: due 4 h + 1 h after receipt
    assert resumed.clocks[Clock.RESPONSE].due == MONDAY + timedelta(hours=6)


def test_a_breach_stays_after_the_step_is_done_or_the_complaint_waits(db):
    urgent = _new(db, priority=Priority.URGENT)
    late = MONDAY + timedelta(hours=3)
    # the clock is past due when the complaint starts waiting
    complaint_steps.act(db, urgent, Action.WAIT_COURIER, at=late, now=late)
    record = complaints.get_complaint(db, urgent, now=late)
    assert record.clocks[Clock.RESPONSE].state is ClockState.OVERDUE
    complaint_steps.act(db, urgent, Action.RESUME, at=late + timedelta(hours=1), now=NOW)
    complaint_steps.act(db, urgent, Action.ACKNOWLEDGE, at=late + timedelta(hours=1), now=NOW)
    # even with a looser target now, the response stays late
    timing.save_targets(
        db, {"urgent": Targets(timedelta(hours=9), timedelta(hours=9), timedelta(hours=24))}
    )
    after = complaints.get_complaint(db, urgent, now=late + timedelta(hours=1))
    assert after.clocks[Clock.RESPONSE].state is ClockState.LATE


def test_reopening_clears_resolution_but_keeps_the_history(db):
    cid = _new(db)
    complaint_steps.act(db, cid, Action.RESOLVE, at=MONDAY + timedelta(hours=1), now=NOW)
    complaint_steps.act(
        db, cid, Action.REOPEN, at=MONDAY + timedelta(hours=2), now=NOW, note="又坏了"
    )
    record = complaints.get_complaint(db, cid, now=NOW)
    assert record.status == "acknowledged" and record.resolved_at is None
    assert record.reopened == 1 and record.solution_at is not None
    assert record.events[-1].text == "又坏了"


def test_escalation_is_written_to_the_timeline(db):
    cid = _new(db)
    complaint_events.escalate(db, cid, "supervisor", note="客户要求主管", author="主管", now=NOW)
    record = complaints.get_complaint(db, cid, now=NOW)
    assert record.escalation == "supervisor"
    assert (record.events[-1].kind, record.events[-1].to_value) == ("escalation", "supervisor")
    with pytest.raises(UserError):
        complaint_events.escalate(db, cid, "supervisor", now=NOW)
    assert complaint_events.escalation_up("supervisor") == "owner"
    assert complaint_events.escalation_up("owner") is None


def test_valid_counts_follow_validity_and_appeals(db, agent):
    other = agent_changes.create_agent(db, staff.AgentData("CS002", "陈静"))
    counted = _new(db, agent)
    appealed = _new(db, agent)
    judged = _new(db, agent)
    _new(db, other)
    _new(db, agent, at=datetime(2026, 10, 31, 20, 0))  # last month
    complaint_appeals.file_appeal(db, appealed, "客户下单写错地址", now=NOW)
    assert complaint_verdicts.valid_complaint_counts(db, Month(2026, 11)) == {agent: 3, other: 1}
    complaint_appeals.decide_appeal(db, appealed, True, "属实", now=NOW)
    complaint_verdicts.set_validity(db, judged, False, "快递原因", now=NOW)
    assert complaint_verdicts.valid_complaint_counts(db, Month(2026, 11)) == {agent: 1, other: 1}
    assert complaint_verdicts.valid_complaint_counts(db, Month(2026, 10)) == {agent: 1}
    with pytest.raises(UserError, match="final"):
        complaint_verdicts.set_validity(db, appealed, True, now=NOW)
    with pytest.raises(UserError, match="no pending appeal"):
        complaint_appeals.decide_appeal(db, appealed, False, now=NOW)
    with pytest.raises(UserError, match="already appealed"):
        complaint_appeals.file_appeal(db, appealed, "again", now=NOW)
    assert complaints.get_complaint(db, counted, now=NOW).counts_against_agent


def test_a_new_shop_counts_its_promises_in_calendar_hours(db):
    """The plans' "respond within 24 hours" is clock hours; working hours are a setting."""
    assert timing.load_clock_hours(db) == timing.CALENDAR_HOURS
    cid = _new(db, priority=Priority.URGENT)
    timing.save_week(db, (WorkingHours(9 * 60, 11 * 60),) * 7)  # the shop's hours: unused
    record = complaints.get_complaint(db, cid, now=NOW)
    assert record.clocks[Clock.RESPONSE].due == MONDAY + timedelta(hours=2)
    timing.set_clock_hours(db, timing.WORKING_HOURS)  # and back to the working week
    record = complaints.get_complaint(db, cid, now=NOW)
    assert record.clocks[Clock.RESPONSE].due == datetime(2026, 11, 17, 10, 0)


def test_a_shop_from_before_the_setting_keeps_its_working_hours(db):
    from sqlalchemy import delete

    from csdesk.data.shop import ShopSetting

    with db.write() as session:
        session.execute(delete(ShopSetting).where(ShopSetting.key == timing.CLOCK_HOURS_KEY))
    assert timing.load_clock_hours(db) == timing.WORKING_HOURS


def test_overdue_count_and_calendar_changes_move_due_times(db):
    timing.set_clock_hours(db, timing.WORKING_HOURS)  # the working week and holidays count
    cid = _new(db, priority=Priority.URGENT)
    assert complaint_list.overdue_count(db, MONDAY + timedelta(hours=1)) == 0
    assert complaint_list.overdue_count(db, MONDAY + timedelta(hours=3)) == 1
    # closing Monday at noon pushes the 2-hour response into Tuesday
    timing.save_week(db, (WorkingHours(9 * 60, 11 * 60),) + (WorkingHours(9 * 60, 21 * 60),) * 6)
    record = complaints.get_complaint(db, cid, now=NOW)
    assert record.clocks[Clock.RESPONSE].due == datetime(2026, 11, 17, 10, 0)
    timing.set_calendar_day(db, date(2026, 11, 17), timing.HOLIDAY, "店休")
    record = complaints.get_complaint(db, cid, now=NOW)
    assert record.clocks[Clock.RESPONSE].due == datetime(2026, 11, 18, 10, 0)


def test_mainland_holidays_come_from_the_chinese_calendar():
    entries = timing.mainland_holidays(2026)
    holidays = {e.day for e in entries if e.kind == timing.HOLIDAY}
    assert date(2026, 10, 1) in holidays and date(2026, 2, 17) in holidays
    assert any(e.kind == timing.WORKDAY for e in entries)
    with pytest.raises(UserError, match="not known"):
        timing.mainland_holidays(2090)


def test_categories_and_root_causes_are_editable(db):
    logistics = _category(db, "logistics")
    sub = settings.add_category(db, "Customs hold", logistics)
    with pytest.raises(UserError, match="already"):
        settings.add_category(db, "customs HOLD", logistics)
    with pytest.raises(UserError, match="main category"):
        settings.add_category(db, "Deeper", sub)
    settings.set_category_archived(db, logistics, True)
    assert all(c.archived for c in settings.list_categories(db) if c.parent_id == logistics)
    offered = {c.id for c in settings.list_categories(db, include_archived=False)}
    assert logistics not in offered and sub not in offered
    settings.set_category_archived(db, sub, False)  # brings its main category back
    offered = {c.id for c in settings.list_categories(db, include_archived=False)}
    assert {logistics, sub} <= offered
    cause = settings.add_root_cause(db, "Label printer fault")
    settings.rename_root_cause(db, cause, "Label printer jam")
    assert "Label printer jam" in {c.name for c in settings.list_root_causes(db)}


def test_targets_must_not_shrink(db):
    with pytest.raises(UserError, match="must not shrink"):
        timing.save_targets(
            db, {"normal": Targets(timedelta(hours=8), timedelta(hours=4), timedelta(hours=24))}
        )


def test_renaming_or_archiving_what_another_window_deleted_is_refused_clearly(db):
    """Found by the type checker: a missing row was an AttributeError on None."""
    with pytest.raises(UserError, match="no longer exists"):
        settings.rename_category(db, 9999, "物流")
    with pytest.raises(UserError, match="no longer exists"):
        settings.set_category_archived(db, 9999, True)
    with pytest.raises(UserError, match="no longer exists"):
        settings.rename_root_cause(db, 9999, "仓库")
    with pytest.raises(UserError, match="no longer exists"):
        settings.set_root_cause_archived(db, 9999, True)
