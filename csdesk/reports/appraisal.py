"""The printed monthly appraisal: one A4 page per agent, after the team summary.

Each page carries the agent's facts, the scorecard table, the result (total, grade,
rank, bonus), a 12-month trend of total and satisfaction, the QA, complaint, praise and
training evidence, the supervisor's comment and signature lines. A page is shrunk to fit
rather than spill onto a second sheet: the agent signs one sheet.

The trend chart is drawn with reportlab's own vector commands on the page: a matplotlib
figure rendered to PNG per page would cost ~65 ms each, most of a 50-page pack's time,
and print blurred. Services pass every word already in the user's language.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from csdesk.common.progress import Progress
from csdesk.reports.fonts import register_fonts
from csdesk.reports.page_canvas import page_mark, section_start
from csdesk.reports.pdf import (
    PageFrame,
    build_pdf,
    fitted_cells,
    styles,
    table_style,
    text_paragraph,
)

TOTAL_COLOUR = "#2f6db3"
SATISFACTION_COLOUR = "#3a9a5b"


@dataclass(frozen=True)
class TrendPoint:
    """One month of the trend chart (None: no appraisal that month)."""

    label: str
    total: float | None
    satisfaction: float | None


@dataclass(frozen=True)
class TrendLabels:
    """The chart's words."""

    title: str
    total: str
    satisfaction: str
    empty: str  # said when no month has a value


@dataclass(frozen=True)
class AppraisalSheet:
    """One agent's page, every text already in the user's language."""

    heading: str  # "Monthly appraisal — 2026-10"
    facts: Sequence[tuple[str, str]]  # label, value (name, number, post, level ...)
    kpi_headers: Sequence[str]
    kpi_rows: Sequence[Sequence[str]]
    kpi_note: str  # which KPIs were left out, how weights were normalised
    result: Sequence[tuple[str, str]]  # total, grade, rank, bonus
    result_notes: Sequence[str]  # how the bonus was made up, vetoes, the Service Star
    trend: Sequence[TrendPoint]
    trend_labels: TrendLabels
    evidence: Sequence[tuple[str, Sequence[str]]]  # heading, lines (QA, complaints ...)
    comment_heading: str
    comment: str
    acknowledgement: str  # "" until the agent signed
    signatures: Sequence[str]  # one line per signer: "Agent", "Supervisor"
    date_label: str
    mark: str = ""  # "DRAFT" across a page that is not final
    opinion_heading: str = ""  # room for the agent's own opinion, written by hand
    legend_heading: str = ""
    legend: Sequence[str] = ()  # the grade bands and each line's scoring rule


@dataclass(frozen=True)
class TeamSummary:
    """The pack's first pages: everyone's result in one table."""

    heading: str
    lines: Sequence[str]  # the Service Star, totals, grade counts
    headers: Sequence[str]
    rows: Sequence[Sequence[str]]
    widths: Sequence[float]  # in proportion; the table fills the page width
    numeric: Sequence[int]
    total: Sequence[str] | None = None


def _shares(width: float, parts: Sequence[float]) -> list[float]:
    """Column widths in proportion to ``parts``, filling ``width`` exactly."""
    whole = sum(parts)
    return [width * part / whole for part in parts]


def trend_chart(points: Sequence[TrendPoint], labels: TrendLabels, width: float, height: float):
    """A flowable that draws the trend in vector strokes (points on a 0-100 scale)."""
    from reportlab.platypus import Flowable

    font = register_fonts()

    class TrendChart(Flowable):
        def wrap(self, available_width, available_height):
            return width, height

        def draw(self) -> None:
            canvas = self.canv
            left, bottom, right, top = 26.0, 22.0, width - 6.0, height - 16.0
            values = [v for p in points for v in (p.total, p.satisfaction) if v is not None]
            low = min([*values, 100.0]) if values else 0.0
            high = max([*values, 100.0]) if values else 100.0
            low = max(0.0, (int(low) // 10) * 10 - (10 if low % 10 < 3 else 0))
            high = ((int(high) + 9) // 10) * 10

            def y_of(value: float) -> float:
                return bottom + (value - low) / (high - low) * (top - bottom)

            step = (right - left) / max(len(points), 1)

            def x_of(index: int) -> float:
                return left + step * (index + 0.5)

            canvas.saveState()
            canvas.setFont(font, 8.5)
            canvas.setFillColorRGB(0.15, 0.15, 0.15)
            canvas.drawString(0, height - 10, labels.title)
            legend_x = width - 6
            for text, colour, dash in (
                (labels.satisfaction, SATISFACTION_COLOUR, (3, 2)),
                (labels.total, TOTAL_COLOUR, ()),
            ):
                canvas.setFont(font, 7.5)
                legend_x -= canvas.stringWidth(text, font, 7.5)
                canvas.setFillColor(colour)
                canvas.drawString(legend_x, height - 10, text)
                canvas.setStrokeColor(colour)
                canvas.setLineWidth(1.4)
                canvas.setDash(*dash) if dash else canvas.setDash()
                canvas.line(legend_x - 16, height - 7.5, legend_x - 3, height - 7.5)
                legend_x -= 26
            canvas.setDash()
            canvas.setLineWidth(0.3)
            canvas.setStrokeColorRGB(0.8, 0.8, 0.8)
            canvas.setFont(font, 6.5)
            canvas.setFillColorRGB(0.4, 0.4, 0.4)
            grid = int(low)
            while grid <= high:
                canvas.line(left, y_of(grid), right, y_of(grid))
                canvas.drawRightString(left - 3, y_of(grid) - 2, f"{grid}")
                grid += 10 if high - low <= 60 else 20
            for index, point in enumerate(points):
                canvas.drawCentredString(x_of(index), bottom - 10, point.label)
            if not values:
                canvas.setFont(font, 8)
                canvas.drawCentredString((left + right) / 2, (bottom + top) / 2, labels.empty)
            for attribute, colour, dash in (
                ("satisfaction", SATISFACTION_COLOUR, (3, 2)),
                ("total", TOTAL_COLOUR, ()),
            ):
                canvas.setStrokeColor(colour)
                canvas.setFillColor(colour)
                canvas.setLineWidth(1.4)
                canvas.setDash(*dash) if dash else canvas.setDash()
                previous = None
                for index, point in enumerate(points):
                    value = getattr(point, attribute)
                    if value is None:
                        previous = None
                        continue
                    here = (x_of(index), y_of(value))
                    if previous is not None:
                        canvas.line(*previous, *here)
                    previous = here
                canvas.setDash()
                for index, point in enumerate(points):
                    value = getattr(point, attribute)
                    if value is not None:
                        canvas.circle(x_of(index), y_of(value), 1.6, stroke=0, fill=1)
                if attribute == "total":
                    canvas.setFont(font, 6.5)
                    for index, point in enumerate(points):
                        if point.total is not None:
                            canvas.drawCentredString(
                                x_of(index), y_of(point.total) + 4, f"{point.total:.0f}"
                            )
            canvas.restoreState()

    return TrendChart()


def _sheet_story(sheet: AppraisalSheet, width: float) -> list[object]:
    """The flowables of one agent's page (before fitting it to the page)."""
    from reportlab.lib import colors
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Spacer, Table

    st = styles()
    cell = st["cell"]
    heading = ParagraphStyle("sheet-heading", parent=st["body"], fontSize=10, leading=13)
    big = ParagraphStyle("result", parent=st["body"], fontSize=13, leading=17)
    story: list[object] = [text_paragraph(sheet.heading, st["title"])]
    facts = list(sheet.facts)
    rows = []
    for start in range(0, len(facts), 3):
        row = [text for pair in facts[start : start + 3] for text in pair]
        rows.append(row + [""] * (6 - len(row)))
    widths = _shares(width, (20, 40, 20, 40, 20, 40))
    fact_table = Table(fitted_cells(rows, widths, cell), colWidths=widths)
    fact_table.setStyle(table_style(header_rows=0))
    fact_table.setStyle(
        [
            ("ROWBACKGROUNDS", (0, 0), (-1, -1), [colors.white]),
            *[("TEXTCOLOR", (c, 0), (c, -1), colors.HexColor("#555555")) for c in (0, 2, 4)],
        ]
    )
    story += [fact_table, Spacer(1, 3 * mm)]

    widths = _shares(width, (62, 24, 24, 22, 22, 26))
    kpis = Table(
        fitted_cells([sheet.kpi_headers, *sheet.kpi_rows], widths, cell),
        colWidths=widths,
        repeatRows=1,
    )
    kpis.setStyle(table_style())
    kpis.setStyle([("ALIGN", (1, 0), (-1, -1), "RIGHT")])
    story += [kpis]
    if sheet.kpi_note:
        story += [Spacer(1, 1 * mm), text_paragraph(sheet.kpi_note, st["small"])]
    story.append(Spacer(1, 3 * mm))

    result = [f"{label_text}  {value}" for label_text, value in sheet.result]
    widths = [width / len(result)] * len(result)
    result_table = Table(fitted_cells([result], widths, big, 13), colWidths=widths)
    result_table.setStyle(
        [
            ("FONTNAME", (0, 0), (-1, -1), register_fonts()),
            ("FONTSIZE", (0, 0), (-1, -1), 13),
            ("BOX", (0, 0), (-1, -1), 0.8, colors.HexColor("#6b7f99")),
            ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#f2f5f9")),
            ("TOPPADDING", (0, 0), (-1, -1), 6),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
        ]
    )
    story += [result_table, Spacer(1, 1.5 * mm)]
    story += [text_paragraph(note, st["small"]) for note in sheet.result_notes]
    story += [
        Spacer(1, 3 * mm),
        trend_chart(sheet.trend, sheet.trend_labels, width, 48 * mm),
        Spacer(1, 3 * mm),
    ]

    halves: list[list[object]] = [[], []]
    for index, (title, lines) in enumerate(sheet.evidence):
        column = halves[index % 2]
        column.append(text_paragraph(title, heading))
        column.append(text_paragraph("\n".join(lines), st["small"]))
        column.append(Spacer(1, 2 * mm))
    evidence = Table([halves], colWidths=[width / 2] * 2)
    evidence.setStyle(
        [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (0, -1), 8),
        ]
    )
    story.append(evidence)

    if sheet.legend:
        story.append(text_paragraph(sheet.legend_heading, heading))
        story.append(text_paragraph("\n".join(sheet.legend), st["small"]))
        story.append(Spacer(1, 2 * mm))
    # room to write by hand: a typed comment still leaves a few lines below it
    story.append(text_paragraph(sheet.comment_heading, heading))
    story.append(writing_box(sheet.comment, width, 20 * mm))
    if sheet.opinion_heading:
        story += [Spacer(1, 2 * mm), text_paragraph(sheet.opinion_heading, heading)]
        story.append(writing_box("", width, 16 * mm))
    if sheet.acknowledgement:
        story += [Spacer(1, 1 * mm), text_paragraph(sheet.acknowledgement, st["small"])]
    story.append(Spacer(1, 8 * mm))
    widths = _shares(width, (38, 70, 16, 56))
    signature_rows = [[signer, "", sheet.date_label, ""] for signer in sheet.signatures]
    signatures = Table(
        fitted_cells(signature_rows, widths, cell),
        colWidths=widths,
        rowHeights=[11 * mm] * len(signature_rows),
    )
    signatures.setStyle(
        [
            ("FONTNAME", (0, 0), (-1, -1), register_fonts()),
            ("FONTSIZE", (0, 0), (-1, -1), 8.5),
            ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
            ("LINEBELOW", (1, 0), (1, -1), 0.6, colors.black),
            ("LINEBELOW", (3, 0), (3, -1), 0.6, colors.black),
        ]
    )
    story.append(signatures)
    return story


def writing_box(text: str, width: float, height: float):
    """A framed box with ``text`` at its top and room below it to write by pen."""
    from reportlab.lib import colors
    from reportlab.platypus import Table

    box = Table([[text_paragraph(text or " ", styles()["body"])]], colWidths=[width])
    box.setStyle(
        [
            ("BOX", (0, 0), (-1, -1), 0.5, colors.HexColor("#9aa7b8")),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("TOPPADDING", (0, 0), (-1, -1), 4),
            ("BOTTOMPADDING", (0, 0), (-1, -1), height),
        ]
    )
    return box


def _team_story(team: TeamSummary, width: float) -> list[object]:
    from reportlab.lib.units import mm
    from reportlab.platypus import PageBreak, Spacer, Table

    st = styles()
    story: list[object] = [text_paragraph(team.heading, st["title"])]
    story += [text_paragraph(line, st["body"]) for line in team.lines]
    story.append(Spacer(1, 4 * mm))
    rows = [team.headers, *team.rows]
    style = table_style()
    if team.total is not None:
        rows.append(team.total)
        style.add("LINEABOVE", (0, -1), (-1, -1), 0.8, "#6b7f99")
    for column in team.numeric:
        style.add("ALIGN", (column, 0), (column, -1), "RIGHT")
    widths = _shares(width, team.widths)
    table = Table(fitted_cells(rows, widths, st["cell"]), colWidths=widths, repeatRows=1)
    table.setStyle(style)
    story += [table, PageBreak()]
    return story


def build_appraisal_pack(
    path: Path,
    shop_name: str,
    title: str,
    sheets: Sequence[AppraisalSheet],
    team: TeamSummary | None = None,
    footer_note: str = "",
    printed_at: datetime | None = None,
    progress: Progress | None = None,
) -> None:
    """Write the team summary (if given) and one page per sheet to ``path``.

    ``progress`` hears of every page written; it may cancel (see ``build_pdf``).
    """
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.platypus import KeepInFrame, PageBreak

    from csdesk.reports.pdf import MARGIN_MM

    width = A4[0] - 2 * MARGIN_MM * mm - 12  # inside the frame's 6 pt padding
    height = A4[1] - 32 * mm - 12
    story: list[object] = _team_story(team, width) if team is not None else []
    for number, sheet in enumerate(sheets):
        if number:
            story.append(PageBreak())
        story.append(section_start())  # "Page 1 of 1" on each agent's sheet
        if sheet.mark:  # outside the frame below, which skips flowables of no size
            story.append(page_mark(sheet.mark))
        story.append(KeepInFrame(width, height, _sheet_story(sheet, width), mode="shrink"))
    frame = PageFrame(shop_name, title, printed_at or datetime.now(), footer_note=footer_note)
    build_pdf(path, frame, story, progress, len(sheets) + (team is not None))
