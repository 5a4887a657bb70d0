"""The Goals page through the mouse and keyboard (issue 20, §2)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from csdesk.services.goals import goal_records
from csdesk.ui.goals.goal_dialog import GoalDialog
from csdesk.ui.goals.goals_page import STATUS_FILLS, GoalsPage
from tests.conftest import type_text
from tests.test_goals import shop_year  # noqa: F401 (a fixture)


def test_a_goal_is_set_shown_month_by_month_and_removed(qtbot, ctx, shop_year, monkeypatch):  # noqa: F811
    page = GoalsPage(ctx)
    qtbot.addWidget(page)
    page.year.setValue(2026)
    page.show()
    assert page.hint.isVisible() and page.model.rowCount() == 0

    def fill(dialog: GoalDialog) -> int:
        dialog.kpi.setCurrentIndex(dialog.kpi.findData("satisfaction_rate"))
        type_text(qtbot, dialog.target, "+6pt")
        save = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save)
        qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
        return dialog.result()

    monkeypatch.setattr(GoalDialog, "exec", fill)
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    assert page.model.rowCount() == 1 and not page.hint.isVisible()
    (goal,) = goal_records.year_goals(ctx.db, 2026)
    january = page.model.index(0, 3)
    assert january.data() == "90.0"  # the team's January, 9 of 10 satisfied
    assert january.data(Qt.ItemDataRole.BackgroundRole).color().name() == STATUS_FILLS[
        goal.months[0].status
    ]  # fmt: skip
    assert "80.5" in page.model.index(0, 3).data(Qt.ItemDataRole.ToolTipRole)
    page.table.selectRow(0)
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(page.remove_button, Qt.MouseButton.LeftButton)
    assert goal_records.year_goals(ctx.db, 2026) == [] and page.model.rowCount() == 0


def test_a_goal_that_goes_the_wrong_way_is_refused_in_the_dialog(qtbot, ctx, shop_year):  # noqa: F811
    dialog = GoalDialog(ctx, 2026)
    qtbot.addWidget(dialog)
    dialog.kpi.setCurrentIndex(dialog.kpi.findData("satisfaction_rate"))
    type_text(qtbot, dialog.target, "-5pt")
    dialog.save()
    assert "wrong way" in dialog.problems.text() and not dialog.result()
    type_text(qtbot, dialog.target, "lots")
    dialog.save()
    assert "number" in dialog.problems.text()
    assert goal_records.year_goals(ctx.db, 2026) == []


def test_shop_orders_are_imported_from_the_goals_page(qtbot, ctx, tmp_path, monkeypatch):
    from csdesk.domain.months import Month
    from csdesk.services.performance.shop_orders import month_orders
    from csdesk.ui.importing.import_dialog import ImportDialog
    from tests.test_orders import DAILY

    path = tmp_path / "生意参谋.csv"
    path.write_text(DAILY, encoding="utf-8-sig")
    page = GoalsPage(ctx)
    qtbot.addWidget(page)
    opened: list[ImportDialog] = []

    def run(dialog: ImportDialog) -> int:
        opened.append(dialog)
        dialog.open_file(path)
        # the sub-order count is used; the second order count is left out, not a clash
        assert dialog.column_boxes["支付子订单数"].currentData() == "orders"
        assert dialog.column_boxes["支付订单数"].currentData() == ""
        qtbot.waitUntil(lambda: "dry run" in dialog.report.toPlainText())
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: "Import complete" in dialog.report.toPlainText())
        return 1

    monkeypatch.setattr(ImportDialog, "exec", run)
    qtbot.mouseClick(page.orders_button, Qt.MouseButton.LeftButton)
    assert opened and month_orders(ctx.db, Month(2026, 11)) == 3000


def test_the_plans_goals_are_proposed_adopted_changed_and_drawn(qtbot, ctx, shop_year, monkeypatch):  # noqa: F811
    from csdesk.ui.goals.proposals_dialog import ProposalsDialog

    page = GoalsPage(ctx)
    qtbot.addWidget(page)
    page.year.setValue(2026)
    page.show()

    def adopt(dialog: ProposalsDialog) -> int:
        lines = {proposal.kpi: rest for proposal, *rest in dialog.lines}
        tick, baseline, target = lines["satisfaction_rate"]
        assert tick.isChecked() and baseline.text() == "80" and target.text() == "92"
        target.clear()
        type_text(qtbot, target, "90")
        lines["complaint_rate"][0].setChecked(False)  # no complaints on file: not this year
        lines["turnover_rate"][0].setChecked(False)
        save = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save)
        qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
        return dialog.result()

    monkeypatch.setattr(ProposalsDialog, "exec", adopt)
    qtbot.mouseClick(page.propose_button, Qt.MouseButton.LeftButton)
    (goal,) = goal_records.year_goals(ctx.db, 2026)
    assert (goal.kpi, goal.baseline, goal.target) == ("satisfaction_rate", 80.0, 90.0)
    # the selected goal's chart: the path, this year's months and last year dotted
    assert page.canvas is not None and page.canvas.isVisible()
    axes = page.canvas.figure.axes[0]
    assert any(line.get_linestyle() == ":" for line in axes.get_lines())

    def change(dialog: GoalDialog) -> int:
        assert not dialog.kpi.isEnabled() and dialog.target.text() == "90"
        type_text(qtbot, dialog.path, "Q2=82")
        dialog.save()
        return dialog.result()

    monkeypatch.setattr(GoalDialog, "exec", change)
    page.table.doubleClicked.emit(page.model.index(0, 0))
    (goal,) = goal_records.year_goals(ctx.db, 2026)
    assert goal.path == ((6, 82.0),)


def test_a_proposal_with_a_bad_number_keeps_the_dialog_open(qtbot, ctx, shop_year):  # noqa: F811
    from csdesk.services.goals.goal_proposals import proposals_for
    from csdesk.ui.goals.proposals_dialog import ProposalsDialog

    dialog = ProposalsDialog(ctx, 2026, proposals_for(ctx.db, 2026))
    qtbot.addWidget(dialog)
    dialog.lines[0][3].setText("ninety")
    dialog.save()
    assert dialog.result() == 0 and "as numbers" in dialog.problems.text()
    assert goal_records.year_goals(ctx.db, 2026) == []


def test_the_team_report_is_written_and_previewed_from_the_goals_page(
    qtbot,
    ctx,
    shop_year,  # noqa: F811
    monkeypatch,
):
    from pypdf import PdfReader

    from csdesk.domain.months import Month
    from csdesk.ui.common import month_dialog, pdf_printing

    page = GoalsPage(ctx)
    qtbot.addWidget(page)
    shown: list = []
    monkeypatch.setattr(month_dialog, "ask_month", lambda *a: Month(2026, 1))
    monkeypatch.setattr(pdf_printing, "preview_pdf", lambda *a: shown.append(a[2]))
    assert "team" in page.report_actions()
    qtbot.mouseClick(page.report_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(shown), timeout=10000)
    text = PdfReader(shown[0]).pages[0].extract_text()
    assert "Team report" in text and "90.0 %" in text  # January: 9 of 10 satisfied


def test_the_year_summary_and_the_training_budget_from_the_goals_page(
    qtbot,
    ctx,
    shop_year,  # noqa: F811
    monkeypatch,
):
    from pypdf import PdfReader
    from PySide6.QtWidgets import QInputDialog

    from csdesk.services.training.training_budget import training_budget
    from csdesk.ui.common import pdf_printing

    page = GoalsPage(ctx)
    qtbot.addWidget(page)
    page.year.setValue(2026)
    monkeypatch.setattr(QInputDialog, "getDouble", lambda *a, **k: (8000.0, True))
    qtbot.mouseClick(page.budget_button, Qt.MouseButton.LeftButton)
    assert training_budget(ctx.db, 2026) == 800000
    shown: list = []
    monkeypatch.setattr(pdf_printing, "preview_pdf", lambda *a: shown.append(a[2]))
    qtbot.mouseClick(page.year_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(shown), timeout=10000)
    text = " ".join(p.extract_text() for p in PdfReader(shown[0]).pages)
    assert "Year-end summary · 2026" in text and "¥8,000.00" in text


def test_a_hidden_goals_page_catches_up_when_shown(qtbot, ctx, shop_year, monkeypatch):  # noqa: F811
    page = GoalsPage(ctx)
    qtbot.addWidget(page)
    page.year.setValue(2026)
    calls: list[int] = []
    monkeypatch.setattr(page, "reload", lambda: calls.append(1) or setattr(page, "stale", False))
    ctx.notices.staff_changed.emit()  # hidden: nothing computed yet
    assert calls == [] and page.stale
    page.show()
    assert calls == [1]
    ctx.notices.performance_changed.emit()  # shown: computed at once
    assert calls == [1, 1]


def test_an_action_is_started_from_a_goal(qtbot, ctx, shop_year, monkeypatch):  # noqa: F811
    from csdesk.services.actions.action_records import list_actions
    from csdesk.ui.actions.action_dialog import ActionDialog

    goal_records.set_goal(ctx.db, 2026, "satisfaction_rate", baseline=80.0, target=92.0)
    page = GoalsPage(ctx)
    qtbot.addWidget(page)
    page.year.setValue(2026)
    page.table.selectRow(0)

    def fill(dialog: ActionDialog) -> int:
        assert dialog.kpi.currentData() == "satisfaction_rate" and dialog.check_month.text()
        assert dialog.source.currentData() == "goal"
        type_text(qtbot, dialog.title, "每周话术抽查")
        dialog.owner.setEditText("主管")
        dialog.save()
        return dialog.result()

    monkeypatch.setattr(ActionDialog, "exec", fill)
    qtbot.mouseClick(page.action_button, Qt.MouseButton.LeftButton)
    (made,) = list_actions(ctx.db, "all")
    assert (made.data.source_ref, made.owner) == ("2026:satisfaction_rate", "主管")
