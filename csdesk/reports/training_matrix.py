"""The training matrix PDF: agents x required courses, each cell coloured by standing.

A4 landscape. Each cell shows the word for its standing and the date behind it (when
it expires, or when it was passed for a course that never expires), so a black-and-white
copy still reads.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from csdesk.common.i18n import translate
from csdesk.common.palette import NOT_REQUIRED_FILL, STANDING_COLOURS
from csdesk.common.progress import Progress
from csdesk.reports.pdf import PageFrame, build_pdf, styles, table_style, text_paragraph


@dataclass(frozen=True)
class MatrixCell:
    """One cell: its standing key ("" = not required), the word and the date to print."""

    standing: str
    word: str
    date: str


@dataclass(frozen=True)
class MatrixLine:
    """One agent's row (labels already in the user's language)."""

    employee_no: str
    name: str
    post: str
    cells: tuple[MatrixCell, ...]


def build_matrix_pdf(
    path: Path,
    shop_name: str,
    courses: list[str],
    lines: list[MatrixLine],
    summary: list[str],
    legend: dict[str, str],
    printed_at: datetime | None = None,
    progress: Progress | None = None,
) -> None:
    """Write the matrix to ``path``; course columns share the width left by the names."""
    from reportlab.lib import colors
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, Spacer, Table

    st = styles()
    title = translate("Report", "Training matrix")
    frame = PageFrame(shop_name, title, printed_at or datetime.now(), landscape=True)
    small = ParagraphStyle("matrix", parent=st["cell"], fontSize=7.5, leading=9)
    # small enough that "Communication" fits a course column unbroken
    heading = ParagraphStyle("matrix-heading", parent=small, fontSize=6.5, leading=8)
    fixed = [18, 24, 26]
    free = 267 - sum(fixed)
    width = max(free / max(len(courses), 1), 14)

    def cell(text: str, style=small) -> Paragraph:
        return text_paragraph(text, style)

    header = [
        cell(translate("Report", "No.")),
        cell(translate("Report", "Name")),
        cell(translate("Report", "Post")),
        *[cell(c, heading) for c in courses],
    ]
    data = [header]
    style = table_style()
    for row_number, line in enumerate(lines, start=1):
        row = [cell(line.employee_no), cell(line.name), cell(line.post)]
        for column, item in enumerate(line.cells, start=len(fixed)):
            if not item.standing:
                row.append(cell(""))
                fill = NOT_REQUIRED_FILL
            else:
                text = f"{item.word}\n{item.date}" if item.date else item.word
                row.append(text_paragraph(text, small))
                fill = STANDING_COLOURS[item.standing][0]
            style.add(
                "BACKGROUND", (column, row_number), (column, row_number), colors.HexColor(fill)
            )
        data.append(row)
    style.add("GRID", (len(fixed), 0), (-1, -1), 0.3, colors.HexColor("#bbbbbb"))
    table = Table(
        data, colWidths=[w * mm for w in fixed] + [width * mm] * len(courses), repeatRows=1
    )
    table.setStyle(style)
    key = Table(
        [[cell(word) for word in legend.values()]],
        colWidths=[30 * mm] * len(legend),
        hAlign="LEFT",
    )
    key_style = table_style(header_rows=0)
    for column, standing in enumerate(legend):
        key_style.add(
            "BACKGROUND", (column, 0), (column, 0), colors.HexColor(STANDING_COLOURS[standing][0])
        )
    key.setStyle(key_style)
    story = [
        text_paragraph(shop_name or title, st["title"]),
        text_paragraph(title, st["subtitle"]),
        *[text_paragraph(s, st["body"]) for s in summary],
        Spacer(1, 2 * mm),
        key,
        Spacer(1, 4 * mm),
        table,
    ]
    if not lines:
        story.append(text_paragraph(translate("Report", "No agents match."), st["body"]))
    build_pdf(path, frame, story, progress)
