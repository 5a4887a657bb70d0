"""PDFs are read back: their text, numbers, fonts and line breaks are checked."""

from datetime import date

import pytest
from pypdf import PdfReader

from csdesk.common import i18n
from csdesk.domain.staff import Status
from csdesk.services import shop
from csdesk.services.staff import agents as staff
from csdesk.services.staff import headcount
from csdesk.services.staff import staff_report as reports

TODAY = date(2026, 11, 23)


def pdf_text(path) -> list[str]:
    return [page.extract_text() for page in PdfReader(path).pages]


def test_staff_list_lists_every_current_agent_with_the_shop_and_page_numbers(demo_db, tmp_path):
    out = tmp_path / "staff.pdf"
    count = reports.staff_report(demo_db, out, today=TODAY)
    current = [a for a in staff.list_agents(demo_db) if a.data.status != Status.LEFT]
    assert count == len(current)
    pages = pdf_text(out)
    text = "\n".join(pages)
    assert shop.shop_name(demo_db) in text
    for agent in current:
        assert agent.employee_no in text and agent.name in text
    left = [a for a in staff.list_agents(demo_db) if a.data.status == Status.LEFT]
    rows = text.splitlines()
    assert left and not any(r.startswith(a.employee_no + " ") for a in left for r in rows)
    assert f"Page 1 of {len(pages)}" in pages[0]
    assert f"Headcount today: {headcount.headcount_on(demo_db, TODAY)}" in text


def test_staff_list_embeds_the_bundled_font(demo_db, tmp_path):
    out = tmp_path / "staff.pdf"
    reports.staff_report(demo_db, out, today=TODAY)
    fonts = set()
    for page in PdfReader(out).pages:
        for font in page["/Resources"]["/Font"].values():
            obj = font.get_object()
            fonts.add(obj["/BaseFont"])
            if "WenQuanYi" in obj["/BaseFont"]:
                assert "/FontFile2" in obj["/FontDescriptor"].get_object()
    assert any("WenQuanYi" in f for f in fonts)


def test_staff_list_in_chinese(demo_db, tmp_path):
    out = tmp_path / "staff.pdf"
    with i18n.speaking("zh_CN"):
        reports.staff_report(demo_db, out, include_left=True, today=TODAY)
    text = "\n".join(pdf_text(out))
    assert "员工名单" in text and "第 1 页" in text and "售前" in text


def test_only_the_chosen_agents_are_printed(demo_db, tmp_path):
    first = staff.list_agents(demo_db)[0]
    out = tmp_path / "one.pdf"
    assert reports.staff_report(demo_db, out, agent_ids=[first.id], today=TODAY) == 1
    text = "\n".join(pdf_text(out))
    assert first.name in text


PUNCTUATED = "客户反映物流太慢，要求退款；我们已经联系快递公司：预计明天送达！是否满意？" * 6


def rendered_lines(markup: str, width_mm: float) -> list[str]:
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph

    from csdesk.reports.pdf import styles

    para = Paragraph(markup, styles()["body"])
    para.wrap(width_mm * mm, 1000)
    lines = []
    for line in para.blPara.lines:
        if isinstance(line, tuple):  # one font: reportlab's textsplit path
            lines.append("".join(line[1]))
        else:  # several fragments (bold here): paragraph.py's own CJK path
            lines.append("".join(w.text for w in line.words))
    return lines


@pytest.mark.parametrize("width_mm", [40, 53, 61, 77])
@pytest.mark.parametrize("markup", [PUNCTUATED, "<b>客户反映</b>" + PUNCTUATED])
def test_no_line_starts_with_full_width_punctuation(markup, width_mm):
    lines = rendered_lines(markup, width_mm)
    assert len(lines) > 2
    for line in lines[1:]:
        assert line and line[0] not in "，。、；：！？）》」』】", line
