"""Improvement actions (issue 21, §1): kept, logged, late, and checked for their effect."""

from __future__ import annotations

from datetime import date

import pytest

from csdesk.domain.actions import ActionStatus, due_this_week, is_overdue
from csdesk.services.actions import action_records as actions
from csdesk.services.actions.action_checks import CHECKER, check_effects
from csdesk.services.errors import UserError
from csdesk.services.staff import agent_changes
from csdesk.services.staff import agents as staff
from tests.test_goals import satisfied

TODAY = date(2026, 12, 7)  # a Monday


@pytest.fixture
def agent(db) -> int:
    return agent_changes.create_agent(
        db, staff.AgentData("CS1", "王婷", hire_date=date(2024, 1, 1))
    )


def make(db, agent: int | None, **changes) -> int:
    data = actions.ActionData(
        "出库前复核", date(2026, 12, 20), source="complaint", source_ref="C-1",
        owner_agent_id=agent, created_on=date(2026, 12, 1),
    )  # fmt: skip
    fields = {**data.__dict__, **changes}
    return actions.create_action(db, actions.ActionData(**fields), author="主管", today=TODAY)


def test_an_action_is_late_only_while_it_is_still_to_be_done():
    assert is_overdue("open", date(2026, 12, 6), TODAY)
    assert is_overdue("in_progress", date(2026, 12, 6), TODAY)
    assert not is_overdue("open", TODAY, TODAY)  # due today is not late yet
    assert not is_overdue("done", date(2026, 1, 1), TODAY)
    assert due_this_week("open", date(2026, 12, 13), TODAY)  # Sunday
    assert not due_this_week("open", date(2026, 12, 14), TODAY)


@pytest.mark.parametrize(
    ("changes", "words"),
    [
        ({"title": "  "}, "needs a title"),
        ({"owner_agent_id": None}, "needs an owner"),
        ({"deadline": date(2026, 11, 30)}, "before the day"),
        ({"source": "gossip"}, "Unknown source"),
        ({"status": "maybe"}, "Unknown source or status"),
        ({"kpi": "satisfaction_rate"}, "its KPI, a target and the month"),
        ({"kpi": "happiness", "kpi_target": 1.0, "check_month": "2027-01"}, "not a KPI"),
    ],
)
def test_an_action_that_cannot_be_kept_is_refused_and_nothing_stored(db, agent, changes, words):
    with pytest.raises(UserError, match=words):
        make(db, agent, **changes)
    assert actions.list_actions(db, "all", TODAY) == []


def test_a_target_must_improve_on_where_the_kpi_stood(db, agent):
    satisfied(db, agent, 2026, 11, [5] * 8 + [1] * 2)  # November: 80 %
    with pytest.raises(UserError, match="does not improve"):
        make(db, agent, kpi="satisfaction_rate", kpi_target=75.0, check_month="2027-01")
    made = make(db, agent, kpi="satisfaction_rate", kpi_target=90.0, check_month="2027-01")
    assert actions.action(db, made).kpi_baseline == pytest.approx(80.0)


def test_a_named_owner_works_and_changes_are_logged_with_their_author(db, agent):
    made = make(db, None, owner_name="店长 李老板")
    record = actions.action(db, made)
    assert (record.owner, record.owner_no) == ("店长 李老板", "")
    actions.check_in(db, made, date(2026, 12, 3), "已与仓库沟通", 40, author="主管")
    record = actions.action(db, made)
    assert record.data.status == ActionStatus.IN_PROGRESS and record.progress == 40
    changed = record.data.__class__(**{**record.data.__dict__, "deadline": date(2026, 12, 31)})
    actions.update_action(db, made, changed, author="组长", today=TODAY)
    log = [(c.by, c.field, c.before, c.after) for c in actions.action(db, made).changes]
    assert ("主管", "status", "open", "in_progress") in log
    assert ("组长", "deadline", "2026-12-20", "2026-12-31") in log
    with pytest.raises(UserError, match="0 to 100"):
        actions.check_in(db, made, TODAY, "", 101)


def test_the_lists_put_late_actions_first(db, agent):
    late = make(db, agent, deadline=date(2026, 12, 3))
    soon = make(db, agent, deadline=date(2026, 12, 10))
    later = make(db, agent, deadline=date(2027, 1, 10))
    done = make(db, agent, status="done")
    assert [a.id for a in actions.list_actions(db, "open", TODAY)] == [late, soon, later]
    assert [a.id for a in actions.list_actions(db, "overdue", TODAY)] == [late]
    assert [a.id for a in actions.list_actions(db, "week", TODAY)] == [soon]
    assert [a.id for a in actions.list_actions(db, "check", TODAY)] == [done]
    assert actions.overdue_count(db, TODAY) == 1
    assert actions.overdue_count(db, date(2026, 12, 1)) == 0  # as of another day


def test_a_done_action_is_judged_from_its_check_month(db, agent):
    satisfied(db, agent, 2026, 11, [5] * 8 + [1] * 2)  # 80 % when the action is made
    worked = make(db, agent, kpi="satisfaction_rate", kpi_target=85.0, check_month="2026-12",
                  status="done")  # fmt: skip
    failed = make(db, agent, kpi="satisfaction_rate", kpi_target=95.0, check_month="2026-12",
                  status="done")  # fmt: skip
    waiting = make(db, agent, kpi="satisfaction_rate", kpi_target=85.0, check_month="2027-01",
                   status="done")  # fmt: skip
    satisfied(db, agent, 2026, 12, [5] * 9 + [1])  # December: 90 %
    assert check_effects(db, as_of=date(2026, 12, 15)) == 0  # December still running
    assert check_effects(db, as_of=date(2027, 1, 2)) == 2
    assert actions.action(db, worked).data.status == ActionStatus.EFFECTIVE
    record = actions.action(db, failed)
    assert record.data.status == ActionStatus.NOT_EFFECTIVE and record.checked_value == 90.0
    assert record.changes[-1].by == CHECKER
    assert actions.action(db, waiting).data.status == ActionStatus.DONE  # January has no data


def test_actions_in_and_out_of_files_all_or_nothing(db, agent, tmp_path):
    from csdesk.services.actions.action_files import export_actions, import_actions
    from csdesk.services.importing import ImportFailed

    good = tmp_path / "actions.csv"
    good.write_text(
        "标题,来源,关联,负责人,截止日期,状态,指标,目标值,检查月份\n"
        "出库前复核,投诉,C-1,CS1,2026-12-20,进行中,,,\n"
        "话术培训,例会,2026-12-01,王婷,2026-12-31,未开始,满意率,92,2027-01\n"
        "更换快递,复盘,2026-11,店长,2027-01-15,未开始,,,\n",
        encoding="gbk",
    )
    first = import_actions(db, good, today=TODAY)
    assert first.created == 3 and "店长" in " ".join(first.notes)
    assert import_actions(db, good, today=TODAY).unchanged == 3  # idempotent
    listed = {a.data.title: a for a in actions.list_actions(db, "all", TODAY)}
    assert listed["出库前复核"].data.status == "in_progress"
    assert listed["话术培训"].owner_no == "CS1" and listed["话术培训"].data.kpi_target == 92
    assert listed["更换快递"].owner == "店长"
    out = tmp_path / "out.xlsx"
    assert export_actions(db, out) == 3
    assert import_actions(db, out, today=TODAY).unchanged == 3  # the export imports back

    bad = tmp_path / "bad.csv"
    bad.write_text(
        "title,source,owner,deadline,status,created_on\n"
        "ok,complaint,CS1,2026-12-20,open,2026-12-01\n"
        ",complaint,CS1,2026-12-20,open,2026-12-01\n"
        "x,gossip,CS1,2026-12-20,open,2026-12-01\n"
        "y,complaint,CS1,2026-11-20,open,2026-12-01\n"
        "z,complaint,CS1,someday,maybe,2026-12-01\n",
        encoding="utf-8",
    )
    with pytest.raises(ImportFailed) as refused:
        import_actions(db, bad, today=TODAY)
    told = "\n".join(refused.value.details)
    for line in ("Line 3", "Line 4", "Line 5", "Line 6"):
        assert line in told, told
    assert "before the day" in told and "not a known" in told
    assert len(actions.list_actions(db, "all", TODAY)) == 3  # nothing written


def test_actions_from_the_command_line_and_their_pdf(db, db_path, agent, tmp_path, capsys):
    import csv
    import io

    from pypdf import PdfReader

    from csdesk.cli.main import main

    late = make(db, agent, deadline=date(2026, 12, 3))
    make(db, None, owner_name="店长", deadline=date(2027, 1, 3), title="更换快递")
    db.close()
    base = ["actions", "--db", str(db_path), "--date", "2026-12-07"]
    assert main([*base, "--format", "csv"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert list(rows[0])[:7] == ["id", "title", "source", "owner", "deadline", "status", "overdue"]
    assert (rows[0]["id"], rows[0]["overdue"], rows[0]["owner"]) == (str(late), "yes", "CS1")
    assert main([*base, "--status", "overdue", "--owner", "CS1"]) == 0
    assert "出库前复核" in capsys.readouterr().out
    assert main([*base, "--owner", "CS9"]) == 1
    out = tmp_path / "actions.pdf"
    args = ["report", "actions", "--out", str(out), "--status", "all", "--db", str(db_path)]
    assert main(args) == 0
    text = " ".join(PdfReader(out).pages[0].extract_text().split())
    assert "Overdue (1)" in text and "更换快递" in text


def test_a_complaints_corrective_action_becomes_one_action_followed_up(db, agent):
    from datetime import datetime

    from csdesk.services.complaints import case_changes, complaint_handling
    from csdesk.services.complaints import case_files as complaints

    cid = case_changes.create_complaint(
        db, complaints.ComplaintData(datetime(2026, 12, 1, 10, 0), customer="客户", agent_id=agent)
    )
    ref = complaints.get_complaint(db, cid).ref
    complaint_handling.save_handling(
        db, cid, complaints.Handling(corrective_action="出库前复核\n仓库双人核对"), author="主管"
    )
    (made,) = actions.list_actions(db, "all")
    assert (made.data.source, made.data.source_ref, made.data.title) == (
        "complaint", ref, "出库前复核",
    )  # fmt: skip
    assert made.owner == "主管" and "双人核对" in made.data.description
    complaint_handling.save_handling(
        db, cid, complaints.Handling(corrective_action="出库前扫码复核"), author="主管"
    )
    (again,) = actions.list_actions(db, "all")  # the same action, its title changed
    assert again.id == made.id and again.data.title == "出库前扫码复核"
    assert again.changes[-1].field == "title"


def test_the_demo_shop_has_actions_done_checked_and_late(demo_db):
    from tests.conftest import TODAY as DEMO_TODAY

    every = actions.list_actions(demo_db, "all", DEMO_TODAY)
    assert {a.data.source for a in every} >= {
        "complaint", "review", "qa", "goal", "meeting", "suggestion", "coaching",
    }  # fmt: skip
    states = {a.data.status for a in every}
    assert {"effective", "not_effective"} <= states
    assert actions.list_actions(demo_db, "overdue", DEMO_TODAY)
    judged = [a for a in every if a.data.kpi and a.checked_value is not None]
    assert judged and all(c.by == "csdesk" for a in judged for c in a.changes[-1:])


def test_an_agent_who_owns_an_action_is_archived_not_deleted(db, agent):
    from csdesk.services.staff import agent_removal

    assert agent_removal.can_delete(db, agent)
    make(db, agent)
    assert not agent_removal.can_delete(db, agent)
    with pytest.raises(UserError, match="has history"):
        agent_removal.delete_agent(db, agent)
