"""The printed appraisals, read back page by page and checked against the database."""

from __future__ import annotations

from datetime import date

import pytest
from pypdf import PdfReader

from csdesk.cli.main import main
from csdesk.common import i18n
from csdesk.common.labels import currency, money
from csdesk.domain.months import Month
from csdesk.services import shop
from csdesk.services.appraisals import records
from csdesk.services.appraisals import workflow as appraisals
from csdesk.services.appraisals.appraisal_reports import appraisal_pack
from csdesk.services.errors import UserError
from csdesk.services.performance import manual_kpis

OCTOBER = Month(2026, 10)
AFTER = date(2026, 11, 23)


def pages_of(path) -> list[str]:
    return [page.extract_text() for page in PdfReader(path).pages]


def lines_of(text: str) -> list[str]:
    return [" ".join(line.split()) for line in text.splitlines()]


def test_the_pack_is_a_team_summary_then_a_page_per_agent_with_the_stored_numbers(
    db, october, tmp_path
):
    shop.set_shop_name(db, "小美家居旗舰店")
    appraisals.prepare_month(db, OCTOBER)
    first = records.month_appraisals(db, OCTOBER).appraisals[0]
    appraisals.set_comment(db, first.id, "本月表现稳定，" * 40)  # long: must wrap, not clip
    star = appraisals.close_month(db, OCTOBER, today=AFTER)
    out = tmp_path / "pack.pdf"
    assert appraisal_pack(db, OCTOBER, out) == 3
    state = records.month_appraisals(db, OCTOBER)
    pages = pages_of(out)
    assert len(pages) == 4
    summary = pages[0]
    for record in state.appraisals:
        assert record.employee_no in summary and record.name in summary
        assert money(record.bonus.amount) in summary
    starred = next(a for a in state.appraisals if a.agent_id == star)
    assert f"Service Star: {starred.name} ({starred.employee_no})" in summary
    total_bonus = sum(a.bonus.amount for a in state.appraisals)
    assert money(total_bonus) in summary
    assert "Page 1 of 1" in summary
    for record, page in zip(state.appraisals, pages[1:], strict=True):
        lines = lines_of(page)
        assert record.name in lines and record.employee_no in lines
        assert f"Total {record.total:.1f}" in lines and f"Grade {record.grade}" in lines
        assert f"Rank {record.rank} / 3" in lines
        assert f"Bonus {currency(record.bonus.amount)}" in lines
        assert ("(never below 0)" in page) != record.bonus.below_pass
        assert "Grades by total: A ≥ 90" in page
        assert "Agent's opinion" in page and "csdesk 0." not in page
        for line in record.lines:
            if line.weighted is not None:
                assert f"{line.weighted:.2f}" in lines
        assert "DRAFT" not in page and "Confidential" in page
        assert "Page 1 of 1" in page  # each agent signs a sheet of its own
        assert "小美家居旗舰店" in page
        assert ("★ Service Star of the month" in page) == (record.agent_id == star)
    assert "Grade capped by: Critical QA failure." in pages[2]  # CS2
    assert "".join(pages[1].split()).count("本月表现稳定") == 40
    assert not any(line.startswith(("，", "。")) for line in lines_of(pages[1]))


def test_a_month_not_prepared_prints_computed_drafts_marked_draft(db, october, tmp_path):
    out = tmp_path / "draft.pdf"
    assert appraisal_pack(db, OCTOBER, out) == 3
    pages = pages_of(out)
    assert all("DRAFT" in page for page in pages[1:])
    assert "The month is not closed: the Service Star is provisional." in pages[0]
    assert "Not prepared" in pages[0]


def test_one_agent_prints_one_page_without_the_team_summary(db, october, tmp_path):
    appraisals.prepare_month(db, OCTOBER)
    out = tmp_path / "one.pdf"
    assert appraisal_pack(db, OCTOBER, out, agent="cs3") == 1
    (page,) = pages_of(out)
    assert "张敏" in page and "王婷" not in page and "Team summary" not in page
    assert "DRAFT" in page  # a stored draft is marked too


def test_an_unknown_agent_writes_nothing(db, october, tmp_path):
    out = tmp_path / "none.pdf"
    with pytest.raises(UserError, match="CS9"):
        appraisal_pack(db, OCTOBER, out, agent="CS9")
    assert not out.exists()


def test_an_amended_and_signed_appraisal_says_so(db, october, tmp_path):
    appraisals.close_month(db, OCTOBER, today=AFTER)
    first = records.month_appraisals(db, OCTOBER).appraisals[0]
    manual_kpis.set_manual_values(db, OCTOBER, {october[0]: {"teamwork": 2}})
    new_id = appraisals.amend(db, first.id, "团队协作分更正", author="店长")
    signed_on = records.appraisal(db, new_id).finalised_at.date()
    appraisals.acknowledge(db, new_id, signed_on, "已阅，同意。", today=signed_on)
    out = tmp_path / "amended.pdf"
    appraisal_pack(db, OCTOBER, out, agent="CS1")
    (page,) = pages_of(out)
    assert "Final (version 2)" in page
    assert f"Amendment 1 of {signed_on.isoformat()} by 店长: 团队协作分更正" in page
    assert f"Acknowledged by the agent on {signed_on.isoformat()}. 已阅，同意。" in page
    record = records.appraisal(db, new_id)
    assert f"Total {record.total:.1f}" in lines_of(page)


def test_the_trend_shows_earlier_appraised_months(db, october, tmp_path):
    appraisals.close_month(db, OCTOBER, today=AFTER)
    out = tmp_path / "trend.pdf"
    appraisal_pack(db, Month(2026, 11), out, agent="CS1")  # November: no data, one agent
    (page,) = pages_of(out)
    october_total = records.month_appraisals(db, OCTOBER).appraisals[0].total
    assert "26-10" in page and f"{october_total:.0f}" in lines_of(page)


def test_the_pack_in_chinese_embeds_the_font(db, october, tmp_path):
    out = tmp_path / "zh.pdf"
    with i18n.speaking("zh_CN"):
        appraisal_pack(db, OCTOBER, out)
    pages = pages_of(out)
    assert "团队汇总" in pages[0] and "草稿" in pages[1] and "保密" in pages[1]
    fonts = {
        font.get_object()["/BaseFont"]
        for page in PdfReader(out).pages
        for font in page["/Resources"]["/Font"].values()
    }
    assert any("WenQuanYi" in f for f in fonts)


def test_the_command_line_prints_one_agent_or_refuses(capsys, db, october, tmp_path):
    db.close()
    out = tmp_path / "cli.pdf"
    code = main(["report", "appraisal", "--db", db.location, "--month", "2026-10",
                 "--agent", "CS2", "--out", str(out)])  # fmt: skip
    captured = capsys.readouterr()
    assert code == 0 and "(1 agent)" in captured.out and out.exists()
    missing = tmp_path / "missing.pdf"
    code = main(["report", "appraisal", "--db", db.location, "--month", "2026-10",
                 "--agent", "NOPE", "--out", str(missing)])  # fmt: skip
    captured = capsys.readouterr()
    assert code == 1 and "NOPE" in captured.err and not missing.exists()
