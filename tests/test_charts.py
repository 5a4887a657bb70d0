"""Charts render Chinese with the bundled font (a missing glyph is an error here)."""

import sys
import warnings
from datetime import date

import pytest

from csdesk.domain.months import Month
from csdesk.reports.charts import TrendPoint, draw_headcount_trend
from csdesk.services.staff import agent_changes
from csdesk.services.staff import agents as staff

LABELS = {"headcount": "月末人数", "turnover": "流失率", "title": "人数与流失率 — 2026年"}


def test_chinese_labels_render_without_missing_glyphs(tmp_path):
    from matplotlib.figure import Figure

    figure = Figure(figsize=(6, 3))
    points = [TrendPoint(f"2026年{m}月", 40 + m, 2.5 * m if m % 3 else None) for m in range(1, 13)]
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # matplotlib warns "Glyph ... missing from font"
        draw_headcount_trend(figure, points, LABELS)
        figure.savefig(tmp_path / "trend.png")
    bars = figure.axes[0].patches
    assert [round(b.get_height()) for b in bars] == [p.headcount for p in points]


def test_one_figure_can_be_redrawn(tmp_path):
    from matplotlib.figure import Figure

    figure = Figure()
    draw_headcount_trend(figure, [TrendPoint("1", 1, None)], LABELS)
    draw_headcount_trend(figure, [TrendPoint("1", 1, 0.0), TrendPoint("2", 3, 10.0)], LABELS)
    assert len(figure.axes[0].patches) == 2


def test_the_trend_dialog_charts_the_services_numbers(qtbot, ctx):
    agent_changes.create_agent(ctx.db, staff.AgentData("CS1", "甲", hire_date=date(2025, 1, 1)))
    leaver = agent_changes.create_agent(
        ctx.db, staff.AgentData("CS2", "乙", hire_date=date(2025, 1, 1))
    )
    agent_changes.archive_agent(ctx.db, leaver, date(2026, 2, 10), "")
    from csdesk.ui.staff.trend_dialog import TrendDialog

    dialog = TrendDialog(ctx, Month(2026, 6))
    qtbot.addWidget(dialog)
    # July 2025 .. June 2026: one leaver in February (index 7).
    assert [p.headcount for p in dialog.points] == [2] * 7 + [1] * 5
    assert dialog.points[7].turnover_percent == pytest.approx(100 / 1.5)
    assert dialog.points[6].turnover_percent == 0


def test_matplotlib_is_not_loaded_at_start_up():
    import subprocess

    code = "import sys, csdesk.ui.main_window; print('matplotlib' in sys.modules)"
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": ""},
        check=True,
    )
    assert out.stdout.strip() == "False"
