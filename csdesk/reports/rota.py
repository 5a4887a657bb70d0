"""The printed rota: a week, agents down and days across, for the wall or the group chat.

A4 landscape, or A3 for a large team. Each cell holds the day's shift codes on the
shift's colour, or the leave mark on grey; public holidays are named under their day;
the last column gives each agent's hours. A legend explains the codes (with times) and
the leave marks, so a black-and-white copy still reads.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from csdesk.common.i18n import translate
from csdesk.common.palette import HOLIDAY_FILL
from csdesk.common.progress import Progress
from csdesk.reports.pdf import PageFrame, build_pdf, styles, table_style, text_paragraph


@dataclass(frozen=True)
class RotaCell:
    """A day of an agent: the text to print and its fill ("" = none)."""

    text: str
    fill: str = ""


@dataclass(frozen=True)
class RotaLine:
    """One agent's week (labels already in the user's language)."""

    employee_no: str
    name: str
    cells: tuple[RotaCell, ...]
    hours: str


@dataclass(frozen=True)
class RotaSheet:
    """Everything the printed week shows."""

    shop_name: str
    title: str  # "Rota, week 2026-W48"
    days: tuple[str, ...]  # column headings, holiday names on a second line
    holiday_columns: tuple[int, ...]
    lines: tuple[RotaLine, ...]
    legend: tuple[tuple[str, str, str], ...]  # (code or mark, explanation, fill)
    notes: tuple[str, ...]  # published by, open rule checks ...


def build_rota_pdf(
    path: Path,
    sheet: RotaSheet,
    paper: str = "A4",
    printed_at: datetime | None = None,
    progress: Progress | None = None,
) -> None:
    """Write the week to ``path`` on A4 or A3 landscape."""
    from reportlab.lib import colors
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Spacer, Table

    big = paper == "A3"
    st = styles()
    frame = PageFrame(
        sheet.shop_name,
        sheet.title,
        printed_at or datetime.now(),
        True,
        paper="A3" if big else "A4",
    )
    size = 10.5 if big else 8.5
    cell = ParagraphStyle("rota", parent=st["cell"], fontSize=size, leading=size + 2.5)
    centred = ParagraphStyle("rota-c", parent=cell, alignment=1)
    width = (420 if big else 297) - 30
    fixed = [20, 30] if not big else [26, 40]
    hours_width = 16 if not big else 20
    day_width = (width - sum(fixed) - hours_width) / 7
    header = [
        text_paragraph(translate("Report", "No."), cell),
        text_paragraph(translate("Report", "Name"), cell),
        *[text_paragraph(d, centred) for d in sheet.days],
        text_paragraph(translate("Report", "Hours worked"), centred),
    ]
    data = [header]
    style = table_style()
    style.add("GRID", (0, 0), (-1, -1), 0.3, colors.HexColor("#bbbbbb"))
    style.add("VALIGN", (0, 0), (-1, -1), "MIDDLE")
    for column in sheet.holiday_columns:
        style.add("BACKGROUND", (column + 2, 0), (column + 2, 0), colors.HexColor(HOLIDAY_FILL))
    for row_number, line in enumerate(sheet.lines, start=1):
        row = [text_paragraph(line.employee_no, cell), text_paragraph(line.name, cell)]
        for column, item in enumerate(line.cells, start=2):
            row.append(text_paragraph(item.text, centred))
            if item.fill:
                style.add(
                    "BACKGROUND",
                    (column, row_number),
                    (column, row_number),
                    colors.HexColor(item.fill),
                )
        row.append(text_paragraph(line.hours, centred))
        data.append(row)
    table = Table(
        data,
        colWidths=[w * mm for w in fixed] + [day_width * mm] * 7 + [hours_width * mm],
        repeatRows=1,
    )
    table.setStyle(style)
    key_cells = [
        [text_paragraph(code, centred), text_paragraph(text, cell)]
        for code, text, _fill in sheet.legend
    ]
    per_row = 4
    key_rows = []
    for start in range(0, len(key_cells), per_row):
        chunk = key_cells[start : start + per_row]
        key_rows.append(
            [part for pair in chunk for part in pair] + [""] * 2 * (per_row - len(chunk))
        )
    key = Table(key_rows, colWidths=[14 * mm, (width / per_row - 14) * mm] * per_row, hAlign="LEFT")
    key_style = table_style(header_rows=0)
    for number, (_code, _text, fill) in enumerate(sheet.legend):
        r, c = divmod(number, per_row)
        if fill:
            key_style.add("BACKGROUND", (2 * c, r), (2 * c, r), colors.HexColor(fill))
    key.setStyle(key_style)
    story = [
        text_paragraph(sheet.shop_name or sheet.title, st["title"]),
        text_paragraph(sheet.title, st["subtitle"]),
        table,
        Spacer(1, 4 * mm),
        key,
        Spacer(1, 3 * mm),
        *[text_paragraph(n, st["small"]) for n in sheet.notes],
    ]
    if not sheet.lines:
        story.insert(
            2, text_paragraph(translate("Report", "No agents on this week's rota."), st["body"])
        )
    build_pdf(path, frame, story, progress)
