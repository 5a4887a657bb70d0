"""The training page driven like a supervisor would: matrix, sessions, gate, catalogue."""

from dataclasses import replace
from datetime import date, datetime

import pytest
from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QInputDialog, QMessageBox

from csdesk.domain.staff import Post, Status
from csdesk.domain.training import Attendance, Standing
from csdesk.services.staff import agent_changes
from csdesk.services.staff import agents as staff
from csdesk.services.training import courses as training
from csdesk.services.training import duty_gate, session_records
from csdesk.ui.common.rows_model import RowsModel
from csdesk.ui.importing.import_dialog import ImportDialog
from csdesk.ui.main_window import MainWindow
from csdesk.ui.staff.agent_dialog import AgentDialog
from csdesk.ui.training.certificate_dialog import CertificateDialog
from csdesk.ui.training.session_dialog import SessionDialog
from csdesk.ui.training.training_courses_tab import CourseDialog
from csdesk.ui.training.training_page import TrainingPage
from csdesk.ui.training.training_sessions_tab import TRAINING_IMPORT
from tests.conftest import type_text


@pytest.fixture
def team(ctx):
    ids = {}
    for no, name, post, status in (
        ("CS1", "王婷", Post.PRE_SALES, Status.ACTIVE),
        ("CS2", "李静", Post.AFTER_SALES, Status.ACTIVE),
        ("CS3", "张敏", Post.AFTER_SALES, Status.ONBOARDING),
    ):
        ids[no] = agent_changes.create_agent(
            ctx.db,
            staff.AgentData(no, name, post=post, status=status, hire_date=date(2025, 1, 6)),
        )
    return ids


@pytest.fixture
def page(qtbot, ctx, team):
    widget = TrainingPage(ctx)
    qtbot.addWidget(widget)
    widget.resize(1200, 760)
    widget.show()
    return widget


def click_save(qtbot, dialog):
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
    )


def matrix_names(page):
    proxy = page.matrix.proxy
    return [proxy.index(r, 1).data() for r in range(proxy.rowCount())]


def test_rows_model_passes_qt_model_tester(qtmodeltester, page):
    qtmodeltester.check(page.matrix.model)
    qtmodeltester.check(page.matrix.proxy)
    assert isinstance(page.matrix.model, RowsModel)


def test_the_matrix_shows_every_agent_and_filters(qtbot, page):
    assert matrix_names(page) == ["王婷", "李静", "张敏"]
    headers = [
        page.matrix.model.headerData(c, Qt.Orientation.Horizontal)
        for c in range(page.matrix.model.columnCount())
    ]
    assert headers[3] == "Communication skills" and "Complaint handling" in headers
    cell = page.matrix.proxy.index(0, 3)
    assert cell.data() == "Not trained"
    assert cell.data(Qt.ItemDataRole.BackgroundRole).color().name() == "#e4e4e4"
    page.matrix.post_filter.setCurrentIndex(page.matrix.post_filter.findData(Post.AFTER_SALES))
    assert matrix_names(page) == ["李静", "张敏"]
    page.matrix.post_filter.setCurrentIndex(0)
    type_text(qtbot, page.matrix.search, "王")
    assert matrix_names(page) == ["王婷"]
    page.matrix.search.clear()
    page.matrix.standing_filter.setCurrentIndex(
        page.matrix.standing_filter.findData(Standing.CURRENT)
    )
    assert matrix_names(page) == []
    # the onboarding agent is listed as not cleared for duty
    reminders = page.matrix.reminder_model
    assert "CS3 张敏" in [reminders.index(r, 0).data() for r in range(reminders.rowCount())]


def test_plan_a_session_by_post_then_record_results(qtbot, ctx, page):
    page.tabs.setCurrentWidget(page.sessions)
    dialog = SessionDialog(ctx, None, page)
    qtbot.addWidget(dialog)
    dialog.course.setCurrentIndex(dialog.course.findText("Complaint handling (ADV-CMP)"))
    assert dialog.pass_mark.text() == "Pass mark: 75"
    dialog.starts_at.setDateTime(QDateTime(QDate(2026, 10, 14), QTime(14, 0)))
    type_text(qtbot, dialog.trainer, "王老师")
    dialog.add_post(Post.AFTER_SALES)
    assert dialog.attendee_ids() == [ctx_id(ctx, "CS2"), ctx_id(ctx, "CS3")]
    click_save(qtbot, dialog)
    assert dialog.result() == dialog.DialogCode.Accepted
    (record,) = session_records.list_sessions(ctx.db)
    assert record.data.trainer == "王老师" and record.passed_count == 0
    assert page.sessions.proxy.rowCount() == 1

    page.sessions.table.selectRow(0)
    dialog = SessionDialog(ctx, session_records.get_session(ctx.db, record.id), page)
    qtbot.addWidget(dialog)
    dialog.show()
    for row, score in enumerate(("88", "7O")):  # a typo: letter O
        attendance = dialog.attendees.cellWidget(row, 1)
        attendance.setCurrentIndex(attendance.findData(Attendance.PRESENT))
        qtbot.keyClicks(dialog.attendees.cellWidget(row, 2), score)
    assert dialog.attendees.item(0, 3).text() == "Passed"
    click_save(qtbot, dialog)
    assert dialog.isVisible() and "“7O” is not a number" in dialog.problems.text()
    dialog.attendees.cellWidget(1, 2).setText("70")
    assert dialog.attendees.item(1, 3).text() == "Failed"
    click_save(qtbot, dialog)
    assert dialog.result() == dialog.DialogCode.Accepted
    results = {a.employee_no: a.passed for a in session_records.list_sessions(ctx.db)[0].attendees}
    assert results == {"CS2": True, "CS3": False}


def ctx_id(ctx, number):
    return next(a.id for a in staff.list_agents(ctx.db) if a.employee_no == number)


def test_the_agent_form_asks_for_a_reason_before_the_gate_opens(qtbot, ctx, page, monkeypatch):
    newcomer = staff.get_agent(ctx.db, ctx_id(ctx, "CS3"))
    answers = iter([("", False), ("双十一人手不足", True)])
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: next(answers))
    dialog = AgentDialog(ctx, newcomer, staff.list_agents(ctx.db), page)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.status.setCurrentIndex(dialog.status.findData(Status.ACTIVE))
    click_save(qtbot, dialog)  # cancelled: the form stays, saying why
    assert dialog.isVisible()
    assert "has not passed every course required before duty" in dialog.problems.text()
    assert staff.get_agent(ctx.db, newcomer.id).data.status == Status.ONBOARDING
    click_save(qtbot, dialog)
    assert dialog.result() == dialog.DialogCode.Accepted
    assert staff.get_agent(ctx.db, newcomer.id).data.status == Status.ACTIVE
    assert duty_gate.duty_overrides(ctx.db, newcomer.id)[0].reason == "双十一人手不足"


def test_a_new_required_course_becomes_a_matrix_column(qtbot, ctx, page):
    page.tabs.setCurrentWidget(page.courses)
    dialog = CourseDialog(ctx, None, page)
    qtbot.addWidget(dialog)
    type_text(qtbot, dialog.code, "ADV-LIVE")
    type_text(qtbot, dialog.title, "直播带货话术")
    dialog.posts[Post.PRE_SALES].setChecked(True)
    dialog.expires.setChecked(True)
    dialog.validity.setValue(6)
    click_save(qtbot, dialog)
    assert dialog.result() == dialog.DialogCode.Accepted
    course = next(c for c in training.list_courses(ctx.db) if c.code == "ADV-LIVE")
    assert course.data.required_posts == (Post.PRE_SALES,) and course.data.validity_months == 6
    assert page.courses.proxy.rowCount() == 13
    page.tabs.setCurrentWidget(page.matrix)
    headers = [
        page.matrix.model.headerData(c, Qt.Orientation.Horizontal)
        for c in range(page.matrix.model.columnCount())
    ]
    assert "直播带货话术" in headers
    # a duplicate code is refused inside the dialog
    again = CourseDialog(ctx, None, page)
    qtbot.addWidget(again)
    again.show()
    type_text(qtbot, again.code, "ADV-LIVE")
    click_save(qtbot, again)
    assert again.isVisible() and "already used" in again.problems.text()
    again.reject()


def test_a_certificate_raises_the_sidebar_badge(qtbot, ctx, team):
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.sidebar.needs("training") > 0)  # after the first paint
    before = window.sidebar.needs("training")
    assert window.sidebar.item(window.page_keys.index("training")).text() == f"Training ({before})"
    dialog = CertificateDialog(ctx, None, window)
    qtbot.addWidget(dialog)
    dialog.agent.setCurrentIndex(dialog.agent.findData(team["CS1"]))
    type_text(qtbot, dialog.name, "普通话二甲")
    dialog.issued.setDate(QDate(2020, 1, 1))
    dialog.expires.set_value(date.today())  # expiring today
    click_save(qtbot, dialog)
    assert dialog.result() == dialog.DialogCode.Accepted
    qtbot.waitUntil(lambda: window.sidebar.needs("training") == before + 1)  # the notice
    assert (
        window.sidebar.item(window.page_keys.index("training")).text() == f"Training ({before + 1})"
    )


def test_the_import_dialog_takes_training_records(qtbot, ctx, page, tmp_path):
    path = tmp_path / "training.csv"
    path.write_text(
        "工号,课程,日期,成绩\nCS1,BAS-ETQ,2026-03-02,91\nCS2,BAS-ETQ,2026-03-02,60\n",
        encoding="gbk",
    )
    dialog = ImportDialog(ctx, TRAINING_IMPORT, page)
    qtbot.addWidget(dialog)
    dialog.open_file(path)
    assert dialog.windowTitle() == "Import training records"
    assert dialog.preview.index(0, 1).data() == "CS1 王婷"
    assert dialog.preview.index(0, 2).data().startswith("Service etiquette")
    assert session_records.list_sessions(ctx.db) == []
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert "Import complete" in dialog.report.toPlainText()
    (record,) = session_records.list_sessions(ctx.db)
    assert record.passed_count == 1
    page.tabs.setCurrentWidget(page.sessions)
    assert page.sessions.proxy.rowCount() == 1


def test_export_the_matrix_to_excel_and_pdf(qtbot, ctx, page, tmp_path, monkeypatch):
    xlsx, pdf = tmp_path / "m.xlsx", tmp_path / "m.pdf"
    names = iter([(str(xlsx), ""), (str(pdf), "")])
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: next(names))
    page.matrix.post_filter.setCurrentIndex(page.matrix.post_filter.findData(Post.AFTER_SALES))
    qtbot.mouseClick(page.matrix.excel_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.matrix.pdf_button, Qt.MouseButton.LeftButton)
    from openpyxl import load_workbook

    sheet = load_workbook(xlsx).active
    assert [sheet.cell(r, 2).value for r in (2, 3)] == ["李静", "张敏"]
    assert sheet.max_row == 3
    assert sheet.cell(2, 4).fill.fgColor.rgb.upper() == "FFE4E4E4"
    assert pdf.stat().st_size > 0


def test_deleting_a_session_asks_first(qtbot, ctx, page, monkeypatch):
    session_records.save_session(
        ctx.db,
        session_records.SessionData(
            course_id=training.list_courses(ctx.db)[0].id, starts_at=datetime(2026, 5, 1, 9)
        ),
    )
    ctx.notices.training_changed.emit()
    page.tabs.setCurrentWidget(page.sessions)
    page.sessions.table.selectRow(0)
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.No)
    page.sessions.delete_session()
    assert len(session_records.list_sessions(ctx.db)) == 1
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    page.sessions.delete_session()
    assert session_records.list_sessions(ctx.db) == []
    assert page.sessions.proxy.rowCount() == 0


def test_language_change_renames_the_tabs(qtbot, ctx, page):
    ctx.translators.apply("zh_CN")
    qtbot.wait(10)
    assert page.tabs.tabText(0) != "Matrix"
    ctx.translators.apply("en")
    qtbot.wait(10)
    assert page.tabs.tabText(0) == "Matrix"


def test_the_agent_file_shows_training_and_the_override(qtbot, ctx, team, monkeypatch):
    from csdesk.ui.staff.staff_page import StaffPage

    staff_page = StaffPage(ctx)
    qtbot.addWidget(staff_page)
    staff_page.show()
    staff_page.select_agent(team["CS3"])
    text = staff_page.detail.toPlainText()
    assert "Not cleared for duty" in text and "Service etiquette: Not trained *" in text
    record = staff.get_agent(ctx.db, team["CS3"])
    agent_changes.update_agent(
        ctx.db, record.id, replace(record.data, status=Status.ACTIVE), duty_override="急需"
    )
    ctx.notices.staff_changed.emit()
    staff_page.select_agent(team["CS3"])
    text = staff_page.detail.toPlainText()
    assert "Not cleared for duty" not in text and "急需" in text


def test_hours_per_agent_for_a_month(qtbot, ctx, page, team):
    session_records.save_session(
        ctx.db,
        session_records.SessionData(
            course_id=training.list_courses(ctx.db)[0].id,
            starts_at=datetime(date.today().year, 3, 2, 9),
            hours=4,
            cost_cents=12000,
            attendees=(session_records.AttendeeData(team["CS1"], Attendance.PRESENT, 90),),
        ),
    )
    ctx.notices.training_changed.emit()
    page.tabs.setCurrentWidget(page.hours)
    assert page.hours.agent_proxy.rowCount() == 1
    assert page.hours.agent_proxy.index(0, 4).data() == "120.00"
    page.hours.month.setCurrentIndex(page.hours.month.findData("4"))
    assert page.hours.agent_proxy.rowCount() == 0
    page.hours.month.setCurrentIndex(page.hours.month.findData("3"))
    assert page.hours.agent_proxy.index(0, 3).data() == "4"


def test_rows_sort_by_dates_and_months(qtbot):
    from csdesk.domain.months import Month
    from csdesk.ui.common.rows_filter import RowsFilter
    from csdesk.ui.common.rows_model import Row

    model, proxy = RowsModel(), RowsFilter()
    proxy.setSourceModel(model)
    keys = [(Month(2026, 10), datetime(2026, 3, 1, 9)), (Month(2026, 2), datetime(2025, 12, 1))]
    model.set_rows(["m", "d"], [Row((str(m), str(d)), sort=(m, d)) for m, d in keys])
    proxy.sort(0, Qt.SortOrder.AscendingOrder)
    assert [proxy.index(r, 0).data() for r in range(2)] == ["2026-02", "2026-10"]
    proxy.sort(1, Qt.SortOrder.AscendingOrder)
    assert [proxy.index(r, 0).data() for r in range(2)] == ["2026-02", "2026-10"]
    proxy.sort(1, Qt.SortOrder.DescendingOrder)
    assert [proxy.index(r, 0).data() for r in range(2)] == ["2026-10", "2026-02"]


def test_shortcuts_act_on_the_tab_shown(qtbot, ctx, page, monkeypatch):
    opened = []
    monkeypatch.setattr(SessionDialog, "exec", lambda self: opened.append(self) or 0)
    page.tabs.setCurrentWidget(page.sessions)
    page.sessions.table.setFocus()
    qtbot.keyClick(page.sessions.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert len(opened) == 1
    qtbot.keyClick(page.sessions.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert page.sessions.search.hasFocus()
    page.tabs.setCurrentWidget(page.matrix)
    page.matrix.table.setFocus()
    qtbot.keyClick(page.matrix.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert page.matrix.search.hasFocus()


def test_the_agent_picker_opens_and_adds_the_ticked_agents(qtbot, ctx, page, monkeypatch):
    """It once failed to open (it laid out buttons it did not have)."""
    from PySide6.QtCore import Qt

    from csdesk.ui.training.agent_picker import AgentPicker

    dialog = SessionDialog(ctx, None, page)
    qtbot.addWidget(dialog)
    dialog.course.setCurrentIndex(dialog.course.findText("Complaint handling (ADV-CMP)"))
    picked: list[AgentPicker] = []

    def tick_the_second(picker: AgentPicker) -> int:
        picked.append(picker)
        type_text(qtbot, picker.filter, "CS2")
        shown = [picker.list.item(r) for r in range(picker.list.count())]
        assert [i.text().split()[0] for i in shown if not i.isHidden()] == ["CS2"]
        next(i for i in shown if not i.isHidden()).setCheckState(Qt.CheckState.Checked)
        return 1

    monkeypatch.setattr(AgentPicker, "exec", tick_the_second)
    dialog.pick_agents()
    assert picked and dialog.attendee_ids() == [ctx_id(ctx, "CS2")]
