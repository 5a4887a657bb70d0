"""The Actions page through the mouse and keyboard (issue 21, §1)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from csdesk.common.palette import BAD
from csdesk.services.actions import action_records as actions
from csdesk.services.staff import agent_changes
from csdesk.services.staff import agents as staff
from csdesk.ui.actions.action_dialog import ActionDialog
from csdesk.ui.actions.actions_page import ActionsPage
from csdesk.ui.actions.check_in_dialog import CheckInDialog
from tests.conftest import type_text


@pytest.fixture
def page(qtbot, ctx):
    agent_changes.create_agent(ctx.db, staff.AgentData("CS1", "王婷", hire_date=date(2024, 1, 1)))
    widget = ActionsPage(ctx)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_an_action_is_made_checked_in_and_done(qtbot, ctx, page, monkeypatch):
    assert page.hint.isVisible()

    def fill(dialog: ActionDialog) -> int:
        type_text(qtbot, dialog.title, "出库前复核")
        dialog.owner.setCurrentIndex(dialog.owner.findText("王婷 (CS1)"))
        dialog.source.setCurrentIndex(dialog.source.findData("complaint"))
        save = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save)
        qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
        return dialog.result()

    monkeypatch.setattr(ActionDialog, "exec", fill)
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    assert page.model.rowCount() == 1 and page.model.index(0, 1).data() == "出库前复核"
    (made,) = actions.list_actions(ctx.db, "all")
    assert (made.owner_no, made.data.source) == ("CS1", "complaint")

    def note(dialog: CheckInDialog) -> int:
        dialog.progress.setValue(60)
        type_text(qtbot, dialog.note, "已与仓库沟通")
        dialog.save()
        return dialog.result()

    monkeypatch.setattr(CheckInDialog, "exec", note)
    page.table.selectRow(0)
    qtbot.mouseClick(page.check_in_button, Qt.MouseButton.LeftButton)
    assert page.model.index(0, 6).data() == "60 %"
    assert page.model.index(0, 5).data() == "In progress"
    page.table.selectRow(0)
    qtbot.mouseClick(page.done_button, Qt.MouseButton.LeftButton)
    assert page.model.rowCount() == 0  # no longer still to do
    page.queues.setCurrentRow(3)  # waiting for the check
    assert page.model.index(0, 5).data() == "Done"


def test_a_late_action_is_red_and_counted_in_the_sidebar(qtbot, ctx, page):
    from csdesk.ui.main_window import MainWindow

    agent = staff.list_agents(ctx.db)[0].id
    actions.create_action(
        ctx.db,
        actions.ActionData("更换快递", date.today() - timedelta(days=2), owner_agent_id=agent,
                           created_on=date.today() - timedelta(days=10)),
    )  # fmt: skip
    ctx.notices.actions_changed.emit()
    assert page.model.index(0, 1).data(Qt.ItemDataRole.BackgroundRole).color().name() == BAD[0]
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.today_page.refresh()
    assert window.sidebar.item(window.page_keys.index("actions")).text() == "Actions (1 overdue)"


def test_a_bad_action_keeps_the_form_open_with_the_reason(qtbot, ctx, page):
    dialog = ActionDialog(ctx, None, page)
    qtbot.addWidget(dialog)
    type_text(qtbot, dialog.title, "无负责人")
    dialog.owner.setCurrentIndex(-1)
    dialog.owner.setEditText("")
    dialog.save()
    assert dialog.result() == 0 and "needs an owner" in dialog.problems.text()
    assert actions.list_actions(ctx.db, "all") == []


def test_the_list_is_printed_through_the_preview(qtbot, ctx, page, monkeypatch):
    from pypdf import PdfReader

    from csdesk.ui.common import pdf_printing

    agent = staff.list_agents(ctx.db)[0].id
    actions.create_action(
        ctx.db, actions.ActionData("话术培训", date.today(), owner_agent_id=agent)
    )
    shown: list = []
    monkeypatch.setattr(pdf_printing, "preview_pdf", lambda *a: shown.append(a[2]))
    assert "actions" in page.report_actions()
    qtbot.mouseClick(page.print_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(shown), timeout=10000)
    assert "话术培训" in PdfReader(shown[0]).pages[0].extract_text()


def test_a_suggestion_is_recorded_adopted_with_a_reward_and_starts_an_action(
    qtbot, ctx, page, monkeypatch
):
    from PySide6.QtWidgets import QInputDialog

    from csdesk.services.suggestions import suggestion_records as suggestions
    from csdesk.ui.actions.suggestion_dialog import SuggestionDialog
    from csdesk.ui.actions.suggestions_dialog import SuggestionsDialog

    dialog = SuggestionsDialog(ctx, page)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.hint.isVisible()

    def fill(form: SuggestionDialog) -> int:
        form.agent.setCurrentIndex(form.agent.findText("王婷 (CS1)"))
        type_text(qtbot, form.text, "大促前预录快捷短语")
        form.save()
        return form.result()

    monkeypatch.setattr(SuggestionDialog, "exec", fill)
    qtbot.mouseClick(dialog.new_button, Qt.MouseButton.LeftButton)
    assert dialog.model.rowCount() == 1 and dialog.model.index(0, 4).data() == "New"
    monkeypatch.setattr(QInputDialog, "getDouble", lambda *a, **k: (200.0, True))
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("整理快捷短语库", True))
    dialog.table.selectRow(0)
    qtbot.mouseClick(dialog.adopt_button, Qt.MouseButton.LeftButton)
    assert dialog.model.index(0, 4).data() == "Adopted"
    assert dialog.model.index(0, 5).data() == "¥200.00"
    (record,) = suggestions.list_suggestions(ctx.db)
    assert record.action_id is not None
    assert [a.data.title for a in actions.list_actions(ctx.db, "all")] == ["整理快捷短语库"]


def test_a_rejection_without_a_reason_keeps_the_form_open(qtbot, ctx, page):
    from csdesk.ui.actions.suggestion_dialog import SuggestionDialog

    form = SuggestionDialog(ctx, None, page)
    qtbot.addWidget(form)
    type_text(qtbot, form.customer, "张女士")
    type_text(qtbot, form.text, "希望增加视频客服")
    form.status.setCurrentIndex(form.status.findData("rejected"))
    form.save()
    assert form.result() == 0 and "why it was rejected" in form.problems.text()


def test_an_action_comes_from_a_months_complaint_review(qtbot, ctx, page, monkeypatch):
    from datetime import datetime

    from csdesk.domain.months import Month
    from csdesk.services.complaints import case_changes
    from csdesk.services.complaints import case_files as complaints
    from csdesk.ui.common import month_dialog

    case_changes.create_complaint(
        ctx.db, complaints.ComplaintData(datetime(2026, 10, 9, 10, 0), customer="客户")
    )
    monkeypatch.setattr(month_dialog, "ask_month", lambda *a: Month(2026, 10))

    def fill(dialog: ActionDialog) -> int:
        assert dialog.source.currentData() == "review" and dialog.source_ref.text() == "2026-10"
        assert "Top root causes in 2026-10" in dialog.description.toPlainText()
        type_text(qtbot, dialog.title, "与快递约定揽收时限")
        dialog.owner.setEditText("主管")
        dialog.save()
        return dialog.result()

    monkeypatch.setattr(ActionDialog, "exec", fill)
    qtbot.mouseClick(page.review_button, Qt.MouseButton.LeftButton)
    (made,) = actions.list_actions(ctx.db, "all")
    assert (made.data.source, made.data.source_ref) == ("review", "2026-10")
