"""A small line chart drawn in reportlab's own vector strokes, for one-page reports.

matplotlib would cost a fifth of a second per chart; the team report's three trends
are drawn here directly on the page in a few milliseconds. A gap in the data breaks
the line; a dashed line marks the target when there is one.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from csdesk.reports.fonts import register_fonts

LINE_COLOUR = (0.18, 0.37, 0.6)
TARGET_COLOUR = (0.75, 0.31, 0.3)


@dataclass(frozen=True)
class LineSeries:
    """What one chart shows: a title, the month labels, the values, an optional target."""

    title: str
    labels: Sequence[str]
    values: Sequence[float | None]
    target: float | None = None
    empty: str = "—"  # said in the middle when there are no values


def _nice_range(values: list[float]) -> tuple[float, float, float]:
    """Low and high ends of the axis and its grid step, in round numbers."""
    low, high = min(values), max(values)
    if math.isclose(low, high):
        low, high = low - 1, high + 1
    raw = (high - low) / 4
    magnitude = 10 ** math.floor(math.log10(raw))
    step = next(m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= raw)
    return math.floor(low / step) * step, math.ceil(high / step) * step, step


def line_chart(series: LineSeries, width: float, height: float):
    """A flowable ``width`` x ``height`` points drawing ``series``."""
    from reportlab.platypus import Flowable

    font = register_fonts()

    class LineChart(Flowable):
        def wrap(self, available_width, available_height):
            return width, height

        def draw(self) -> None:
            canvas = self.canv
            left, bottom, right, top = 24.0, 14.0, width - 4.0, height - 14.0
            values = [v for v in series.values if v is not None]
            shown = values + ([series.target] if series.target is not None else [])
            canvas.saveState()
            canvas.setFont(font, 8)
            canvas.setFillColorRGB(0.15, 0.15, 0.15)
            canvas.drawString(0, height - 9, series.title)
            if not values:
                canvas.setFont(font, 7.5)
                canvas.drawCentredString((left + right) / 2, (bottom + top) / 2, series.empty)
                canvas.restoreState()
                return
            low, high, step = _nice_range(shown)
            count = max(len(series.values), 1)

            def x_of(index: int) -> float:
                return left + (right - left) * (index + 0.5) / count

            def y_of(value: float) -> float:
                return bottom + (value - low) / (high - low) * (top - bottom)

            canvas.setLineWidth(0.3)
            canvas.setStrokeColorRGB(0.82, 0.82, 0.82)
            canvas.setFont(font, 6)
            canvas.setFillColorRGB(0.4, 0.4, 0.4)
            grid = low
            while grid <= high + step / 1000:
                canvas.line(left, y_of(grid), right, y_of(grid))
                canvas.drawRightString(left - 2, y_of(grid) - 2, f"{grid:g}")
                grid += step
            for index, label in enumerate(series.labels):
                canvas.drawCentredString(x_of(index), bottom - 8, label)
            if series.target is not None:
                canvas.setStrokeColorRGB(*TARGET_COLOUR)
                canvas.setLineWidth(0.8)
                canvas.setDash(3, 2)
                canvas.line(left, y_of(series.target), right, y_of(series.target))
                canvas.setDash()
            canvas.setStrokeColorRGB(*LINE_COLOUR)
            canvas.setFillColorRGB(*LINE_COLOUR)
            canvas.setLineWidth(1.2)
            previous = None
            for index, value in enumerate(series.values):
                if value is None:
                    previous = None
                    continue
                here = (x_of(index), y_of(value))
                if previous is not None:
                    canvas.line(*previous, *here)
                canvas.circle(*here, 1.4, stroke=0, fill=1)
                previous = here
            canvas.restoreState()

    return LineChart()
