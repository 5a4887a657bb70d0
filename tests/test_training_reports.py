"""Training PDFs read back: sign-in sheet, matrix and yearly report against the data."""

from datetime import date

from pypdf import PdfReader

from csdesk.common.labels import money
from csdesk.domain.training import Standing
from csdesk.services import shop
from csdesk.services.training import (
    session_records,
    training_figures,
    training_reports,
    training_status,
)
from tests.conftest import TODAY


def pdf_text(path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def test_the_sign_in_sheet_lists_every_invited_agent(demo_db, tmp_path):
    planned = [s for s in session_records.list_sessions(demo_db) if s.data.starts_at.date() > TODAY]
    assert planned, "the demo books the newcomer's remaining basic courses"
    record = planned[0]
    out = tmp_path / "sheet.pdf"
    assert training_reports.sign_in_sheet(demo_db, record.id, out) == len(record.attendees)
    text = pdf_text(out)
    assert "Training sign-in sheet" in text and record.course_title in text
    assert record.data.starts_at.strftime("%Y-%m-%d %H:%M") in text
    for attendee in record.attendees:
        assert attendee.employee_no in text and attendee.name in text
    big = max(session_records.list_sessions(demo_db), key=lambda s: len(s.attendees))
    training_reports.sign_in_sheet(demo_db, big.id, out)
    assert all(a.name in pdf_text(out) for a in big.attendees)


def test_the_matrix_pdf_shows_each_agent_and_the_standing_counts(demo_db, tmp_path):
    out = tmp_path / "matrix.pdf"
    count = training_reports.matrix_report(demo_db, out, today=TODAY)
    matrix = training_status.training_matrix(demo_db, TODAY)
    assert count == len(matrix.rows)
    text = pdf_text(out)
    assert shop.shop_name(demo_db) in text
    for row in matrix.rows:
        assert row.employee_no in text and row.name in text
    counts = matrix.counts()
    assert counts[Standing.EXPIRED] and counts[Standing.NOT_TRAINED]
    expected = "  ".join(
        f"{label} {counts[s]}"
        for s, label in (
            (Standing.CURRENT, "Current"),
            (Standing.EXPIRING, "Expiring"),
            (Standing.EXPIRED, "Expired"),
            (Standing.NOT_TRAINED, "Not trained"),
        )
    )
    assert " ".join(expected.split()) in " ".join(text.split())
    expired = next(c for r in matrix.rows for c in r.cells if c and c.standing == Standing.EXPIRED)
    assert expired.valid_until.isoformat() in text


def test_the_training_report_numbers_match_the_records(demo_db, tmp_path):
    out = tmp_path / "training.pdf"
    sessions = training_reports.training_report(demo_db, out, 2026, today=TODAY)
    totals = training_figures.training_totals(demo_db, 2026)
    assert sessions == totals.sessions == len(session_records.list_sessions(demo_db, 2026))
    text = " ".join(pdf_text(out).split())
    assert "Training report 2026" in text
    assert f"Sessions: {totals.sessions}" in text
    assert f"cost: {money(totals.cost_cents)}" in text
    records = session_records.list_sessions(demo_db, 2026)
    present = sum(s.present for s in records)
    passed = sum(s.passed_count for s in records)
    assert f"attendances: {present}" in text
    assert f"pass rate: {passed / present * 100:.0f}%" in text
    for agent in totals.agents:
        assert f"{agent.employee_no} {agent.name} {agent.sessions}" in text
    for reminder in training_status.reminders(demo_db, TODAY):
        assert reminder.name in text


def test_a_year_without_training_still_prints(demo_db, tmp_path):
    out = tmp_path / "empty.pdf"
    assert training_reports.training_report(demo_db, out, 2001, today=date(2001, 6, 1)) == 0
    assert "No sessions in this year." in pdf_text(out)
