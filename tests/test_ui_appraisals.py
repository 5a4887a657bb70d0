"""The appraisals page through qtbot: prepare, comment, finalise, amend, sign, close, print."""

from __future__ import annotations

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QMessageBox

from csdesk.domain.months import Month
from csdesk.services.appraisals import records
from csdesk.ui.appraisals.appraisal_dialogs import (
    AcknowledgeDialog,
    AmendDialog,
    QuarterDialog,
    VersionsDialog,
)
from csdesk.ui.appraisals.appraisal_evidence_dialog import EvidenceDialog
from csdesk.ui.common import pdf_printing
from csdesk.ui.common.rows_model import PAYLOAD_ROLE
from tests.conftest import type_text

OCTOBER = Month(2026, 10)


@pytest.fixture
def page(october_page):
    return october_page


@pytest.fixture
def yes(monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)


def click(qtbot, button):
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def statuses(page) -> list[str]:
    return [page.model.row(r).cells[7] for r in range(page.model.rowCount())]


def select(page, number: str) -> None:
    for row in range(page.proxy.rowCount()):
        if page.proxy.index(row, 0).data() == number:
            page.table.selectRow(row)
            return
    raise AssertionError(number)


def test_a_month_not_prepared_shows_computed_drafts_then_prepare_stores_them(qtbot, ctx, page):
    assert statuses(page) == ["Not prepared"] * 3
    assert page.state.text().startswith("Not prepared")
    assert not page.agent.finalise_button.isVisible()
    click(qtbot, page.prepare_button)
    assert statuses(page) == ["Draft"] * 3
    assert len(records.month_appraisals(ctx.db, OCTOBER).appraisals) == 3
    assert page.agent.finalise_button.isVisible() and not page.agent.comment.isReadOnly()
    assert page.model.row(0).cells[9] == "★"  # CS1: the Service Star so far


def test_a_comment_is_typed_then_the_draft_finalised(qtbot, ctx, page, yes):
    click(qtbot, page.prepare_button)
    select(page, "CS3")
    page.agent.comment.clear()
    type_text(qtbot, page.agent.comment, "Needs faster replies. 下月跟进。")
    click(qtbot, page.agent.finalise_button)  # saves the typed comment first
    record = {a.employee_no: a for a in records.month_appraisals(ctx.db, OCTOBER).appraisals}
    assert record["CS3"].final and record["CS3"].comment == "Needs faster replies. 下月跟进。"
    assert statuses(page) == ["Draft", "Draft", "Final"]
    assert page.agent.record.employee_no == "CS3"  # the selection stays
    assert page.agent.comment.isReadOnly() and page.agent.amend_button.isVisible()


def test_a_final_appraisal_is_amended_signed_and_its_versions_listed(
    qtbot, ctx, page, yes, monkeypatch
):
    click(qtbot, page.prepare_button)
    select(page, "CS1")
    click(qtbot, page.agent.finalise_button)

    def amend(dialog):
        click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Save))
        assert "Say why" in dialog.problems.text()  # no reason: refused, still open
        type_text(qtbot, dialog.reason, "团队协作分更正")
        click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Save))
        return dialog.result()

    monkeypatch.setattr(AmendDialog, "exec", amend)
    click(qtbot, page.agent.amend_button)
    assert page.agent.record.version == 2 and page.agent.record.reason == "团队协作分更正"
    assert "version 2" in page.agent.title.text()

    def sign(dialog):
        type_text(qtbot, dialog.comment, "已阅")
        click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Save))
        return dialog.result()

    monkeypatch.setattr(AcknowledgeDialog, "exec", sign)
    click(qtbot, page.agent.sign_button)
    assert page.agent.record.acknowledgement == "已阅"
    assert page.model.row(0).cells[8] != ""  # the Signed column

    seen = {}

    def versions(dialog):
        seen["rows"] = [dialog.model.row(r).cells for r in range(dialog.model.rowCount())]
        click(qtbot, dialog.audit_button)  # History…: the month's audit entries
        return 0

    def trail(dialog):
        seen["trail"] = [(e.action, e.key, e.reason) for e in dialog.view.shown()]
        return 0

    from csdesk.ui.audit.history_dialog import HistoryDialog

    monkeypatch.setattr(VersionsDialog, "exec", versions)
    monkeypatch.setattr(HistoryDialog, "exec", trail)
    click(qtbot, page.agent.history_button)
    assert [r[0] for r in seen["rows"]] == ["1", "2"]
    assert seen["rows"][1][4] == "团队协作分更正"
    key = f"CS1 {OCTOBER}"
    assert seen["trail"] == [("sign", key, "已阅"), ("amend", key, "团队协作分更正"),
                             ("finalise", key, ""), ("kpi", key, "")]  # fmt: skip  # the typed KPI


def test_closing_the_month_finalises_all_and_names_the_star(qtbot, ctx, page, yes):
    click(qtbot, page.close_button)
    assert statuses(page) == ["Final"] * 3
    assert page.state.text().startswith("Closed on") and "王婷 (CS1)" in page.state.text()
    assert not page.close_button.isEnabled() and not page.prepare_button.isEnabled()


def test_closing_asks_first(qtbot, ctx, page, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    click(qtbot, page.close_button)
    assert statuses(page) == ["Not prepared"] * 3
    assert records.month_appraisals(ctx.db, OCTOBER).appraisals == ()


def test_double_clicking_a_line_shows_the_conversations_behind_it(qtbot, ctx, page, monkeypatch):
    seen = {}

    def evidence(dialog):
        seen["kind"] = dialog.kind
        seen["rows"] = dialog.model.rowCount()
        seen["note"] = dialog.note.text()
        return 0

    monkeypatch.setattr(EvidenceDialog, "exec", evidence)
    select(page, "CS1")
    card = page.agent.card
    row = next(
        r
        for r in range(card.model().rowCount())
        if card.model().index(r, 0).data(PAYLOAD_ROLE) == "satisfaction_rate"
    )
    where = card.visualRect(card.model().index(row, 0)).center()
    qtbot.mouseClick(card.viewport(), Qt.MouseButton.LeftButton, pos=where)
    qtbot.mouseDClick(card.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert seen == {
        "kind": "conversations",
        "rows": 20,
        "note": "20 conversations of the month, computed into this KPI.",
    }


def test_export_writes_the_pack_and_print_sends_every_page(qtbot, ctx, page, tmp_path, monkeypatch):
    target = tmp_path / "october"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    click(qtbot, page.export_button)
    exported = target.with_suffix(".pdf")
    assert len(PdfReader(exported).pages) == 4

    printed = tmp_path / "printed.pdf"

    def printer():
        made = QPrinter(QPrinter.PrinterMode.HighResolution)
        made.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        made.setOutputFileName(str(printed))
        return made

    monkeypatch.setattr(pdf_printing, "a4_printer", printer)
    monkeypatch.setattr(pdf_printing.QPrintDialog, "exec", lambda dialog: 1)
    click(qtbot, page.print_button)
    assert len(PdfReader(printed).pages) == 4


def test_the_quarter_adds_up_the_months_bonuses(qtbot, ctx, page, yes):
    click(qtbot, page.close_button)
    dialog = QuarterDialog(ctx, 2026, 4)
    qtbot.addWidget(dialog)
    state = records.month_appraisals(ctx.db, OCTOBER)
    first = dialog.model.row(0)
    assert first.cells[0] == "CS1" and first.cells[2].startswith(f"{state.appraisals[0].total:.1f}")
    assert first.cells[3] == "—" and first.cells[4] == "—"  # November, December: no data
    from csdesk.common.labels import currency

    assert first.cells[6] == currency(state.appraisals[0].bonus.amount)
    total = sum(a.bonus.amount for a in state.appraisals)
    assert currency(total) in dialog.note.text()
