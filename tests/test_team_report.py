"""The one-page team report (issue 20, §3): read back, figures checked."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from pypdf import PdfReader

from csdesk.cli.main import main
from csdesk.common.i18n import speaking
from csdesk.domain.months import Month
from csdesk.services.complaints import case_changes
from csdesk.services.complaints import case_files as complaints
from csdesk.services.goals import goal_records
from csdesk.services.goals.team_report import team_report
from csdesk.services.performance.order_files import import_orders
from csdesk.services.staff import agent_changes
from csdesk.services.staff import agents as staff
from tests.test_goals import satisfied

NOVEMBER = Month(2026, 11)
TODAY = date(2026, 12, 7)


def text_of(path) -> str:
    pages = PdfReader(path).pages
    assert len(pages) == 1  # one page for the owner
    return " ".join(pages[0].extract_text().split())


@pytest.fixture
def team_year(db, tmp_path):
    """November 2026: 9 of 10 satisfied; October 8 of 10; November 2025 7 of 10."""
    agent = agent_changes.create_agent(
        db, staff.AgentData("CS1", "王婷", hire_date=date(2024, 1, 1))
    )
    satisfied(db, agent, 2026, 11, [5] * 9 + [1])
    satisfied(db, agent, 2026, 10, [5] * 8 + [1] * 2)
    satisfied(db, agent, 2025, 11, [5] * 7 + [1] * 3)
    for day in (3, 4):
        case_changes.create_complaint(
            db, complaints.ComplaintData(datetime(2026, 11, day, 10, 0), customer="客户")
        )
    orders = tmp_path / "orders.csv"
    orders.write_text('月份,支付订单数\n2026-11,"4,000"\n', encoding="utf-8")
    import_orders(db, orders)
    goal_records.set_goal(db, 2026, "satisfaction_rate", baseline=80.0, target=92.0)
    return agent


def test_the_team_report_compares_each_figure_with_its_months_and_target(db, team_year, tmp_path):
    out = tmp_path / "team.pdf"
    assert team_report(db, NOVEMBER, out, today=TODAY) == 1  # one agent at the month's end
    text = text_of(out)
    # this month, last month, same month last year, November's target on the path, status
    assert "Satisfaction rate 90.0 % 80.0 % 70.0 % 91.0 % on track" in text
    assert "Complaint rate (‰) 0.50 ‰" in text  # 2 complaints per 4,000 paid orders
    assert "per 1,000 paid orders" in text
    assert "Goals of 2026" in text and "80.0 % 92.0 % 91.0 % 90.0 % on track" in text
    assert "Agents at the month's end: 1 (0 hired, 0 left)" in text
    assert "Service Star" in text


def test_the_team_report_reads_in_chinese(db, team_year, tmp_path):
    out = tmp_path / "团队月报.pdf"
    with speaking("zh_CN"):
        team_report(db, NOVEMBER, out, today=TODAY)
    text = text_of(out)
    assert "团队月报 · 2026年11月" in text
    assert "满意率 90.0 % 80.0 % 70.0 % 91.0 % 正常" in text
    assert "每千笔支付订单" in text and "Satisfaction" not in text


def test_a_month_without_data_or_goals_still_prints_its_page(db, tmp_path):
    out = tmp_path / "empty.pdf"
    team_report(db, NOVEMBER, out, today=TODAY)
    text = text_of(out)
    assert "No goals set for 2026." in text and "No data" in text


def test_the_team_report_from_the_command_line(db, db_path, team_year, tmp_path, capsys):
    db.close()
    out = tmp_path / "t.pdf"
    args = ["report", "team", "--month", "2026-11", "--out", str(out), "--db", str(db_path)]
    assert main(args) == 0
    assert "Team report of 2026-11 written" in capsys.readouterr().out
    assert "Satisfaction rate" in text_of(out)


def test_the_year_end_summary_judges_each_goal_and_proposes_next_years(
    db, team_year, tmp_path, capsys
):
    from csdesk.services.goals.year_report import year_report
    from csdesk.services.suggestions import suggestion_records as suggestions
    from csdesk.services.training.training_budget import set_training_budget, training_budget

    made = suggestions.save_suggestion(
        db, suggestions.SuggestionData(date(2026, 10, 5), "大促前预录快捷短语", agent_id=team_year)
    )
    suggestions.adopt(db, made, reward_cents=20000, today=date(2026, 10, 20))
    set_training_budget(db, 2026, 500000)
    assert training_budget(db, 2026) == 500000 and training_budget(db, 2025) is None
    out = tmp_path / "year.pdf"
    assert year_report(db, 2026, out, today=TODAY) == 1
    pages = PdfReader(out).pages
    text = " ".join(" ".join(page.extract_text() for page in pages).split())
    # 2026: 20 contacts (10 in October, 10 in November), 17 satisfied: 85.0 %
    assert "20 contacts; satisfaction 85.0 %; 2 complaints received" in text
    assert "Year 20 85.0 %" in text  # the month-by-month table's year line
    assert "2026-11 10 90.0 %" in text
    assert "Training budget ¥5,000.00" in text and "Budget used 0.0 %" in text
    # the goal 80 -> 92 was missed (85.0 %): proposed again for 2027 with the same target
    assert "Satisfaction rate 80.0 % 92.0 % 85.0 % missed" in text
    assert "Suggestions: 1; adopted: 1; rewards ¥200.00." in text and "大促前预录快捷短语" in text
    assert "Goals proposed for 2027" in text and "Missed in 2026: the same target again." in text


def test_a_budget_is_never_negative_and_the_command_line_keeps_it(db, db_path, capsys):
    from csdesk.services.errors import UserError
    from csdesk.services.training.training_budget import set_training_budget

    with pytest.raises(UserError, match="negative"):
        set_training_budget(db, 2026, -1)
    db.close()
    base = ["goals", "budget", "--year", "2026", "--db", str(db_path)]
    assert main([*base, "--amount", "12000"]) == 0
    assert "Training budget 2026: ¥12,000.00; spent: ¥0.00." in capsys.readouterr().out
    assert main([*base, "--amount=-5"]) == 1
    assert main(base) == 0 and "¥12,000.00" in capsys.readouterr().out
    out = db_path.parent / "y.pdf"
    assert main(["report", "year", "--year", "2026", "--out", str(out), "--db", str(db_path)]) == 0
    assert "Year-end summary of 2026 written" in capsys.readouterr().out


def test_the_demo_shop_has_goals_orders_and_e_mail_contacts(demo_db):
    from csdesk.services.performance.shop_orders import month_orders
    from csdesk.services.performance.team_kpis import PER_ORDERS, team_kpis
    from csdesk.services.training.training_budget import training_budget
    from tests.conftest import TODAY as DEMO_TODAY

    last = Month.of(DEMO_TODAY).shift(-1)
    goals = {g.kpi: g for g in goal_records.year_goals(demo_db, DEMO_TODAY.year)}
    assert set(goals) == {"satisfaction_rate", "complaint_rate", "turnover_rate"}
    assert goals["complaint_rate"].path  # Double Eleven allowed to be worse
    assert (month_orders(demo_db, last) or 0) > 1000
    lines = {line.scope: line for line in team_kpis(demo_db, last, by_channel=True)}
    assert {"chat", "phone", "email"} <= set(lines)
    assert lines["team"].complaint_basis == PER_ORDERS
    # an e-mail's first reply (hours) does not swamp the team's response time (seconds)
    assert lines["email"].values["avg_first_response_seconds"] > 3600
    assert lines["team"].values["avg_first_response_seconds"] < 120
    assert training_budget(demo_db, DEMO_TODAY.year)
