"""Coaching sessions (issue 21, §4): the evidence filled in, the talk kept, the sheet printed."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt

from csdesk.domain.months import Month
from csdesk.services.actions import action_records as actions
from csdesk.services.coaching import coaching_records as coaching
from csdesk.services.coaching.coaching_evidence import coaching_evidence
from csdesk.services.coaching.coaching_report import coaching_report
from csdesk.services.complaints import case_changes
from csdesk.services.complaints import case_files as complaints
from csdesk.services.errors import UserError

OCTOBER = Month(2026, 10)


def test_the_evidence_names_what_fell_short(db, october):
    cs2, cs3 = october[1], october[2]
    case_changes.create_complaint(
        db, complaints.ComplaintData(datetime(2026, 10, 9, 10, 0), customer="客户", agent_id=cs3,
                                     description="回复慢")
    )  # fmt: skip
    weak = coaching_evidence(db, cs2, OCTOBER, today=date(2026, 11, 3))
    (script,) = [w for w in weak.weak_categories if w.name == "Script compliance"]
    assert script.share == 50.0 and script.days == (date(2026, 10, 5), date(2026, 10, 6))
    cs3_evidence = coaching_evidence(db, cs3, OCTOBER, today=date(2026, 11, 3))
    short = {k.kpi: k for k in cs3_evidence.short_kpis}
    assert short["satisfaction_rate"].value == 75.0 and short["satisfaction_rate"].target > 75
    assert [ref for ref, _day, _what in cs3_evidence.complaints]
    good = coaching_evidence(db, october[0], OCTOBER, today=date(2026, 11, 3))
    assert good.weak_categories == () and good.complaints == ()


def test_a_session_is_kept_and_what_was_agreed_comes_back_next_time(db, october):
    with pytest.raises(UserError, match="in that month or after"):
        coaching.save_session(db, coaching.CoachingData(october[2], "2026-10", date(2026, 9, 30)))
    with pytest.raises(UserError, match="YYYY-MM"):
        coaching.save_session(db, coaching.CoachingData(october[2], "October", date(2026, 11, 3)))
    held = coaching.save_session(
        db, coaching.CoachingData(october[2], "2026-10", date(2026, 11, 3), "主管",
                                  "满意度偏低，约定先复述问题再答复", "同意"),
    )  # fmt: skip
    agreed = actions.create_action(
        db, actions.ActionData("每天复听两通差评会话", date(2026, 11, 17), source="coaching",
                               source_ref=str(held), owner_agent_id=october[2],
                               created_on=date(2026, 11, 3)),
    )  # fmt: skip
    assert [a.id for a in coaching.agreed_actions(db, held)] == [agreed]
    later = coaching_evidence(db, october[2], Month(2026, 11), today=date(2026, 12, 2))
    assert [a.id for a in later.last_actions] == [agreed]


def test_the_sheets_print_one_page_per_agent_with_an_agenda_for_the_rest(db, october, tmp_path):
    held = coaching.save_session(
        db, coaching.CoachingData(october[2], "2026-10", date(2026, 11, 3), "主管",
                                  "满意度偏低，约定先复述问题再答复", "同意"),
    )  # fmt: skip
    actions.create_action(
        db, actions.ActionData("每天复听两通差评会话", date(2026, 11, 17), source="coaching",
                               source_ref=str(held), owner_agent_id=october[2],
                               created_on=date(2026, 11, 3)),
    )  # fmt: skip
    out = tmp_path / "coaching.pdf"
    assert coaching_report(db, OCTOBER, out, today=date(2026, 11, 3)) == 3
    pages = [" ".join(p.extract_text().split()) for p in PdfReader(out).pages]
    assert len(pages) == 3 and all("Page 1 of 1" in p for p in pages)
    assert "Coaching session — agenda" in pages[0]  # CS1: no session yet
    assert "held on 2026-11-03 by 主管" in pages[2] and "每天复听两通差评会话" in pages[2]
    assert "Satisfaction rate 75.0 %" in pages[2]
    with pytest.raises(UserError, match="No agent CS9"):
        coaching_report(db, OCTOBER, out, "CS9")


def test_a_session_is_held_in_the_window_and_its_action_agreed(qtbot, ctx, october, monkeypatch):
    from csdesk.ui.actions.action_dialog import ActionDialog
    from csdesk.ui.actions.coaching_dialog import CoachingDialog
    from tests.conftest import type_text

    dialog = CoachingDialog(ctx, october[2], OCTOBER)
    qtbot.addWidget(dialog)
    assert "Satisfaction rate: 75.0 %" in dialog.evidence.toPlainText()
    type_text(qtbot, dialog.notes, "约定先复述问题再答复")

    def agree(form: ActionDialog) -> int:
        assert form.source.currentData() == "coaching"
        type_text(qtbot, form.title, "每天复听两通差评会话")
        form.save()
        return form.result()

    monkeypatch.setattr(ActionDialog, "exec", agree)
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert dialog.agreed.count() == 1
    dialog.save_and_close()
    (held,) = coaching.month_sessions(ctx.db, OCTOBER)
    assert held.data.notes == "约定先复述问题再答复"
    (agreed,) = coaching.agreed_actions(ctx.db, held.id)
    assert agreed.owner_no == "CS3"


def test_the_demo_shop_coaches_its_weakest_agents(demo_db):
    from tests.conftest import TODAY as DEMO_TODAY

    last = Month.of(DEMO_TODAY).shift(-1)
    held = coaching.month_sessions(demo_db, last)
    assert len(held) == 2 and all(coaching.agreed_actions(demo_db, s.id) for s in held)
    earlier = coaching.month_sessions(demo_db, last.shift(-1))
    assert all(a.data.status == "effective"
               for s in earlier for a in coaching.agreed_actions(demo_db, s.id))  # fmt: skip


def test_the_appraisal_card_shows_the_coaching_ideas_and_open_actions(ctx, october):
    from csdesk.services.appraisals import records
    from csdesk.services.suggestions import suggestion_records as suggestions
    from csdesk.ui.appraisals.appraisal_follow_up import follow_up

    cs3 = october[2]
    coaching.save_session(ctx.db, coaching.CoachingData(cs3, "2026-10", date(2026, 11, 3)))
    suggestions.save_suggestion(
        ctx.db, suggestions.SuggestionData(date(2026, 10, 5), "预录快捷短语", agent_id=cs3)
    )
    actions.create_action(
        ctx.db, actions.ActionData("复听差评会话", date(2026, 11, 17), owner_agent_id=cs3,
                                   created_on=date(2026, 11, 3)),
    )  # fmt: skip
    record = next(a for a in records.month_view(ctx.db, OCTOBER).appraisals if a.agent_id == cs3)
    assert follow_up(ctx, record) == [
        "Coaching held on 2026-11-03.",
        "Suggestions made this month: 1.",
        "Open actions: 复听差评会话.",
    ]
