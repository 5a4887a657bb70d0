"""The staffing calculator: Erlang C against published values, and its rules for any input."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from csdesk.cli.main import main
from csdesk.domain.erlang import average_wait, erlang_b, erlang_c, service_level
from csdesk.domain.staffing import StaffingProblem, staffing
from csdesk.services.errors import UserError
from csdesk.services.rota.staffing import agents_needed


def erlang_c_by_factorials(traffic: float, agents: int) -> float:
    """The textbook formula, for small numbers only."""
    top = traffic**agents / math.factorial(agents) * agents / (agents - traffic)
    below = sum(traffic**k / math.factorial(k) for k in range(agents))
    return top / (below + top)


@pytest.mark.parametrize(
    ("traffic", "agents", "published"),
    [
        # Erlang C tables: 10 erlangs on 11 agents wait 68.21 % of the time ...
        (10.0, 11, 0.6821),
        # ... on 14 agents 17.41 %; 2 erlangs on 3 agents 4/9.
        (10.0, 14, 0.1741),
        (2.0, 3, 4 / 9),
        # One agent: the M/M/1 queue waits with the agent's utilisation.
        (0.6, 1, 0.6),
    ],
)
def test_erlang_c_matches_published_values(traffic, agents, published):
    assert erlang_c(traffic, agents) == pytest.approx(published, abs=5e-5)


def test_the_call_centre_textbook_example():
    # 200 calls an hour (100 a half hour), 3 minutes each, 80 % within 20 s: 14 agents,
    # who answer 88.8 % in time at 71.4 % occupancy; with 30 % shrinkage, 20 scheduled.
    need = staffing(200, 180, target=0.8, within=20, shrinkage=0.3)
    assert (need.agents, need.scheduled) == (14, 20)
    assert need.service_level == pytest.approx(0.8884, abs=5e-4)
    assert need.occupancy == pytest.approx(10 / 14)
    assert service_level(10.0, 13, 20, 180) < 0.8 < need.service_level
    # Average speed of answer with 14 agents: C x AHT / (N - A) = 7.8 s.
    assert average_wait(10.0, 14, 180) == pytest.approx(0.1741 * 180 / 4, abs=0.01)


def test_the_occupancy_cap_and_chat_concurrency():
    # 480 calls an hour of 5 minutes (40 erlangs) reach 80 % in 60 s with 44 agents
    # (43 answer 70.3 %), busy 91 % of the time; the 85 % cap asks for 48 (40 / 48).
    loose = staffing(480, 300, target=0.8, within=60, max_occupancy=1.0)
    assert loose.agents == 44 and loose.occupancy == pytest.approx(40 / 44)
    assert service_level(40.0, 43, 60, 300) == pytest.approx(0.7031, abs=5e-4)
    capped = staffing(480, 300, target=0.8, within=60)
    assert capped.agents == 48 and capped.occupancy <= 0.85
    # Three chats at once: the same 120 chats of 5 minutes need a third of the work.
    alone = staffing(120, 300, target=0.8, within=60, concurrency=1)
    shared = staffing(120, 300, target=0.8, within=60, concurrency=3)
    assert shared.workload == pytest.approx(alone.workload / 3)
    assert shared.agents < alone.agents


def test_no_contacts_need_nobody():
    need = staffing(0, 300)
    assert (need.agents, need.scheduled, need.service_level, need.occupancy) == (0, 0, 1.0, 0.0)


@pytest.mark.parametrize(
    ("change", "key"),
    [
        ({"contacts": -1}, "contacts"),
        ({"handle_seconds": 0}, "handle"),
        ({"target": 1.0}, "target"),
        ({"target": 0}, "target"),
        ({"within": -5}, "within"),
        ({"concurrency": 0.5}, "concurrency"),
        ({"shrinkage": 1.0}, "shrinkage"),
        ({"max_occupancy": 0}, "occupancy"),
        ({"contacts": math.nan}, "contacts"),
    ],
)
def test_inputs_out_of_range_are_refused(change, key):
    values = {"contacts": 100, "handle_seconds": 180, **change}
    with pytest.raises(StaffingProblem) as caught:
        staffing(**values)
    assert caught.value.key == key
    with pytest.raises(UserError):
        agents_needed(values.pop("contacts"), values.pop("handle_seconds"), **values)


@given(
    traffic=st.floats(0.05, 60.0),
    extra=st.integers(1, 40),
)
def test_erlang_c_recursion_equals_the_formula_and_falls_with_agents(traffic, extra):
    agents = math.floor(traffic) + extra
    assert erlang_c(traffic, agents) == pytest.approx(
        erlang_c_by_factorials(traffic, agents), rel=1e-9, abs=1e-12
    )
    assert erlang_c(traffic, agents + 1) <= erlang_c(traffic, agents)
    assert 0 <= erlang_b(traffic, agents) <= erlang_c(traffic, agents) <= 1


@given(
    contacts=st.floats(0.5, 2000.0),
    handle=st.floats(10.0, 1800.0),
    target=st.floats(0.5, 0.95),
    within=st.floats(0.0, 120.0),
    concurrency=st.sampled_from([1.0, 2.0, 3.0]),
    shrinkage=st.floats(0.0, 0.6),
    cap=st.floats(0.6, 1.0),
)
def test_the_agents_needed_are_the_fewest_that_meet_target_and_cap(
    contacts, handle, target, within, concurrency, shrinkage, cap
):
    need = staffing(contacts, handle, target, within, concurrency, shrinkage, cap)
    traffic = contacts * handle / concurrency / 3600
    assert need.service_level >= target and need.occupancy <= cap + 1e-9
    assert need.agents > traffic
    fewer = need.agents - 1
    assert (
        fewer <= traffic
        or traffic / fewer > cap + 1e-9
        or service_level(traffic, fewer, within, handle / concurrency) < target
    )
    assert need.scheduled >= need.agents
    assert need.scheduled * (1 - shrinkage) >= need.agents - 1e-9
    # More contacts never need fewer agents.
    assert staffing(contacts * 1.5, handle, target, within, concurrency, shrinkage, cap).agents >= (
        need.agents
    )


def test_the_command_prints_one_line(capsys):
    assert main(["staffing", "--contacts", "200", "--aht", "180", "--within", "20"]) == 0
    assert capsys.readouterr().out == (
        "agents=14 service_level=0.888 occupancy=0.714 scheduled=20\n"
    )
    code = main(
        ["staffing", "--contacts", "120", "--aht", "300", "--within", "60", "--concurrency", "3"]
    )
    assert code == 0
    line = capsys.readouterr().out.strip()
    assert line.startswith("agents=") and line.count("=") == 4
    assert main(["staffing", "--contacts", "10", "--aht", "60", "--target", "1.5"]) == 1
    assert "target" in capsys.readouterr().err
    with pytest.raises(SystemExit) as usage:
        main(["staffing", "--contacts", "many", "--aht", "60"])
    assert usage.value.code == 2
