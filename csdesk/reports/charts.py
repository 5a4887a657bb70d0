"""Charts drawn with matplotlib's object API (``Figure``, never pyplot).

They are shared by the window and, later, the PDFs. matplotlib costs most of a second
to import, so nothing here is imported at start-up: ``configure`` runs on first use.
It registers the bundled CJK font and sets a fallback list, so Latin text and the minus
sign come from DejaVu Sans and every Chinese glyph falls back to WenQuanYi Micro Hei;
the font cache lives in a lasting user folder.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from functools import cache

from csdesk.common.paths import cache_dir, cjk_font_file

CJK_FAMILY = "WenQuanYi Micro Hei"


@cache
def configure() -> None:
    """Prepare matplotlib once: cache folder, bundled font, font fallback list."""
    os.environ.setdefault("MPLCONFIGDIR", str(cache_dir() / "matplotlib"))
    import matplotlib
    from matplotlib import font_manager

    font_manager.fontManager.addfont(str(cjk_font_file()))
    matplotlib.rcParams["font.family"] = ["DejaVu Sans", CJK_FAMILY]
    matplotlib.rcParams["axes.unicode_minus"] = True


@dataclass(frozen=True)
class TrendPoint:
    """One month of the headcount trend."""

    label: str  # the month as the user's locale writes it
    headcount: int
    turnover_percent: float | None


def draw_headcount_trend(figure, points: list[TrendPoint], labels: dict[str, str]) -> None:
    """Draw month-end headcount (bars) and monthly turnover (line, right axis) on ``figure``.

    Args:
        figure: a ``matplotlib.figure.Figure`` (the window's canvas figure or a new one);
            it is cleared first, so one figure can be redrawn.
        points: the months, oldest first.
        labels: translated texts: "headcount", "turnover", "title".
    """
    configure()
    figure.clear()
    axes = figure.add_subplot()
    xs = list(range(len(points)))
    axes.bar(xs, [p.headcount for p in points], color="#7a9cc6", label=labels["headcount"])
    axes.set_ylabel(labels["headcount"])
    axes.set_xticks(xs, [p.label for p in points], rotation=45, ha="right", fontsize=8)
    axes.set_title(labels["title"])
    axes.set_ylim(0, max([p.headcount for p in points] + [1]) * 1.2)
    rate_axes = axes.twinx()
    rates = [p.turnover_percent for p in points]
    rate_axes.plot(
        xs,
        [r if r is not None else float("nan") for r in rates],
        color="#c0504d",
        marker="o",
        label=labels["turnover"],
    )
    rate_axes.set_ylabel(labels["turnover"] + " (%)")
    rate_axes.set_ylim(0, max([r for r in rates if r is not None] + [5]) * 1.3)
    handles = axes.get_legend_handles_labels()[0] + rate_axes.get_legend_handles_labels()[0]
    axes.legend(handles, [labels["headcount"], labels["turnover"]], loc="upper left", fontsize=8)
    figure.tight_layout()


def draw_kpi_trend(
    figure,
    months: list[str],
    series: list[tuple[str, list[float | None]]],
    title: str,
    unit: str,
) -> None:
    """Lines of one KPI over months (the agent, the team); gaps where there is no data."""
    configure()
    figure.clear()
    axes = figure.add_subplot()
    xs = list(range(len(months)))
    for (name, values), colour in zip(series, ("#2f5f98", "#9a9a9a"), strict=False):
        axes.plot(
            xs,
            [v if v is not None else float("nan") for v in values],
            marker="o",
            color=colour,
            label=name,
        )
    axes.set_xticks(xs, months, rotation=45, ha="right", fontsize=8)
    axes.set_title(title, loc="left", fontsize=10)
    axes.set_ylabel(unit)
    axes.grid(axis="y", color="#e0e0e0")
    # Above the plot, right of the title: inside the axes it hid a point of a line.
    axes.legend(
        loc="lower right",
        bbox_to_anchor=(1.0, 1.0),
        ncol=len(series),
        fontsize=8,
        frameon=False,
        borderaxespad=0.2,
    )
    figure.tight_layout()


def draw_category_bars(figure, counts: list[tuple[str, int]], title: str) -> None:
    """Horizontal bars of complaints per category, the largest on top."""
    configure()
    figure.clear()
    axes = figure.add_subplot()
    shown = list(reversed(counts[:10]))
    ys = list(range(len(shown)))
    axes.barh(ys, [n for _, n in shown], color="#7a9cc6")
    axes.set_yticks(ys, [name for name, _ in shown], fontsize=8)
    for y, (_, n) in zip(ys, shown, strict=True):
        axes.text(n, y, f" {n}", va="center", fontsize=8)
    axes.set_xlim(0, max([n for _, n in shown] + [1]) * 1.15)
    axes.set_title(title, fontsize=10)
    axes.xaxis.get_major_locator().set_params(integer=True)
    figure.tight_layout()


def draw_daily_flow(figure, days: list[tuple[str, int, int]], labels: dict[str, str]) -> None:
    """Complaints received (bars) and resolved (line) per day of a month."""
    configure()
    figure.clear()
    axes = figure.add_subplot()
    xs = list(range(len(days)))
    axes.bar(xs, [d[1] for d in days], color="#7a9cc6", label=labels["received"])
    axes.plot(xs, [d[2] for d in days], color="#c0504d", marker="o", ms=3, label=labels["resolved"])
    axes.set_xticks(xs, [d[0] for d in days], fontsize=7)
    axes.set_ylim(0, max([max(d[1], d[2]) for d in days] + [1]) * 1.25)
    axes.yaxis.get_major_locator().set_params(integer=True)
    axes.set_title(labels["title"], fontsize=10)
    axes.legend(loc="upper left", fontsize=8)
    figure.tight_layout()


def png(draw, width_in: float, height_in: float, dpi: int = 150) -> bytes:
    """Draw on a new figure with ``draw(figure)`` and return it as PNG bytes."""
    import io

    from matplotlib.figure import Figure

    configure()
    figure = Figure(figsize=(width_in, height_in), dpi=dpi)
    draw(figure)
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=dpi)
    return buffer.getvalue()
