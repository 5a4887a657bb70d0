"""The team's month and its channels (issue 20, §1)."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import delete

from csdesk.cli.main import main
from csdesk.data.performance import Conversation
from csdesk.domain.channels import DEFAULT_WITHIN, channel_kind, in_time
from csdesk.domain.months import Month
from csdesk.services.performance.team_kpis import team_kpis
from csdesk.services.staff import agent_changes
from csdesk.services.staff import agents as staff

NOVEMBER = Month(2026, 11)


@pytest.mark.parametrize(
    ("word", "kind"),
    [("旺旺", "chat"), ("咚咚", "chat"), ("飞鸽", "chat"), ("在线客服", "chat"), ("IM", "chat"),
     ("online chat", "chat"), ("电话", "phone"), ("热线", "phone"), ("Call", "phone"),
     ("邮件", "email"), ("邮箱", "email"), ("E-mail", "email"), ("mail", "email"),
     ("短信", "other"), ("hotel", "other"), ("", "other"), (None, "other")],
)  # fmt: skip
def test_channels_are_recognised_from_the_words_exports_use(word, kind):
    assert channel_kind(word) == kind


def store(db, rows) -> None:
    """Conversations of November: (agent id, channel, csat, first response, answered, wait)."""
    start = datetime(2026, 11, 2, 9, 0)
    with db.write() as session:
        session.execute(delete(Conversation))
        for n, (agent, channel, csat, first, answered, wait) in enumerate(rows):
            session.add(
                Conversation(
                    conversation_id=f"T{n}", agent_id=agent, account=f"a{agent}",
                    channel=channel, started_at=start + timedelta(minutes=n), csat=csat,
                    first_response_seconds=first, answered=answered, wait_seconds=wait,
                )
            )  # fmt: skip


@pytest.fixture
def agents(db) -> list[int]:
    return [
        agent_changes.create_agent(
            db, staff.AgentData(f"CS{n}", f"客服{n}", hire_date=date(2026, 1, 1))
        )
        for n in (1, 2, 3)
    ]


def test_each_channel_keeps_its_own_promise_at_and_around_the_threshold(db, agents):
    a = agents[0]
    store(db, [
        (a, "旺旺", None, 60.0, None, None),    # chat: first response at 60 s: in time
        (a, "旺旺", None, 61.0, None, None),    # 61 s: late
        (a, "电话", None, None, True, 30.0),    # phone answered at 30 s: in time
        (a, "电话", None, None, True, 31.0),    # 31 s: late
        (a, "电话", None, None, False, 10.0),   # not answered: counts, late
        (a, "邮件", None, 14400.0, None, None),  # e-mail in 4 h: in time
        (a, "邮件", None, 14401.0, None, None),  # just over: late
    ])  # fmt: skip
    lines = {line.scope: line.values for line in team_kpis(db, NOVEMBER, by_channel=True)}
    assert lines["chat"]["service_level"] == pytest.approx(50.0)
    assert lines["phone"]["service_level"] == pytest.approx(100 / 3)
    assert lines["email"]["service_level"] == pytest.approx(50.0)
    assert lines["team"]["service_level"] == pytest.approx(300 / 7)  # each by its own rule
    assert lines["team"]["contacts"] == 7 and lines["phone"]["answer_rate"] == pytest.approx(
        200 / 3
    )


contact = st.tuples(
    st.integers(0, 2),  # which agent
    st.sampled_from(["旺旺", "电话", "邮件", "短信", None]),
    st.one_of(st.none(), st.integers(1, 5)),  # csat
    st.one_of(st.none(), st.floats(0, 20000, allow_nan=False)),  # first response
    st.one_of(st.none(), st.booleans()),  # answered
    st.one_of(st.none(), st.floats(0, 120, allow_nan=False)),  # wait
)


@settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(rows=st.lists(contact, min_size=1, max_size=40))
def test_team_figures_are_made_from_all_contacts_not_the_agents_means(db, agents, rows):
    rows = [(agents[i], *rest) for i, *rest in rows]
    store(db, rows)
    (team,) = team_kpis(db, NOVEMBER)
    rated = [r[2] for r in rows if r[2] is not None]
    expected = 100 * sum(c >= 4 for c in rated) / len(rated) if rated else None
    assert team.values["satisfaction_rate"] == pytest.approx(expected)
    judged = [
        in_time(channel_kind(ch), DEFAULT_WITHIN, answered, wait, first)
        for _a, ch, _c, first, answered, wait in rows
    ]
    counted = [j for j in judged if j is not None]
    level = 100 * sum(counted) / len(counted) if counted else None
    assert team.values["service_level"] == pytest.approx(level)
    assert team.values["contacts"] == len(rows)


def test_a_team_rate_is_not_the_mean_of_its_agents_rates(db, agents):
    """Ten chats at 100 % and one at 0 % are 90.9 %, not (100 + 0) / 2."""
    store(db, [(agents[0], "旺旺", 5, 20.0, None, None)] * 0 + [
        (agents[0], "旺旺", 5, 20.0, None, None) for _ in range(10)
    ] + [(agents[1], "旺旺", 1, 20.0, None, None)])  # fmt: skip
    (team,) = team_kpis(db, NOVEMBER)
    assert team.values["satisfaction_rate"] == pytest.approx(1000 / 11)


def test_the_team_command_prints_one_line_per_channel_then_the_team(db, db_path, agents, capsys):
    store(db, [(agents[0], "旺旺", 5, 20.0, None, None), (agents[1], "电话", 4, None, True, 12.0)])
    db.close()
    args = ["kpis", "--month", "2026-11", "--team", "--by", "channel", "--format", "csv"]
    assert main([*args, "--db", str(db_path)]) == 0
    out, err = capsys.readouterr()
    lines = out.splitlines()
    header = lines[0].split(",")
    assert header[0] == "scope" and header[-4:] == [
        "complaint_rate", "turnover_rate", "headcount", "contacts",
    ]  # fmt: skip
    assert [line.split(",")[0] for line in lines[1:]] == ["chat", "phone", "team"]
    assert lines[-1].split(",")[header.index("contacts")] == "2"
    assert "per 1,000 contacts" in err
    assert main(["kpis", "--month", "2026-11", "--by", "channel", "--db", str(db_path)]) == 1


def test_an_e_mails_first_reply_counts_for_e_mail_not_for_the_teams_response_time(db, agents):
    store(db, [
        (agents[0], "旺旺", None, 20.0, None, None),
        (agents[0], "邮件", None, 3 * 3600.0, None, None),
    ])  # fmt: skip
    lines = {line.scope: line.values for line in team_kpis(db, NOVEMBER, by_channel=True)}
    assert lines["team"]["avg_first_response_seconds"] == 20.0  # the live channels only
    assert lines["email"]["avg_first_response_seconds"] == 3 * 3600.0  # its own line: hours
    assert lines["team"]["service_level"] == 100.0  # both kept their promise
    assert lines["team"]["contacts"] == 2
