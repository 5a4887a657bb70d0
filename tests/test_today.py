"""Today (issue 22, first part): each card's figures against the rows that make them."""

from __future__ import annotations

import csv
import io
from datetime import date, datetime, timedelta

from csdesk.cli.main import main
from csdesk.domain.rota import Leave
from csdesk.services.actions import action_records as actions
from csdesk.services.complaints import case_changes
from csdesk.services.complaints import case_files as complaints
from csdesk.services.rota.week_edits import set_day
from csdesk.services.staff import agent_changes
from csdesk.services.staff import agents as staff
from csdesk.services.today.cards import SECTIONS
from csdesk.services.today.today import today

THURSDAY = date(2026, 12, 3)


def by_section(cards):
    return {card.section: card for card in cards}


def test_an_empty_shop_has_every_card_and_nothing_to_do_but_the_backup(db):
    cards = by_section(today(db, THURSDAY))
    assert list(cards) == list(SECTIONS)
    quiet = {s for s, card in cards.items() if card.quiet}
    assert quiet >= {"complaints", "actions", "training", "appraisals", "goals", "staff"}


def test_each_card_counts_the_rows_that_make_it(db):
    first = agent_changes.create_agent(
        db,
        staff.AgentData("CS1", "王婷", hire_date=date(2026, 11, 20)),  # no mentor yet
    )
    agent_changes.create_agent(
        db, staff.AgentData("CS2", "李静", hire_date=date(2024, 1, 1),
                            probation_end=THURSDAY + timedelta(days=10))
    )  # fmt: skip
    set_day(db, first, THURSDAY, ["M"])
    case_changes.create_complaint(
        db, complaints.ComplaintData(datetime(2026, 11, 20, 10, 0), customer="孙先生")
    )
    actions.create_action(
        db, actions.ActionData("更换快递", date(2026, 12, 1), owner_agent_id=first,
                               created_on=date(2026, 11, 25)),
    )  # fmt: skip
    actions.create_action(
        db, actions.ActionData("话术抽查", date(2026, 12, 6), owner_agent_id=first,
                               created_on=date(2026, 11, 25)),
    )  # fmt: skip
    cards = by_section(today(db, THURSDAY))
    assert cards["rota"].count("on_shift") == 1
    assert cards["rota"].count("next_week_draft") == 1  # Thursday: next week still a draft
    assert cards["complaints"].count("overdue") == 1
    assert cards["actions"].count("overdue") == 1 and cards["actions"].count("due_this_week") == 1
    assert cards["staff"].count("probation_ending") == 1 and cards["staff"].count("no_mentor") == 1
    assert cards["appraisals"].count("not_prepared") == 2  # November, nobody prepared
    # before Thursday nobody asks for next week
    assert by_section(today(db, THURSDAY - timedelta(days=2)))["rota"].count("next_week_draft") == 0


def test_leave_is_counted_on_its_day(db):
    agent = agent_changes.create_agent(
        db, staff.AgentData("CS1", "王婷", hire_date=date(2024, 1, 1))
    )
    set_day(db, agent, THURSDAY, leave=Leave.SICK)
    assert by_section(today(db, THURSDAY))["rota"].count("on_leave") == 1
    assert by_section(today(db, THURSDAY + timedelta(days=1)))["rota"].count("on_leave") == 0


def test_csdesk_today_prints_the_pages_counts(db, db_path, capsys):
    agent = agent_changes.create_agent(
        db, staff.AgentData("CS1", "王婷", hire_date=date(2024, 1, 1))
    )
    actions.create_action(
        db, actions.ActionData("更换快递", date(2026, 12, 1), owner_agent_id=agent,
                               created_on=date(2026, 11, 25)),
    )  # fmt: skip
    db.close()
    assert main(["today", "--date", "2026-12-03", "--format", "csv", "--db", str(db_path)]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert list(rows[0]) == ["section", "item", "count", "detail"]
    assert {r["section"] for r in rows} == set(SECTIONS)  # quiet sections still print
    overdue = next(r for r in rows if (r["section"], r["item"]) == ("actions", "overdue"))
    args = ["actions", "--status", "overdue", "--date", "2026-12-03", "--format", "csv",
            "--db", str(db_path)]  # fmt: skip
    assert main(args) == 0
    listed = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert int(overdue["count"]) == len(listed) == 1


def test_new_urgent_complaints_are_counted_and_named(db):
    from csdesk.domain.complaints import Priority

    for day, customer in ((3, "孙先生"), (2, "高女士")):
        case_changes.create_complaint(
            db, complaints.ComplaintData(datetime(2026, 12, day, 10, 0), customer=customer,
                                         priority=Priority.URGENT),
        )  # fmt: skip
    card = by_section(today(db, THURSDAY))["complaints"]
    (urgent,) = [i for i in card.items if i.key == "new_urgent"]
    assert urgent.count == 2 and urgent.lines[0].endswith("高女士")  # the oldest first
