"""Long work off the GUI thread, with a progress dialog, Cancel and the user's messages.

Every export, report and print job goes through ``run_with_progress``: the window stays
responsive (DESIGN.md: no action on the GUI thread over 100 ms), the dialog appears only
when the work takes longer than a moment, Cancel stops it with nothing written, and a
refusal or a storage fault is a message in the user's language, never the crash dialog.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from csdesk.common.progress import Cancelled
from csdesk.services.errors import UserError, storage_fault
from csdesk.ui.common.widgets import status_message
from csdesk.ui.context import AppContext
from csdesk.ui.tasks import Progress

Result = TypeVar("Result")

#: The dialog shows only for work that lasts longer than this (ms).
SHOW_AFTER_MS = 400


def problem_text(exc: BaseException, path: Path | str | None = None) -> str | None:
    """The message to show for a failed job, or None when it is a bug (re-raised)."""
    if isinstance(exc, UserError):
        return exc.full_text()
    if isinstance(exc, OSError):
        fault = storage_fault(exc, path)
        return fault.full_text() if fault is not None else str(exc)
    return None


def run_with_progress(
    parent: QWidget,
    ctx: AppContext,
    title: str,
    job: Callable[[Progress], Result],
    on_done: Callable[[Result], Any],
    *,
    label: str,
    path: Path | str | None = None,
    cancellable: bool = True,
) -> Progress:
    """Run ``job(progress)`` in the background behind a window-modal progress dialog.

    Args:
        parent: the page or dialog the work belongs to (the dialog is modal to its window).
        ctx: the window's context (its task runner).
        title: the dialog's and any message box's title.
        job: the work; it calls ``progress(done, total)`` and raises ``Cancelled`` when
            told to stop.
        on_done: called on the GUI thread with the job's result.
        label: what the dialog says while the job runs ("Exporting complaints…").
        path: the file being written, named in a storage fault's message.
        cancellable: False for work that cannot be undone half-way (no Cancel button).

    Returns:
        The progress relay (tests press its Cancel).
    """
    progress = Progress(parent)
    cancel_text = QCoreApplication.translate("Background", "Cancel")
    dialog = QProgressDialog(label, cancel_text, 0, 0, parent)
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(SHOW_AFTER_MS)
    dialog.setAutoReset(False)
    dialog.setAutoClose(False)
    if not cancellable:
        dialog.setCancelButton(None)

    def changed(done: int, total: int) -> None:
        if total and dialog.maximum() != total:
            dialog.setMaximum(total)
        dialog.setValue(min(done, total) if total else 0)

    def cancel() -> None:
        progress.cancel()
        dialog.setLabelText(QCoreApplication.translate("Background", "Cancelling…"))

    def finish() -> None:
        progress.changed.disconnect(changed)
        dialog.canceled.disconnect(cancel)
        dialog.close()
        dialog.deleteLater()

    def done(value: Result) -> None:
        finish()
        on_done(value)

    def failed(exc: BaseException) -> None:
        finish()
        if isinstance(exc, Cancelled):
            text = QCoreApplication.translate(
                "Background", "{title}: cancelled; nothing was written."
            )
            status_message(parent, text.format(title=title))
            return
        problem = problem_text(exc, path)
        if problem is None:
            raise exc
        QMessageBox.warning(parent, title, problem)

    progress.changed.connect(changed)
    dialog.canceled.connect(cancel)
    ctx.tasks.run(lambda: job(progress), done, failed)
    return progress
