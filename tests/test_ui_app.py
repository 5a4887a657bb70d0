"""The window as a whole: start-up, the lock, refusals, welcome, settings, crash hook."""

import sys

import pytest
from PySide6.QtCore import QLockFile, Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from csdesk.common import preferences
from csdesk.services import backup, shop
from csdesk.services.staff import agent_changes
from csdesk.services.staff import agents as staff
from csdesk.ui.app import run_gui
from csdesk.ui.crash import install_excepthook
from csdesk.ui.main_window import MainWindow
from csdesk.ui.settings_dialog import SettingsDialog
from csdesk.ui.shop_dialogs import WelcomeDialog
from tests.conftest import type_text


def test_exit_when_ready_opens_and_closes_cleanly(demo_db, db_path):
    """The real program, as the benchmarks and the frozen-build smoke test run it."""
    import os
    import subprocess

    demo_db.close()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "csdesk",
            "--db",
            str(db_path),
            "--lang",
            "zh_CN",
            "--exit-when-ready",
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert not backup.lock_path(db_path).exists()


def test_a_window_run_in_process_leaves_nothing_behind(qapp, demo_db, db_path, qtbot):
    """No window, and none of its timers, outlives ``run_gui``: a later run is not disturbed."""
    demo_db.close()
    before = set(qapp.topLevelWidgets())
    assert run_gui(db_path, "en", exit_when_ready=True) == 0
    assert not [w for w in qapp.topLevelWidgets() if isinstance(w, MainWindow)]
    assert set(qapp.topLevelWidgets()) <= before
    qtbot.wait(1500)  # past the first count's delay: nothing counts the closed shop


def test_a_second_instance_on_the_same_database_is_refused(qapp, db, db_path, capsys):
    lock = QLockFile(str(backup.lock_path(db_path)))
    assert lock.tryLock(100)
    try:
        assert run_gui(db_path, "en", exit_when_ready=True) == 1
    finally:
        lock.unlock()
    assert "already open" in capsys.readouterr().err


def test_a_damaged_database_is_refused_and_left_untouched(qapp, tmp_path, capsys):
    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(b"this is not sqlite" * 300)
    before = bad.read_bytes()
    assert run_gui(bad, "en", exit_when_ready=True) == 1
    assert "damaged" in capsys.readouterr().err
    assert bad.read_bytes() == before


def test_a_damaged_database_is_replaced_by_the_newest_good_backup_when_asked(
    qapp, demo_db, db_path, monkeypatch
):
    good = backup.backup_now(db_path)
    demo_db.close()
    db_path.write_bytes(b"garbage" * 1000)
    for side in ("-wal", "-shm"):
        db_path.with_name(db_path.name + side).unlink(missing_ok=True)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    from csdesk.ui import app as app_module

    opened = app_module._open_or_recover(db_path, exit_when_ready=False)
    assert opened is not None
    assert len(staff.list_agents(opened)) > 0
    opened.close()
    assert list(db_path.parent.glob(db_path.name + ".damaged-*"))
    assert good.exists()


def test_welcome_names_an_empty_shop(qtbot, ctx):
    dialog = WelcomeDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.start()
    assert "name" in dialog.problem.text() and dialog.result() == 0
    assert shop.is_new_shop(ctx.db)
    type_text(qtbot, dialog.shop_name, "小美家居")
    dialog.start()
    assert shop.shop_name(ctx.db) == "小美家居"
    assert not shop.is_new_shop(ctx.db)


def test_welcome_can_open_the_demo_shop(qtbot, ctx):
    dialog = WelcomeDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.demo.setChecked(True)
    dialog.start()
    assert len(staff.list_agents(ctx.db)) >= 20


def test_settings_change_language_shop_name_and_backup_folder(qtbot, ctx, tmp_path):
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    dialog = SettingsDialog(ctx, window)
    qtbot.addWidget(dialog)
    dialog.shop_name.setText("小美家居")
    dialog.language.setCurrentIndex(dialog.language.findData("zh_CN"))
    dialog.backup_dir.setText(str(tmp_path / "my-backups"))
    dialog.save()
    qtbot.waitUntil(lambda: window.sidebar.item(0).text() == "今日")
    assert window.windowTitle().startswith("小美家居")
    assert preferences.stored_language() == "zh_CN"
    assert backup.shop_backup_folder(ctx.db) == tmp_path / "my-backups"
    assert backup.backup_shop(ctx.db).parent == tmp_path / "my-backups"


def test_window_geometry_and_columns_are_remembered(qtbot, ctx):
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(1300, 820)
    window.show()
    window.staff_page.table.setColumnWidth(1, 222)
    window.close()
    again = MainWindow(ctx)
    qtbot.addWidget(again)
    again.show()
    # The offscreen screen is small, so Qt clamps the restored size; the saved bytes and the
    # restored column width prove the round trip.
    assert ctx.settings.value("window/geometry") is not None
    assert again.staff_page.table.columnWidth(1) == 222


def test_the_crash_hook_logs_and_shows_a_dialog(qapp, tmp_path, monkeypatch, caplog):
    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda self: shown.append(self.detailedText()))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    install_excepthook(tmp_path / "csdesk.log")
    try:
        raise ValueError("broken slot")
    except ValueError:
        sys.excepthook(*sys.exc_info())
    assert "ValueError: broken slot" in shown[0]
    assert "Uncaught exception" in caplog.text


@pytest.mark.parametrize("language", ["en", "zh_CN", "zh_TW"])
def test_the_window_shows_in_every_language(qtbot, ctx, demo_db, language):
    ctx.translators.apply(language)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    today = {"en": "Today", "zh_CN": "今日", "zh_TW": "今日"}[language]
    staff_title = {"en": "Staff", "zh_CN": "员工", "zh_TW": "員工"}[language]
    assert window.sidebar.item(0).text() == today
    assert window.sidebar.item(window.page_keys.index("staff")).text().startswith(staff_title)
    assert window.staff_page.proxy.rowCount() > 0


def test_a_storage_fault_in_a_slot_is_a_message_not_the_crash_dialog(
    qapp, tmp_path, monkeypatch, caplog
):
    import sqlite3

    crash, warned = [], []
    monkeypatch.setattr(QMessageBox, "exec", lambda self: crash.append(self.text()))
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warned.append(a[2]))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    install_excepthook(tmp_path / "csdesk.log")
    full = sqlite3.OperationalError("database or disk is full")
    full.sqlite_errorname = "SQLITE_FULL"
    try:
        raise full
    except sqlite3.OperationalError:
        sys.excepthook(*sys.exc_info())
    assert crash == []
    assert len(warned) == 1 and "is full" in warned[0]
    assert "Uncaught exception" not in caplog.text


def test_a_locked_database_at_start_is_not_offered_a_restore(
    qapp, db, db_path, capsys, monkeypatch
):
    import sqlite3

    from csdesk.data import health

    monkeypatch.setattr(health, "READ_TIMEOUT", 0.2)
    backup.backup_now(db_path)
    db.close()
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a) or 0)
    holder = sqlite3.connect(db_path, isolation_level=None)
    holder.execute("PRAGMA locking_mode=EXCLUSIVE")
    holder.execute("BEGIN EXCLUSIVE")
    try:
        assert run_gui(db_path, "en", exit_when_ready=True) == 1
    finally:
        holder.execute("COMMIT")
        holder.close()
    err = capsys.readouterr().err
    assert "locked" in err and "damaged" not in err.lower()
    assert asked == []
    assert not list(db_path.parent.glob(db_path.name + ".damaged-*"))


def test_backup_and_restore_from_the_window_run_in_the_background(qtbot, ctx, monkeypatch):
    """The shop is back on the backup's data, open again, and the window says so."""
    from PySide6.QtWidgets import QFileDialog

    window = MainWindow(ctx)
    qtbot.addWidget(window)
    agent_changes.create_agent(ctx.db, staff.AgentData("CS1", "王婷"))
    window.backup_now()
    written = window.statusBar().currentMessage().removeprefix("Backup written to ")
    agent_changes.create_agent(ctx.db, staff.AgentData("CS2", "李静"))  # after the backup
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (written, ""))
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    window.restore_backup()
    assert [a.employee_no for a in staff.list_agents(ctx.db)] == ["CS1"]
    assert window.statusBar().currentMessage().startswith("Restored from ")
    ctx.db.close()  # the shop the window opened again


def test_a_failed_restore_leaves_the_shop_open_and_says_why(qtbot, ctx, monkeypatch, tmp_path):
    from PySide6.QtWidgets import QFileDialog

    window = MainWindow(ctx)
    qtbot.addWidget(window)
    agent_changes.create_agent(ctx.db, staff.AgentData("CS1", "王婷"))
    window.backup_now()
    written = window.statusBar().currentMessage().removeprefix("Backup written to ")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (written, ""))
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warned.append(a[2]))

    def refuse(*_args, **_kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(backup, "restore", refuse)
    monkeypatch.setattr("csdesk.ui.backup_actions.restore_server", refuse)  # a server shop
    window.restore_backup()
    assert len(warned) == 1 and "full" in warned[0].lower()
    assert [a.employee_no for a in staff.list_agents(ctx.db)] == ["CS1"]  # open, unchanged
    ctx.db.close()  # the shop the window opened again


def test_the_reports_menu_lists_every_report_kind_and_prints_from_its_page(
    qtbot, ctx, demo_db, monkeypatch
):
    """One registry: the menu shows each report kind, and each kind's page prints it."""
    from pypdf import PdfReader
    from PySide6.QtGui import QDesktopServices

    from csdesk.services.kinds import REPORT_KINDS

    window = MainWindow(ctx)
    qtbot.addWidget(window)
    titles = [action.text() for action in window.reports_menu.actions()]
    assert titles == [kind.title() + "…" for kind in REPORT_KINDS.values()]
    for name, kind in REPORT_KINDS.items():
        assert name in window.page(kind.area).report_actions(), name
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()))
    window.report_actions["staff"].trigger()
    qtbot.waitUntil(lambda: bool(opened), timeout=15_000)
    assert window.stack.currentWidget() is window.page("staff")
    text = "".join(page.extract_text() for page in PdfReader(opened[0]).pages)
    current = [a.data.name for a in staff.list_agents(demo_db) if a.data.status != "left"]
    assert current and all(name in text for name in current)


def test_the_shop_calendar_opens_from_the_settings(qtbot, ctx, monkeypatch):
    from csdesk.ui.complaints.complaint_settings_dialog import ComplaintSettingsDialog

    shown = []
    monkeypatch.setattr(
        ComplaintSettingsDialog,
        "exec",
        lambda dialog: shown.append(dialog.tabs.currentWidget() is dialog.holidays) or 0,
    )
    dialog = SettingsDialog(ctx)
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.calendar_button, Qt.MouseButton.LeftButton)
    assert shown == [True]


def test_entries_are_signed_by_the_shops_supervisor_not_the_login_name(qtbot, ctx):
    """A QA review's reviewer defaults to the supervisor named in the settings."""
    from csdesk.services.authors import default_author

    assert ctx.author == default_author()
    dialog = SettingsDialog(ctx)
    qtbot.addWidget(dialog)
    type_text(qtbot, dialog.supervisor, "林主管")
    qtbot.mouseClick(
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save),
        Qt.MouseButton.LeftButton,
    )
    assert shop.load_settings(ctx.db).supervisor == "林主管"
    assert ctx.author == "林主管"


@pytest.fixture
def unmakeable_data_folder(tmp_path, monkeypatch):
    """A data folder where a file stands in the way.

    What a read-only home does to a user; tests run as root, for whom permissions are no
    obstacle.
    """
    blocker = tmp_path / "home-file"
    blocker.write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv("CSDESK_DATA_DIR", str(blocker / "csdesk"))
    monkeypatch.delenv("CSDESK_DB", raising=False)
    return blocker


def test_a_data_folder_that_cannot_be_made_is_said_by_a_command(unmakeable_data_folder, capsys):
    from csdesk.cli.main import main

    assert main(["--lang", "zh_CN", "demo", "--agents", "3", "--months", "1"]) == 1
    err = capsys.readouterr().err
    assert str(unmakeable_data_folder / "csdesk") in err and "无法打开" in err
    assert "Traceback" not in err


def test_a_data_folder_that_cannot_be_made_is_said_by_the_window(
    qapp, unmakeable_data_folder, monkeypatch, capsys
):
    from csdesk.cli.main import main

    assert main(["--lang", "zh_CN", "--exit-when-ready"]) == 1
    assert "csdesk 无法启动" in capsys.readouterr().err
    shown = []
    monkeypatch.setattr(
        QMessageBox, "critical", lambda parent, title, text: shown.append((title, text))
    )
    assert main(["--lang", "zh_CN"]) == 1
    [(title, text)] = shown
    assert title == "csdesk 无法启动" and str(unmakeable_data_folder / "csdesk") in text
