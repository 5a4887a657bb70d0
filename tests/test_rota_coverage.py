"""Coverage against the forecast, the forecast itself, attendance from the rota, shifts."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import insert

from csdesk.data.performance import Conversation
from csdesk.domain.months import Month
from csdesk.domain.rota import Leave
from csdesk.domain.staffing import staffing
from csdesk.domain.weeks import Week
from csdesk.services.errors import UserError
from csdesk.services.performance import kpis, manual_kpis
from csdesk.services.rota import rota_coverage, rota_month, rota_shifts, week_coverage, week_edits
from csdesk.services.rota.rota_coverage import Assumptions, ChannelPlan, SaleEvent
from tests.engines import table_rows as rows
from tests.test_rota import cleared_agent

WEEK = Week(2026, 48)
MON = WEEK.monday


@pytest.fixture
def team(db) -> list[int]:
    return [cleared_agent(db, f"CS00{n}", name) for n, name in enumerate("甲乙丙", start=1)]


def flat(value: float) -> list[list[float]]:
    return [[value] * 24 for _ in range(7)]


def test_coverage_counts_the_rota_per_hour_and_channel_across_midnight(db, team):
    week_edits.set_day(db, team[0], MON - timedelta(1), ["N"])  # Sunday 22:00 - Monday 06:00
    week_edits.set_day(db, team[1], MON, ["M"])
    week_edits.set_day(db, team[2], MON, ["M", "E"])
    rota_coverage.save_forecast(db, {"chat": flat(30.0)})
    monday = week_coverage.week_coverage(db, WEEK)[0]
    chat = monday.channels["chat"]
    assert [h.rostered for h in chat][:7] == [1, 1, 1, 1, 1, 1, 0]  # the night from Sunday
    assert chat[8].rostered == 2 and chat[15].rostered == 2 and chat[16].rostered == 1
    assert chat[23].rostered == 1
    assert monday.channels["phone"][10].rostered == 0  # every agent here is on chat
    need = staffing(30.0, 360.0, 0.8, 60.0, 3.0, 0.3, 0.85)
    assert (chat[10].contacts, chat[10].needed, chat[10].to_schedule) == (
        30.0,
        need.agents,
        need.scheduled,
    )
    assert chat[10].short == max(0, need.scheduled - 2)
    assert {(c, h.hour) for c, h in monday.shortfalls()} >= {("chat", 6), ("chat", 7)}


def test_sale_events_multiply_their_days_only(db, team):
    rota_coverage.save_forecast(
        db,
        {"chat": flat(20.0)},
        [SaleEvent(None, "双11", MON + timedelta(2), MON + timedelta(3), 3.0),
         SaleEvent(None, "小促", MON + timedelta(3), MON + timedelta(3), 1.5)],
    )  # fmt: skip
    days = week_coverage.week_coverage(db, WEEK)
    assert [d.multiplier for d in days] == [1.0, 1.0, 3.0, 3.0, 1.0, 1.0, 1.0]
    assert days[3].events == ("双11", "小促") or set(days[3].events) == {"双11", "小促"}
    assert days[2].channels["chat"][12].contacts == 60.0
    assert days[2].channels["chat"][12].to_schedule > days[0].channels["chat"][12].to_schedule


def test_a_bad_forecast_or_event_saves_nothing(db):
    rota_coverage.save_forecast(db, {"chat": flat(5.0)})
    before = rows(db, "staffing_forecast"), rows(db, "staffing_events")
    grid = flat(5.0)
    grid[2][9] = -1.0
    with pytest.raises(UserError) as caught:
        rota_coverage.save_forecast(
            db,
            {"chat": flat(9.0), "phone": grid},
            [SaleEvent(None, "", MON, MON - timedelta(1), 0.0)],
        )
    assert len(caught.value.details) == 4  # the grid, no name, dates, multiplier
    assert "day 3, 9:00" in caught.value.details[0]
    assert (rows(db, "staffing_forecast"), rows(db, "staffing_events")) == before


def test_history_averages_each_weekday_over_the_days_seen(db, team):
    # two Mondays of chats at 10:00 (4 and 6), one Monday of phone calls at 15:00 (3);
    # a Tuesday with 1 chat at 10:00; a conversation with no channel counts as chat
    talks = []

    def talk(day: date, hour: int, channel: str | None, n: int) -> None:
        for i in range(n):
            talks.append({
                "conversation_id": f"{day}-{hour}-{channel}-{i}", "agent_id": team[0],
                "account": "a", "channel": channel,
                "started_at": datetime.combine(day, datetime.min.time()) + timedelta(hours=hour),
            })  # fmt: skip

    talk(MON - timedelta(7), 10, "在线", 4)
    talk(MON - timedelta(14), 10, "chat", 5)
    talk(MON - timedelta(14), 10, None, 1)
    talk(MON - timedelta(14), 15, "电话", 3)
    talk(MON - timedelta(6), 10, "chat", 1)
    talk(MON - timedelta(70), 10, "chat", 50)  # outside the 4 weeks
    with db.write() as session:
        session.execute(insert(Conversation), talks)
    found = rota_coverage.history_forecast(db, 4, MON + timedelta(3))
    assert (found.first, found.last) == (MON - timedelta(28), MON - timedelta(1))
    assert found.conversations == 14 and found.days_seen == 3
    assert found.grids["chat"][0][10] == 5.0  # (4 + 6) / 2 Mondays
    assert found.grids["phone"][0][15] == 1.5
    assert found.grids["chat"][1][10] == 1.0
    assert rows(db, "staffing_forecast") == []  # nothing saved until the editor saves
    with pytest.raises(UserError):
        rota_coverage.history_forecast(db, 0, MON)


def test_staffing_settings_are_tried_on_the_calculator_first(db):
    plans = rota_coverage.channel_plans(db)
    assert [(p.channel, p.handle_seconds, p.concurrency) for p in plans] == [
        ("chat", 360.0, 3.0),
        ("phone", 240.0, 1.0),
    ]
    bad = [ChannelPlan("chat", 360.0, 1.2, 60.0, 3.0)]
    with pytest.raises(UserError, match="target"):
        rota_coverage.save_staffing_settings(db, bad, Assumptions())
    rota_coverage.save_staffing_settings(
        db, [ChannelPlan("chat", 300.0, 0.9, 30.0, 2.0)], Assumptions(0.2, 0.8)
    )
    assert rota_coverage.channel_plans(db)[0] == ChannelPlan("chat", 300.0, 0.9, 30.0, 2.0)
    assert rota_coverage.assumptions(db) == Assumptions(0.2, 0.8)


def test_attendance_comes_from_the_rota_and_a_typed_value_overrides_it(db, team):
    november = Month(2026, 11)
    for n in range(8):
        week_edits.set_day(db, team[0], date(2026, 11, 2 + n), ["M"])
    week_edits.set_day(db, team[0], date(2026, 11, 10), (), Leave.SICK)
    week_edits.set_day(db, team[0], date(2026, 11, 11), (), Leave.ANNUAL)  # not due
    week_edits.set_day(db, team[1], date(2026, 11, 3), ["D"])
    week_edits.set_day(db, team[1], date(2026, 11, 30), ["D"])  # after "today": not counted
    found = rota_month.monthly_attendance(db, november, today=date(2026, 11, 20))
    assert found[team[0]] == pytest.approx(100 * 8 / 9)
    assert found[team[1]] == 100.0
    assert team[2] not in found
    figures = {r.agent_id: r for r in kpis.monthly_kpis(db, november)}
    assert figures[team[0]].sources["attendance_rate"] == "rota"
    assert figures[team[2]].values["attendance_rate"] is None
    manual_kpis.set_manual_values(db, november, {team[0]: {"attendance_rate": 95.0}})
    figures = {r.agent_id: r for r in kpis.monthly_kpis(db, november)}
    assert figures[team[0]].values["attendance_rate"] == 95.0
    assert figures[team[0]].sources["attendance_rate"] == "manual"


def test_shifts_are_checked_and_used_times_are_kept(db, team):
    draft = rota_shifts.ShiftDraft(None, "s", "Split", 9 * 60, 13 * 60, 0, "#aabbcc")
    new_id = rota_shifts.save_shift(db, draft)
    assert [s.code for s in rota_shifts.shifts(db)] == ["M", "D", "E", "N", "S"]
    with pytest.raises(UserError) as caught:
        rota_shifts.save_shift(db, rota_shifts.ShiftDraft(None, "m", "", 600, 600, 0, "red"))
    assert len(caught.value.details) == 4  # code taken, no name, no length, colour
    morning = next(s for s in rota_shifts.shifts(db) if s.code == "M")
    week_edits.set_day(db, team[0], MON - timedelta(1), ["M"])
    moved = rota_shifts.ShiftDraft(morning.id, "M", "早班", 7 * 60, 15 * 60, 60, morning.colour)
    with pytest.raises(UserError, match="archive it"):
        rota_shifts.save_shift(db, moved, today=MON)
    renamed = rota_shifts.ShiftDraft(morning.id, "M", "早班（新）", 8 * 60, 16 * 60, 60, "#FFEE00")
    rota_shifts.save_shift(db, renamed, today=MON)
    assert next(s for s in rota_shifts.shifts(db) if s.code == "M").name == "早班（新）"
    archived = rota_shifts.ShiftDraft(new_id, "S", "Split", 9 * 60, 13 * 60, 0, "#aabbcc", True)
    rota_shifts.save_shift(db, archived)
    assert "S" not in [s.code for s in rota_shifts.shifts(db)]
    with pytest.raises(UserError, match="No shift has the code S"):
        week_edits.set_day(db, team[0], MON, ["S"])
