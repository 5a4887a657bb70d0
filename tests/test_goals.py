"""Setting the team's goals and checking the months against them (issue 20, §2)."""

from __future__ import annotations

import csv
import io
from datetime import date, datetime, timedelta

import pytest

from csdesk.cli.main import main
from csdesk.data.performance import Conversation
from csdesk.services.errors import UserError
from csdesk.services.goals import goal_records
from csdesk.services.staff import agent_changes
from csdesk.services.staff import agents as staff


def satisfied(db, agent: int, year: int, month: int, ratings: list[int]) -> None:
    start = datetime(year, month, 3, 10, 0)
    with db.write() as session:
        for n, csat in enumerate(ratings):
            session.add(
                Conversation(
                    conversation_id=f"G{year}{month}-{n}", agent_id=agent, account="a",
                    channel="旺旺", started_at=start + timedelta(minutes=n), csat=csat,
                )
            )  # fmt: skip


@pytest.fixture
def shop_year(db):
    """2025: 80 % satisfied all year; 2026: January 90 %, February 70 %."""
    agent = agent_changes.create_agent(
        db, staff.AgentData("CS1", "王婷", hire_date=date(2024, 1, 1))
    )
    for month in range(1, 13):
        satisfied(db, agent, 2025, month, [5, 5, 5, 5, 1])
    satisfied(db, agent, 2026, 1, [5] * 9 + [1])
    satisfied(db, agent, 2026, 2, [5] * 7 + [1] * 3)
    return agent


def test_a_relative_goal_starts_from_last_years_figure(db, shop_year):
    goal_records.set_goal(db, 2026, "satisfaction_rate", change="+6pt")
    (goal,) = goal_records.year_goals(db, 2026, today=date(2026, 3, 5))
    assert goal.baseline == pytest.approx(80.0) and goal.target == pytest.approx(86.0)
    january, february, march = goal.months[:3]
    assert january.target == pytest.approx(80.5) and january.status == "met"
    assert february.actual == pytest.approx(70.0) and february.status == "off_track"
    assert march.actual is None and march.status is None  # still running: not judged


def test_goals_that_cannot_be_kept_are_refused_and_nothing_is_stored(db, shop_year):
    for kwargs, words in (
        ({"change": "-5pt"}, "wrong way"),  # reduce satisfaction
        ({"change": "-5"}, "-20%"),
        ({"target": 90.0, "change": "+1pt"}, "not both"),
    ):
        with pytest.raises(UserError, match=words):
            goal_records.set_goal(db, 2026, "satisfaction_rate", **kwargs)
    with pytest.raises(UserError, match="not a KPI"):
        goal_records.set_goal(db, 2026, "happiness", target=1.0)
    with pytest.raises(UserError, match="give the baseline"):
        goal_records.set_goal(db, 2026, "answer_rate", target=95.0)  # no calls in 2025
    assert goal_records.year_goals(db, 2026) == []


def test_goals_from_the_command_line(db, db_path, shop_year, capsys):
    db.close()
    base = ["goals", "--db", str(db_path), "--year", "2026"]
    assert main([*base[:1], "set", *base[1:], "--kpi", "complaint_rate", "--baseline", "5",
                 "--change=-20%"]) == 0  # fmt: skip
    capsys.readouterr()
    assert main([*base, "--format", "csv"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert list(rows[0]) == ["kpi", "month", "baseline", "target", "actual", "status"]
    december = next(r for r in rows if r["month"] == "2026-12")
    assert (december["baseline"], december["target"]) == ("5", "4")  # the year's target
    assert main([*base[:1], "set", *base[1:], "--kpi", "satisfaction_rate", "--change=-3pt"]) == 1
    assert "wrong way" in capsys.readouterr().err


def test_a_typed_path_is_kept_and_a_bad_one_refused(db, shop_year):
    goal_records.set_goal(db, 2026, "satisfaction_rate", target=86.0, path="Q1=79, 11=84")
    (goal,) = goal_records.year_goals(db, 2026, today=date(2026, 3, 5))
    assert goal.path == ((3, 79.0), (11, 84.0))
    assert [round(m.target, 2) for m in goal.months[2:3] + goal.months[10:]] == [79.0, 84.0, 86.0]
    with pytest.raises(UserError, match="Q1=92"):
        goal_records.set_goal(db, 2026, "satisfaction_rate", target=86.0, path="Q5=1")
    with pytest.raises(UserError, match="end at its target"):
        goal_records.set_goal(db, 2026, "satisfaction_rate", target=86.0, path="12=85")
    (kept,) = goal_records.year_goals(db, 2026)
    assert kept.path == ((3, 79.0), (11, 84.0))  # the refused ones changed nothing


def test_several_goals_are_set_all_or_none(db, shop_year):
    with pytest.raises(UserError) as refused:
        goal_records.set_goals(
            db, 2026, [("satisfaction_rate", 80.0, 85.0), ("complaint_rate", 4.0, 5.0)]
        )
    assert "wrong way" in " ".join(refused.value.details)
    assert goal_records.year_goals(db, 2026) == []
    goal_records.set_goals(db, 2026, [("satisfaction_rate", 80.0, 85.0), ("complaint_rate", 4, 3)])
    assert [g.kpi for g in goal_records.year_goals(db, 2026)] == [
        "complaint_rate", "satisfaction_rate",
    ]  # fmt: skip


def test_a_year_starts_with_the_plans_goals_and_the_next_carries_them_on(db, shop_year):
    from csdesk.services.goals.goal_proposals import proposals_for

    plans = {p.kpi: p for p in proposals_for(db, 2026)}
    assert list(plans) == ["satisfaction_rate", "complaint_rate", "turnover_rate"]
    assert plans["satisfaction_rate"].baseline == pytest.approx(80.0)
    assert plans["satisfaction_rate"].target == pytest.approx(92.0)  # up 15 %
    assert plans["turnover_rate"].baseline == 0.0  # nobody left in 2025
    # 2026: satisfaction goal 80 -> 84 (+5 %); the year's January and February: 16/20 = 80 %
    goal_records.set_goal(db, 2026, "satisfaction_rate", baseline=80.0, target=84.0)
    (missed,) = proposals_for(db, 2027)
    assert (missed.baseline, missed.target) == (pytest.approx(80.0), 84.0)  # the same target
    assert "Missed in 2026" in missed.reason
    goal_records.set_goal(db, 2026, "satisfaction_rate", baseline=76.0, target=79.8)
    (met,) = proposals_for(db, 2027)
    assert met.target == pytest.approx(84.0)  # 80 % again up 5 %
    assert "Met in 2026" in met.reason


def test_goals_proposed_and_a_path_from_the_command_line(db, db_path, shop_year, capsys):
    db.close()
    args = ["goals", "propose", "--db", str(db_path), "--year", "2026"]
    assert main(args) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert [r["kpi"] for r in rows] == ["satisfaction_rate", "complaint_rate", "turnover_rate"]
    assert main([*args, "--save"]) == 0
    assert "3 goals set for 2026" in capsys.readouterr().err
    assert main(["goals", "set", "--db", str(db_path), "--year", "2026", "--kpi",
                 "satisfaction_rate", "--target", "90", "--path", "Q2=85",
                 "--format", "csv"]) == 0  # fmt: skip
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    june = next(r for r in rows if r["kpi"] == "satisfaction_rate" and r["month"] == "2026-06")
    assert june["target"] == "85"
