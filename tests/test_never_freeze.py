"""Long work runs off the GUI thread, with progress and a Cancel that leaves nothing.

DESIGN.md: no action on the GUI thread over 100 ms. Timing it in tests would be flaky;
what is checked instead is where the work runs (a worker thread), that the window
hears of its progress, and that Cancel throws the half-written file away.
"""

from __future__ import annotations

import threading
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import QFileDialog, QMessageBox

from csdesk.common.progress import Cancelled, counted
from csdesk.domain.months import Month
from csdesk.services.appraisals import appraisal_reports, records
from csdesk.services.complaints import (
    case_changes,
    complaint_export,
    complaint_settings,
)
from csdesk.services.complaints import case_files as complaints
from csdesk.services.staff import agent_changes
from csdesk.services.staff import agents as staff
from csdesk.ui.background import run_with_progress
from csdesk.ui.common import pdf_pages, pdf_printing
from csdesk.ui.complaints.complaints_page import ComplaintsPage
from csdesk.ui.tasks import TaskRunner


def file_complaints(db, count: int) -> None:
    category = complaint_settings.list_categories(db)[1].id
    agent = agent_changes.create_agent(db, staff.AgentData("CS001", "袁燕"))
    start = datetime(2026, 11, 2, 9, 0)
    for n in range(count):
        data = complaints.ComplaintData(
            received_at=start + timedelta(minutes=n),
            customer=f"客户{n}",
            order_no=f"TB{n:05d}",
            category_id=category,
            agent_id=agent,
        )
        case_changes.create_complaint(db, data, author="主管")


@pytest.fixture
def threaded(ctx):
    """The context with a real worker thread, as in the running program."""
    ctx.tasks = TaskRunner()
    yield ctx
    ctx.tasks.wait()


def stop_after(calls: int):
    seen = []

    def progress(done: int, total: int) -> bool:
        seen.append((done, total))
        return len(seen) < calls

    return progress, seen


# --- services: Cancel leaves the old file, and no part file -----------------------------


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_a_cancelled_complaint_export_leaves_the_old_file(db, tmp_path, fmt, monkeypatch):
    monkeypatch.setattr("csdesk.common.progress.EVERY", 2)
    file_complaints(db, 6)
    folder = tmp_path / "exports"
    folder.mkdir()
    target = folder / f"complaints.{fmt}"
    target.write_bytes(b"last month's export")
    progress, seen = stop_after(2)
    with pytest.raises(Cancelled):
        complaint_export.export_complaints(db, target, fmt, progress=progress)
    assert target.read_bytes() == b"last month's export"
    assert sorted(p.name for p in folder.iterdir()) == [target.name]
    assert seen[0] == (0, 6)


def test_an_export_reports_progress_to_the_last_row(db, tmp_path):
    file_complaints(db, 3)
    seen = []
    count = complaint_export.export_complaints(
        db, tmp_path / "c.csv", "csv", progress=lambda d, t: seen.append((d, t)) or True
    )
    assert count == 3 and seen[0] == (0, 3) and seen[-1] == (3, 3)
    lines = (tmp_path / "c.csv").read_text(encoding="utf-8-sig").splitlines()
    assert len(lines) == 4 and "客户2" in lines[-1]


def test_counted_reports_every_batch_and_the_end():
    seen = []
    assert list(counted(range(5), 5, lambda d, t: seen.append(d) or True, every=2)) == [
        0,
        1,
        2,
        3,
        4,
    ]
    assert seen == [0, 2, 4, 5]


def test_a_cancelled_appraisal_pack_writes_nothing(demo_db, tmp_path):
    folder = tmp_path / "exports"
    folder.mkdir()
    target = folder / "pack.pdf"
    progress, seen = stop_after(3)
    with pytest.raises(Cancelled):
        appraisal_reports.appraisal_pack(demo_db, Month(2026, 10), target, progress=progress)
    assert list(folder.iterdir()) == []
    agents = len(records.month_appraisals(demo_db, Month(2026, 10)).appraisals)
    assert seen[:2] == [(1, agents + 1), (2, agents + 1)]  # the team page, then one each


# --- the window: the work runs in a worker thread ---------------------------------------


def test_the_complaint_export_runs_off_the_gui_thread(qtbot, threaded, tmp_path, monkeypatch):
    file_complaints(threaded.db, 3)
    target = tmp_path / "complaints.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    ran_on = []
    real = complaint_export.export_complaints

    def spy(*args, **kwargs):
        ran_on.append(threading.current_thread())
        return real(*args, **kwargs)

    monkeypatch.setattr(complaint_export, "export_complaints", spy)
    page = ComplaintsPage(threaded)
    qtbot.addWidget(page)
    page.export_complaints()
    qtbot.waitUntil(lambda: "3 complaints exported" in page_status(page), timeout=20_000)
    assert ran_on and ran_on[0] is not threading.main_thread()
    assert target.exists()


def page_status(widget) -> str:
    return getattr(widget, "_status_seen", "")


@pytest.fixture(autouse=True)
def remembered_status(monkeypatch):
    """Pages show results in the window's status bar; without a window, remember them."""
    import csdesk.ui.common.widgets as widgets

    def remember(widget, text, timeout_ms=8000):
        widget._status_seen = text

    monkeypatch.setattr(widgets, "status_message", remember)
    for module in (
        "csdesk.ui.background",
        "csdesk.ui.common.table_export",
        "csdesk.ui.complaints.complaint_output",
        "csdesk.ui.common.pdf_printing",
    ):
        monkeypatch.setattr(f"{module}.status_message", remember)


def test_cancel_in_the_window_leaves_nothing_and_says_so(qtbot, threaded, tmp_path):
    file_complaints(threaded.db, 5)
    folder = tmp_path / "exports"
    folder.mkdir()
    target = folder / "complaints.csv"
    page = ComplaintsPage(threaded)
    qtbot.addWidget(page)
    gate = threading.Event()

    def job(progress):
        gate.wait(10)  # the supervisor presses Cancel while the export runs
        return complaint_export.export_complaints(threaded.db, target, "csv", progress=progress)

    relay = run_with_progress(page, threaded, "Export complaints", job, print, label="…")
    relay.cancel()
    gate.set()
    qtbot.waitUntil(lambda: "cancelled" in page_status(page), timeout=20_000)
    assert page_status(page) == "Export complaints: cancelled; nothing was written."
    assert list(folder.iterdir()) == []


def test_a_full_disk_during_an_export_is_a_message_not_a_crash(qtbot, ctx, tmp_path, monkeypatch):
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warned.append(a[2]))
    page = ComplaintsPage(ctx)
    qtbot.addWidget(page)

    def job(_progress):
        raise OSError(28, "No space left on device")

    run_with_progress(page, ctx, "Export complaints", job, print, label="…", path=tmp_path)
    assert len(warned) == 1 and "full" in warned[0].lower()


# --- printing: painted in the background, previewed from pages rendered there -----------


def small_pdf(tmp_path: Path, db) -> Path:
    from csdesk.services.staff.staff_report import staff_report

    for n in range(3):
        agent_changes.create_agent(db, staff.AgentData(f"CS{n}", f"客服{n}"))
    path = tmp_path / "staff.pdf"
    staff_report(db, path)
    return path


def test_printing_paints_every_page_in_a_worker_thread(qtbot, threaded, tmp_path, monkeypatch):
    from PySide6.QtPrintSupport import QPrinter

    source = small_pdf(tmp_path, threaded.db)
    printed = tmp_path / "printed.pdf"

    def printer():
        made = QPrinter(QPrinter.PrinterMode.HighResolution)
        made.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        made.setOutputFileName(str(printed))
        return made

    threads = []
    real_paint = pdf_pages.paint_pdf

    def spy(*args, **kwargs):
        threads.append(threading.current_thread())
        return real_paint(*args, **kwargs)

    monkeypatch.setattr(pdf_printing, "a4_printer", printer)
    monkeypatch.setattr(pdf_printing, "paint_pdf", spy)
    monkeypatch.setattr(pdf_printing.QPrintDialog, "exec", lambda dialog: 1)
    page = ComplaintsPage(threaded)
    qtbot.addWidget(page)
    pdf_printing.print_pdf(page, threaded, source, "Staff")
    qtbot.waitUntil(lambda: "Sent to the printer" in page_status(page), timeout=20_000)
    assert threads and threads[0] is not threading.main_thread()
    assert len(PdfReader(printed).pages) == len(PdfReader(source).pages)


def test_the_preview_shows_pages_rendered_in_the_background(qtbot, ctx, tmp_path, monkeypatch):
    source = small_pdf(tmp_path, ctx.db)
    shown = []

    def show(dialog) -> int:  # instead of a modal loop: show it and let it paint
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        dialog.view.updatePreview()
        shown.append(dialog)
        return 0

    monkeypatch.setattr(pdf_printing.PrintPreview, "exec", show)
    page = ComplaintsPage(ctx)
    qtbot.addWidget(page)
    pdf_printing.preview_pdf(page, ctx, source, "Staff")
    assert len(shown) == 1
    preview = shown[0]
    assert preview.view.pageCount() == len(preview.images) == len(PdfReader(source).pages)
    first = preview.images[0]
    long_side = max(first.width(), first.height())
    assert abs(long_side - 297 / 25.4 * pdf_pages.PREVIEW_DPI) < 3  # A4 at the preview dpi
