"""Two people, one record: a save over a newer version is refused and nothing typed is lost.

Run on both engines (the server pass puts the shop on the test server, where the two
"seats" are two connections).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from csdesk.common.edits import typed_over
from csdesk.services.actions import action_records
from csdesk.services.authors import SignedIn, acting_as
from csdesk.services.server.record_versions import ChangedMeanwhile
from csdesk.services.staff import agent_changes
from csdesk.services.staff import agents as staff
from tests import engines
from tests.conftest import type_text


@pytest.fixture
def agent(db) -> staff.AgentRecord:
    agent_id = agent_changes.create_agent(
        db, staff.AgentData("CS1", "王婷", hire_date=date(2024, 1, 1))
    )
    return staff.get_agent(db, agent_id)


def test_a_save_over_a_newer_version_is_refused_naming_who(db, agent):
    with acting_as(SignedIn("李主管", "supervisor")):  # another seat saves first
        agent_changes.update_agent(db, agent.id, replace(agent.data, phone="13800000000"),
                                   seen_version=agent.version)  # fmt: skip
    saved = staff.get_agent(db, agent.id)
    assert saved.version == agent.version + 1
    with pytest.raises(
        ChangedMeanwhile, match=r"李主管 saved this agent at \d{4}-\d\d-\d\d \d\d:\d\d"
    ):
        agent_changes.update_agent(db, agent.id, replace(agent.data, notes="夜班"),
                                   seen_version=agent.version)  # fmt: skip
    assert staff.get_agent(db, agent.id) == saved  # nothing of the refused save
    agent_changes.update_agent(db, agent.id, replace(saved.data, notes="夜班"),
                               seen_version=saved.version)  # fmt: skip
    again = staff.get_agent(db, agent.id)
    assert (again.data.phone, again.data.notes, again.version) == ("13800000000", "夜班", 3)


@pytest.mark.skipif(not engines.ON_SERVER, reason="a file's second writer waits for the first")
def test_the_same_moment_is_caught_by_the_database_not_overwritten(db, agent):
    """Two saves that both passed the check: the slower one fails, the first stays."""
    from csdesk.data.staff import Agent

    with pytest.raises(ChangedMeanwhile, match="same moment"), db.write() as session:
        mine = session.get(Agent, agent.id)  # this seat read version 1 ...
        assert mine is not None
        with db.write() as other:  # ... another seat saves meanwhile (its own connection)
            theirs = other.get(Agent, agent.id)
            assert theirs is not None
            theirs.phone = "13900000000"
        mine.notes = "mine"  # saved at the commit: "WHERE version = 1" finds no row
    assert staff.get_agent(db, agent.id).data.phone == "13900000000"


def test_an_action_refuses_a_stale_save_too(db):
    action_id = action_records.create_action(
        db,
        action_records.ActionData(
            "回访差评客户", date.today() + timedelta(days=7), owner_name="店长"
        ),
    )
    opened = action_records.action(db, action_id)
    action_records.update_action(db, action_id, replace(opened.data, expected="满意度回升"),
                                 seen_version=opened.version)  # fmt: skip
    with pytest.raises(ChangedMeanwhile, match="saved this action"):
        action_records.update_action(db, action_id, replace(opened.data, title="改标题"),
                                     seen_version=opened.version)  # fmt: skip


@given(st.lists(st.sampled_from(["a", "b", "c"]), min_size=3, max_size=3))
def test_what_was_typed_is_kept_and_the_rest_is_theirs(values):
    opened = staff.AgentData("CS1", "王婷", phone="1", notes="1", left_reason="1")
    typed = replace(opened, phone=values[0], notes="1" if values[1] == "a" else "mine")
    saved = replace(opened, phone=values[2], notes="theirs", left_reason="theirs")
    shown = typed_over(opened, typed, saved)
    assert shown.left_reason == "theirs"  # untouched here: theirs
    assert shown.phone == (typed.phone if typed.phone != opened.phone else saved.phone)
    assert shown.notes == ("theirs" if typed.notes == "1" else "mine")


def test_the_agent_form_reloads_with_what_was_typed_kept(qtbot, ctx, agent):
    from csdesk.ui.staff.agent_dialog import AgentDialog

    dialog = AgentDialog(ctx, agent, [agent])
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(qtbot, dialog.notes, "会说粤语")
    with acting_as(SignedIn("李主管", "supervisor")):  # meanwhile, at another seat
        agent_changes.update_agent(ctx.db, agent.id, replace(agent.data, phone="13800000000"))
    dialog.save()
    assert dialog.isVisible() and "李主管 saved this agent" in dialog.problems.text()
    assert dialog.phone.text() == "13800000000"  # theirs, shown
    assert dialog.notes.toPlainText() == "会说粤语"  # mine, kept
    dialog.save()  # checked, saved again: both land
    assert not dialog.isVisible()
    saved = staff.get_agent(ctx.db, agent.id)
    assert (saved.data.phone, saved.data.notes) == ("13800000000", "会说粤语")


def test_the_action_form_reloads_with_what_was_typed_kept(qtbot, ctx):
    from csdesk.ui.actions.action_dialog import ActionDialog

    action_id = action_records.create_action(
        ctx.db,
        action_records.ActionData(
            "回访差评客户", date.today() + timedelta(days=7), owner_name="店长"
        ),
    )
    opened = action_records.action(ctx.db, action_id)
    dialog = ActionDialog(ctx, opened)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.expected.setPlainText("满意度回到 4.8")
    action_records.update_action(ctx.db, action_id, replace(opened.data, title="回访 3 位差评客户"))
    dialog.save()
    assert dialog.isVisible() and "saved this action" in dialog.problems.text()
    assert dialog.title.text() == "回访 3 位差评客户"
    dialog.save()
    saved = action_records.action(ctx.db, action_id)
    assert (saved.data.title, saved.data.expected) == ("回访 3 位差评客户", "满意度回到 4.8")


def test_the_case_file_reloads_when_another_seat_worked_on_the_complaint(qtbot, ctx):
    from datetime import datetime

    from csdesk.services.complaints import case_changes, complaint_settings
    from csdesk.services.complaints import case_files as complaints
    from csdesk.ui.complaints.complaint_dialog import ComplaintDialog

    late = complaint_settings.list_categories(ctx.db)[1].id
    received = datetime.now().replace(microsecond=0) - timedelta(hours=2)
    complaint_id = case_changes.create_complaint(ctx.db, complaints.ComplaintData(
        received_at=received, customer="王女士", order_no="3051277", category_id=late))  # fmt: skip
    dialog = ComplaintDialog(ctx, complaints.get_complaint(ctx.db, complaint_id))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.description.setPlainText("包裹破损，要求补发")
    opened = complaints.get_complaint(ctx.db, complaint_id)
    with acting_as(SignedIn("李主管", "supervisor")):  # another seat raises the priority
        case_changes.update_complaint(ctx.db, complaint_id,
                                      replace(opened.data, priority="urgent"))  # fmt: skip
    dialog.save()
    assert dialog.isVisible() and "李主管 saved this complaint" in dialog.problems.text()
    dialog.save()
    saved = complaints.get_complaint(ctx.db, complaint_id)
    assert (saved.data.priority, saved.data.description) == ("urgent", "包裹破损，要求补发")


def test_the_course_form_reloads_with_what_was_typed_kept(qtbot, ctx):
    from csdesk.services.training import courses as training
    from csdesk.ui.training.training_courses_tab import CourseDialog

    (course,) = [c for c in training.list_courses(ctx.db) if c.data.before_duty][:1]
    dialog = CourseDialog(ctx, course)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.description.setPlainText("新增退换货案例")
    with acting_as(SignedIn("李主管", "supervisor")):
        training.update_course(ctx.db, course.id, replace(course.data, hours=course.data.hours + 1))
    dialog.save()
    assert dialog.isVisible() and "李主管 saved this course" in dialog.problems.text()
    dialog.save()
    (saved,) = [c for c in training.list_courses(ctx.db) if c.id == course.id]
    assert (saved.data.hours, saved.data.description) == (course.data.hours + 1, "新增退换货案例")


def test_two_seats_recording_results_of_one_session_keep_both(qtbot, ctx):
    """The form reloads row by row: its own scores kept, the other seat's shown."""
    from datetime import datetime

    from csdesk.domain.training import Attendance
    from csdesk.services.training import courses as training
    from csdesk.services.training import session_records
    from csdesk.ui.training.session_dialog import SessionDialog

    ids = [
        agent_changes.create_agent(ctx.db, staff.AgentData(no, name, hire_date=date(2024, 1, 1)))
        for no, name in (("CS1", "王婷"), ("CS2", "李静"))
    ]
    course = next(c for c in training.list_courses(ctx.db) if c.data.pass_mark is not None)
    invited = tuple(session_records.AttendeeData(i) for i in ids)
    session_id = session_records.save_session(ctx.db, session_records.SessionData(
        course.id, datetime(2026, 11, 2, 14, 0), 2, attendees=invited))  # fmt: skip
    opened = session_records.get_session(ctx.db, session_id)
    dialog = SessionDialog(ctx, opened)
    qtbot.addWidget(dialog)
    dialog.show()
    attendance = dialog.attendees.cellWidget(0, 1)  # here: 王婷's result
    attendance.setCurrentIndex(attendance.findData(Attendance.PRESENT))
    dialog.attendees.cellWidget(0, 2).setText("91")
    theirs = (invited[0], session_records.AttendeeData(ids[1], Attendance.PRESENT, 60.0))
    with acting_as(SignedIn("李主管", "supervisor")):  # there: 李静's result
        session_records.save_session(ctx.db, replace(opened.data, attendees=theirs), session_id,
                                     seen_version=opened.version)  # fmt: skip
    dialog.save()
    assert dialog.isVisible() and "李主管 saved this training session" in dialog.problems.text()
    dialog.save()
    scores = {
        a.agent_id: a.score for a in session_records.get_session(ctx.db, session_id).attendees
    }
    assert scores == {ids[0]: 91.0, ids[1]: 60.0}


def test_the_meeting_and_coaching_forms_keep_both_seats_work(qtbot, ctx):
    from csdesk.domain.months import Month
    from csdesk.services.coaching import coaching_records as coaching
    from csdesk.services.meetings import meeting_records as meetings
    from csdesk.ui.actions.coaching_dialog import CoachingDialog
    from csdesk.ui.actions.meeting_dialog import MeetingDialog

    ids = [
        agent_changes.create_agent(ctx.db, staff.AgentData(no, name, hire_date=date(2024, 1, 1)))
        for no, name in (("CS1", "王婷"), ("CS2", "李静"))
    ]
    day = date.today() - timedelta(days=1)
    meeting_id = meetings.save_meeting(
        ctx.db, meetings.MeetingData(day, attendees=((ids[0], True), (ids[1], True)))
    )
    (opened,) = meetings.meetings(ctx.db, meeting_id)
    dialog = MeetingDialog(ctx, opened)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.minutes.setPlainText("差评回访流程改为 24 小时内")
    with acting_as(SignedIn("李主管", "supervisor")):  # 李静 was not there after all
        meetings.save_meeting(ctx.db, replace(opened.data, attendees=((ids[0], True),
                              (ids[1], False))), meeting_id)  # fmt: skip
    assert not dialog.save() and "李主管 saved this meeting" in dialog.problems.text()
    assert dialog.save()
    (saved,) = meetings.meetings(ctx.db, meeting_id)
    assert saved.data.minutes == "差评回访流程改为 24 小时内"
    assert dict(saved.data.attendees) == {ids[0]: True, ids[1]: False}
    assert dialog.save()  # saved again from the same form: its own version, no refusal

    month = Month.of(day)
    coaching.save_session(ctx.db, coaching.CoachingData(ids[0], str(month), day, "主管"))
    sheet = CoachingDialog(ctx, ids[0], month)
    qtbot.addWidget(sheet)
    sheet.show()
    sheet.notes.setPlainText("首响慢：先用快捷短语")
    (first,) = coaching.month_sessions(ctx.db, month, ids[0])
    coaching.save_session(ctx.db, replace(first.data, coach="组长 周敏"), first.id)
    assert not sheet.save() and "saved this coaching session" in sheet.problems.text()
    assert sheet.save()
    (kept,) = coaching.month_sessions(ctx.db, month, ids[0])
    assert (kept.data.coach, kept.data.notes) == ("组长 周敏", "首响慢：先用快捷短语")
