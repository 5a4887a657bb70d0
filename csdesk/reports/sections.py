"""A report made of titled tables: the shape of the yearly training report and others.

Services gather the numbers and the words; this module only lays them out.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from csdesk.common.progress import Progress
from csdesk.reports.pdf import PageFrame, build_pdf, styles, table_style, text_paragraph


@dataclass(frozen=True)
class Section:
    """A heading, an optional line of text, and a table.

    Widths are in mm; ``numeric`` lists the columns aligned right.
    """

    title: str
    headers: Sequence[str]
    rows: Sequence[Sequence[str]]
    widths_mm: Sequence[float]
    numeric: Sequence[int] = ()
    note: str = ""
    empty: str = ""
    total: Sequence[str] | None = None  # a bold last row


@dataclass(frozen=True)
class Chart:
    """A chart drawn beforehand (PNG bytes) and its size on the page in mm."""

    png: bytes
    width_mm: float
    height_mm: float


@dataclass(frozen=True)
class SectionedReport:
    """The whole report: title lines, summary lines, charts, then the sections."""

    title: str
    subtitle: str
    summary: Sequence[str]
    sections: Sequence[Section] = field(default_factory=tuple)
    charts: Sequence[Chart] = field(default_factory=tuple)


def build_sectioned_report(
    path: Path,
    shop_name: str,
    report: SectionedReport,
    printed_at: datetime | None = None,
    progress: Progress | None = None,
) -> None:
    """Write ``report`` to ``path`` on A4 portrait pages."""
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import CondPageBreak, Paragraph, Spacer, Table

    st = styles()
    heading = ParagraphStyle("heading", parent=st["body"], fontSize=12, leading=16, spaceBefore=6)
    right = ParagraphStyle("right", parent=st["cell"], alignment=2)
    frame = PageFrame(shop_name, report.title, printed_at or datetime.now())
    story: list[object] = [
        text_paragraph(shop_name or report.title, st["title"]),
        text_paragraph(report.subtitle, st["subtitle"]),
        *[text_paragraph(line, st["body"]) for line in report.summary],
    ]
    for chart in report.charts:
        story += [Spacer(1, 3 * mm), _image(chart)]
    for section in report.sections:
        story += [CondPageBreak(40 * mm), Spacer(1, 4 * mm)]
        story.append(text_paragraph(section.title, heading))
        if section.note:
            story.append(text_paragraph(section.note, st["small"]))
        story.append(Spacer(1, 2 * mm))
        if not section.rows:
            story.append(text_paragraph(section.empty, st["body"]))
            continue

        def cell(text: str, column: int, numeric=section.numeric) -> Paragraph:
            return text_paragraph(text, right if column in numeric else st["cell"])

        data = [[cell(h, i) for i, h in enumerate(section.headers)]]
        data += [[cell(v, i) for i, v in enumerate(row)] for row in section.rows]
        style = table_style()
        if section.total is not None:
            data.append([cell(v, i) for i, v in enumerate(section.total)])
            style.add("LINEABOVE", (0, -1), (-1, -1), 0.8, "#6b7f99")
        table = Table(data, colWidths=[w * mm for w in section.widths_mm], repeatRows=1)
        table.setStyle(style)
        story.append(table)
    build_pdf(path, frame, story, progress)


def _image(chart: Chart):
    import io

    from reportlab.lib.units import mm
    from reportlab.platypus import Image

    return Image(io.BytesIO(chart.png), width=chart.width_mm * mm, height=chart.height_mm * mm)
