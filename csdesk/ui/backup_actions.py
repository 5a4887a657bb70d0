"""Backing up and restoring the shop from the window's File menu.

Both run in the background behind a progress dialog that cannot be cancelled: a backup
is written whole or not at all, and half a restore is not a state to leave a shop in.
The texts keep the main window's translation context.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox

from csdesk.services import backup
from csdesk.services.database import open_database
from csdesk.services.errors import UserError
from csdesk.services.server.server_backup import restore_server
from csdesk.ui.context import AppContext


def backup_now(window: QMainWindow, ctx: AppContext) -> None:
    """Take a backup in the background and say where it went."""
    from csdesk.ui.background import run_with_progress

    db = ctx.db
    run_with_progress(
        window,
        ctx,
        QCoreApplication.translate("MainWindow", "Backup"),
        lambda _progress: backup.backup_shop(db),
        lambda written: window.statusBar().showMessage(
            QCoreApplication.translate("MainWindow", "Backup written to {path}").format(
                path=written
            ),
            10000,
        ),
        label=QCoreApplication.translate("MainWindow", "Backing up…"),
        cancellable=False,  # a backup is written whole or not at all, in seconds
    )


def restore_backup(window: QMainWindow, ctx: AppContext) -> None:
    """Replace the database with a chosen backup (the current file is kept first)."""
    folder = backup.shop_backup_folder(ctx.db)
    name, _ = QFileDialog.getOpenFileName(
        window,
        QCoreApplication.translate("MainWindow", "Restore from backup"),
        str(folder),
        QCoreApplication.translate("MainWindow", "csdesk backups (*.sqlite3);;All files (*)"),
    )
    if not name:
        return
    chosen = Path(name)
    try:
        backup.check_backup_file(chosen)
    except UserError as exc:
        QMessageBox.warning(
            window, QCoreApplication.translate("MainWindow", "Restore from backup"), exc.full_text()
        )
        return
    question = QCoreApplication.translate(
        "MainWindow",
        "Replace the current data with the backup {name}? The current data is backed up first.",
    ).format(name=chosen.name)
    other = backup.other_shop_of(ctx.db, chosen)
    if other is not None:
        question = QCoreApplication.translate(
            "MainWindow",
            "{name} is a backup of another shop ({shop}). Replace this shop's data with "
            "that shop's? The current data is backed up first.",
        ).format(name=chosen.name, shop=other)
    answer = QMessageBox.question(
        window, QCoreApplication.translate("MainWindow", "Restore from backup"), question
    )
    if answer != QMessageBox.StandardButton.Yes:
        return
    _restore(window, ctx, chosen)


def _restore(window: QMainWindow, ctx: AppContext, chosen: Path) -> None:
    """Swap in the backup in the background; the shop is open again either way.

    A shop file is closed for the swap and opened again; a server shop stays connected
    (the server replaces it in one transaction while the other seats wait).
    """
    from csdesk.ui.background import problem_text, run_with_progress

    path = ctx.db.path
    ctx.tasks.wait()
    if path is not None:
        ctx.db.close()

    def reopen() -> None:
        if path is not None:
            ctx.db = open_database(path, "window")
        ctx.notices.data_reset.emit()

    def restored(_safety) -> None:
        reopen()
        window.statusBar().showMessage(
            QCoreApplication.translate("MainWindow", "Restored from {name}").format(
                name=chosen.name
            ),
            10000,
        )

    def job(_progress):
        try:
            if path is None:
                return restore_server(ctx.db, chosen, any_shop=True)
            return backup.restore(path, chosen, any_shop=True)
        except Exception as exc:  # reopen first, then the message (or the crash hook)
            return exc

    def finished(outcome) -> None:
        if not isinstance(outcome, BaseException):
            restored(outcome)
            return
        reopen()
        text = problem_text(outcome, path)
        if text is None:
            raise outcome
        QMessageBox.warning(
            window, QCoreApplication.translate("MainWindow", "Restore from backup"), text
        )

    run_with_progress(
        window,
        ctx,
        QCoreApplication.translate("MainWindow", "Restore from backup"),
        job,
        finished,
        label=QCoreApplication.translate("MainWindow", "Restoring the backup…"),
        cancellable=False,  # half a restore is not a state to leave a shop in
    )
