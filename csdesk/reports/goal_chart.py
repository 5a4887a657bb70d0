"""A goal's year on one small chart: the path, the team's months, last year dotted.

Shared by the Goals page and the team reports; matplotlib's object API only, imported
on first use like every chart (``charts.configure``).
"""

from __future__ import annotations

from dataclasses import dataclass

from csdesk.reports.charts import configure

#: A month's status -> its marker colour (no status: grey).
STATUS_COLOURS = {
    "met": "#2e7d32",
    "on_track": "#7cb342",
    "at_risk": "#f9a825",
    "off_track": "#c62828",
}


@dataclass(frozen=True)
class GoalSeries:
    """What one goal's chart shows, month by month (January first)."""

    title: str
    months: list[str]  # the month labels
    targets: list[float]  # the path
    actuals: list[float | None]
    statuses: list[str | None]
    last_year: list[float | None]
    labels: dict[str, str]  # "target", "actual", "last_year"


def _gaps(values: list[float | None]) -> list[float]:
    return [v if v is not None else float("nan") for v in values]


def draw_goal(figure, series: GoalSeries, small: bool = False) -> None:
    """Draw ``series`` on ``figure`` (cleared first, so one figure can be redrawn)."""
    configure()
    figure.clear()
    axes = figure.add_subplot()
    xs = list(range(len(series.months)))
    font = 7 if small else 8
    axes.plot(xs, series.targets, color="#2f5f98", lw=1.5, label=series.labels["target"])
    if any(v is not None for v in series.last_year):
        axes.plot(
            xs, _gaps(series.last_year), color="#9a9a9a", ls=":", lw=1.5,
            label=series.labels["last_year"],
        )  # fmt: skip
    axes.plot(xs, _gaps(series.actuals), color="#444444", lw=1, label=series.labels["actual"])
    for x, value, status in zip(xs, series.actuals, series.statuses, strict=True):
        if value is not None:
            colour = STATUS_COLOURS.get(status or "", "#9a9a9a")
            axes.plot([x], [value], "o", color=colour, ms=4 if small else 6)
    axes.set_xticks(xs, series.months, fontsize=font)
    axes.tick_params(axis="y", labelsize=font)
    axes.set_title(series.title, loc="left", fontsize=font + 1)
    axes.grid(axis="y", color="#e0e0e0")
    axes.legend(
        loc="lower right", bbox_to_anchor=(1.0, 1.0), ncol=3, fontsize=font, frameon=False,
        borderaxespad=0.2,
    )  # fmt: skip
    figure.tight_layout()
