"""The month's reviews and praise list, corrections, and the rubric editor, through qtbot."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from csdesk.domain.months import Month
from csdesk.domain.qa import Category, Scale
from csdesk.services.performance import praise, qa, qa_records, qa_rubric_list, qa_rubrics
from csdesk.services.performance.kpis import monthly_kpis
from csdesk.ui.performance.praise_dialog import PraiseDialog
from csdesk.ui.performance.qa_entry import QaReviewDialog
from csdesk.ui.performance.qa_log_dialog import QaLogDialog
from csdesk.ui.performance.rubrics_dialog import COL_SCALE, COL_WEIGHT, RubricsDialog

MONTH = Month(2026, 10)


def _top(rubric):
    return {cid: 1 if c.scale == Scale.BINARY else int(c.scale) for cid, c in rubric.categories}


@pytest.fixture
def team(ctx, two_agents):
    ids = two_agents
    (rubric,) = qa_rubric_list.rubrics(ctx.db)
    qa.record_review(
        ctx.db, qa.ReviewData(ids[0], rubric.id, date(2026, 10, 3), _top(rubric), "QN1")
    )
    praise.add_praise(ctx.db, ids[0], date(2026, 10, 8), "顾客留言", "耐心\n细致")
    return ids


@pytest.fixture
def log(qtbot, ctx, team):
    dialog = QaLogDialog(ctx, monthly_kpis(ctx.db, MONTH), MONTH)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _press_save(qtbot, dialog):
    save = dialog.buttons.button(dialog.buttons.StandardButton.Save)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)


def test_a_review_is_opened_from_the_list_and_given_to_the_right_agent(
    qtbot, ctx, log, team, monkeypatch
):
    assert log.tabs.tabText(0) == "QA reviews (1)"
    assert log.reviews.model.row(0).cells[1:4] == ("张三 (CS001)", "100.0", "QN1")
    assert not log.reviews.open_button.isEnabled()
    log.reviews.table.selectRow(0)

    def correct(dialog):
        assert dialog.windowTitle() == "Correct QA review"
        assert dialog.reference.text() == "QN1" and not dialog.rubric_box.isEnabled()
        dialog.agent.setCurrentIndex(dialog.agent.findData(team[1]))
        first = next(iter(dialog.ratings.values()))
        first.setCurrentIndex(first.findData(1))  # greeting: the lowest mark
        assert dialog.score.text() == "90.0"
        _press_save(qtbot, dialog)
        return dialog.result()

    monkeypatch.setattr(QaReviewDialog, "exec", correct)
    table = log.reviews.table
    where = table.visualRect(log.reviews.proxy.index(0, 0)).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=where)
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert log.reviews.model.row(0).cells[1:3] == ("李四 (CS002)", "90.0")
    assert qa.monthly_qa_scores(ctx.db, MONTH) == {team[1]: pytest.approx(90)}

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    log.reviews.table.selectRow(0)
    qtbot.mouseClick(log.reviews.delete_button, Qt.MouseButton.LeftButton)
    assert log.reviews.model.rowCount() == 1  # kept: the answer was No
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(log.reviews.delete_button, Qt.MouseButton.LeftButton)
    assert log.reviews.model.rowCount() == 0 and log.tabs.tabText(0) == "QA reviews (0)"


def test_praise_is_corrected_and_deleted_from_the_list(qtbot, ctx, log, team, monkeypatch):
    log.tabs.setCurrentIndex(1)
    assert log.praise.model.row(0).cells[1:] == ("张三 (CS001)", "顾客留言", "耐心 细致")
    log.praise.table.selectRow(0)

    def correct(dialog):
        assert dialog.text.toPlainText() == "耐心\n细致"
        dialog.source.setText("店长")
        _press_save(qtbot, dialog)
        return dialog.result()

    monkeypatch.setattr(PraiseDialog, "exec", correct)
    qtbot.mouseClick(log.praise.open_button, Qt.MouseButton.LeftButton)
    assert [p.source for p in qa_records.month_praise(ctx.db, MONTH)] == ["店长"]
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    log.praise.table.selectRow(0)
    qtbot.mouseClick(log.praise.delete_button, Qt.MouseButton.LeftButton)
    assert praise.monthly_praise(ctx.db, MONTH) is None


def test_a_new_review_chooses_between_the_rubrics_in_use(qtbot, ctx, team):
    qa_rubrics.save_rubric(ctx.db, "售后质检", [(None, Category("解决问题", 1, Scale.BINARY))])
    dialog = QaReviewDialog(ctx, monthly_kpis(ctx.db, MONTH), MONTH)
    qtbot.addWidget(dialog)
    assert dialog.rubric_box.isEnabled() and dialog.rubric_box.count() == 2
    dialog.rubric_box.setCurrentIndex(1)
    (only,) = dialog.ratings.values()
    only.setCurrentIndex(only.findData(0))
    assert dialog.score.text() == "0.0"
    _press_save(qtbot, dialog)
    assert dialog.result() and qa_records.month_reviews(ctx.db, MONTH)[0].rubric == "售后质检"


@pytest.fixture
def rubrics(qtbot, ctx, team):
    dialog = RubricsDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_a_rubric_in_use_is_locked_and_a_copy_is_edited(qtbot, ctx, rubrics, monkeypatch):
    assert rubrics.rubric_list.item(0).text() == "Standard review · 1 review"
    assert rubrics.locked and not rubrics.lock_note.isHidden()
    assert not rubrics.table.cellWidget(0, COL_WEIGHT).isEnabled()
    assert not rubrics.add_button.isEnabled()

    qtbot.mouseClick(rubrics.copy_button, Qt.MouseButton.LeftButton)
    assert rubrics.rubric_list.currentItem().text() == "Standard review (copy)"
    assert not rubrics.locked and rubrics.table.cellWidget(0, COL_WEIGHT).isEnabled()
    rubrics.name.setText("2027 标准")
    rubrics.table.cellWidget(0, COL_WEIGHT).setValue(30)
    scale = rubrics.table.cellWidget(0, COL_SCALE)
    scale.setCurrentIndex(scale.findData("3"))
    rubrics.table.selectRow(6)
    qtbot.mouseClick(rubrics.remove_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(rubrics.add_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(rubrics.save_button, Qt.MouseButton.LeftButton)
    assert "Category 7 has no name" in rubrics.problems.text()  # the new line is unnamed
    rubrics.table.item(6, 0).setText("主动推荐")
    qtbot.mouseClick(rubrics.save_button, Qt.MouseButton.LeftButton)
    assert not rubrics.dirty
    copy = next(r for r in qa_rubric_list.rubrics(ctx.db) if r.name == "2027 标准")
    first, last = copy.categories[0][1], copy.categories[-1][1]
    assert (first.weight, first.scale, last.name) == (30, Scale.THREE, "主动推荐")
    assert len(copy.categories) == 7

    # the old one is archived: new reviews use the copy
    rubrics.rubric_list.setCurrentRow(0)
    qtbot.mouseClick(rubrics.archive_button, Qt.MouseButton.LeftButton)
    assert [r.name for r in qa_rubric_list.rubrics(ctx.db)] == ["2027 标准"]
    assert "archived" in rubrics.rubric_list.item(0).text()
    # the last one in use cannot be archived
    rubrics.rubric_list.setCurrentRow(1)
    qtbot.mouseClick(rubrics.archive_button, Qt.MouseButton.LeftButton)
    assert "at least one" in rubrics.problems.text()


def test_leaving_unsaved_changes_asks_first(qtbot, ctx, rubrics, monkeypatch):
    qtbot.mouseClick(rubrics.new_button, Qt.MouseButton.LeftButton)
    assert rubrics.name.text() == "New rubric"
    rubrics.name.setText("夜班质检")
    rubrics.name.textEdited.emit("夜班质检")
    answers = iter([QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Save])
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: next(answers))
    rubrics.rubric_list.setCurrentRow(0)  # Cancel: stays on the new rubric
    assert rubrics.rubric_list.currentRow() == 1 and rubrics.name.text() == "夜班质检"
    rubrics.reject()  # Save, then close
    assert "夜班质检" in [e.name for e in qa_rubrics.rubric_entries(ctx.db)]


def test_an_action_is_started_from_a_review(qtbot, ctx, log, team, monkeypatch):
    from csdesk.services.actions.action_records import list_actions
    from csdesk.ui.actions.action_dialog import ActionDialog
    from tests.conftest import type_text

    log.reviews.table.selectRow(0)

    def fill(dialog: ActionDialog) -> int:
        assert dialog.source.currentData() == "qa"
        type_text(qtbot, dialog.title, "复听话术扣分会话")
        dialog.save()
        return dialog.result()

    monkeypatch.setattr(ActionDialog, "exec", fill)
    qtbot.mouseClick(log.action_button, Qt.MouseButton.LeftButton)
    (made,) = list_actions(ctx.db, "all")
    assert made.owner_no == "CS001" and made.data.source_ref.startswith("QA-")
