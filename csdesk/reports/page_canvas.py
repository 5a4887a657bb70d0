"""Every page's frame: the shop's name, the report's title, the print time and "Page n of m".

A reportlab canvas that holds its pages until the end, so that the page count is known
when the footers are drawn; each finished page is reported (progress and cancel).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from csdesk.common.i18n import translate
from csdesk.reports.fonts import register_fonts

MARGIN_MM = 15


@dataclass(frozen=True)
class PageFrame:
    """What the header and footer of each page say."""

    shop_name: str
    title: str
    printed_at: datetime
    landscape: bool = False
    footer_note: str = ""
    paper: str = "A4"  # or "A3"


def framed_canvas(frame: PageFrame):
    """A canvas class that draws ``frame``'s header and footer on every page, at the end."""
    from reportlab.lib.units import mm
    from reportlab.pdfgen import canvas

    font = register_fonts()

    class FramedCanvas(canvas.Canvas):
        """Holds pages until the end so that each footer can say "of Y"."""

        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []
            self.page_mark = ""
            self.section_start = False

        def showPage(self):
            self._pages.append(dict(self.__dict__))
            self._startPage()
            self.page_mark = ""
            self.section_start = False

        def save(self):
            # pages are numbered within their section (an agent's sheet in a pack)
            sections: list[list[dict]] = []
            for state in self._pages:
                if state.get("section_start") or not sections:
                    sections.append([])
                sections[-1].append(state)
            for section in sections:
                for number, state in enumerate(section, start=1):
                    self.__dict__.update(state)
                    self._decorate(number, len(section))
                    super().showPage()
            super().save()

        def _decorate(self, number: int, total: int) -> None:
            width, height = self._pagesize
            left, right = MARGIN_MM * mm, width - MARGIN_MM * mm
            self.saveState()
            self.setFont(font, 8)
            self.setFillColorRGB(0.35, 0.35, 0.35)
            self.drawString(left, height - 9 * mm, frame.shop_name)
            self.drawRightString(right, height - 9 * mm, frame.title)
            self.setStrokeColorRGB(0.75, 0.75, 0.75)
            self.line(left, height - 10.5 * mm, right, height - 10.5 * mm)
            self.line(left, 10.5 * mm, right, 10.5 * mm)
            printed = translate("Report", "Printed {date}").format(
                date=frame.printed_at.strftime("%Y-%m-%d %H:%M")
            )
            self.drawString(left, 7 * mm, printed)
            if frame.footer_note:
                self.drawCentredString(width / 2, 7 * mm, frame.footer_note)
            self.drawRightString(
                right,
                7 * mm,
                translate("Report", "Page {page} of {pages}").format(page=number, pages=total),
            )
            if self.page_mark:
                self._draw_mark(self.page_mark)
            self.restoreState()

        def _draw_mark(self, text: str) -> None:
            """A big diagonal word across the page (DRAFT), light enough to read through."""
            width, height = self._pagesize
            self.saveState()
            self.setFont(font, 96)
            self.setFillColorRGB(0.75, 0.2, 0.2, alpha=0.16)
            self.translate(width / 2, height / 2)
            self.rotate(40)
            self.drawCentredString(0, -30, text)
            self.restoreState()

    return FramedCanvas


def section_start():
    """A flowable of no size: its page starts a new page count ("Page 1 of 1").

    An agent's sheet in the month's pack is a document of its own: the agent signs "page
    1 of 1", not "page 7 of 21".
    """
    from reportlab.platypus import Flowable

    class SectionStart(Flowable):
        def wrap(self, available_width, available_height):
            return 0, 0

        def draw(self):
            self.canv.section_start = True

    return SectionStart()


def page_mark(text: str):
    """A flowable of no size that marks the page it lands on with ``text`` (e.g. DRAFT)."""
    from reportlab.platypus import Flowable

    class PageMark(Flowable):
        def wrap(self, available_width, available_height):
            return 0, 0

        def draw(self):
            self.canv.page_mark = text

    return PageMark()
