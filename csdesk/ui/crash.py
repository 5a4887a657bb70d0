"""Logging to a rotating file, and an exception hook that shows a dialog.

Outside tests, an exception in a Qt slot only reaches ``sys.excepthook``, and the app
would go on in a broken state with nothing on screen. The hook logs the traceback and
tells the user where the log is; the app stays open so no data entry is lost.
"""

from __future__ import annotations

import logging
import sys
import traceback
from logging.handlers import RotatingFileHandler
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from csdesk.common.paths import log_dir

log = logging.getLogger("csdesk")


def setup_logging() -> RotatingFileHandler:
    """Send the log to ``csdesk.log`` in the user's log folder (1 MB x 5); return the handler."""
    path = log_dir() / "csdesk.log"
    handler = RotatingFileHandler(path, maxBytes=1_000_000, backupCount=5, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    return handler


def stop_logging(handler: RotatingFileHandler) -> None:
    """Detach and close the log file (at quit, and between runs in tests)."""
    logging.getLogger().removeHandler(handler)
    handler.close()


def crash_text(exc_type, exc, tb) -> str:
    """The traceback as shown in the dialog's details."""
    return "".join(traceback.format_exception(exc_type, exc, tb))


def show_storage_fault(exc: BaseException | None) -> bool:
    """Tell of a full disk, a locked or read-only file, a lost server; False for a bug.

    A storage fault is the world's doing, not csdesk's: it gets a message that says
    what to do, never the crash dialog. The slot that met it stopped, so the dialog
    or form the user was typing in stays open with their input.
    """
    from csdesk.services.database import ServerLost
    from csdesk.services.errors import storage_fault

    if isinstance(exc, ServerLost):
        log.warning("The server stopped answering")  # no address or data in the log
        text = exc.full_text()
    else:
        fault = storage_fault(exc) if exc is not None else None
        if fault is None:
            return False
        log.warning("Storage fault: %s", fault.fault)  # no paths or data in the log
        text = fault.full_text()
    if QApplication.instance() is not None:
        QMessageBox.warning(
            QApplication.activeWindow(),
            QCoreApplication.translate("Crash", "csdesk could not save"),
            text,
        )
    return True


def install_excepthook(log_path: Path):
    """Log every uncaught exception and show it in a dialog instead of dying.

    Returns the previous hook, which the caller puts back when the window closes.
    """
    previous = sys.excepthook
    showing = False

    def hook(exc_type, exc, tb) -> None:
        nonlocal showing
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        if show_storage_fault(exc):
            return
        log.error("Uncaught exception", exc_info=(exc_type, exc, tb))
        if showing or QApplication.instance() is None:
            return
        showing = True
        try:
            box = QMessageBox(QApplication.activeWindow())
            box.setIcon(QMessageBox.Icon.Critical)
            box.setWindowTitle(QCoreApplication.translate("Crash", "csdesk: unexpected error"))
            box.setText(
                QCoreApplication.translate(
                    "Crash",
                    "Something went wrong inside csdesk. Your saved data is safe; the action "
                    "that failed was not completed.",
                )
            )
            box.setInformativeText(
                QCoreApplication.translate("Crash", "Details were written to {path}").format(
                    path=log_path
                )
            )
            box.setDetailedText(crash_text(exc_type, exc, tb))
            box.exec()
        finally:
            showing = False

    sys.excepthook = hook
    return previous
