"""The complaint settings dialog driven through qtbot: clocks, holidays, the vocabularies."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtWidgets import QInputDialog, QMessageBox

from csdesk.domain.complaints import Priority
from csdesk.services.complaints import case_changes, complaint_settings, complaint_timing
from csdesk.services.complaints import case_files as complaints
from csdesk.services.complaints.complaint_clocks import HOLIDAY, WORKDAY
from csdesk.services.complaints.complaint_timing import CalendarEntry
from csdesk.ui.complaints.complaint_settings_dialog import ComplaintSettingsDialog
from csdesk.ui.complaints.complaints_page import ComplaintsPage
from csdesk.ui.complaints.holiday_day_dialog import DayDialog
from tests.conftest import type_text

SUNDAY = 6


@pytest.fixture
def dialog(qtbot, ctx):
    widget = ComplaintSettingsDialog(ctx)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def click(qtbot, button):
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def answer_names(monkeypatch, *names):
    """Answer the next name prompts with ``names`` (None: the user cancels)."""
    queue = list(names)

    def answer(*_args, **_kwargs):
        name = queue.pop(0)
        return (name, True) if name is not None else ("", False)

    monkeypatch.setattr(QInputDialog, "getText", answer)


def _open_complaint(ctx) -> int:
    late = complaint_settings.list_categories(ctx.db)[1].id
    data = complaints.ComplaintData(
        received_at=datetime.now().replace(microsecond=0) - timedelta(hours=1),
        customer="王女士",
        priority=Priority.URGENT,
        category_id=late,
    )
    return case_changes.create_complaint(ctx.db, data, author="主管")


def _due(ctx, complaint_id):
    with ctx.db.read() as session:
        from csdesk.data.complaints import Complaint

        return session.get(Complaint, complaint_id).response_due_at


def test_clock_rules_are_saved_together_and_move_open_due_times(qtbot, ctx, dialog):
    complaint = _open_complaint(ctx)
    before = _due(ctx, complaint)
    tab = dialog.clock_rules
    response = tab.target_boxes[Priority.URGENT][0]
    assert response.value() == 2.0  # the plans' default for urgent
    response.setValue(3.5)
    tab.due_soon.setValue(4)
    tab.open_days[SUNDAY].setChecked(False)
    tab.ends[0].setTime(QTime(0, 0))  # Monday until midnight
    assert tab.is_changed()
    click(qtbot, tab.save_button)
    assert not tab.problem.isVisible() and not tab.is_changed()
    targets = complaint_timing.load_targets(ctx.db)
    assert targets["urgent"].response == timedelta(hours=3, minutes=30)
    assert complaint_timing.load_due_soon(ctx.db) == timedelta(hours=4)
    week = complaint_timing.load_calendar(ctx.db).week
    assert week[SUNDAY] is None and week[0].end == 24 * 60
    assert _due(ctx, complaint) != before  # the open complaint's clock was recomputed


def test_clock_rules_that_make_no_sense_are_refused_and_nothing_is_stored(qtbot, ctx, dialog):
    tab = dialog.clock_rules
    tab.target_boxes[Priority.NORMAL][0].setValue(80)  # response after resolution
    tab.starts[2].setTime(QTime(18, 0))
    tab.ends[2].setTime(QTime(9, 0))
    click(qtbot, tab.save_button)
    text = tab.problem.text()
    assert tab.problem.isVisible() and "Normal" in text and "must not shrink" in text
    assert "end before they start" in text
    assert complaint_timing.load_targets(ctx.db)["normal"].response == timedelta(hours=24)
    click(qtbot, tab.revert_button)
    assert not tab.is_changed() and not tab.problem.isVisible()


@pytest.mark.parametrize(
    ("answer", "closed", "stored"),
    [
        (QMessageBox.StandardButton.Cancel, False, False),
        (QMessageBox.StandardButton.Discard, True, False),
        (QMessageBox.StandardButton.Save, True, True),
    ],
)
def test_closing_with_changed_rules_asks(qtbot, ctx, dialog, monkeypatch, answer, closed, stored):
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a) or answer)
    dialog.clock_rules.due_soon.setValue(6)
    click(qtbot, dialog.buttons.button(dialog.buttons.StandardButton.Close))
    assert len(asked) == 1 and dialog.isVisible() is not closed
    assert (complaint_timing.load_due_soon(ctx.db) == timedelta(hours=6)) is stored
    if not closed:
        dialog.clock_rules.load()
        dialog.close()
    assert not dialog.isVisible()


def test_holidays_are_filled_from_the_chinese_calendar_and_edited(qtbot, ctx, dialog, monkeypatch):
    tab = dialog.holidays
    tab.year.setValue(2026)
    assert tab.model.rowCount() == 0
    click(qtbot, tab.fill_button)
    entries = {e.day: e for e in complaint_timing.calendar_entries(ctx.db, 2026)}
    assert entries[date(2026, 10, 1)].kind == HOLIDAY
    assert any(e.kind == WORKDAY for e in entries.values())  # 调休 Saturdays and Sundays
    assert tab.model.rowCount() == len(entries) and "days added" in tab.summary.text()

    tab.table.selectRow(0)
    first = min(e.day for e in tab.entries)
    click(qtbot, tab.remove_button)
    assert first not in {e.day for e in complaint_timing.calendar_entries(ctx.db, 2026)}

    def add_shop_day(self):
        self.day.setDate(QDate(2026, 6, 30))
        self.kind.setCurrentIndex(self.kind.findData(HOLIDAY))
        type_text(qtbot, self.note, "店庆")
        return True

    monkeypatch.setattr(DayDialog, "exec", add_shop_day)
    click(qtbot, tab.add_button)
    added = {e.day: e for e in complaint_timing.calendar_entries(ctx.db, 2026)}
    assert added[date(2026, 6, 30)] == CalendarEntry(date(2026, 6, 30), HOLIDAY, "店庆")

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    click(qtbot, tab.clear_button)
    assert complaint_timing.calendar_entries(ctx.db, 2026) == [] and tab.model.rowCount() == 0


def test_a_year_the_calendar_does_not_know_is_said_so(qtbot, ctx, dialog, monkeypatch):
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: told.append(a[2]))
    dialog.holidays.year.setValue(2099)
    click(qtbot, dialog.holidays.fill_button)
    assert told and "2099" in told[0] and "by hand" in told[0]


def test_categories_are_added_renamed_and_archived(qtbot, ctx, dialog, monkeypatch):
    page = ComplaintsPage(ctx)
    qtbot.addWidget(page)
    tab = dialog.categories
    answer_names(monkeypatch, "Gifts")
    click(qtbot, tab.add_button)
    gifts = next(c for c in complaint_settings.list_categories(ctx.db) if c.name == "Gifts")
    assert tab.selected_id() == gifts.id
    assert page.category_filter.findText("Gifts") >= 0  # the page heard of it

    answer_names(monkeypatch, "Wrong gift")
    click(qtbot, tab.add_child_button)
    child = next(c for c in complaint_settings.list_categories(ctx.db) if c.name == "Wrong gift")
    assert child.parent_id == gifts.id
    assert tab.tree.currentItem().parent().text(0) == "Gifts"

    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warned.append(a[2]))
    tab.tree.setCurrentItem(tab.tree.findItems("Gifts", Qt.MatchFlag.MatchExactly)[0])
    answer_names(monkeypatch, "logistics")  # the name of another main category
    click(qtbot, tab.rename_button)
    assert warned and "already" in warned[0]
    assert any(c.name == "Gifts" for c in complaint_settings.list_categories(ctx.db))

    click(qtbot, tab.archive_button)
    archived = {c.name: c.archived for c in complaint_settings.list_categories(ctx.db)}
    assert archived["Gifts"] and archived["Wrong gift"]
    assert tab.archive_button.text() == "Bring &back"
    click(qtbot, tab.archive_button)
    assert not any(c.archived for c in complaint_settings.list_categories(ctx.db))


def test_root_causes_are_added_and_archived(qtbot, ctx, dialog, monkeypatch):
    tab = dialog.root_causes
    count = tab.tree.topLevelItemCount()
    answer_names(monkeypatch, None)  # cancelled: nothing added
    click(qtbot, tab.add_button)
    assert tab.tree.topLevelItemCount() == count
    answer_names(monkeypatch, "Courier changed without notice")
    click(qtbot, tab.add_button)
    assert tab.tree.topLevelItemCount() == count + 1
    click(qtbot, tab.archive_button)
    cause = next(
        c
        for c in complaint_settings.list_root_causes(ctx.db)
        if c.name == "Courier changed without notice"
    )
    assert cause.archived and tab.tree.currentItem().text(2) == "Archived"


def test_promised_times_count_calendar_hours_until_the_box_is_unticked(qtbot, ctx):
    dialog = ComplaintSettingsDialog(ctx)
    qtbot.addWidget(dialog)
    tab = dialog.clock_rules
    assert tab.calendar_hours.isChecked() and not tab.week_group.isEnabled()  # a new shop
    qtbot.mouseClick(tab.calendar_hours, Qt.MouseButton.LeftButton)
    assert tab.week_group.isEnabled() and tab.is_changed()
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    assert complaint_timing.load_clock_hours(ctx.db) == complaint_timing.WORKING_HOURS
    assert not tab.is_changed()
