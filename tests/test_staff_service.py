"""Staff directory rules through the services."""

from dataclasses import replace
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from csdesk.domain.headcount import Tenure, month_turnover, year_turnover
from csdesk.domain.months import Month, months_between
from csdesk.domain.staff import Post, Status
from csdesk.services import shop
from csdesk.services.errors import UserError
from csdesk.services.staff import agent_changes, agent_removal, headcount
from csdesk.services.staff import agents as staff

A = staff.AgentData


def test_create_and_read_back(db):
    agent_id = agent_changes.create_agent(
        db,
        A(
            " CS100 ",
            "王 婷",
            post=Post.AFTER_SALES,
            hire_date=date(2025, 3, 1),
            channels=("phone", "chat"),
            accounts=(staff.AccountData("淘宝", "店:婷婷", "店"),),
        ),
    )
    record = staff.get_agent(db, agent_id)
    assert record.employee_no == "CS100"
    assert record.data.channels == ("chat", "phone")
    assert record.data.accounts[0].account_name == "店:婷婷"


def test_every_problem_is_reported_at_once(db):
    agent_changes.create_agent(db, A("CS1", "甲"))
    with pytest.raises(UserError) as caught:
        agent_changes.create_agent(
            db,
            A(
                "CS1",
                "",
                status=Status.LEFT,
                hire_date=date(2025, 1, 1),
                probation_end=date(2024, 1, 1),
                mentor_no="NOPE",
            ),
        )
    text = "\n".join(caught.value.details)
    for expected in (
        "already used by 甲",
        "name is required",
        "needs a leaving date",
        "probation is before",
        "Mentor NOPE",
    ):
        assert expected in text


def test_a_sub_account_has_one_owner_at_a_time(db):
    account = staff.AccountData(
        "淘宝", "店:客服1", valid_from=date(2025, 1, 1), valid_to=date(2025, 6, 30)
    )
    agent_changes.create_agent(db, A("CS1", "甲", accounts=(account,)))
    with pytest.raises(UserError, match="not saved"):
        agent_changes.create_agent(
            db,
            A(
                "CS2",
                "乙",
                accounts=(staff.AccountData("淘宝", "店:客服1", valid_from=date(2025, 6, 1)),),
            ),
        )
    # Handed on after the first owner's period: fine.
    agent_changes.create_agent(
        db,
        A(
            "CS3",
            "丙",
            accounts=(staff.AccountData("淘宝", "店:客服1", valid_from=date(2025, 7, 1)),),
        ),
    )


def test_a_post_change_is_recorded_as_rotation(db):
    agent_id = agent_changes.create_agent(db, A("CS1", "甲", post=Post.PRE_SALES))
    current = staff.get_agent(db, agent_id).data
    agent_changes.update_agent(
        db, agent_id, replace(current, post=Post.COMPLAINTS), post_changed_on=date(2026, 2, 1)
    )
    changes = staff.get_agent(db, agent_id).post_changes
    assert [(c.changed_on, c.from_post, c.to_post) for c in changes] == [
        (date(2026, 2, 1), "pre_sales", "complaints")
    ]


def test_saving_unchanged_data_records_nothing(db):
    agent_id = agent_changes.create_agent(db, A("CS1", "甲"))
    agent_changes.update_agent(db, agent_id, staff.get_agent(db, agent_id).data)
    assert staff.get_agent(db, agent_id).post_changes == ()


def test_archive_keeps_the_agent(db):
    agent_id = agent_changes.create_agent(db, A("CS1", "甲", hire_date=date(2025, 1, 1)))
    agent_changes.archive_agent(db, agent_id, date(2026, 3, 31), "回老家发展")
    record = staff.get_agent(db, agent_id)
    assert (record.data.status, record.data.left_date, record.data.left_reason) == (
        Status.LEFT,
        date(2026, 3, 31),
        "回老家发展",
    )


def test_delete_only_without_history(db):
    lone = agent_changes.create_agent(db, A("CS1", "甲"))
    mentor = agent_changes.create_agent(db, A("CS2", "乙"))
    agent_changes.create_agent(db, A("CS3", "丙", mentor_no="CS2"))
    assert agent_removal.can_delete(db, lone)
    agent_removal.delete_agent(db, lone)
    assert [a.employee_no for a in staff.list_agents(db)] == ["CS2", "CS3"]
    assert not agent_removal.can_delete(db, mentor)
    with pytest.raises(UserError, match="archived instead"):
        agent_removal.delete_agent(db, mentor)


def test_team_figures_count_hires_leavers_and_turnover(db):
    agent_changes.create_agent(db, A("CS1", "甲", hire_date=date(2025, 1, 10)))
    agent_changes.create_agent(db, A("CS2", "乙", hire_date=date(2025, 1, 10)))
    agent_changes.create_agent(db, A("CS3", "丙", hire_date=date(2026, 3, 5)))
    leaver = agent_changes.create_agent(db, A("CS4", "丁", hire_date=date(2025, 6, 1)))
    agent_changes.archive_agent(db, leaver, date(2026, 3, 20), "")
    figures = headcount.team_figures(db, Month(2026, 3))
    m = figures.month_turnover
    assert (m.start_headcount, m.end_headcount, m.hires, m.leavers) == (3, 3, 1, 1)
    assert m.rate == pytest.approx(1 / 3)
    assert figures.year_turnover.leavers == 1


def test_new_shop_until_named(db):
    assert shop.is_new_shop(db)
    shop.set_shop_name(db, "小美家居")
    assert not shop.is_new_shop(db)
    assert shop.load_settings(db).shop_name == "小美家居"


tenures = st.lists(
    st.builds(
        lambda start, days, left: Tenure(
            start, start.fromordinal(start.toordinal() + days) if left else None
        ),
        st.dates(date(2020, 1, 1), date(2026, 12, 31)),
        st.integers(0, 2000),
        st.booleans(),
    ),
    max_size=40,
)


@given(tenures, st.integers(2020, 2026), st.integers(1, 12))
def test_turnover_arithmetic_is_consistent(people, year, month):
    m = month_turnover(people, Month(year, month))
    assert m.end_headcount == m.start_headcount + m.hires - m.leavers
    if m.average_headcount:
        assert m.rate >= 0
    y = year_turnover(people, year)
    assert y.leavers == sum(
        month_turnover(people, mm).leavers for mm in months_between(Month(year, 1), Month(year, 12))
    )


def test_a_month_as_moments_runs_to_the_next_month_and_the_new_year():
    from datetime import datetime

    from csdesk.domain.months import Month

    assert Month(2026, 12).moments == (datetime(2026, 12, 1), datetime(2027, 1, 1))
