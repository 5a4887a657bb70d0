"""The staff list PDF: who is on the team, in which post, since when."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from csdesk.common.i18n import translate
from csdesk.common.progress import Progress
from csdesk.reports.pdf import PageFrame, build_pdf, styles, table_style, text_paragraph


@dataclass(frozen=True)
class StaffLine:
    """One agent as printed (labels already in the user's language)."""

    employee_no: str
    name: str
    post: str
    level: str
    status: str
    hire_date: date
    mentor: str
    channels: str
    phone: str


def build_staff_list(
    path: Path,
    shop_name: str,
    lines: list[StaffLine],
    summary: list[str],
    printed_at: datetime | None = None,
    progress: Progress | None = None,
) -> None:
    """Write the staff list to ``path``: a title, a summary, and the agents' table."""
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, Spacer, Table

    st = styles()
    title = translate("Report", "Staff list")
    frame = PageFrame(shop_name, title, printed_at or datetime.now(), landscape=True)
    headers = [
        translate("Report", "No."),
        translate("Report", "Name"),
        translate("Report", "Post"),
        translate("Report", "Level"),
        translate("Report", "Status"),
        translate("Report", "Hired"),
        translate("Report", "Mentor"),
        translate("Report", "Channels"),
        translate("Report", "Phone"),
    ]

    def cell(text: str) -> Paragraph:
        return text_paragraph(text, st["cell"])

    data = [[cell(h) for h in headers]]
    for line in lines:
        data.append(
            [
                cell(line.employee_no),
                cell(line.name),
                cell(line.post),
                cell(line.level),
                cell(line.status),
                cell(line.hire_date.isoformat()),
                cell(line.mentor),
                cell(line.channels),
                cell(line.phone),
            ]
        )
    widths = [22, 30, 34, 22, 22, 24, 30, 48, 34]
    table = Table(data, colWidths=[w * mm for w in widths], repeatRows=1)
    table.setStyle(table_style())
    story = [
        text_paragraph(shop_name or title, st["title"]),
        text_paragraph(title, st["subtitle"]),
        *[text_paragraph(s, st["body"]) for s in summary],
        Spacer(1, 4 * mm),
        table,
    ]
    if not lines:
        story.append(text_paragraph(translate("Report", "No agents match."), st["body"]))
    build_pdf(path, frame, story, progress)
