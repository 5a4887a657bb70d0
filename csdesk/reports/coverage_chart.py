"""The rota's coverage chart: agents per hour against what the forecast needs, per channel."""

from __future__ import annotations

from dataclasses import dataclass

from csdesk.reports.charts import configure


@dataclass(frozen=True)
class CoverageLine:
    """One channel's day: per hour (0-23) agents rostered, to schedule and on the line."""

    title: str  # the channel, in the user's language
    rostered: tuple[int, ...]
    to_schedule: tuple[int, ...]
    needed: tuple[int, ...]


def draw_coverage(figure, lines: list[CoverageLine], labels: dict[str, str]) -> None:
    """Agents on the rota per hour (bars) against the agents required (steps), per channel.

    Hours short of the headcount to schedule are drawn red. One row of axes per channel,
    sharing the hour axis.

    Args:
        figure: a ``matplotlib.figure.Figure``; cleared first.
        lines: the channels, each one day of 24 hours.
        labels: translated texts: "rostered", "to_schedule", "needed", "short", "hour",
            "agents", "title".
    """
    configure()
    figure.clear()
    count = max(len(lines), 1)
    axes_list = figure.subplots(count, 1, sharex=True, squeeze=False)[:, 0]
    hours = list(range(24))
    for axes, line in zip(axes_list, lines, strict=False):
        short = [r < s for r, s in zip(line.rostered, line.to_schedule, strict=True)]
        axes.bar(
            hours,
            line.rostered,
            width=0.8,
            color=["#e57373" if s else "#90b4d8" for s in short],
            label=labels["rostered"],
        )
        edges = [*hours, 24]
        axes.stairs(line.to_schedule, [h - 0.5 for h in edges], color="#333333",
                    linewidth=1.6, label=labels["to_schedule"])  # fmt: skip
        axes.stairs(line.needed, [h - 0.5 for h in edges], color="#777777", linewidth=1.0,
                    linestyle="--", label=labels["needed"])  # fmt: skip
        top = max([*line.rostered, *line.to_schedule, 1])
        axes.set_ylim(0, top + 1)
        axes.yaxis.get_major_locator().set_params(integer=True)
        axes.set_ylabel(labels["agents"], fontsize=8)
        axes.set_title(line.title, loc="left", fontsize=9)
        axes.grid(axis="y", color="#e0e0e0", linewidth=0.6)
        axes.set_axisbelow(True)
        axes.tick_params(labelsize=8)
    axes_list[-1].set_xticks(hours[::2], [f"{h:02d}" for h in hours[::2]])
    axes_list[-1].set_xlim(-0.6, 23.6)
    axes_list[-1].set_xlabel(labels["hour"], fontsize=8)
    from matplotlib.patches import Patch

    handles, names = axes_list[0].get_legend_handles_labels()
    handles.append(Patch(color="#e57373"))
    names.append(labels["short"])
    figure.suptitle(labels["title"], x=0.01, y=0.99, ha="left", va="top", fontsize=10)
    figure.legend(handles, names, loc="upper left", bbox_to_anchor=(0.0, 0.95), ncols=2,
                  fontsize=8, frameon=False)  # fmt: skip
    figure.tight_layout(rect=(0, 0, 1, 0.9))
