"""The appraisal rules editor through qtbot: edit, watch "what if", save, refuse, ask."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from csdesk.domain.grading import CRITICAL_QA
from csdesk.domain.months import Month
from csdesk.domain.scoring_rules import RuleKind
from csdesk.domain.staff import Post
from csdesk.services.appraisals import records
from csdesk.services.appraisals import workflow as appraisals
from csdesk.services.appraisals.appraisal_rules import default_rules, rule_versions, rules_for
from csdesk.ui.appraisals.appraisal_rules_dialog import AppraisalRulesDialog

OCTOBER = Month(2026, 10)


@pytest.fixture
def page(october_page):
    return october_page


@pytest.fixture
def dialog(qtbot, page, monkeypatch):
    """The editor as the page's Rules… button opens it (exec does not block here)."""
    opened = []
    monkeypatch.setattr(AppraisalRulesDialog, "exec", lambda self: opened.append(self) or 0)
    # Closing at the end of a test leaves unsaved edits unsaved instead of asking.
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    qtbot.mouseClick(page.rules_button, Qt.MouseButton.LeftButton)
    (editor,) = opened
    qtbot.addWidget(editor)
    editor.show()
    return editor


def replace_number(qtbot, spin, text: str) -> None:
    """Select what a spin box shows and type ``text`` over it."""
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, text)


def what_if_row(dialog, number: str) -> list[str]:
    model = dialog.what_if.model
    for row in range(model.rowCount()):
        cells = model.row(row).cells
        if cells[0] == number:
            return list(cells)
    raise AssertionError(number)


def save_button(dialog):
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Save)


def test_the_editor_opens_on_the_months_rules_and_tries_them_on_it(dialog):
    assert dialog.effective_month() == OCTOBER
    assert dialog.rules() == default_rules()
    assert not dialog.is_changed()
    assert dialog.what_if.month.currentData() == str(OCTOBER)
    assert [dialog.what_if.model.row(r).cells[0] for r in range(3)] == ["CS1", "CS2", "CS3"]
    assert "default rules" in dialog.origin.text()


def test_dropping_a_veto_shows_who_gains_then_save_stores_it(qtbot, ctx, page, dialog):
    before = what_if_row(dialog, "CS2")
    assert before[4] == "C"  # capped by the critical QA failure
    dialog.tabs.setCurrentWidget(dialog.pay)
    combo = dialog.pay.caps[CRITICAL_QA]
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Home)  # "no cap" is the first choice
    after = what_if_row(dialog, "CS2")
    assert after[4] in ("C → A", "C → B")
    assert " → " in after[5]  # the bonus changes with the grade
    assert what_if_row(dialog, "CS1")[4] == before[4] or "→" not in what_if_row(dialog, "CS1")[4]
    assert "1 of 3 agents change" in dialog.what_if.summary.text()
    assert dialog.is_changed()

    qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)
    assert dialog.result() == dialog.DialogCode.Accepted
    (version,) = rule_versions(ctx.db)
    assert version.effective == OCTOBER
    assert [v.key for v in version.rules.vetoes] == ["severe_complaint"]
    # The page re-read the month: CS2's computed draft has the new grade.
    state = records.month_view(ctx.db, OCTOBER)
    cs2 = next(a for a in state.appraisals if a.employee_no == "CS2")
    assert cs2.grade == after[4][-1] and not cs2.vetoes


def test_a_line_edited_to_a_straight_line_and_a_broken_rule_is_not_saved(qtbot, ctx, dialog):
    cards = dialog.cards
    cards.post.setCurrentIndex(cards.post.findData(str(Post.PRE_SALES)))
    cards.lines.selectRow(0)  # satisfaction, by bands
    editor = cards.editor
    assert editor.kpi.currentData() == "satisfaction_rate"
    editor.kind.setFocus()
    qtbot.keyClick(editor.kind, Qt.Key.Key_End)  # straight line
    assert editor.stack.currentIndex() == 1
    replace_number(qtbot, editor.floor, "90")
    replace_number(qtbot, editor.target, "90")
    assert any("floor and the target" in p for p in dialog.what_if.result.problems)
    assert dialog.problems.isVisible() and not save_button(dialog).isEnabled()
    assert "cannot score" in dialog.what_if.summary.text()

    replace_number(qtbot, editor.target, "96")
    replace_number(qtbot, editor.floor, "60")
    assert not dialog.what_if.result.problems and save_button(dialog).isEnabled()
    assert cards.lines.item(0, 3).text() == "60.0 % → 0, 96.0 % → 100, at most 100"
    # CS3 (pre-sales, 75 % satisfied: 0 points by the bands, 41.7 on the line) is scored
    # by the new line; CS1 and CS2 are after-sales.
    assert "→" in what_if_row(dialog, "CS3")[3]
    assert "→" not in what_if_row(dialog, "CS1")[3]

    qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)
    line = rules_for(ctx.db, OCTOBER).cards[Post.PRE_SALES][0]
    assert line.kpi == "satisfaction_rate" and line.rule.kind is RuleKind.LINEAR
    assert (line.rule.floor, line.rule.target, line.rule.cap) == (60.0, 96.0, 100.0)


def test_lines_added_weighted_moved_and_removed(qtbot, ctx, dialog):
    cards = dialog.cards
    cards.post.setCurrentIndex(cards.post.findData(str(Post.TECH_SUPPORT)))
    count = cards.lines.rowCount()
    qtbot.mouseClick(cards.add_button, Qt.MouseButton.LeftButton)
    assert cards.lines.rowCount() == count + 1
    editor = cards.editor
    editor.kpi.setCurrentIndex(editor.kpi.findData("attendance_rate"))
    replace_number(qtbot, editor.weight, "25")
    assert cards.lines.item(count, 1).text() == "25"
    assert "Weights add up to 125" in cards.weights.text()
    assert cards.lines.item(count, 2).text() == "20.0 %"
    qtbot.mouseClick(cards.up_button, Qt.MouseButton.LeftButton)
    assert cards.lines.item(count - 1, 0).text() == "Attendance rate"
    qtbot.mouseClick(editor.add_band, Qt.MouseButton.LeftButton)
    assert editor.bands.rowCount() == 4
    # The second pre-sales line goes; the card keeps its order otherwise.
    cards.post.setCurrentIndex(cards.post.findData(str(Post.PRE_SALES)))
    cards.lines.selectRow(1)
    qtbot.mouseClick(cards.remove_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)
    saved = rules_for(ctx.db, OCTOBER)
    tech = saved.cards[Post.TECH_SUPPORT]
    assert tech[-2].kpi == "attendance_rate" and tech[-2].weight == 25
    assert len(tech[-2].rule.bands) == 4
    defaults = default_rules().cards[Post.PRE_SALES]
    assert saved.cards[Post.PRE_SALES] == (defaults[0], *defaults[2:])


@pytest.mark.parametrize(
    ("answer", "open_after", "saved"),
    [
        (QMessageBox.StandardButton.Cancel, True, 0),
        (QMessageBox.StandardButton.Discard, False, 0),
        (QMessageBox.StandardButton.Save, False, 1),
    ],
)
def test_closing_with_edits_asks(qtbot, ctx, dialog, monkeypatch, answer, open_after, saved):
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a) or answer)
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Close), Qt.MouseButton.LeftButton
    )
    assert asked == [] and not dialog.isVisible()  # unchanged: closes without asking
    dialog.show()
    replace_number(qtbot, dialog.pay.minimums["A"], "85")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert len(asked) == 1
    assert dialog.isVisible() == open_after
    assert len(rule_versions(ctx.db)) == saved
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    dialog.reject()
    assert not dialog.isVisible()


def test_a_closed_month_is_not_offered_and_the_defaults_come_back(qtbot, ctx, page, monkeypatch):
    from datetime import date

    appraisals.close_month(ctx.db, OCTOBER, "店长", today=date(2026, 11, 23))
    opened = []
    monkeypatch.setattr(AppraisalRulesDialog, "exec", lambda self: opened.append(self) or 0)
    qtbot.mouseClick(page.rules_button, Qt.MouseButton.LeftButton)
    (dialog,) = opened
    qtbot.addWidget(dialog)
    assert dialog.effective_month() == Month(2026, 11)
    assert dialog.effective.findData(str(OCTOBER)) == -1
    replace_number(qtbot, dialog.pay.minimums["A"], "95")
    assert dialog.is_changed()
    qtbot.mouseClick(dialog.defaults_button, Qt.MouseButton.LeftButton)
    assert dialog.rules() == default_rules() and not dialog.is_changed()
