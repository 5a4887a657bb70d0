"""The performance page through qtbot: a month's KPIs, summary values marked, the trend."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from csdesk.domain.months import Month
from csdesk.services.performance.conversation_files import import_conversations
from csdesk.services.performance.summary_files import import_summaries
from csdesk.services.staff import agent_changes
from csdesk.services.staff import agents as staff
from csdesk.ui.common.rows_model import PAYLOAD_ROLE
from csdesk.ui.performance.kpi_trend_dialog import KpiTrendDialog
from csdesk.ui.performance.performance_page import SUMMARY_FILL, PerformancePage

LAST_MONTH = Month.of(date.today()).shift(-1)


@pytest.fixture
def page(qtbot, ctx, tmp_path):
    for number, name in (("CS001", "张三"), ("CS002", "李四")):
        agent_changes.create_agent(
            ctx.db, staff.AgentData(number, name, hire_date=date(2024, 1, 5))
        )
    day = LAST_MONTH.first_day
    talks = tmp_path / "talks.csv"
    talks.write_text(
        "会话ID,客服账号,开始时间,满意度,首次响应时长\n"
        f"C1,CS001,{day} 10:00:00,5,20\n"
        f"C2,CS001,{day} 11:00:00,2,40\n"
        f"C3,CS002,{day} 12:00:00,4,30\n",
        encoding="utf-8",
    )
    import_conversations(ctx.db, talks)
    summary = tmp_path / "summary.csv"
    summary.write_text(f"日期,客服昵称,客户满意率\n{LAST_MONTH},CS002,88%\n", encoding="utf-8")
    import_summaries(ctx.db, summary)
    widget = PerformancePage(ctx)
    qtbot.addWidget(widget)
    widget.resize(1100, 600)
    widget.show()
    return widget


def _cell(page, row, header):
    model = page.proxy
    columns = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    return model.index(row, columns.index(header))


def test_the_month_shows_each_agents_kpis_and_marks_the_platforms_figures(page):
    assert page.current_month() == LAST_MONTH
    assert page.proxy.rowCount() == 2
    first = _cell(page, 0, "Satisfaction rate")
    assert first.data() == "50.0 %" and first.data(Qt.ItemDataRole.ToolTipRole) is None
    second = _cell(page, 1, "Satisfaction rate")
    assert second.data() == "88.0 %"
    assert second.data(Qt.ItemDataRole.ToolTipRole) == "From the platform's summary"
    assert second.data(Qt.ItemDataRole.BackgroundRole).color().name() == SUMMARY_FILL
    assert _cell(page, 0, "Average first response").data() == "30 s"
    # an older month has no conversations: only what other areas give
    page.month.setCurrentIndex(5)
    assert all(
        page.proxy.index(r, 0).data(PAYLOAD_ROLE).values["satisfaction_rate"] is None
        for r in range(page.proxy.rowCount())
    )


def test_the_kpis_are_exported_as_csv(qtbot, page, tmp_path, monkeypatch):
    target = tmp_path / "kpis.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    text = target.read_text(encoding="utf-8-sig")
    assert text.splitlines()[1].startswith("CS001,张三,50,30,")


def test_the_trend_of_a_kpi_over_twelve_months(qtbot, ctx, page):
    page.table.selectRow(0)
    dialog = KpiTrendDialog(ctx, page.selected_agent(), page.current_month(), page)
    qtbot.addWidget(dialog)
    keys = [dialog.kpi.itemData(i) for i in range(dialog.kpi.count())]
    assert "satisfaction_rate" in keys
    dialog.kpi.setCurrentIndex(keys.index("satisfaction_rate"))
    mine, team = dialog.series("satisfaction_rate")
    assert mine[-1] == 50 and team[-1] == pytest.approx((50 + 88) / 2)
    assert mine[:-1] == [None] * 11
    assert dialog.figure.axes and dialog.figure.axes[0].get_title(loc="left") == "Satisfaction rate"


def test_a_qa_review_is_entered_with_a_live_score(qtbot, ctx, page, monkeypatch):
    page.table.selectRow(1)

    def fill(dialog):
        assert dialog.agent.currentText() == "李四 (CS002)"  # the selected agent
        assert dialog.score.text() == "100.0"
        script = next(cid for cid, c in dialog.rubric.categories if c.name == "Script compliance")
        box = dialog.ratings[script]
        box.setCurrentIndex(box.findData(0))
        assert dialog.score.text().startswith("0 (critical")
        box.setCurrentIndex(box.findData(1))
        qtbot.mouseClick(
            dialog.buttons.button(dialog.buttons.StandardButton.Save), Qt.MouseButton.LeftButton
        )
        return dialog.result()

    from csdesk.ui.performance.qa_entry import QaReviewDialog

    monkeypatch.setattr(QaReviewDialog, "exec", fill)
    qtbot.mouseClick(page.review_button, Qt.MouseButton.LeftButton)
    row = next(r for r in page.rows if r.employee_no == "CS002")
    assert row.values["qa_score"] == 100  # the page heard and reloaded


def test_praise_and_teamwork_are_entered(qtbot, ctx, page, monkeypatch):
    from csdesk.ui.performance.performance_entry import ManualKpiDialog
    from csdesk.ui.performance.praise_dialog import PraiseDialog

    def praise(dialog):
        qtbot.mouseClick(
            dialog.buttons.button(dialog.buttons.StandardButton.Save), Qt.MouseButton.LeftButton
        )
        assert dialog.problems.text() and not dialog.result()  # refused; the form stays
        dialog.source.setText("顾客留言")
        qtbot.mouseClick(
            dialog.buttons.button(dialog.buttons.StandardButton.Save), Qt.MouseButton.LeftButton
        )
        return dialog.result()

    def teamwork(dialog):
        dialog.boxes[0][0].setValue(4.5)
        dialog.boxes[1][1].setValue(120)  # clamped to 100 by the box
        dialog.boxes[0][1].setValue(0.5)
        dialog.save()
        return dialog.result()

    monkeypatch.setattr(PraiseDialog, "exec", praise)
    monkeypatch.setattr(ManualKpiDialog, "exec", teamwork)
    qtbot.mouseClick(page.praise_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.manual_button, Qt.MouseButton.LeftButton)
    rows = {r.employee_no: r for r in page.rows}
    assert rows["CS001"].values["praise_count"] == 1
    assert rows["CS001"].values["teamwork"] == 4.5
    assert rows["CS001"].values["attendance_rate"] == 0.5
    assert rows["CS002"].values["attendance_rate"] == 100
    assert rows["CS002"].values["teamwork"] is None


def test_unknown_accounts_are_linked_from_the_import_window(
    qtbot, ctx, page, tmp_path, monkeypatch
):
    from csdesk.ui.importing.import_dialog import ImportDialog
    from csdesk.ui.importing.link_accounts_dialog import LinkAccountsDialog
    from csdesk.ui.performance.performance_page import CONVERSATION_IMPORT

    day = LAST_MONTH.first_day
    path = tmp_path / "new.csv"
    path.write_text(
        "会话ID,客服账号,开始时间,满意度\n"
        f"N1,小美:售前09,{day} 09:00:00,5\nN2,小美:售前09,{day} 10:00:00,4\n"
        f"N3,jd_new,{day} 11:00:00,3\n",
        encoding="utf-8",
    )
    dialog = ImportDialog(ctx, CONVERSATION_IMPORT, page)
    qtbot.addWidget(dialog)
    dialog.open_file(path)
    qtbot.waitUntil(lambda: "Nothing was imported" in dialog.report.toPlainText())
    assert not dialog.link_button.isHidden()
    assert dialog.unknown_accounts == {"小美:售前09": 2, "jd_new": 1}

    def link(form):
        assert form.accounts == ["小美:售前09", "jd_new"]  # most rows first
        assert form.platform_boxes[1].currentText() == "京东"
        box = form.agent_boxes[0]
        box.setCurrentIndex(box.findText("李四 (CS002)"))
        form.save()  # jd_new stays unknown
        return form.result()

    monkeypatch.setattr(LinkAccountsDialog, "exec", link)
    qtbot.mouseClick(dialog.link_button, Qt.MouseButton.LeftButton)
    # checked again: only jd_new is left
    qtbot.waitUntil(lambda: "jd_new: 1 row, on line" in dialog.report.toPlainText())
    assert "售前09" not in dialog.report.toPlainText()
    record = next(a for a in staff.list_agents(ctx.db) if a.data.employee_no == "CS002")
    assert [a.account_name for a in record.data.accounts] == ["小美:售前09"]


def test_an_account_that_is_someone_elses_is_not_linked(ctx, page):
    from csdesk.services.errors import UserError

    first, second = (a.id for a in staff.list_agents(ctx.db))
    agent_changes.link_account(ctx.db, first, "淘宝", "小美:售前09")
    with pytest.raises(UserError) as caught:
        agent_changes.link_account(ctx.db, second, "淘宝", "小美:售前09")
    assert "belongs to" in " ".join(caught.value.details)


def test_a_column_map_is_saved_and_picked_for_the_next_file(
    qtbot, ctx, page, tmp_path, monkeypatch
):
    from PySide6.QtWidgets import QInputDialog, QMessageBox

    from csdesk.ui.importing.import_dialog import ImportDialog
    from csdesk.ui.performance.performance_page import CONVERSATION_IMPORT

    day = LAST_MONTH.first_day
    path = tmp_path / "tickets.csv"
    path.write_text(
        f"工单编号,处理人,创建于,耗时(分钟)\nW1,CS001,{day} 09:00:00,2\n", encoding="utf-8"
    )
    dialog = ImportDialog(ctx, CONVERSATION_IMPORT, page)
    qtbot.addWidget(dialog)
    dialog.open_file(path)
    qtbot.waitUntil(lambda: "Nothing was imported" in dialog.report.toPlainText())
    assert dialog.saved_maps.selected() is None
    for column, field in (("工单编号", "conversation_id"), ("处理人", "account"),
                          ("创建于", "started_at"), ("耗时(分钟)", "handle_seconds")):  # fmt: skip
        box = dialog.column_boxes[column]
        box.setCurrentIndex(box.findData(field))
    qtbot.waitUntil(lambda: "new: 1" in dialog.report.toPlainText())
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("工单系统", True))
    qtbot.mouseClick(dialog.saved_maps.save_button, Qt.MouseButton.LeftButton)
    assert dialog.saved_maps.selected() == "工单系统"

    # next month's file: the map is chosen by itself and the file checks clean
    later = tmp_path / "tickets-2.csv"
    later.write_text(
        f"工单编号,处理人,创建于,耗时(分钟),备注\nW2,CS002,{day} 10:00:00,3,x\n",
        encoding="utf-8",
    )
    second = ImportDialog(ctx, CONVERSATION_IMPORT, page)
    qtbot.addWidget(second)
    second.open_file(later)
    assert second.saved_maps.selected() == "工单系统"
    assert second.column_boxes["处理人"].currentData() == "account"
    assert second.column_boxes["备注"].currentData() == ""
    qtbot.waitUntil(lambda: "new: 1" in second.report.toPlainText())

    # back to automatic recognition, then the map is deleted
    second.saved_maps.combo.setCurrentIndex(0)
    assert second.column_boxes["创建于"].currentData() == ""
    second.saved_maps.combo.setCurrentIndex(1)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(second.saved_maps.delete_button, Qt.MouseButton.LeftButton)
    assert second.saved_maps.combo.count() == 1
    qtbot.waitUntil(lambda: "Nothing was imported" in second.report.toPlainText())
