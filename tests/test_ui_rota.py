"""The rota page through qtbot: type, paste, pick, clear, override, copy, swap, publish."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox

from csdesk.domain.rota import Breach, Leave
from csdesk.domain.weeks import Week
from csdesk.services.rota import rota_coverage, week_edits
from csdesk.services.rota import week_plan as rota
from csdesk.ui.rota.rota_page import RotaPage
from tests.test_rota import cleared_agent

WEEK = Week(2026, 48)
MON = WEEK.monday


@pytest.fixture
def team(db) -> list[int]:
    return [cleared_agent(db, f"CS00{n}", name) for n, name in enumerate("甲乙丙", start=1)]


@pytest.fixture
def page(qtbot, ctx, team, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    widget = RotaPage(ctx)
    qtbot.addWidget(widget)
    widget.anchor = MON
    widget.resize(1200, 760)
    widget.show()
    qtbot.waitExposed(widget)
    widget.refresh()
    return widget


def plan(db, agent_id, n):
    return rota.week_rota(db, WEEK).plan(agent_id, MON + timedelta(n))


def select(page, *cells) -> None:
    selection = page.week_tab.grid.selectionModel()
    selection.clearSelection()
    selection.setCurrentIndex(
        page.week_tab.model.index(*cells[0]), QItemSelectionModel.SelectionFlag.NoUpdate
    )
    for row, column in cells:
        selection.select(
            page.week_tab.model.index(row, column), QItemSelectionModel.SelectionFlag.Select
        )


def type_in_cell(qtbot, page, row, column, text) -> None:
    page.week_tab.grid.setFocus()
    page.week_tab.grid.setCurrentIndex(page.week_tab.model.index(row, column))
    qtbot.keyClick(page.week_tab.grid, text[0])  # any key opens the editor with that key
    editor = QApplication.focusWidget()
    assert editor is not page.week_tab.grid
    qtbot.keyClicks(editor, text[1:])
    with qtbot.waitSignal(page.week_tab.model.edits_wanted):
        qtbot.keyClick(editor, Qt.Key.Key_Return)  # Qt commits on the next turn of the loop


def test_typing_a_cell_stores_the_day(qtbot, page, db, team):
    assert page.week_tab.model.rowCount() == 3 and page.week_tab.model.columnCount() == 8
    type_in_cell(qtbot, page, 0, 0, "m+e")
    assert plan(db, team[0], 0).codes == ("M", "E")
    assert page.week_tab.model.index(0, 0).data() == "M+E"
    assert page.week_tab.model.index(0, 7).data() == "14"  # the week's hours
    type_in_cell(qtbot, page, 1, 2, "sick")
    assert plan(db, team[1], 2).leave is Leave.SICK
    assert page.week_tab.model.index(1, 2).data() == "SL"


def test_an_unknown_code_is_refused_in_place_and_nothing_changes(qtbot, page, db, team):
    type_in_cell(qtbot, page, 0, 1, "X")
    assert page.week_tab.problems.isVisible()
    assert "No shift has the code X." in page.week_tab.problems.text()
    assert plan(db, team[0], 1) == rota.DayPlan()
    type_in_cell(qtbot, page, 0, 1, "d")  # the next good edit clears the message
    assert not page.week_tab.problems.isVisible()


def test_copy_paste_and_delete_blocks(qtbot, page, db, team):
    week_edits.set_days(
        db,
        [
            week_edits.DayEdit(team[0], MON, ("M",)),
            week_edits.DayEdit(team[0], MON + timedelta(1), ("D",)),
        ],
    )
    ctx_changed = page.ctx.notices.rota_changed
    ctx_changed.emit()
    select(page, (0, 0), (0, 1))
    qtbot.keyClick(page.week_tab.grid, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QGuiApplication.clipboard().text() == "M\tD"
    select(page, (2, 3))
    qtbot.keyClick(page.week_tab.grid, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert (plan(db, team[2], 3).codes, plan(db, team[2], 4).codes) == (("M",), ("D",))
    QGuiApplication.clipboard().setText("E\tN\nAL\t")  # a block from a spreadsheet
    select(page, (1, 5))
    qtbot.keyClick(page.week_tab.grid, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert plan(db, team[1], 5).codes == ("E",) and plan(db, team[1], 6).codes == ("N",)
    assert plan(db, team[2], 5).leave is Leave.ANNUAL
    select(page, (2, 3), (2, 4))
    qtbot.keyClick(page.week_tab.grid, Qt.Key.Key_Delete)
    assert plan(db, team[2], 3) == rota.DayPlan() == plan(db, team[2], 4)


def test_palette_and_leave_apply_to_the_selection(qtbot, page, db, team):
    select(page, (0, 0), (1, 0), (2, 0))
    (evening,) = [b for b in page.week_tab.palette_buttons if b.text() == "E"]
    qtbot.mouseClick(evening, Qt.MouseButton.LeftButton)
    assert all(plan(db, a, 0).codes == ("E",) for a in team)
    select(page, (1, 1), (1, 2))
    personal = next(a for a in page.week_tab.leave_menu.actions() if a.text() == "Personal leave")
    personal.trigger()
    assert plan(db, team[1], 1).leave is Leave.PERSONAL is plan(db, team[1], 2).leave
    select(page, (0, 0))
    qtbot.mouseClick(page.week_tab.off_button, Qt.MouseButton.LeftButton)
    assert plan(db, team[0], 0) == rota.DayPlan()


def test_a_broken_rule_is_marked_listed_and_overridden_with_a_reason(
    qtbot, page, db, team, monkeypatch
):
    type_in_cell(qtbot, page, 0, 0, "E")
    type_in_cell(qtbot, page, 0, 1, "M")  # 8 h after an evening: short rest
    findings = page.week_tab.model.index(0, 1).data(Qt.ItemDataRole.UserRole + 10)
    assert [f.finding.breach for f in findings] == [Breach.SHORT_REST]
    assert "Rest 8 h before this shift (at least 11 h)" in page.week_tab.model.index(0, 1).data(
        Qt.ItemDataRole.ToolTipRole
    )
    assert page.week_tab.findings_model.rowCount() == 1
    assert page.week_tab.lower.tabText(0) == "Rule checks (1 open)"
    page.week_tab.findings_table.selectRow(0)
    assert page.week_tab.override_button.isEnabled()
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("本人申请调班", True))
    qtbot.mouseClick(page.week_tab.override_button, Qt.MouseButton.LeftButton)
    (found,) = rota.week_rota(db, WEEK).findings
    assert found.override == "本人申请调班"
    assert page.week_tab.lower.tabText(0) == "Rule checks (0 open)"
    assert "Overridden: 本人申请调班" in page.week_tab.findings_model.index(0, 4).data()


def test_copy_last_week_swap_and_publish_with_its_log(qtbot, page, db, team):
    last = WEEK.shift(-1)
    week_edits.set_day(db, team[0], last.monday, ["M"])
    week_edits.set_day(db, team[1], last.monday + timedelta(1), ["D"])
    qtbot.mouseClick(page.week_tab.copy_last_button, Qt.MouseButton.LeftButton)
    assert plan(db, team[0], 0).codes == ("M",) and plan(db, team[1], 1).codes == ("D",)
    select(page, (0, 0), (1, 0), (0, 1), (1, 1))
    assert page.week_tab.swap_button.isEnabled()
    qtbot.mouseClick(page.week_tab.swap_button, Qt.MouseButton.LeftButton)
    assert plan(db, team[1], 0).codes == ("M",) and plan(db, team[0], 1).codes == ("D",)
    assert page.week_tab.publish_button.isEnabled()
    qtbot.mouseClick(page.week_tab.publish_button, Qt.MouseButton.LeftButton)
    assert not page.week_tab.publish_button.isEnabled()
    assert "Published" in page.state.text()
    type_in_cell(qtbot, page, 2, 6, "n")
    assert page.week_tab.changes_model.rowCount() == 1
    assert [page.week_tab.changes_model.index(0, c).data() for c in (4, 5)] == ["day off", "N"]


def test_the_week_and_month_models_pass_qt_model_tester(qtmodeltester, page, db, team):
    week_edits.set_day(db, team[0], MON, ["M"])
    page.ctx.notices.rota_changed.emit()
    qtmodeltester.check(page.week_tab.model, force_py=True)
    page.tabs.setCurrentWidget(page.month_tab)
    qtmodeltester.check(page.month_tab.model, force_py=True)


def test_month_and_coverage_tabs(qtbot, page, db, team):
    week_edits.set_day(db, team[0], MON, ["M"])
    rota_coverage.save_forecast(db, {"chat": [[10.0] * 24 for _ in range(7)]})
    page.ctx.notices.rota_changed.emit()
    page.tabs.setCurrentWidget(page.month_tab)
    assert page.title.text() == "2026-11"
    month = page.month_tab.model
    assert month.columnCount() == 31  # 30 days and the hours
    assert month.index(0, 22).data() == "M"  # 23 November
    assert month.index(0, 30).data() == "7"
    qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
    assert page.title.text() == "2026-12"
    page.month_tab.week_chosen.emit(MON)
    assert page.tabs.currentIndex() == 0 and page.week == WEEK
    page.tabs.setCurrentWidget(page.coverage_tab)
    coverage = page.coverage_tab
    assert coverage.figure is not None and len(coverage.figure.axes) == 2  # chat and phone
    assert coverage.short_model.rowCount() > 0
    assert "short stretches this week" in coverage.summary.text()
    assert "⚠" in coverage.day_buttons.button(0).text()


def test_the_window_lists_the_rota_after_staff(qtbot, ctx):
    from csdesk.ui.main_window import MainWindow

    window = MainWindow(ctx)
    qtbot.addWidget(window)
    assert window.page_keys.index("rota") == window.page_keys.index("staff") + 1
    assert window.sidebar.item(window.page_keys.index("rota")).text() == "Rota"
    assert isinstance(window.page("rota"), RotaPage)


def test_a_bad_paste_is_undone_and_redone_with_the_keyboard(qtbot, page, db, team):
    week_edits.set_days(db, [week_edits.DayEdit(team[0], MON, ("M",))])
    page.ctx.notices.rota_changed.emit()
    QGuiApplication.clipboard().setText("AL\tAL\tAL\nAL\tAL\tAL")  # pasted in the wrong place
    select(page, (0, 0))
    qtbot.keyClick(page.week_tab.grid, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert plan(db, team[0], 0).leave is Leave.ANNUAL and plan(db, team[1], 2).leave
    page.week_tab.grid.setFocus()  # the supervisor's eyes and keys are on the grid
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.week_tab.grid)
    qtbot.keyClick(page.week_tab.grid, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert plan(db, team[0], 0) == rota.DayPlan(("M",), None)  # as it was before
    assert plan(db, team[1], 2) == rota.DayPlan()
    assert page.week_tab.model.index(0, 0).data() == "M"
    qtbot.keyClick(page.week_tab.grid, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert plan(db, team[0], 0).leave is Leave.ANNUAL and plan(db, team[1], 2).leave
    qtbot.keyClick(page.week_tab.grid, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    type_in_cell(qtbot, page, 2, 6, "n")  # a new change: the undone paste cannot come back
    page.week_tab.grid.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.week_tab.grid)
    qtbot.keyClick(page.week_tab.grid, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert plan(db, team[0], 0) == rota.DayPlan(("M",), None)


def test_coverage_without_a_forecast_says_to_fill_it_in_first(qtbot, page, monkeypatch):
    from csdesk.ui.rota.forecast_dialog import ForecastDialog

    page.tabs.setCurrentWidget(page.coverage_tab)
    qtbot.waitUntil(lambda: page.coverage_tab.no_forecast_row.isVisible())
    opened = []
    monkeypatch.setattr(ForecastDialog, "exec", lambda dialog: opened.append(dialog) or 0)
    qtbot.mouseClick(page.coverage_tab.no_forecast_button, Qt.MouseButton.LeftButton)
    assert len(opened) == 1
