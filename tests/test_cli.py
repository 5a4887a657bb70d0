"""The command line: exit codes, messages on stderr, and nothing written on error."""

import subprocess
import sys
from pathlib import Path

import pytest

from csdesk import __version__
from csdesk.cli.main import main
from csdesk.services.database import open_database
from csdesk.services.staff import agent_changes
from csdesk.services.staff import agents as staff

GOOD = "工号,姓名,岗位,入职日期\nCS1,王婷,售前,2025-01-01\nCS2,李静,售后,2025/2/1\n"


def run(capsys, *args):
    code = main(list(args))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_version(capsys):
    with pytest.raises(SystemExit) as done:
        main(["--version"])
    assert done.value.code == 0
    assert __version__ in capsys.readouterr().out


def test_wrong_usage_exits_2(capsys):
    with pytest.raises(SystemExit) as done:
        main(["import", "nonsense", "x.csv"])
    assert done.value.code == 2


def test_demo_then_check_export_report(capsys, tmp_path):
    db = tmp_path / "demo.db"
    code, out, _ = run(capsys, "demo", "--db", str(db), "--agents", "8", "--months", "3")
    assert code == 0 and "demo.db" in out
    assert run(capsys, "check", "--db", str(db))[0] == 0
    code, out, _ = run(capsys, "export", "staff", "--db", str(db), "--out", str(tmp_path / "s.csv"))
    assert code == 0 and (tmp_path / "s.csv").read_text(encoding="utf-8-sig").startswith(
        "employee_no,name"
    )
    code, _, _ = run(capsys, "report", "staff", "--db", str(db), "--out", str(tmp_path / "s.pdf"))
    assert code == 0 and (tmp_path / "s.pdf").read_bytes().startswith(b"%PDF")


def test_demo_refuses_a_shop_with_data(capsys, tmp_path):
    db = tmp_path / "demo.db"
    assert run(capsys, "demo", "--db", str(db), "--agents", "3", "--months", "2")[0] == 0
    code, _, err = run(capsys, "demo", "--db", str(db))
    assert code == 1 and "already has data" in err


def test_import_good_file(capsys, tmp_path):
    path = tmp_path / "s.csv"
    path.write_text(GOOD, encoding="gbk")
    db = tmp_path / "shop.db"
    code, out, _ = run(capsys, "import", "staff", str(path), "--db", str(db))
    assert code == 0 and "new: 2" in out
    database = open_database(db)
    assert [a.name for a in staff.list_agents(database)] == ["王婷", "李静"]
    database.close()


def test_import_errors_go_to_stderr_with_exit_1_and_nothing_written(capsys, tmp_path):
    path = tmp_path / "s.csv"
    path.write_text(GOOD + "CS3,,售前,2025-01-01\n", encoding="utf-8")
    db = tmp_path / "shop.db"
    code, out, err = run(capsys, "import", "staff", str(path), "--db", str(db))
    assert code == 1 and out == ""
    assert "Line 4: Name is empty." in err
    database = open_database(db)
    assert staff.list_agents(database) == []
    database.close()


def test_import_dry_run_and_map(capsys, tmp_path):
    path = tmp_path / "s.csv"
    path.write_text("编号X,姓名,岗位,入职日期\nCS1,王婷,售前,2025-01-01\n", encoding="utf-8")
    db = tmp_path / "shop.db"
    code, out, _ = run(
        capsys,
        "import",
        "staff",
        str(path),
        "--db",
        str(db),
        "--dry-run",
        "--map",
        "编号X=employee_no",
    )
    assert code == 0 and "dry run" in out


def test_fields_in_chinese(capsys):
    code, out, _ = run(capsys, "--lang", "zh_CN", "import", "staff", "--fields")
    assert code == 0
    assert "employee_no" in out and "工号" in out and "必填" in out


def test_check_a_damaged_file_exits_1(capsys, tmp_path):
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"garbage" * 100)
    before = bad.read_bytes()
    code, _, err = run(capsys, "check", "--db", str(bad))
    assert code == 1 and "damaged" in err
    assert bad.read_bytes() == before


def test_backup_and_restore(capsys, tmp_path):
    db = tmp_path / "shop.db"
    run(capsys, "demo", "--db", str(db), "--agents", "3", "--months", "2")
    copy = tmp_path / "copy.sqlite3"
    assert run(capsys, "backup", "--db", str(db), "--out", str(copy))[0] == 0
    code, out, _ = run(capsys, "restore", str(copy), "--db", str(db))
    assert code == 0 and "previous database was kept" in out


def test_restore_of_a_missing_backup_exits_1(capsys, tmp_path):
    db = tmp_path / "shop.db"
    run(capsys, "demo", "--db", str(db), "--agents", "3", "--months", "2")
    code, _, err = run(capsys, "restore", str(tmp_path / "nope.sqlite3"), "--db", str(db))
    assert code == 1 and "No backup file" in err


def test_an_unknown_language_is_a_usage_error(capsys):
    assert main(["--lang", "xx", "check"]) == 2


def test_the_command_line_never_loads_qt_or_heavy_libraries(tmp_path):
    """Scripts must stay fast: PySide6, matplotlib, reportlab and openpyxl load on demand."""
    code = (
        "import sys; from csdesk.cli.main import main; "
        f"main(['check', '--db', {str(tmp_path / 'x.db')!r}]) if False else None; "
        "import csdesk.services.database, csdesk.services.staff.agents; "
        "heavy = [m for m in ('PySide6', 'matplotlib', 'reportlab', 'openpyxl', 'alembic') "
        "if m in sys.modules]; print(heavy)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_training_import_export_and_reports(capsys, tmp_path):
    db = tmp_path / "shop.db"
    staff_file = tmp_path / "s.csv"
    staff_file.write_text(GOOD, encoding="gbk")
    run(capsys, "import", "staff", str(staff_file), "--db", str(db))
    code, out, _ = run(capsys, "import", "training", "--fields")
    assert code == 0 and "* course" in out and "* date" in out
    records = tmp_path / "t.csv"
    records.write_text("工号,课程,日期,成绩\nCS1,BAS-ETQ,2026-03-02,91\n", encoding="gbk")
    code, out, _ = run(capsys, "import", "training", str(records), "--db", str(db), "--dry-run")
    assert code == 0 and "dry run" in out
    code, out, _ = run(capsys, "import", "training", str(records), "--db", str(db))
    assert code == 0 and "new: 1" in out
    bad = tmp_path / "bad.csv"
    bad.write_text("工号,课程,日期,成绩\nCS9,BAS-ETQ,2026-03-02,91\n", encoding="utf-8")
    code, _, err = run(capsys, "import", "training", str(bad), "--db", str(db))
    assert code == 1 and "Line 2" in err and "CS9" in err
    out_file = tmp_path / "t.xlsx"
    code, out, _ = run(capsys, "export", "training", "--db", str(db), "--out", str(out_file))
    assert code == 0 and "1 row written" in out and out_file.exists()
    for kind, extra in (("training", ["--year", "2026"]), ("matrix", [])):
        pdf = tmp_path / f"{kind}.pdf"
        code, _, _ = run(capsys, "report", kind, "--db", str(db), "--out", str(pdf), *extra)
        assert code == 0 and pdf.read_bytes().startswith(b"%PDF")


def test_platform_imports_and_kpis_from_the_command_line(capsys, tmp_path):
    db = tmp_path / "shop.db"
    database = open_database(db)
    agent_changes.create_agent(database, staff.AgentData("CS1", "王婷"))
    database.close()
    talks = tmp_path / "talks.csv"
    talks.write_text(
        "会话ID,客服账号,开始时间,满意度\n"
        "C1,CS1,2026-10-05 10:00:00,5\n"
        "C2,旺旺X,2026-10-05 11:00:00,1\n",
        encoding="utf-8",
    )
    code, _out, err = run(capsys, "import", "conversations", str(talks), "--db", str(db))
    assert code == 1 and "旺旺X: 1 row, on line 3" in err
    code, out, _ = run(
        capsys, "import", "conversations", str(talks), "--db", str(db), "--skip-unknown"
    )
    assert code == 0 and "new: 1" in out
    month = tmp_path / "month.csv"
    month.write_text("客服昵称,回复率\nCS1,99%\n合计,99%\n", encoding="utf-8")
    code, _out, err = run(
        capsys, "import", "staff", str(month), "--db", str(db), "--period", "2026-10"
    )
    assert code == 1 and "--period" in err
    args = ("import", "summaries", str(month), "--db", str(db), "--period", "2026-10")
    code, out, _ = run(capsys, *args)
    assert code == 0 and "1 shop-level rows" in out
    code, out, _ = run(capsys, "kpis", "--db", str(db), "--month", "2026-10", "--format", "csv")
    assert code == 0 and "CS1,王婷,100," in out and ",99," in out


def test_every_registered_file_kind_names_functions_that_exist():
    """The registry names modules and functions as text: a rename must not go unnoticed."""
    from csdesk.services.kinds import FILE_KINDS

    for kind in FILE_KINDS.values():
        assert kind.importer or kind.exporter, kind.name
        if kind.importer:
            assert callable(kind.function(kind.fields)), kind.name
            assert callable(kind.function(kind.importer)), kind.name
            assert callable(kind.function("file_columns")), kind.name
        if kind.exporter:
            assert callable(kind.function(kind.exporter, kind.export_module)), kind.name
    spec = (Path(__file__).parent.parent / "build.spec").read_text(encoding="utf-8")
    assert "FILE_KINDS" in spec  # the frozen build bundles the modules named here


def test_every_report_kind_names_a_builder_that_takes_its_keywords():
    """The registry's entries are checked here, not at the first user's click."""
    import inspect
    from importlib import import_module

    from csdesk.services.kinds import REPORT_KINDS

    for kind in REPORT_KINDS.values():
        builder = getattr(import_module(kind.module), kind.builder)
        takes = set(inspect.signature(builder).parameters)
        wanted = {"db", "out", "progress", *kind.options} | (
            {kind.period} if kind.period else set()
        )
        assert wanted <= takes, (kind.name, wanted - takes)
        assert kind.title()
        assert str(Path("out.pdf")) in kind.written(3, Path("out.pdf"), "2026-11")


def test_every_command_prints_its_help(capsys):
    """A help text is formatted with %: a stray percent sign would crash --help."""
    from csdesk.cli.parser import build_parser

    commands = build_parser()._subparsers._group_actions[0].choices
    assert "goals" in commands
    for name in commands:
        with pytest.raises(SystemExit) as done:
            main([name, "--help"])
        assert done.value.code == 0, name
        assert name in capsys.readouterr().out
