"""Column maps saved by name, and ``--mapping NAME`` on the command line."""

from __future__ import annotations

import sqlite3
from contextlib import closing

import pytest

from csdesk.cli.main import main
from csdesk.services import import_mappings
from csdesk.services.errors import UserError
from csdesk.services.staff import agent_changes
from csdesk.services.staff import agents as staff

#: An export whose headers csdesk does not know: 工单编号 / 处理人 / 创建于 / 耗时（分钟）.
ODD = "工单编号,处理人,创建于,耗时(分钟),备注\nW1,CS1,2026-10-05 10:00:00,3,加急\n"
ODD_MAP = {
    "工单编号": "conversation_id",
    "处理人": "account",
    "创建于": "started_at",
    "耗时(分钟)": "handle_seconds",
}


def test_a_map_is_saved_listed_replaced_and_deleted(db):
    import_mappings.save_mapping(db, "conversations", " 工单系统 ", ODD_MAP)
    import_mappings.save_mapping(db, "conversations", "Another", {"A": ""})
    import_mappings.save_mapping(db, "staff", "工单系统", {"工号X": "employee_no"})
    names = [m.name for m in import_mappings.saved_mappings(db, "conversations")]
    assert names == ["Another", "工单系统"]
    import_mappings.save_mapping(db, "conversations", "工单系统", {"工单编号": "conversation_id"})
    (saved,) = [
        m for m in import_mappings.saved_mappings(db, "conversations") if m.name == "工单系统"
    ]
    assert saved.columns == {"工单编号": "conversation_id"}
    import_mappings.delete_mapping(db, "conversations", "工单系统")
    assert [m.name for m in import_mappings.saved_mappings(db, "conversations")] == ["Another"]
    assert [m.name for m in import_mappings.saved_mappings(db, "staff")] == ["工单系统"]


@pytest.mark.parametrize(
    ("name", "columns", "reason"),
    [
        ("", ODD_MAP, "name"),
        ("x" * 61, ODD_MAP, "60"),
        ("ok", {}, "no column"),
        ("ok", {"工单编号": "ticket_number"}, "ticket_number"),
    ],
)
def test_a_bad_map_is_refused_and_nothing_saved(db, name, columns, reason):
    with pytest.raises(UserError) as refused:
        import_mappings.save_mapping(db, "conversations", name, columns)
    assert reason in refused.value.full_text()
    assert import_mappings.saved_mappings(db, "conversations") == []


def test_a_map_applies_only_the_columns_the_file_has(db):
    import_mappings.save_mapping(db, "conversations", "工单系统", {**ODD_MAP, "满意度X": "csat"})
    header = ["工单编号", "处理人"]
    overrides = import_mappings.overrides_for(db, "conversations", "工单系统", header)
    assert overrides == {"工单编号": "conversation_id", "处理人": "account"}
    with pytest.raises(UserError) as unknown:
        import_mappings.overrides_for(db, "conversations", "nope", [])
    assert "工单系统" in unknown.value.full_text()


def test_the_command_line_imports_with_a_saved_map(db, db_path, tmp_path, capsys):
    agent_changes.create_agent(db, staff.AgentData("CS1", "王婷"))
    import_mappings.save_mapping(db, "conversations", "工单系统", ODD_MAP)
    path = tmp_path / "odd.csv"
    path.write_text(ODD, encoding="gbk")
    base = ["import", "conversations", str(path), "--db", str(db_path)]

    assert main(base) == 1  # "创建于" is no known header: the start time has no column
    assert main([*base, "--mapping", "nope"]) == 1
    assert 'no saved column map "nope"' in capsys.readouterr().err
    assert main([*base, "--mapping", "工单系统", "--map", "备注=topic"]) == 0
    out = capsys.readouterr().out
    assert "new: 1" in out and "from the unit in the header: 耗时(分钟)" in out
    with closing(sqlite3.connect(db_path)) as con:
        row = con.execute("SELECT conversation_id, handle_seconds, topic FROM conversations")
        assert row.fetchall() == [("W1", 180.0, "加急")]
