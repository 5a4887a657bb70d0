"""Service-quality meetings (issue 21, §2): agenda from the data, minutes, decisions."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt

from csdesk.domain.rota import Leave
from csdesk.services.actions import action_records as actions
from csdesk.services.complaints import case_changes
from csdesk.services.complaints import case_files as complaints
from csdesk.services.errors import UserError
from csdesk.services.meetings import meeting_records as meetings
from csdesk.services.meetings.meeting_agenda import agenda
from csdesk.services.meetings.meeting_report import meeting_report
from csdesk.services.rota.week_edits import set_day
from tests.conftest import type_text

DAY = date(2026, 11, 2)  # the monthly review of October


@pytest.fixture
def team(db, october):
    set_day(db, october[1], DAY, leave=Leave.ANNUAL)
    case_changes.create_complaint(
        db, complaints.ComplaintData(datetime(2026, 10, 9, 10, 0), customer="客户")
    )
    actions.create_action(
        db, actions.ActionData("更换快递", date(2026, 10, 20), owner_name="主管",
                               created_on=date(2026, 10, 1)),
    )  # fmt: skip
    return october


def test_a_meeting_needs_its_attendees_and_a_known_kind(db, team):
    with pytest.raises(UserError, match="who was asked"):
        meetings.save_meeting(db, meetings.MeetingData(DAY))
    with pytest.raises(UserError, match="Unknown kind"):
        meetings.save_meeting(db, meetings.MeetingData(DAY, "party", attendees=((team[0], True),)))
    assert meetings.meetings(db) == []
    assert meetings.on_leave(db, DAY) == {team[1]}


def test_the_agenda_is_filled_from_the_period(db, team):
    plan = agenda(db, DAY)
    assert str(plan.month) == "2026-10" and plan.received == 1
    assert [a.data.title for a in plan.overdue] == ["更换快递"] and plan.open_actions == 1


def test_the_sheet_lists_decisions_and_who_attended(db, db_path, team, tmp_path, capsys):
    held = meetings.save_meeting(
        db, meetings.MeetingData(DAY, "monthly", "复盘10月投诉",
                                 ((team[0], True), (team[1], False), (team[2], True))),
    )  # fmt: skip
    actions.create_action(
        db, actions.ActionData("出库前复核", date(2026, 11, 16), source="meeting",
                               source_ref=str(held), owner_agent_id=team[0], created_on=DAY),
    )  # fmt: skip
    assert [a.data.title for a in meetings.decisions(db, held)] == ["出库前复核"]
    out = tmp_path / "meeting.pdf"
    assert meeting_report(db, DAY, out) == 3
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(out).pages)
    assert "Monthly review · 2026-11-02" in text and "复盘10月投诉" in text
    assert "出库前复核 王婷 (CS1) 2026-11-16" in text
    assert "李静 (CS2) absent" in text
    db.close()
    from csdesk.cli.main import main

    args = ["report", "meeting", "--date", "2026-11-02", "--out", str(out), "--db", str(db_path)]
    assert main(args) == 0 and "Meeting sheet of 2026-11-02" in capsys.readouterr().out


def test_a_meeting_is_held_in_the_window(qtbot, ctx, team, monkeypatch):
    from csdesk.ui.actions.action_dialog import ActionDialog
    from csdesk.ui.actions.meeting_dialog import MeetingDialog
    from csdesk.ui.common.formats import to_qdate

    dialog = MeetingDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.day.setDate(to_qdate(DAY))
    ticks = {dialog.attendees.item(n).text(): dialog.attendees.item(n).checkState()
             for n in range(dialog.attendees.count())}  # fmt: skip
    assert ticks["李静 (CS2) (on leave)"] == Qt.CheckState.Unchecked
    assert ticks["王婷 (CS1)"] == Qt.CheckState.Checked
    assert "Complaints received: 1" in dialog.agenda.toPlainText()
    type_text(qtbot, dialog.minutes, "复盘10月投诉")

    def decide(form: ActionDialog) -> int:
        type_text(qtbot, form.title, "出库前复核")
        form.owner.setEditText("主管")
        form.save()
        return form.result()

    monkeypatch.setattr(ActionDialog, "exec", decide)
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    dialog.save_and_close()
    (held,) = meetings.meetings(ctx.db)
    assert dict(held.data.attendees)[team[1]] is False
    assert [a.data.title for a in meetings.decisions(ctx.db, held.id)] == ["出库前复核"]


def test_the_demo_shop_meets_twice_a_month_and_decides(demo_db):
    held = meetings.meetings(demo_db)
    by_month: dict[str, list[str]] = {}
    for m in held:
        by_month.setdefault(str(m.data.held_on)[:7], []).append(m.data.kind)
    assert any(sorted(kinds) == ["monthly", "weekly"] for kinds in by_month.values())
    assert all(meetings.decisions(demo_db, m.id) for m in held)
