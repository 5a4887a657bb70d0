"""The staff page driven like a supervisor would: click, type, filter, archive."""

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from csdesk.domain.staff import Status
from csdesk.services.staff import agent_changes, staff_files
from csdesk.services.staff import agents as staff
from csdesk.ui.common.combos import select_key
from csdesk.ui.importing.import_dialog import ImportDialog
from csdesk.ui.staff.agent_dialog import AgentDialog
from csdesk.ui.staff.agent_filter import AgentFilter
from csdesk.ui.staff.staff_dialogs import ArchiveDialog
from csdesk.ui.staff.staff_model import AgentTableModel
from csdesk.ui.staff.staff_page import StaffPage
from tests.conftest import type_text


@pytest.fixture
def page(qtbot, ctx):
    widget = StaffPage(ctx)
    qtbot.addWidget(widget)
    widget.resize(1100, 700)
    widget.show()
    return widget


def names_shown(page):
    return [page.proxy.index(r, 1).data() for r in range(page.proxy.rowCount())]


def test_model_passes_qt_model_tester(qtmodeltester, demo_db):
    model = AgentTableModel()
    model.set_agents(staff.list_agents(demo_db))
    qtmodeltester.check(model)
    proxy = AgentFilter()
    proxy.setSourceModel(model)
    qtmodeltester.check(proxy)


def fill_new_agent(qtbot, dialog, number, name):
    type_text(qtbot, dialog.employee_no, number)
    type_text(qtbot, dialog.name, name)
    select_key(dialog.post, "after_sales")
    dialog.hire_date.setDate(QDate(2026, 3, 2))
    dialog.channels["phone"].setChecked(True)
    qtbot.keyClicks(dialog.phone, "13800000000")


def test_add_an_agent_through_the_dialog(qtbot, ctx, page):
    dialog = AgentDialog(ctx, None, page.model_agents(), page)
    qtbot.addWidget(dialog)
    fill_new_agent(qtbot, dialog, "CS100", "王婷")
    dialog._add_account_row()
    for column, text in enumerate(["淘宝", "旗舰店", "旗舰店:王婷", "2026-03-02", ""]):
        dialog.accounts.item(0, column).setText(text)
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
    )
    assert dialog.result() == dialog.DialogCode.Accepted
    assert names_shown(page) == ["王婷"]
    record = staff.list_agents(ctx.db)[0]
    assert (record.data.post, record.data.hire_date, record.data.channels) == (
        "after_sales",
        date(2026, 3, 2),
        ("phone",),
    )
    assert record.data.accounts[0].account_name == "旗舰店:王婷"


def test_the_dialog_lists_problems_and_stays_open(qtbot, ctx, page):
    agent_changes.create_agent(ctx.db, staff.AgentData("CS1", "李静"))
    dialog = AgentDialog(ctx, None, page.model_agents(), page)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.employee_no, "CS1")
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
    )
    assert dialog.isVisible()
    assert "already used by 李静" in dialog.problems.text()
    assert "name is required" in dialog.problems.text()
    assert dialog.name.hasFocus() or dialog.focusWidget() is dialog.name
    dialog.reject()


def test_editing_the_post_records_a_rotation(qtbot, ctx, page):
    agent_id = agent_changes.create_agent(ctx.db, staff.AgentData("CS1", "李静", post="pre_sales"))
    ctx.notices.staff_changed.emit()
    page.select_agent(agent_id)
    dialog = AgentDialog(ctx, page.selected_agent(), page.model_agents(), page)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.post_changed_on.isHidden()
    select_key(dialog.post, "complaints")
    assert not dialog.post_changed_on.isHidden()
    dialog.post_changed_on.setDate(QDate(2026, 5, 1))
    dialog.save()
    assert not dialog.isVisible()
    record = staff.get_agent(ctx.db, agent_id)
    assert [(c.changed_on, c.to_post) for c in record.post_changes] == [
        (date(2026, 5, 1), "complaints")
    ]
    assert "Job rotation" in page.detail.toPlainText()
    assert "Complaint handling" in page.detail.toPlainText()


def test_search_and_filters(qtbot, page, ctx, demo_db):
    ctx.notices.data_reset.emit()
    everyone = staff.list_agents(ctx.db)
    current = [a for a in everyone if a.data.status != Status.LEFT]
    assert page.proxy.rowCount() == len(current)
    target = current[0]
    type_text(qtbot, page.search, target.name)
    assert target.name in names_shown(page)
    assert all(target.name in n for n in names_shown(page))
    page.search.clear()
    page.status_filter.setCurrentIndex(page.status_filter.findData("left"))
    assert page.proxy.rowCount() == len(everyone) - len(current)
    page.status_filter.setCurrentIndex(page.status_filter.findData(""))
    page.post_filter.setCurrentIndex(page.post_filter.findData("complaints"))
    assert page.proxy.rowCount() == sum(a.data.post == "complaints" for a in everyone)
    account = next(a for a in everyone if a.data.accounts).data.accounts[0].account_name
    page.post_filter.setCurrentIndex(0)
    type_text(qtbot, page.search, account.split(":")[-1])
    assert page.proxy.rowCount() >= 1


def test_sorting_by_hire_date(page, ctx, demo_db):
    ctx.notices.data_reset.emit()
    page.table.sortByColumn(5, Qt.SortOrder.DescendingOrder)
    hired = [
        page.proxy.index(r, 0).data(Qt.ItemDataRole.UserRole + 2).data.hire_date
        for r in range(page.proxy.rowCount())
    ]
    assert hired == sorted(hired, reverse=True)


def test_archive_moves_the_agent_to_the_left_list(qtbot, ctx, page):
    agent_id = agent_changes.create_agent(
        ctx.db, staff.AgentData("CS1", "李静", hire_date=date(2024, 1, 1))
    )
    ctx.notices.staff_changed.emit()
    page.select_agent(agent_id)
    dialog = ArchiveDialog(ctx, page.selected_agent(), page)
    qtbot.addWidget(dialog)
    dialog.left_date.setDate(QDate(2026, 10, 31))
    type_text(qtbot, dialog.reason, "回老家发展")
    dialog.save()
    assert names_shown(page) == []  # "Current staff" hides leavers
    record = staff.get_agent(ctx.db, agent_id)
    assert (record.data.status, record.data.left_reason) == (Status.LEFT, "回老家发展")


def test_delete_is_refused_for_an_agent_with_history(qtbot, ctx, page, monkeypatch):
    mentor = agent_changes.create_agent(ctx.db, staff.AgentData("CS1", "李静"))
    agent_changes.create_agent(ctx.db, staff.AgentData("CS2", "王婷", mentor_no="CS1"))
    ctx.notices.staff_changed.emit()
    shown = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a: shown.append(a[2]))
    page.select_agent(mentor)
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert "cannot be deleted" in shown[0]
    assert len(staff.list_agents(ctx.db)) == 2


def test_delete_a_mistaken_record_after_confirmation(qtbot, ctx, page, monkeypatch):
    agent_id = agent_changes.create_agent(ctx.db, staff.AgentData("CS1", "李静"))
    ctx.notices.staff_changed.emit()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    page.select_agent(agent_id)
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert staff.list_agents(ctx.db) == []
    assert page.proxy.rowCount() == 0


def test_import_dialog_maps_previews_then_imports(qtbot, qtmodeltester, ctx, page, tmp_path):
    path = tmp_path / "staff.csv"
    path.write_text(
        "工号,客服花名,岗位,入职日期\nCS1,王婷,售前,2025-01-01\nCS2,李静,售后,2025-01-01\n",
        encoding="gbk",
    )
    dialog = ImportDialog(ctx, parent=page)
    qtbot.addWidget(dialog)
    dialog.open_file(path)
    # "客服花名" is not a known header: the name column is missing until it is mapped.
    assert 'no column for "Name"' in dialog.report.toPlainText()
    assert not dialog.import_button.isEnabled()
    box = dialog.column_boxes["客服花名"]
    box.setCurrentIndex(box.findData("name"))
    assert "dry run" in dialog.report.toPlainText()
    assert dialog.preview.rowCount() == 2
    assert dialog.preview.index(1, 3).data() == "New"
    qtmodeltester.check(dialog.preview, force_py=True)
    assert staff.list_agents(ctx.db) == []
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert "Import complete" in dialog.report.toPlainText()
    assert names_shown(page) == ["王婷", "李静"]


def test_import_dialog_lists_bad_lines(qtbot, ctx, page, tmp_path):
    path = tmp_path / "staff.csv"
    path.write_text(
        "工号,姓名,岗位,入职日期\nCS1,王婷,售前,2025-01-01\nCS2,,售后,2025-01-01\n",
        encoding="utf-8",
    )
    dialog = ImportDialog(ctx, parent=page)
    qtbot.addWidget(dialog)
    dialog.open_file(path)
    assert "Line 3: Name is empty." in dialog.report.toPlainText()
    assert not dialog.import_button.isEnabled()


def _big_file(tmp_path, rows=300):
    lines = "".join(f"CS{i:04d},客服{i},售前,2025-01-01\n" for i in range(rows))
    path = tmp_path / "big.csv"
    path.write_text("工号,姓名,岗位,入职日期\n" + lines, encoding="utf-8")
    return path


def test_import_progress_reaches_the_gui_from_a_worker_thread(qtbot, ctx, tmp_path):
    from csdesk.ui.tasks import Progress, TaskRunner

    runner, progress = TaskRunner(), Progress()
    seen, outcome = [], []
    progress.changed.connect(lambda done, total: seen.append((done, total)))
    runner.run(
        lambda: staff_files.import_staff(ctx.db, _big_file(tmp_path), progress=progress),
        outcome.append,
        outcome.append,
    )
    qtbot.waitUntil(lambda: bool(outcome) and seen[-1:] == [(300, 300)], timeout=20_000)
    assert outcome[0].created == 300
    assert len(seen) <= 101  # at most once per percent


def test_a_cancelled_import_in_a_worker_thread_writes_nothing(qtbot, ctx, tmp_path):
    from csdesk.ui.tasks import Progress, TaskRunner

    runner, progress = TaskRunner(), Progress()
    progress.cancel()
    outcome = []
    runner.run(
        lambda: staff_files.import_staff(ctx.db, _big_file(tmp_path), progress=progress),
        outcome.append,
        outcome.append,
    )
    qtbot.waitUntil(lambda: bool(outcome), timeout=20_000)
    assert isinstance(outcome[0], staff_files.ImportCancelled)
    assert staff.list_agents(ctx.db) == []


def test_export_and_pdf_from_the_page(qtbot, ctx, demo_db, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog, QMainWindow

    window = QMainWindow()
    qtbot.addWidget(window)
    page = StaffPage(ctx)
    window.setCentralWidget(page)
    window.show()
    out = tmp_path / "staff.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    qtbot.keyClick(page, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    page.export_staff()
    assert out.exists()
    pdf = tmp_path / "staff.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(pdf), ""))
    page.search.setText(page.proxy.index(0, 1).data())
    page.export_pdf()
    from pypdf import PdfReader

    text = PdfReader(pdf).pages[0].extract_text()
    assert page.proxy.index(0, 1).data() in text
    assert "written to" in window.statusBar().currentMessage()


def test_team_figures_follow_the_month(page, ctx):
    agent_changes.create_agent(ctx.db, staff.AgentData("CS1", "甲", hire_date=date(2025, 1, 1)))
    leaver = agent_changes.create_agent(
        ctx.db, staff.AgentData("CS2", "乙", hire_date=date(2025, 1, 1))
    )
    agent_changes.archive_agent(ctx.db, leaver, date(2026, 2, 10), "")
    ctx.notices.staff_changed.emit()
    page.team.month.setDate(QDate(2026, 2, 1))
    assert page.team.values["leavers"].text() == "1"
    assert page.team.values["headcount"].text() == "1"
    assert page.team.values["month_rate"].text() == "66.7%"


def test_language_switch_retranslates_the_page(qtbot, page, ctx):
    ctx.translators.apply("zh_CN")
    qtbot.waitUntil(lambda: page.new_button.text() == "新增客服(&N)")
    assert page.model.headerData(1, Qt.Orientation.Horizontal) == "姓名"
    ctx.translators.apply("zh_TW")
    qtbot.waitUntil(lambda: page.team.title() == "人數與離職率")


def test_an_empty_directory_says_what_is_missing_and_offers_the_fix(qtbot, ctx, monkeypatch):
    from csdesk.ui.staff.staff_page import StaffPage

    page = StaffPage(ctx)
    qtbot.addWidget(page)
    page.resize(900, 600)
    page.show()
    hint = page.empty_hint
    assert hint.isVisible() and "No agents yet" in hint.label.text()
    assert [b.text() for b in hint.buttons] == ["New agent", "Import…"]
    opened = []
    monkeypatch.setattr(ImportDialog, "exec", lambda dialog: opened.append(dialog.kind) or 0)
    qtbot.mouseClick(hint.buttons[1], Qt.MouseButton.LeftButton)
    assert len(opened) == 1  # the staff import window opened
    agent_changes.create_agent(ctx.db, staff.AgentData("CS1", "张三"))
    page.reload()
    assert not hint.isVisible()
    type_text(qtbot, page.search, "nobody-like-this")
    qtbot.waitUntil(lambda: hint.isVisible())
    assert "No agent matches" in hint.label.text()
