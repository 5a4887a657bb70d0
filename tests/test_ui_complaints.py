"""The complaints page driven like a supervisor would: queues, search, a whole case."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from csdesk.domain.complaints import Action
from csdesk.services.complaints import case_changes, complaint_list, complaint_settings
from csdesk.services.complaints import case_files as complaints
from csdesk.services.complaints.complaint_list import Queue
from csdesk.services.staff import agent_changes
from csdesk.services.staff import agents as staff
from csdesk.ui.complaints.complaint_dialog import ComplaintDialog
from csdesk.ui.complaints.complaint_file import ComplaintFileDialog, FollowUpDialog, StepDialog
from csdesk.ui.complaints.complaint_model import ID_CHUNK, PAGE_SIZE, ComplaintTableModel
from csdesk.ui.complaints.complaints_page import ComplaintsPage
from csdesk.ui.main_window import MainWindow
from tests.conftest import type_text


@pytest.fixture
def agent(ctx):
    return agent_changes.create_agent(ctx.db, staff.AgentData("CS001", "袁燕"))


def _file(ctx, customer: str, order: str, hours_ago: float, priority="normal", agent=None):
    late = complaint_settings.list_categories(ctx.db)[1].id
    data = complaints.ComplaintData(
        received_at=(datetime.now() - timedelta(hours=hours_ago)).replace(microsecond=0),
        customer=customer,
        order_no=order,
        priority=priority,
        category_id=late,
        agent_id=agent,
    )
    return case_changes.create_complaint(ctx.db, data, author="主管")


@pytest.fixture
def page(qtbot, ctx):
    widget = ComplaintsPage(ctx)
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    return widget


def shown_refs(page):
    model = page.model
    return [model.index(r, 0).data() for r in range(model.rowCount())]


def test_the_lazy_model_passes_qt_model_tester(qtmodeltester, ctx, page):
    for n in range(5):
        _file(ctx, f"客户{n}", f"TB{n}", 1)
    page.reload()
    qtmodeltester.check(page.model, force_py=True)


def test_the_model_reads_rows_a_page_at_a_time():
    fetched = []

    def fetch(ids):
        fetched.append(len(ids))
        return []

    model = ComplaintTableModel(fetch)
    model.set_ids(list(range(10 * PAGE_SIZE)))
    assert model.rowCount() == 10 * PAGE_SIZE and fetched == []
    model.index(5 * PAGE_SIZE + 3, 0).data()
    assert fetched == [PAGE_SIZE] and model.cached_pages == 1


def test_the_model_reads_ids_only_where_the_list_is_scrolled_to():
    everything = list(range(100_000, 0, -1))
    asked = []

    def more_ids(offset, limit):
        asked.append((offset, limit))
        return everything[offset : offset + limit]

    model = ComplaintTableModel(lambda ids: [])
    model.set_ids(everything[:ID_CHUNK], len(everything), more_ids)
    assert model.rowCount() == 100_000 and asked == []
    assert model.id_at(ID_CHUNK - 1) == everything[ID_CHUNK - 1] and asked == []
    assert model.id_at(50_000) == everything[50_000]  # a jump reads one chunk there
    assert asked == [(50 * ID_CHUNK, ID_CHUNK)]
    model.index(50_001, 0).data()  # its rows come from the chunk already read
    assert len(asked) == 1
    assert model.row_of(everything[-1]) == 99_999  # an id not known: all are read once
    assert asked[-1] == (0, 100_000)
    assert model.row_of(-5) is None and len(asked) == 2


def test_queues_search_and_badge(qtbot, ctx, page, agent):
    _file(ctx, "王女士", "TB1001", 30, priority="urgent", agent=agent)  # overdue
    _file(ctx, "李先生", "JD2002", 0.1)
    ctx.notices.complaints_changed.emit()
    assert page.queues.item(0).text().endswith("(2)")
    page.show_queue(Queue.OVERDUE)
    assert len(shown_refs(page)) == 1
    page.show_queue(Queue.ALL)
    type_text(qtbot, page.search, "jd20")
    qtbot.waitUntil(lambda: len(shown_refs(page)) == 1)
    page.search.clear()
    type_text(qtbot, page.search, "王女")
    qtbot.waitUntil(lambda: page.count_label.text() == "1 complaint")
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.today_page.refresh()
    assert (
        window.sidebar.item(window.page_keys.index("complaints")).text() == "Complaints (1 overdue)"
    )


def test_a_new_complaint_through_the_form(qtbot, ctx, page, agent, monkeypatch):
    dialog = ComplaintDialog(ctx, None, page)
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(qtbot, dialog.customer, "陈女士")
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
    )
    assert dialog.problems.isVisible() and "category" in dialog.problems.text()
    dialog.category.setCurrentIndex(2)
    dialog.agent.setCurrentIndex(1)
    type_text(qtbot, dialog.order_no, "TB777")
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
    )
    assert dialog.result() == dialog.DialogCode.Accepted
    record = complaints.get_complaint(ctx.db, dialog.saved_id)
    assert record.data.customer == "陈女士" and record.agent_name == "袁燕"
    assert record.ref in shown_refs(page)


def test_a_case_from_first_call_to_closing(qtbot, ctx, agent, monkeypatch):
    cid = _file(ctx, "王女士", "TB1", 3, agent=agent)
    file = ComplaintFileDialog(ctx, cid)
    qtbot.addWidget(file)
    file.show()
    assert file.action_buttons[Action.ACKNOWLEDGE].isVisible()
    assert not file.action_buttons[Action.CLOSE].isVisible()

    def answer_step(self):
        type_text(qtbot, self.note, "已致歉")
        self._accept()
        return self.result()

    monkeypatch.setattr(StepDialog, "exec", answer_step)
    qtbot.mouseClick(file.action_buttons[Action.RESOLVE], Qt.MouseButton.LeftButton)
    assert file.record.status == "resolved"
    # closing without a follow-up is refused, with the reason shown
    qtbot.mouseClick(file.action_buttons[Action.CLOSE], Qt.MouseButton.LeftButton)
    assert file.problems.isVisible() and "follow-up" in file.problems.text()

    def answer_visit(self):
        self.score.setValue(4)
        type_text(qtbot, self.comment, "满意")
        self.accept()
        return self.result()

    monkeypatch.setattr(FollowUpDialog, "exec", answer_visit)
    qtbot.mouseClick(file.follow_up_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(file.action_buttons[Action.CLOSE], Qt.MouseButton.LeftButton)
    assert file.record.status == "closed"
    assert file.timeline.rowCount() == 4  # new, resolved, follow-up visit, closed
    assert "已致歉" in [file.timeline.item(r, 3).text() for r in range(file.timeline.rowCount())]
    counts = complaint_list.queue_counts(ctx.db)
    assert counts[Queue.CLOSED] == 1
