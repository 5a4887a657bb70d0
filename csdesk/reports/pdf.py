"""The common frame of every csdesk PDF: A4, the bundled font, header and footer.

The header names the shop and the report; the footer gives the print date and
"page X of Y" (the total is known only at the end, so pages are held until ``save``).
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import count
from pathlib import Path
from xml.sax.saxutils import escape

from csdesk import __version__
from csdesk.common.atomic import atomic_path
from csdesk.common.progress import Progress, report
from csdesk.reports.fonts import register_fonts
from csdesk.reports.page_canvas import MARGIN_MM, PageFrame, framed_canvas


def styles() -> dict[str, object]:
    """Paragraph styles in the bundled font, with CJK line breaking."""
    from reportlab.lib.styles import ParagraphStyle

    font = register_fonts()
    base = ParagraphStyle("body", fontName=font, fontSize=9, leading=12, wordWrap="CJK")
    return {
        "body": base,
        "small": ParagraphStyle("small", parent=base, fontSize=8, leading=10),
        "cell": ParagraphStyle("cell", parent=base, fontSize=8.5, leading=11),
        "title": ParagraphStyle("title", parent=base, fontSize=16, leading=22, spaceAfter=4),
        "subtitle": ParagraphStyle(
            "subtitle", parent=base, fontSize=10, leading=14, spaceAfter=8, textColor="#555555"
        ),
    }


def build_pdf(
    path: Path,
    frame: PageFrame,
    story: Sequence[object],
    progress: Progress | None = None,
    expected_pages: int = 0,
) -> None:
    """Lay ``story`` (platypus flowables) out on the frame's paper; write ``path`` atomically.

    ``progress`` hears of every page laid out (of ``expected_pages``, 0 when unknown);
    when it says stop, ``Cancelled`` ends the build and ``path`` is left as it was.
    """
    from reportlab.lib.pagesizes import A3, A4, landscape
    from reportlab.lib.units import mm
    from reportlab.platypus import SimpleDocTemplate

    paper = A3 if frame.paper == "A3" else A4
    pagesize = landscape(paper) if frame.landscape else paper
    with atomic_path(path) as part:
        doc = SimpleDocTemplate(
            str(part),
            pagesize=pagesize,
            leftMargin=MARGIN_MM * mm,
            rightMargin=MARGIN_MM * mm,
            topMargin=16 * mm,
            bottomMargin=16 * mm,
            title=frame.title,
            author=frame.shop_name,
            creator=f"csdesk {__version__}",
        )
        if progress is not None:
            pages = count(1)
            doc.afterPage = lambda: report(progress, next(pages), expected_pages)
        doc.build(list(story), canvasmaker=framed_canvas(frame))


def table_style(header_rows: int = 1):
    """The grid style shared by report tables: light rules, shaded repeating header."""
    from reportlab.lib import colors
    from reportlab.platypus import TableStyle

    font = register_fonts()
    return TableStyle(
        [
            ("FONTNAME", (0, 0), (-1, -1), font),
            ("FONTSIZE", (0, 0), (-1, -1), 8.5),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("BACKGROUND", (0, 0), (-1, header_rows - 1), colors.HexColor("#e8eef5")),
            ("LINEBELOW", (0, 0), (-1, header_rows - 1), 0.8, colors.HexColor("#6b7f99")),
            ("LINEBELOW", (0, header_rows), (-1, -1), 0.25, colors.HexColor("#c8c8c8")),
            (
                "ROWBACKGROUNDS",
                (0, header_rows),
                (-1, -1),
                [colors.white, colors.HexColor("#f7f7f7")],
            ),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ]
    )


def _has_cjk(text: str) -> bool:
    return any("\u2e80" <= ch <= "\u9fff" or "\uf900" <= ch <= "\uffef" for ch in text)


#: The attribute holding a paragraph style's word-wrapping twin. It lives on the style,
#: and goes with it: a table keyed by id(style) grew with every report printed, and ids
#: are reused once a report's styles are freed (a later report got a wrong twin).
_LATIN_TWIN = "_csdesk_latin_twin"


def text_paragraph(text: str, style):
    """A paragraph of plain text (escaped; a newline breaks the line).

    Chinese may break between any two characters, which is reportlab's CJK mode; that
    mode would also split English words anywhere ("Communicatio-n"), so text without
    CJK characters is wrapped at spaces instead.
    """
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph

    if not _has_cjk(text):
        latin = style.__dict__.get(_LATIN_TWIN)
        if latin is None:
            latin = ParagraphStyle(f"{style.name}-latin", parent=style, wordWrap=None)
            style.__dict__[_LATIN_TWIN] = latin
        style = latin
    return Paragraph(escape(text).replace("\n", "<br/>"), style)


#: A table cell's left and right padding together (reportlab's default, 6 pt a side).
CELL_PADDING = 12


def fitted_cells(
    rows: Sequence[Sequence[str]],
    widths: Sequence[float],
    style,
    font_size: float = 8.5,
) -> list[list[object]]:
    """Table cells as plain strings where they fit on one line, paragraphs elsewhere.

    A plain string costs reportlab a tenth of a paragraph (no parsing, no line breaking
    at each of the table's several layout passes); a long name or comment still wraps.
    The table's style sets the font and the alignment of the plain strings.
    """
    from reportlab.pdfbase.pdfmetrics import stringWidth

    font = register_fonts()
    return [
        [
            text
            if "\n" not in text and stringWidth(text, font, font_size) <= width - CELL_PADDING
            else text_paragraph(text, style)
            for text, width in zip(row, widths, strict=True)
        ]
        for row in rows
    ]
