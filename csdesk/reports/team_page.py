"""The one-page team report's layout: the figures table, goals, facts and three trends.

Everything arrives as words in the reader's language (``services.goals.team_report``
makes them); this module only places them on one A4 page. A status cell is coloured
as on the Goals page and carries its word, for a reader who prints in black and white.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from csdesk.common.palette import BAD, GOOD, WARNING
from csdesk.common.progress import Progress
from csdesk.reports.line_chart import LineSeries, line_chart
from csdesk.reports.pdf import PageFrame, build_pdf, fitted_cells, styles, table_style
from csdesk.reports.pdf import text_paragraph as para

#: A status key -> its cell fill.
STATUS_FILLS = {"met": GOOD[0], "on_track": "#eaf6ec", "at_risk": WARNING[0], "off_track": BAD[0]}


@dataclass(frozen=True)
class Block:
    """A titled table; ``statuses`` holds each row's status key (or None) for its colour."""

    title: str
    headers: Sequence[str]
    rows: Sequence[Sequence[str]]
    widths: Sequence[float]  # in proportion; the table fills the page width
    statuses: Sequence[str | None] = ()
    empty: str = ""


@dataclass(frozen=True)
class TeamPage:
    """The whole page, in the reader's words."""

    title: str
    subtitle: str
    figures: Block
    goals: Block
    facts: Sequence[tuple[str, str]]  # heading, text
    charts: Sequence[LineSeries]
    note: str


def _table(block: Block, width: float, st):
    from reportlab.lib import colors
    from reportlab.platypus import Table

    widths = [width * w / sum(block.widths) for w in block.widths]
    cells = fitted_cells([block.headers, *block.rows], widths, st["cell"])
    table = Table(cells, colWidths=widths, repeatRows=1)
    style = table_style()
    style.add("ALIGN", (1, 0), (-1, -1), "RIGHT")
    style.add("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white])
    for row, status in enumerate(block.statuses, start=1):
        if status in STATUS_FILLS:
            style.add("BACKGROUND", (-1, row), (-1, row), colors.HexColor(STATUS_FILLS[status]))
    table.setStyle(style)
    return table


def build_team_page(
    path: Path,
    shop_name: str,
    page: TeamPage,
    printed_at: datetime | None = None,
    progress: Progress | None = None,
) -> None:
    """Write ``page`` to ``path`` on one A4 page (portrait)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Spacer, Table

    from csdesk.reports.page_canvas import MARGIN_MM

    st = styles()
    heading = ParagraphStyle("heading", parent=st["body"], fontSize=10.5, leading=14)
    width = A4[0] - 2 * MARGIN_MM * mm
    story: list[object] = [
        para(shop_name or page.title, st["title"]),
        para(page.subtitle, st["subtitle"]),
        para(page.figures.title, heading),
        _table(page.figures, width, st),
        Spacer(1, 3 * mm),
        para(page.goals.title, heading),
    ]
    story.append(
        _table(page.goals, width, st) if page.goals.rows else para(page.goals.empty, st["body"])
    )
    story.append(Spacer(1, 3 * mm))
    facts = [[para(h, st["cell"]), para(t, st["cell"])] for h, t in page.facts]
    facts_table = Table(facts, colWidths=[width * 0.2, width * 0.8])
    facts_table.setStyle(table_style(header_rows=0))
    story += [facts_table, Spacer(1, 4 * mm)]
    chart_width = width / max(len(page.charts), 1)
    charts = [line_chart(series, chart_width - 6, 40 * mm) for series in page.charts]
    story.append(Table([charts], colWidths=[chart_width] * len(charts)))
    story += [Spacer(1, 2 * mm), para(page.note, st["small"])]
    frame = PageFrame(shop_name, page.title, printed_at or datetime.now())
    build_pdf(path, frame, story, progress, expected_pages=1)
