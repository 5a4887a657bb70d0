"""A sheet to sign: small tables of evidence, two boxes of writing, signature lines.

The coaching sheet (one per agent) and a meeting's minutes are both this shape.
Everything arrives worded by the service; a box with no text leaves room to write by
hand (an agenda printed before the talk). Each sheet counts its own pages, as it is
signed alone.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from csdesk.common.progress import Progress
from csdesk.reports.appraisal import writing_box
from csdesk.reports.page_canvas import PageFrame, section_start
from csdesk.reports.pdf import build_pdf, fitted_cells, styles, table_style, text_paragraph


@dataclass(frozen=True)
class Block:
    """A heading and a small table (or one line saying there is nothing)."""

    heading: str
    headers: Sequence[str]
    rows: Sequence[Sequence[str]]
    widths: Sequence[float]  # in proportion
    empty: str


@dataclass(frozen=True)
class SignedSheet:
    """One sheet, in the reader's words."""

    title: str
    facts: str  # agent, month, day held, coach
    blocks: Sequence[Block]
    notes_heading: str
    notes: str
    comment_heading: str
    comment: str
    signatures: Sequence[str]


def _block(block: Block, width: float, st) -> list[object]:
    from reportlab.platypus import Table

    story: list[object] = [text_paragraph(block.heading, st["heading"])]
    if not block.rows:
        return [*story, text_paragraph(block.empty, st["small"])]
    widths = [width * w / sum(block.widths) for w in block.widths]
    table = Table(fitted_cells([block.headers, *block.rows], widths, st["cell"]),
                  colWidths=widths, repeatRows=1)  # fmt: skip
    table.setStyle(table_style())
    return [*story, table]


def build_signed_sheets(
    path: Path,
    shop_name: str,
    title: str,
    sheets: Sequence[SignedSheet],
    printed_at: datetime | None = None,
    progress: Progress | None = None,
) -> None:
    """Write ``sheets`` to ``path``, one (or more) A4 pages each."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import PageBreak, Spacer, Table

    from csdesk.reports.page_canvas import MARGIN_MM

    st = dict(styles())
    st["heading"] = ParagraphStyle("heading", parent=st["body"], fontSize=10.5, leading=14,
                                   spaceBefore=5)  # fmt: skip
    width = A4[0] - 2 * MARGIN_MM * mm
    story: list[object] = []
    for number, sheet in enumerate(sheets):
        if number:
            story.append(PageBreak())
        story += [section_start(), text_paragraph(sheet.title, st["title"]),
                  text_paragraph(sheet.facts, st["subtitle"])]  # fmt: skip
        for block in sheet.blocks:
            story += _block(block, width, st)
        story += [text_paragraph(sheet.notes_heading, st["heading"]),
                  writing_box(sheet.notes, width, 0 if sheet.notes else 60),
                  text_paragraph(sheet.comment_heading, st["heading"]),
                  writing_box(sheet.comment, width, 0 if sheet.comment else 30),
                  Spacer(1, 8 * mm)]  # fmt: skip
        count = len(sheet.signatures)
        cells = [[text_paragraph(s, st["body"]) for s in sheet.signatures]]
        story.append(Table(cells, colWidths=[width / count] * count))
    if not sheets:
        story.append(text_paragraph(title, st["title"]))
    frame = PageFrame(shop_name, title, printed_at or datetime.now())
    build_pdf(path, frame, story, progress, expected_pages=len(sheets))
