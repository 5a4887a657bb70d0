"""The sign-in sheet of a training session, printed before it starts.

Names are filled in; the signature, score and comment columns are empty for the day.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from csdesk.common.i18n import translate
from csdesk.common.progress import Progress
from csdesk.reports.pdf import PageFrame, build_pdf, styles, table_style, text_paragraph


@dataclass(frozen=True)
class SheetHeading:
    """What the sheet says about the session (labels already in the user's language)."""

    course: str
    when: str
    trainer: str
    location: str
    format: str
    hours: str
    pass_mark: str


@dataclass(frozen=True)
class SheetLine:
    """An invited agent."""

    employee_no: str
    name: str
    post: str


def build_sign_in_sheet(
    path: Path,
    shop_name: str,
    heading: SheetHeading,
    lines: list[SheetLine],
    printed_at: datetime | None = None,
    progress: Progress | None = None,
) -> None:
    """Write the sheet to ``path``: the session's details, then one tall row per agent."""
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, Spacer, Table

    st = styles()
    title = translate("Report", "Training sign-in sheet")
    frame = PageFrame(shop_name, title, printed_at or datetime.now())

    def cell(text: str) -> Paragraph:
        return text_paragraph(text, st["cell"])

    details = [
        (translate("Report", "Course"), heading.course),
        (translate("Report", "Date and time"), heading.when),
        (translate("Report", "Trainer"), heading.trainer),
        (translate("Report", "Location"), heading.location),
        (translate("Report", "Format"), heading.format),
        (translate("Report", "Hours"), heading.hours),
        (translate("Report", "Pass mark"), heading.pass_mark),
    ]
    about = Table(
        [[cell(k), cell(v)] for k, v in details], colWidths=[32 * mm, 148 * mm], hAlign="LEFT"
    )
    about.setStyle(table_style(header_rows=0))
    headers = [
        translate("Report", "#"),
        translate("Report", "No."),
        translate("Report", "Name"),
        translate("Report", "Post"),
        translate("Report", "Signature"),
        translate("Report", "Score"),
        translate("Report", "Comment"),
    ]
    data = [[cell(h) for h in headers]]
    for number, line in enumerate(lines, start=1):
        data.append(
            [
                cell(str(number)),
                cell(line.employee_no),
                cell(line.name),
                cell(line.post),
                "",
                "",
                "",
            ]
        )
    widths = [11, 20, 28, 28, 40, 16, 37]
    sheet = Table(
        data,
        colWidths=[w * mm for w in widths],
        rowHeights=[None] + [11 * mm] * len(lines),
        repeatRows=1,
    )
    style = table_style()
    style.add("VALIGN", (0, 1), (-1, -1), "MIDDLE")
    style.add("GRID", (4, 0), (-1, -1), 0.4, "#999999")
    sheet.setStyle(style)
    story = [
        text_paragraph(title, st["title"]),
        about,
        Spacer(1, 5 * mm),
        sheet,
        Spacer(1, 8 * mm),
        text_paragraph(
            translate("Report", "Trainer's signature: ____________________"), st["body"]
        ),
    ]
    build_pdf(path, frame, story, progress)
