"""The Today page (issue 22): what it shows, where its clicks lead, what it finds.

Cards from the same service as ``csdesk today``, clicks that open the page filtered to
what was counted, the sidebar's counts, Find anywhere, the page shortcuts and the
midnight roll-over.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import Qt

from csdesk.services.actions import action_records as actions
from csdesk.services.complaints import case_changes
from csdesk.services.complaints import case_files as complaints
from csdesk.services.staff import agent_changes
from csdesk.services.staff import agents as staff
from csdesk.services.today import finder
from csdesk.services.today.today import today
from csdesk.ui.main_window import MainWindow
from tests.conftest import type_text

MORNING = datetime.combine(date.today(), datetime.min.time()).replace(hour=9)


@pytest.fixture
def window(qtbot, ctx):
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.today_page.clock = lambda: MORNING
    window.show()
    return window


@pytest.fixture
def busy(ctx):
    """Two overdue complaints, an overdue action, a newcomer without a mentor."""
    db = ctx.db
    agent = agent_changes.create_agent(
        db, staff.AgentData("CS1", "<b>王婷</b> & Co", hire_date=date.today() - timedelta(days=20))
    )
    for days, customer in ((10, "孙先生"), (12, "高女士"), (0, "新客户")):
        case_changes.create_complaint(  # at the page's 09:00, even when the tests run at 02:00
            db,
            complaints.ComplaintData(MORNING - timedelta(days=days), customer=customer),
            now=MORNING,
        )
    actions.create_action(
        db, actions.ActionData("更换快递", date.today() - timedelta(days=2), owner_agent_id=agent,
                               created_on=date.today() - timedelta(days=9)),
    )  # fmt: skip
    return agent


def test_the_window_opens_on_today_and_counts_after_it_shows(qtbot, window, busy):
    assert window.stack.currentWidget() is window.today_page
    assert "staff" not in window._built  # the directory waits for its first visit
    qtbot.waitUntil(lambda: bool(window.today_page.cards))
    service = today(window.ctx.db, MORNING.date(), MORNING)
    assert window.today_page.cards == service  # one service for the page and the CLI
    complaints_card = window.today_page.widgets["complaints"]
    assert complaints_card.buttons["overdue"].text() == "Overdue: 2"
    assert window.sidebar.item(window.page_keys.index("complaints")).text() == (
        "Complaints (2 overdue)"
    )
    assert window.sidebar.needs("actions") == 1
    assert window.sidebar.needs("staff") == 1  # the newcomer without a mentor


def test_clicks_open_the_page_filtered_to_what_was_counted(qtbot, window, busy):
    qtbot.waitUntil(lambda: bool(window.today_page.cards))
    page = window.complaints_page
    page.search.setText("nothing like this")  # a filter left from earlier is cleared
    card = window.today_page.widgets["complaints"]
    qtbot.mouseClick(card.buttons["overdue"], Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is page
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    assert page.search.text() == ""
    window.show_page("today")
    qtbot.mouseClick(
        window.today_page.widgets["actions"].buttons["overdue"], Qt.MouseButton.LeftButton
    )
    actions_page = window.page("actions")
    assert window.stack.currentWidget() is actions_page
    assert actions_page.model.rowCount() == window.today_page.cards[2].count("overdue") == 1
    window.show_page("today")
    qtbot.mouseClick(window.today_page.widgets["appraisals"].title, Qt.MouseButton.LeftButton)
    appraisals = window.page("appraisals")
    assert window.stack.currentWidget() is appraisals


def test_a_quiet_card_says_so_in_one_line_and_names_stay_plain_text(qtbot, window, busy):
    from PySide6.QtWidgets import QLabel

    qtbot.waitUntil(lambda: bool(window.today_page.cards))
    training = window.today_page.widgets["training"]
    texts = [label.text() for label in training.findChildren(QLabel)]
    assert texts == ["Everyone is cleared and up to date."]
    staff_card = window.today_page.widgets["staff"]
    names = [label for label in staff_card.findChildren(QLabel) if "王婷" in label.text()]
    assert names and names[0].textFormat() == Qt.TextFormat.PlainText
    assert names[0].text() == "<b>王婷</b> & Co"


def test_a_change_anywhere_refreshes_the_cards_and_the_sidebar(qtbot, window, busy):
    qtbot.waitUntil(lambda: window.sidebar.needs("actions") == 1)
    (overdue,) = actions.list_actions(window.ctx.db, "overdue", date.today())
    actions.set_status(window.ctx.db, overdue.id, "done")
    window.ctx.notices.actions_changed.emit()
    qtbot.waitUntil(lambda: window.sidebar.needs("actions") == 0)
    assert window.sidebar.item(window.page_keys.index("actions")).text() == "Actions"


def test_midnight_brings_a_new_days_cards_and_the_today_page(qtbot, window, ctx, busy):
    due = date.today() + timedelta(days=1)
    actions.create_action(
        ctx.db, actions.ActionData("话术抽查", due, owner_agent_id=busy,
                                   created_on=date.today() - timedelta(days=3)),
    )  # fmt: skip
    late = datetime.combine(date.today(), datetime.min.time()).replace(hour=23, minute=59)
    window.today_page.clock = lambda: late
    window.today_page.refresh()
    assert window.today_page.cards[2].count("overdue") == 1
    window.show_page("staff")
    after = datetime.combine(due + timedelta(days=1), datetime.min.time()).replace(minute=1)
    window.today_page.clock = lambda: after
    with qtbot.waitSignal(window.today_page.new_day):
        window.today_page.check_date()  # what the midnight timer and a wake-up call
    assert window.today_page.day == after.date()
    assert window.today_page.cards[2].count("overdue") == 2  # yesterday's deadline passed
    assert window.stack.currentWidget() is window.today_page


def test_find_anywhere_opens_an_agent_and_a_complaint(qtbot, window, ctx, busy, monkeypatch):
    from csdesk.ui.complaints.complaint_file import ComplaintFileDialog

    opened = []
    monkeypatch.setattr(ComplaintFileDialog, "exec", lambda self: opened.append(self.complaint_id))
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert window.find_box.hasFocus()
    type_text(qtbot, window.find_box, "王婷")
    qtbot.waitUntil(lambda: window.find_box.popup.isVisible())
    assert window.find_box.model.rowCount() == 1
    qtbot.keyClick(window.find_box.popup, Qt.Key.Key_Down)
    qtbot.keyClick(window.find_box.popup, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.staff_page
    assert window.staff_page.selected_agent().id == busy
    assert window.find_box.text() == ""
    type_text(qtbot, window.find_box, "高女士")
    qtbot.keyClick(window.find_box, Qt.Key.Key_Return)  # Enter opens the first hit
    assert window.stack.currentWidget() is window.complaints_page
    qtbot.waitUntil(lambda: len(opened) == 1)
    (wanted,) = finder.find(ctx.db, "高女士")
    assert opened == [wanted.id]
    type_text(qtbot, window.find_box, "zzz-none")
    window.find_box.search()
    assert window.find_box.model.item(0).text() == "Nothing found for “zzz-none”"
    assert not window.find_box.model.item(0).isEnabled()


def test_page_shortcuts_follow_the_sidebar(qtbot, window):
    for number, key in ((3, "rota"), (1, "today"), (9, "actions")):
        qtbot.keyClick(
            window, getattr(Qt.Key, f"Key_{number}"), Qt.KeyboardModifier.ControlModifier
        )
        assert window.stack.currentWidget() is window.page(key)
