"""Start the window.

In order: Qt setup, language, fonts, crash hook, the lock, the database, the welcome
dialog on an empty shop, and the daily backup.

Under ``--exit-when-ready`` nothing may wait for a click: what would be a modal dialog
is printed to stderr and the program exits non-zero.
"""

from __future__ import annotations

import gc
import logging
import os
import sys
from pathlib import Path

from csdesk import APP_NAME, __version__
from csdesk.common.paths import cache_dir

log = logging.getLogger(__name__)


def _prepare_environment() -> None:
    """Point matplotlib's cache at a lasting per-user folder (frozen builds use a temp one)."""
    os.environ.setdefault("MPLCONFIGDIR", str(cache_dir() / "matplotlib"))


def create_application(argv: list[str] | None = None):
    """Return the QApplication (creating it once) with names, font and style set."""
    from PySide6.QtGui import QFont, QFontDatabase, QIcon
    from PySide6.QtWidgets import QApplication

    from csdesk.common.paths import cjk_font_file, resource
    from csdesk.ui.common.none_guard import keep_none_alive

    keep_none_alive()  # PySide6 drops a reference to None on every empty answer
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv or [sys.argv[0]])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationVersion(__version__)
    # The desktop entry (packaging/linux/csdesk.desktop) carries this name: Wayland shows
    # its icon on the window; elsewhere the window's own icon shows.
    app.setDesktopFileName(APP_NAME)
    app.setWindowIcon(QIcon(str(resource("icons", "csdesk.svg"))))
    font_id = QFontDatabase.addApplicationFont(str(cjk_font_file()))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    if families:
        font = QFont(app.font())
        font.setFamilies([app.font().family(), families[0]])
        app.setFont(font)
    return app


def _complain(exit_when_ready: bool, title: str, text: str) -> None:
    """Tell the user about a refusal: a dialog, or stderr under --exit-when-ready."""
    if exit_when_ready:
        print(f"{title}: {text}", file=sys.stderr)
        return
    from PySide6.QtWidgets import QMessageBox

    QMessageBox.critical(None, title, text)


def refuse_start(text: str, language: str, exit_when_ready: bool) -> int:
    """Say why the window cannot open, before any shop is touched; the exit status."""
    from PySide6.QtCore import QCoreApplication

    from csdesk.ui.translation import Translators

    create_application()
    translators = Translators()
    translators.apply(language)
    try:
        title = QCoreApplication.translate("App", "csdesk cannot start")
        _complain(exit_when_ready, title, text)
    finally:
        translators.remove()
    return 1


def _open_or_recover(db_path: Path, exit_when_ready: bool):
    """Open the database; on damage offer the newest good backup. None means give up."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    from csdesk.services import backup
    from csdesk.services.database import open_database
    from csdesk.services.errors import DatabaseDamaged, UserError

    try:
        return open_database(db_path, "window")
    except DatabaseDamaged as exc:
        good = backup.latest_good_backup(db_path)
        if exit_when_ready or good is None:
            extra = (
                ""
                if good is None
                else "\n"
                + QCoreApplication.translate("App", "Newest good backup: {path}").format(path=good)
            )
            _complain(
                exit_when_ready,
                QCoreApplication.translate("App", "Damaged database"),
                exc.full_text() + extra,
            )
            return None
        answer = QMessageBox.question(
            None,
            QCoreApplication.translate("App", "Damaged database"),
            QCoreApplication.translate(
                "App",
                "{message}\n\nRestore the newest good backup ({name})? The damaged file "
                "is kept beside it.",
            ).format(message=exc.message, name=good.name),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return None
        try:
            backup.restore(db_path, good)
            return open_database(db_path, "window")
        except UserError as again:
            _complain(
                False, QCoreApplication.translate("App", "Damaged database"), again.full_text()
            )
            return None
    except UserError as exc:
        _complain(
            exit_when_ready,
            QCoreApplication.translate("App", "csdesk cannot open the database"),
            exc.full_text(),
        )
        return None


def run_gui(location: Path | str, language: str, exit_when_ready: bool = False) -> int:
    """Open the window on the shop at ``location`` and run until it closes; the exit status.

    ``location`` is a shop file, or a server's address.
    """
    _prepare_environment()
    gc.disable()  # see _settle_start_up
    from csdesk.services.opening import start_opening

    start_opening(None if isinstance(location, str) else Path(location))  # before Qt
    from csdesk.ui.crash import install_excepthook, setup_logging, stop_logging
    from csdesk.ui.translation import Translators

    log_handler = setup_logging()
    app = create_application()
    translators = Translators()
    translators.apply(language)
    previous_hook = install_excepthook(Path(log_handler.baseFilename))
    from csdesk.services.authors import acting_as

    try:
        with acting_as(None):  # whoever signs in acts until the window closes, no longer
            if isinstance(location, str):
                return _run_on_server(app, location, language, translators, exit_when_ready)
            return _run(app, location, language, translators, exit_when_ready)
    finally:
        gc.unfreeze()  # back to normal for a caller that goes on (tests)
        gc.enable()
        sys.excepthook = previous_hook
        translators.remove()
        stop_logging(log_handler)


def _run(app, db_path: Path, language: str, translators, exit_when_ready: bool) -> int:
    """The part of ``run_gui`` that holds the lock and the database."""
    from PySide6.QtCore import QCoreApplication, QLockFile

    from csdesk.services import backup
    from csdesk.services.database import check_folder
    from csdesk.services.errors import UserError

    db_path = Path(db_path).resolve()
    try:
        db_path.parent.mkdir(parents=True, exist_ok=True)
        check_folder(db_path)
    except (OSError, UserError) as exc:
        message = exc.full_text() if isinstance(exc, UserError) else str(exc)
        _complain(
            exit_when_ready,
            QCoreApplication.translate("App", "csdesk cannot open the database"),
            message,
        )
        return 1
    lock = QLockFile(str(backup.lock_path(db_path)))
    lock.setStaleLockTime(0)  # stale only when its process is gone
    if not lock.tryLock(200):
        held = lock.error() == QLockFile.LockError.LockFailedError
        _complain(
            exit_when_ready,
            QCoreApplication.translate("App", "csdesk is already open")
            if held
            else QCoreApplication.translate("App", "csdesk cannot open the database"),
            QCoreApplication.translate(
                "App", "Another csdesk window is using {path}. Switch to it, or close it first."
            ).format(path=db_path)
            if held
            else QCoreApplication.translate(
                "App", "csdesk cannot create its lock file {path}; check the folder's permissions."
            ).format(path=backup.lock_path(db_path)),
        )
        return 1
    try:
        db = _open_or_recover(db_path, exit_when_ready)
        if db is None:
            return 1
        return _show_shop(app, db, language, translators, exit_when_ready)
    finally:
        lock.unlock()


def _run_on_server(app, url: str, language: str, translators, exit_when_ready: bool) -> int:
    """The part of ``run_gui`` for a shop on a server: no file, no lock file."""
    from csdesk.ui.server.server_start import open_server_shop

    db = open_server_shop(url, exit_when_ready, _complain)
    if db is None:
        return 1
    return _show_shop(app, db, language, translators, exit_when_ready)


def _show_shop(app, db, language: str, translators, exit_when_ready: bool) -> int:
    """Sign in, show the window on the open shop ``db``, run until it closes."""
    from PySide6.QtCore import QSettings, QTimer

    from csdesk.services import backup, shop
    from csdesk.ui.context import AppContext
    from csdesk.ui.main_window import MainWindow
    from csdesk.ui.notices import ChangeNotices
    from csdesk.ui.tasks import TaskRunner

    if not _signed_in(db, exit_when_ready):
        db.close()
        return 1
    ctx = AppContext(db, ChangeNotices(), TaskRunner(), QSettings(), translators, language)
    window = MainWindow(ctx)
    for warning in db.warnings:
        window.statusBar().showMessage(warning)
    link = None
    if db.path is None:  # a server shop: hear the other seats, show the connection
        from csdesk.ui.server.live_link import LiveLink

        link = LiveLink(ctx, window)
        link.start()
    window.show()
    _settle_start_up()
    if exit_when_ready:
        QTimer.singleShot(0, app.quit)
    else:
        if shop.is_new_shop(db):
            from csdesk.ui.shop_dialogs import WelcomeDialog

            WelcomeDialog(ctx, window).exec()
        ctx.tasks.run(
            lambda: backup.daily_backup_if_due(ctx.db),
            _backup_done(window),
            _backup_failed(window),
        )
    status = app.exec()
    if link is not None:
        link.stop()
    ctx.tasks.wait()
    _dispose(window)
    ctx.db.close()
    return status


def _dispose(window) -> None:
    """Delete the window and its pages now, so none of their timers outlives the shop.

    ``--exit-when-ready`` quits before the first count's timer fires; a later window in
    the same process (the tests run many) must not have the old one count a closed shop.
    """
    from shiboken6 import delete

    window.hide()
    delete(window)


def _signed_in(db, exit_when_ready: bool) -> bool:
    """On a shop with accounts, sign in before any data shows; False: nobody did.

    Under ``--exit-when-ready`` nobody can type: ``CSDESK_USER`` and ``CSDESK_PASSWORD``
    sign in, else the start is refused.
    """
    import os

    from PySide6.QtCore import QCoreApplication

    from csdesk.services.accounts.access import has_accounts

    if not has_accounts(db):
        return True
    from csdesk.services import shop
    from csdesk.services.accounts.signin import sign_in
    from csdesk.services.authors import sign_in_as
    from csdesk.services.errors import UserError

    if exit_when_ready:
        try:
            sign_in_as(
                sign_in(
                    db, os.environ.get("CSDESK_USER", ""), os.environ.get("CSDESK_PASSWORD", "")
                )
            )
        except UserError as exc:
            _complain(True, QCoreApplication.translate("App", "Sign in required"), exc.message)
            return False
        return True
    from csdesk.ui.accounts.sign_in_dialog import SignInDialog

    dialog = SignInDialog(db, shop.shop_name(db))
    if not dialog.exec() or dialog.signed is None:
        return False
    sign_in_as(dialog.signed)
    return True


def _settle_start_up() -> None:
    """Let the cyclic garbage collector skip what start-up built, and switch it back on.

    Start-up creates some 130,000 long-lived objects (modules, classes, mappers, the
    window). The collector is off while they are made (it would walk them again and
    again, for nothing), and afterwards they are moved to the permanent generation
    (``gc.freeze``): a full collection while the supervisor works then walks only what
    was made since, instead of pausing the window for ~45 ms. Refcounting still frees
    them; ``run_gui`` unfreezes them when the window closes.
    """
    gc.freeze()
    gc.enable()


def _backup_done(window):
    from PySide6.QtCore import QCoreApplication

    def done(path) -> None:
        if path is not None:
            window.statusBar().showMessage(
                QCoreApplication.translate("App", "Today's backup: {path}").format(path=path), 8000
            )

    return done


def _backup_failed(window):
    from PySide6.QtCore import QCoreApplication

    def failed(exc: BaseException) -> None:
        log.error("Daily backup failed: %s", exc)
        window.statusBar().showMessage(
            QCoreApplication.translate("App", "The daily backup failed: {reason}").format(
                reason=exc
            )
        )

    return failed
