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


def test_yesterday_holds_each_channel_to_its_own_target(db):
    """Only yesterday's contacts count, each channel against its own targets.

    Chat is held to the satisfaction goal and its service level, a call to its own.
    """
    from csdesk.data.performance import Conversation
    from csdesk.services.goals.goal_records import set_goal

    agent = agent_changes.create_agent(
        db, staff.AgentData("CS1", "王婷", hire_date=date(2024, 1, 1))
    )
    set_goal(db, 2026, "satisfaction_rate", target=90.0, baseline=80.0)
    yesterday = datetime(2026, 12, 2, 10, 0)
    rows = [  # channel, csat, first response, answered, wait
        ("旺旺", 5, 30, None, None), ("旺旺", 5, 90, None, None), ("旺旺", 5, 40, None, None),
        ("旺旺", 2, 20, None, None),  # chat: 3 of 4 satisfied, 3 of 4 within 60 s
        ("电话", None, None, True, 10), ("电话", None, None, True, 20),  # calls in time
    ]  # fmt: skip
    with db.write() as session:
        for n, (channel, csat, first, answered, wait) in enumerate(rows):
            session.add(
                Conversation(
                    conversation_id=f"Y{n}",
                    agent_id=agent,
                    account="a",
                    channel=channel,
                    started_at=yesterday + timedelta(minutes=n),
                    csat=csat,
                    first_response_seconds=first,
                    answered=answered,
                    wait_seconds=wait,
                )
            )
        for n, day in enumerate((datetime(2026, 12, 1, 23, 59), datetime(2026, 12, 3, 0, 0))):
            session.add(
                Conversation(  # the day before and today: not yesterday's
                    conversation_id=f"O{n}",
                    agent_id=agent,
                    account="a",
                    channel="旺旺",
                    started_at=day,
                    csat=1,
                    first_response_seconds=999,
                )
            )
    card = by_section(today(db, THURSDAY))["yesterday"]
    chat, phone = card.items
    assert (chat.key, phone.key) == ("chat", "phone")
    assert chat.lines[0] == "Satisfaction 75.0 % (target 90.0 %, missed)"
    assert chat.lines[2] == "Service level 75.0 % (target 80.0 %, missed)"
    assert chat.count == 2 and phone.count == 0
    assert phone.lines == ("Service level 100.0 % (target 80.0 %)",)
    empty = by_section(today(db, THURSDAY + timedelta(days=7)))["yesterday"]
    assert [(i.key, i.count) for i in empty.items] == [("contacts", 0)]  # one line, count 0


def test_short_hours_follow_the_coverage_of_the_day(db):
    """A forecast with contacts at 10:00 and nobody on the rota: the hour is short."""
    from csdesk.services.rota import rota_coverage
    from csdesk.services.rota.week_coverage import day_coverage
    from csdesk.services.today.rota_card import hour_ranges

    grid = rota_coverage.empty_grid()
    grid[THURSDAY.weekday()][10] = 40.0
    grid[THURSDAY.weekday()][11] = 40.0
    rota_coverage.save_forecast(db, {"chat": grid})
    short = day_coverage(db, THURSDAY).shortfalls()
    card = by_section(today(db, THURSDAY))["rota"]
    assert card.count("short_hours") == len(short) == 2
    assert card.items[[i.key for i in card.items].index("short_hours")].lines == (
        "Chat 10:00–12:00",
    )
    assert hour_ranges([9, 10, 11, 20, 23]) == "09:00–12:00, 20:00–21:00, 23:00–24:00"


def test_finder_looks_in_every_area_and_takes_wildcards_literally(db):
    from csdesk.services.today import finder

    agent = agent_changes.create_agent(
        db, staff.AgentData("CS7", "王婷", hire_date=date(2024, 1, 1),
                            accounts=(staff.AccountData("淘宝", "小美:婷婷"),))
    )  # fmt: skip
    case_changes.create_complaint(
        db, complaints.ComplaintData(datetime(2026, 11, 20, 10), customer="孙先生",
                                     order_no="JD20261120")
    )  # fmt: skip
    actions.create_action(
        db, actions.ActionData("更换快递 100%", date(2026, 12, 1), owner_agent_id=agent,
                               created_on=date(2026, 11, 25)),
    )  # fmt: skip
    assert [(f.kind, f.id) for f in finder.find(db, "婷婷")] == [("agent", agent)]
    assert [f.kind for f in finder.find(db, "cs7")] == ["agent"]
    (hit,) = finder.find(db, "jd2026")
    assert hit.kind == "complaint" and hit.title.endswith("孙先生")
    assert [f.title for f in finder.find(db, "100%")] == ["更换快递 100%"]
    assert finder.find(db, "%") == [finder.find(db, "100%")[0]]  # only the title with a %
    assert finder.find(db, "_") == [] and finder.find(db, "   ") == []


def test_the_month_turns_on_the_first(db):
    """From the 1st, the appraisal card asks about the month just ended."""
    agent_changes.create_agent(db, staff.AgentData("CS1", "王婷", hire_date=date(2024, 1, 1)))
    first = by_section(today(db, date(2026, 12, 1)))["appraisals"]
    last_day = by_section(today(db, date(2026, 11, 30)))["appraisals"]
    assert [i.lines for i in first.items if i.key == "not_closed"] == [("2026-11",)]
    assert [i.lines for i in last_day.items if i.key == "not_closed"] == [("2026-10",)]
    assert first.count("not_prepared") == last_day.count("not_prepared") == 1


def test_a_shop_with_everything_done_has_quiet_work_cards(db, db_path, capsys):
    """Appraisals closed and signed, nothing open: every card of work says all is well."""
    from csdesk.domain.months import Month
    from csdesk.services.appraisals import workflow
    from csdesk.services.appraisals.records import month_appraisals

    tuesday = date(2026, 12, 8)
    for number, name in (("CS1", "王婷"), ("CS2", "李静")):
        agent_changes.create_agent(db, staff.AgentData(number, name, hire_date=date(2024, 1, 1)))
    workflow.close_month(db, Month(2026, 11), today=tuesday)
    for appraisal in month_appraisals(db, Month(2026, 11)).appraisals:
        workflow.acknowledge(db, appraisal.id, date.today(), today=date.today())
    cards = by_section(today(db, tuesday))
    work = ("rota", "complaints", "actions", "training", "appraisals", "goals", "staff")
    assert [s for s in work if not cards[s].quiet] == []
    db.close()
    assert main(["today", "--date", "2026-12-08", "--format", "csv", "--db", str(db_path)]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert all(int(r["count"]) == 0 for r in rows if r["section"] in work[1:])


def test_a_backup_folder_that_cannot_be_reached_is_said_on_the_card(db, db_path, tmp_path):
    """A backup drive unplugged is not "no backup yet": the card names the folder."""
    from csdesk.common.today_labels import item_text
    from csdesk.services import backup, shop

    drive = tmp_path / "usb-drive" / "csdesk-backups"
    shop.save_settings(db, shop.ShopSettings("Shop", drive))
    backup.backup_now(db_path)
    assert by_section(today(db, THURSDAY))["backup"].items[0].key == "none_today"
    drive.rename(tmp_path / "unplugged")
    cards = by_section(today(db, THURSDAY))
    [unreachable] = [i for i in cards["backup"].items if i.key == "unreachable"]
    assert unreachable.count == 1 and unreachable.lines == (str(drive),)
    assert not cards["backup"].quiet and len(cards) == len(SECTIONS)
    text = item_text("backup", "unreachable", 1, unreachable.lines)
    assert text == f"The backup folder cannot be reached: {drive}"
