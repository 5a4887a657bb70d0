"""Exporting a page's table to XLSX or CSV: where to save, then the write in the background."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from csdesk.ui.background import run_with_progress
from csdesk.ui.common.widgets import status_message
from csdesk.ui.context import AppContext
from csdesk.ui.tasks import Progress


def export_table(
    parent: QWidget,
    ctx: AppContext,
    title: str,
    default_name: str,
    write: Callable[[Path, str, Progress], int],
    done: Callable[[int], str],
    *,
    label: str,
) -> None:
    """Ask where to save a table (XLSX or CSV), then write it in the background.

    Args:
        parent: the page the export belongs to.
        ctx: the window's context.
        title: the file dialog's and the progress dialog's title.
        default_name: the file name offered.
        write: ``write(target, fmt, progress)`` writes the file; returns the rows written.
        done: the status line after, for the count written (its numerus form), with
            ``{count}`` and ``{path}``.
        label: what the progress dialog says while the file is written.
    """
    name, chosen = QFileDialog.getSaveFileName(
        parent,
        title,
        default_name,
        QCoreApplication.translate("Background", "Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)"),
    )
    if not name:
        return
    fmt = "csv" if name.lower().endswith(".csv") or "csv" in chosen.lower() else "xlsx"
    target = Path(name)
    run_with_progress(
        parent,
        ctx,
        title,
        lambda progress: write(target, fmt, progress),
        lambda count: status_message(parent, done(count).format(count=count, path=name)),
        label=label,
        path=target,
    )
