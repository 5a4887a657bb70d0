"""Accounts, roles, sign-in and the audit trail (issue 23, first part)."""

from __future__ import annotations

import inspect
import io
import sqlite3
from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import Qt

from csdesk.cli.main import main
from csdesk.domain.access import GRANTS, Permission, Role, least_role, may
from csdesk.domain.months import Month
from csdesk.services.accounts import passwords, users
from csdesk.services.accounts.access import Refused, SignInRequired, require
from csdesk.services.accounts.signin import SignInFailed, sign_in
from csdesk.services.audit import audit_log, audit_query
from csdesk.services.authors import SignedIn, acting_as, author_of
from csdesk.services.errors import UserError

OWNER_PW, LEAD_PW = "店主的密码很长很长", "lead-pass-1"


@pytest.fixture
def shop(db):
    """A shop with an owner and a lead (the owner adds the lead)."""
    code = users.add_user(db, "店主", "viewer", OWNER_PW)  # the first is the owner anyway
    with acting_as(SignedIn("店主", "owner")):
        users.add_user(db, "lead1", "lead", LEAD_PW)
    return code


def test_the_role_table_is_walked_and_names_the_least_role_that_may():
    for role in Role:
        for permission in Permission:
            assert may(role, permission) == (permission in GRANTS[role])
    for permission in Permission:
        least = least_role(permission)
        assert may(least, permission)
        weaker = list(Role)[list(Role).index(least) + 1 :]
        assert not any(may(role, permission) for role in weaker)
    assert may(Role.OWNER, Permission.ACCOUNTS) and not may(Role.SUPERVISOR, Permission.ACCOUNTS)
    assert not may(Role.LEAD, Permission.PAY) and may(Role.LEAD, Permission.COMPLAINTS)
    assert GRANTS[Role.VIEWER] == {Permission.READ}


def test_passwords_are_salted_argon2id_and_long_chinese_ones_work():
    long = "客服主管的密码" * 20  # 140 characters, 420 bytes: bcrypt would cut it at 72
    one, two = passwords.hash_secret(long), passwords.hash_secret(long)
    assert one.startswith("$argon2id$") and one != two
    assert passwords.matches(one, long) and not passwords.matches(one, long[:-1])
    assert not passwords.matches("", long) and not passwords.matches("garbage", long)
    assert [passwords.wait_after(n) for n in range(7)] == [0, 0, 0, 2, 4, 8, 16]
    assert passwords.wait_after(100) == passwords.LONGEST_WAIT


def test_a_shop_without_accounts_asks_nothing(db):
    require(db, Permission.ACCOUNTS)  # no accounts: everything allowed, no sign-in
    assert users.list_users(db) == []


def test_the_first_account_is_the_owner_with_a_recovery_code(db, shop):
    assert [(a.name, a.role) for a in users.list_users(db)] == [
        ("lead1", "lead"),
        ("店主", "owner"),
    ]
    assert shop is not None and len(shop) == 23
    with pytest.raises(SignInRequired):
        require(db, Permission.READ)
    with pytest.raises(UserError, match="owner"), acting_as(SignedIn("lead1", "lead")):
        users.add_user(db, "sneaky", "owner", "password1")


def test_wrong_passwords_slow_down_and_a_right_one_clears_them(db, shop):
    now = datetime(2026, 12, 7, 9, 0)
    for _ in range(passwords.FREE_TRIES):
        with pytest.raises(SignInFailed, match="Wrong name or password"):
            sign_in(db, "lead1", "wrong", now)
    with pytest.raises(SignInFailed) as waiting:
        sign_in(db, "lead1", LEAD_PW, now + timedelta(seconds=1))  # right, but too soon
    assert waiting.value.wait_seconds > 0
    later = now + timedelta(seconds=passwords.wait_after(passwords.FREE_TRIES) + 1)
    assert sign_in(db, "LEAD1", LEAD_PW, later) == SignedIn("lead1", "lead")  # any case
    assert sign_in(db, "lead1", LEAD_PW, later) == SignedIn("lead1", "lead")  # count cleared
    with pytest.raises(SignInFailed, match="Wrong name or password"):
        sign_in(db, "nobody", LEAD_PW, later)  # the same words as a wrong password
    with acting_as(SignedIn("店主", "owner")):  # reading the trail needs the right too
        failures = [e for e in audit_query.entries(db) if e.action == "sign_in_failed"]
    assert len(failures) == passwords.FREE_TRIES + 1


def test_disabled_accounts_cannot_sign_in_and_the_last_owner_stays(db, shop):
    with acting_as(SignedIn("店主", "owner")):
        users.set_disabled(db, "lead1")
        with pytest.raises(UserError, match="needs an owner"):
            users.set_disabled(db, "店主")
        with pytest.raises(UserError, match="needs an owner"):
            users.set_role(db, "店主", "supervisor")
        with pytest.raises(UserError, match="no role"):
            users.set_role(db, "lead1", "boss")
    with pytest.raises(SignInFailed, match="disabled"):
        sign_in(db, "lead1", LEAD_PW)


def test_the_recovery_code_resets_the_owner_once(db, shop):
    typed = shop.lower().replace("-", " ")  # as read off paper
    fresh = users.recover_owner(db, "店主", typed, "new-password-9")
    assert fresh != shop
    assert sign_in(db, "店主", "new-password-9").role == "owner"
    with pytest.raises(UserError, match="recovery code"):
        users.recover_owner(db, "店主", shop, "another-password")  # used up


@pytest.mark.parametrize(
    ("name", "problem"),
    [
        ("", "needed"),
        ("   ", "needed"),
        ("x" * 41, "at most"),
        ("a\u200bdmin", "invisible"),
        ("\u0430dmin", "mix"),  # a Cyrillic а
        ("ＬＥＡＤ１", "exists"),  # full-width: the same name as lead1
    ],
)
def test_bad_and_lookalike_names_are_refused(db, shop, name, problem):
    with pytest.raises(UserError, match=problem), acting_as(SignedIn("店主", "owner")):
        users.add_user(db, name, "viewer", "password1")


def test_markup_and_sql_in_names_are_kept_as_typed(db, shop):
    odd = "<b>x</b>'; DROP TABLE users;--"
    with acting_as(SignedIn("店主", "owner")):
        users.add_user(db, odd, "viewer", "password1")
    assert odd in [a.name for a in users.list_users(db)]
    assert sign_in(db, odd, "password1").name == odd


def test_a_lead_calling_pay_and_appraisal_services_directly_is_refused(db, shop, tmp_path):
    from csdesk.services.appraisals.appraisal_export import export_appraisals
    from csdesk.services.appraisals.appraisal_rules import rules_for, save_rules
    from csdesk.services.appraisals.workflow import close_month

    month = Month(2026, 11)
    with acting_as(SignedIn("lead1", "lead")):
        with pytest.raises(Refused, match="supervisor"):
            export_appraisals(db, tmp_path / "pay.csv", month=month)
        with pytest.raises(Refused):
            save_rules(db, month, rules_for(db, month))
        with pytest.raises(Refused):
            close_month(db, month, today=date(2026, 12, 8))
    assert not (tmp_path / "pay.csv").exists()


def test_the_signed_in_user_is_the_author(db, shop):
    with acting_as(SignedIn("lead1", "lead")):
        assert author_of("typed name") == "lead1"
    assert author_of("typed name") == "typed name"  # no sign-in: the typed name


def test_changes_are_audited_and_a_rewritten_trail_is_found(db, db_path, shop):
    with acting_as(SignedIn("店主", "owner")):
        users.set_role(db, "lead1", "supervisor")
        entries = audit_query.entries(db, audit_query.AuditFilter(entity="account"))
    assert [(e.user, e.action, e.key) for e in entries] == [
        ("店主", "add", "店主"), ("店主", "add", "lead1"), ("店主", "role", "lead1"),
    ]  # fmt: skip
    assert (entries[-1].old, entries[-1].new) == ("lead", "supervisor")
    assert audit_log.verify(db) is None
    db.close()
    con = sqlite3.connect(db_path)
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        con.execute("UPDATE audit_log SET user = 'nobody' WHERE id = 2")
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        con.execute("DELETE FROM audit_log WHERE id = 2")
    con.execute("DROP TRIGGER audit_log_no_update")
    con.execute("UPDATE audit_log SET new = 'viewer' WHERE id = 3")
    con.commit()
    con.close()
    assert audit_log.verify_file(db_path) == 3
    assert main(["check", "--db", str(db_path)]) == 1


def test_the_command_line_signs_in_and_refuses_by_role(db, db_path, shop, capsys, monkeypatch):
    db.close()
    assert main(["today", "--db", str(db_path)]) == 1
    assert "Sign in required" in capsys.readouterr().err
    monkeypatch.setenv("CSDESK_PASSWORD", LEAD_PW)
    assert main(["audit", "--db", str(db_path), "--user", "x"]) == 1  # audit's --user filters
    assert "Sign in required" in capsys.readouterr().err
    assert main(["--user", "lead1", "audit", "--db", str(db_path)]) == 1
    assert "supervisor" in capsys.readouterr().err  # names the role that may
    assert main(["today", "--db", str(db_path), "--user", "lead1", "--format", "csv"]) == 0
    assert capsys.readouterr().out.startswith("section,item,count,detail")
    monkeypatch.setenv("CSDESK_PASSWORD", OWNER_PW)
    assert main(["--user", "店主", "audit", "--format", "csv", "--db", str(db_path)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "at,user,action,entity,key,field,old,new,reason"
    assert any(",店主,add,account,lead1,role,,lead," in line for line in out)
    monkeypatch.setattr("sys.stdin", io.StringIO("viewer-pass\n"))
    args = ["users", "add", "看板", "--role", "viewer", "--password-stdin", "--user", "店主",
            "--db", str(db_path)]  # fmt: skip
    assert main(args) == 0
    assert main(["users", "list", "--db", str(db_path)]) == 1  # nobody signed in any more


def test_the_window_asks_to_sign_in_and_counts_the_wait_down(qtbot, db, shop):
    from PySide6.QtWidgets import QDialogButtonBox

    from csdesk.ui.accounts.sign_in_dialog import SignInDialog

    dialog = SignInDialog(db, "小美家居")
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    dialog.name.setText("lead1")
    for _ in range(passwords.FREE_TRIES):
        dialog.password.setText("wrong")
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert dialog.problem.text() == "Wrong name or password."
    assert dialog.password.text() == ""  # never left in the field
    dialog.password.setText(LEAD_PW)
    dialog.try_sign_in()  # too soon: refused, the button off while it waits
    assert "try again" in dialog.problem.text() and not ok.isEnabled()
    assert dialog.signed is None and dialog.result() == 0


def test_the_window_will_not_open_a_protected_shop_unsigned(db, db_path, shop, capsys, monkeypatch):
    from csdesk.ui.app import run_gui

    db.close()
    monkeypatch.delenv("CSDESK_USER", raising=False)
    assert run_gui(db_path, "en", exit_when_ready=True) == 1
    assert "Wrong name or password" in capsys.readouterr().err
    # signed in, the window really opens: in a process of its own, as a user starts it
    # (an application that has run and quit is no use to the tests that follow)
    import os
    import subprocess
    import sys

    env = {**os.environ, "CSDESK_USER": "lead1", "CSDESK_PASSWORD": LEAD_PW,
           "QT_QPA_PLATFORM": "offscreen"}  # fmt: skip
    started = subprocess.run(
        [sys.executable, "-m", "csdesk", "--db", str(db_path), "--exit-when-ready"],
        env=env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert started.returncode == 0, started.stderr


#: Writing services that take no permission, and why.
UNGUARDED = {
    "sign_in": "signing in is how one gets a role",
    "add_user": "guarded inside: the first account needs no sign-in",
    "set_role": "guarded inside", "set_disabled": "guarded inside",
    "set_password": "guarded inside: one's own password needs no right",
    "recover_owner": "the recovery code is the right",
    "check_effects": "judges done actions when any page shows them",
    "build_demo": "an empty shop only", "add_demo_orders": "an empty shop only",
    "save_mapping": "a column map of one's own import", "delete_mapping": "the same",
    "repair": "opening a shop mends what an interrupted older csdesk left, before sign-in",
    "daily_server_backup_if_due": "the day's backup, by whichever seat starts first",
}  # fmt: skip


def writing_services():
    """(module, function name) of every public service function that writes."""
    import ast
    import importlib
    from pathlib import Path

    root = Path(__file__).resolve().parents[1] / "csdesk" / "services"
    for path in sorted(root.rglob("*.py")):
        text = path.read_text(encoding="utf-8")
        for node in ast.parse(text).body:
            public = isinstance(node, ast.FunctionDef) and not node.name.startswith("_")
            if public and ".write()" in (ast.get_source_segment(text, node) or ""):
                module = ".".join(path.relative_to(root.parents[1]).with_suffix("").parts)
                yield importlib.import_module(module), node.name


def test_every_writing_service_asks_the_role_table(db, shop):
    """Walk every service that writes: each is guarded and refuses a role without it.

    A refusal comes before anything is touched: each is called with nothing but the shop.
    """
    guarded = {}
    for module, name in writing_services():
        function = getattr(module, name)
        permission = getattr(function, "permission", None)
        if name in UNGUARDED or "require(db, Permission." in inspect.getsource(function):
            continue
        assert permission is not None, f"{module.__name__}.{name} asks no permission"
        guarded[f"{module.__name__}.{name}"] = (function, permission)
    assert len(guarded) > 60
    for role in Role:
        with acting_as(SignedIn("someone", role.value)):
            for where, (function, permission) in guarded.items():
                if may(role, permission):
                    continue
                with pytest.raises(Refused):
                    function(db)
                    pytest.fail(f"{where} let a {role} in")
    assert {p for _f, p in guarded.values()} >= set(Permission) - {
        Permission.READ, Permission.PAY, Permission.APPRAISE, Permission.RULES,
        Permission.ACCOUNTS, Permission.AUDIT,
    }  # fmt: skip  # those are asked inside their services (and tested above)


def test_settings_archiving_kpis_and_imports_are_audited(db, tmp_path):
    """Without accounts too: the trail names the computer's user, and still chains."""
    import hashlib

    from csdesk.services import shop as shop_settings
    from csdesk.services.kinds import FILE_KINDS
    from csdesk.services.performance.manual_kpis import set_manual_values
    from csdesk.services.staff import agent_changes
    from csdesk.services.staff import agents as staff

    shop_settings.set_shop_name(db, "小美家居")
    agent = agent_changes.create_agent(
        db, staff.AgentData("CS1", "王婷", hire_date=date(2024, 1, 1))
    )
    agent_changes.archive_agent(db, agent, date(2026, 11, 30), "回老家")
    set_manual_values(db, Month(2026, 11), {agent: {"attendance_rate": 98.0}})
    file = tmp_path / "staff.csv"
    file.write_text("工号,姓名,岗位,入职日期\nCS2,李静,售前,2026-03-01\n", encoding="utf-8")
    FILE_KINDS["staff"].run_import(db, file, [], False)
    FILE_KINDS["staff"].run_import(db, file, [], True)  # a dry run writes no entry
    found = {(e.action, e.entity, e.key, e.field): e for e in audit_query.entries(db)}
    assert found[("setting", "setting", "shop_name", "value")].new == "小美家居"
    left = found[("status", "agent", "CS1", "status")]
    assert (left.old, left.new, left.reason) == ("active", "left", "回老家")
    assert found[("kpi", "kpi", "CS1 2026-11", "attendance_rate")].new == "98.0"
    imported = found[("import", "staff", "staff.csv", "sha256")]
    assert imported.new == hashlib.sha256(file.read_bytes()).hexdigest()
    assert imported.reason == "lines 1, added 1, changed 0"
    assert [e.action for e in audit_query.entries(db)].count("import") == 1
    assert audit_log.verify(db) is None


def test_a_history_forged_with_fresh_hashes_shows_against_the_backup(db, db_path, shop, capsys):
    """A forger who recomputes every hash keeps the chain whole, not the backup's head."""
    from csdesk.services import backup

    backup.backup_now(db_path)
    db.close()
    con = sqlite3.connect(db_path)
    con.execute("DROP TRIGGER audit_log_no_update")
    con.execute("UPDATE audit_log SET new = 'viewer' WHERE id = 2")  # lead1 added as viewer
    prev = audit_log.GENESIS
    rows = con.execute(
        "SELECT id, at, user, action, entity, key, field, old, new, reason FROM audit_log "
        "ORDER BY id"
    ).fetchall()
    for row_id, at, *fields in rows:
        digest = audit_log._digest(prev, datetime.fromisoformat(at), tuple(fields))
        con.execute(
            "UPDATE audit_log SET prev_hash = ?, hash = ? WHERE id = ?", (prev, digest, row_id)
        )
        prev = digest
    con.commit()
    con.close()
    assert audit_log.verify_file(db_path) is None  # the chain alone is fooled
    entry, _taken = audit_log.rewritten_since_backup(db_path)
    assert entry == len(rows)
    assert main(["check", "--db", str(db_path)]) == 1
    assert "rewritten" in capsys.readouterr().err


def test_the_window_locks_when_away_and_keeps_what_was_typed(qtbot, ctx, monkeypatch):
    from PySide6.QtWidgets import QDialog, QLineEdit

    from csdesk.services.accounts.idle import lock_minutes, set_lock_minutes
    from csdesk.ui.main_window import MainWindow

    users.add_user(ctx.db, "店主", "owner", OWNER_PW)
    with acting_as(SignedIn("店主", "owner")):
        set_lock_minutes(ctx.db, 5)
        assert lock_minutes(ctx.db) == 5
        window = MainWindow(ctx)
        qtbot.addWidget(window)
        window.show()
        form = QDialog(window)
        typed = QLineEdit(form)
        typed.setText("写了一半的备注")
        form.show()
        lock = window.idle_lock
        assert lock.timer.isActive() and lock.minutes == 5
        lock.check()
        assert not lock.locked  # present a moment ago
        lock.last_seen -= 5 * 60
        lock.check()
        assert lock.locked and len(lock.covers) == 2  # the window and the open form
        main_cover = lock.covers[0]
        assert main_cover.geometry() == window.rect() and main_cover.isVisible()
        main_cover.password.setText("wrong password")
        main_cover.try_unlock()
        assert lock.locked and main_cover.problem.text() == "Wrong name or password."
        main_cover.password.setText(OWNER_PW)
        main_cover.try_unlock()
        assert not lock.locked
        assert typed.text() == "写了一半的备注" and form.isVisible()
        form.close()
    with pytest.raises(UserError, match="240"), acting_as(SignedIn("店主", "owner")):
        set_lock_minutes(ctx.db, 999)


def test_accounts_are_managed_from_the_settings(qtbot, ctx, monkeypatch):
    from PySide6.QtWidgets import QInputDialog, QMessageBox

    from csdesk.ui.accounts.accounts_dialog import AccountsDialog
    from csdesk.ui.settings_dialog import SettingsDialog

    answers = iter([("店主", True), (OWNER_PW, True), ("lead1", True), (LEAD_PW, True)])
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: next(answers))
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: ("team lead", True))
    shown = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a: shown.append(a[2]))
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warned.append(a[2]))
    with acting_as(None):
        dialog = AccountsDialog(ctx.db)
        qtbot.addWidget(dialog)
        matrix = dialog.matrix
        ticks = sum(
            matrix.item(r, c).text() == "✓"
            for r in range(matrix.rowCount())
            for c in range(matrix.columnCount())
        )
        assert ticks == sum(len(granted) for granted in GRANTS.values())
        qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
        assert "recovery code" in shown[0] and dialog.model.rowCount() == 1
        from csdesk.services.authors import signed_in

        assert signed_in() == SignedIn("店主", "owner")  # the window keeps working
        dialog.add()
        assert [dialog.model.index(r, 1).data() for r in range(2)] == ["team lead", "owner"]
        dialog.table.selectRow(0)
        dialog.toggle_disabled()
        assert dialog.model.index(0, 2).data() == "disabled"
        dialog.table.selectRow(1)
        dialog.toggle_disabled()  # the last owner: refused, said
        assert "needs an owner" in warned[0]
        with acting_as(SignedIn("lead1", "lead")):
            settings = SettingsDialog(ctx, None)
            qtbot.addWidget(settings)
            assert not settings.shop_name.isEnabled()  # shop-wide settings: the owner's


def test_a_lead_sees_grades_but_no_money(demo_db):
    """The demo's last month, as the owner and as a lead: the same grades, pay only once."""
    from csdesk.services.appraisals import appraisal_quarters, records
    from csdesk.services.appraisals.appraisal_reports import _team

    month = Month(2026, 10)  # the demo's last whole month (it is built as of 2026-11-23)
    users.add_user(demo_db, "店主", "owner", OWNER_PW)
    with acting_as(SignedIn("店主", "owner")):
        users.add_user(demo_db, "lead1", "lead", LEAD_PW)
        owner_view = records.month_view(demo_db, month).appraisals
    with acting_as(SignedIn("lead1", "lead")):
        lead_view = records.month_view(demo_db, month).appraisals
        summary = _team(records.month_view(demo_db, month))  # the printed team page
        quarter = appraisal_quarters.quarter_view(demo_db, month.year, (month.month + 2) // 3)
    assert [a.grade for a in lead_view] == [a.grade for a in owner_view]
    assert any(a.bonus.amount for a in owner_view) and all(a.pay_shown for a in owner_view)
    assert not any(a.bonus.amount or a.pay_shown or a.shows_pay for a in lead_view)
    assert all(row[6] == "—" for row in summary.rows) and summary.total[6] == "—"
    assert all(line.bonus_cents == 0 for line in quarter)


def test_each_page_hides_what_the_role_may_not_use(qtbot, ctx):
    """Walk the table of page controls: a viewer sees none, a lead the floor's, the owner all."""
    from PySide6.QtGui import QAction

    from csdesk.ui.accounts.page_rights import RIGHTS, control
    from csdesk.ui.main_window import MainWindow

    def hidden(widget) -> bool:
        return not widget.isVisible() if isinstance(widget, QAction) else widget.isHidden()

    users.add_user(ctx.db, "店主", "owner", OWNER_PW)
    for role in (Role.OWNER, Role.LEAD, Role.VIEWER):
        with acting_as(SignedIn("someone", role.value)):
            window = MainWindow(ctx)
            qtbot.addWidget(window)
            for key, controls in RIGHTS.items():
                page = window.page(key)
                for path, permission in controls:
                    assert hidden(control(page, path)) != may(role, permission), (role, path)
            window.close()


def test_a_change_to_a_published_week_is_audited(db):
    from csdesk.domain.weeks import Week
    from csdesk.services.rota import week_edits
    from csdesk.services.staff import agent_changes
    from csdesk.services.staff import agents as staff

    day = date(2026, 12, 3)
    agent = agent_changes.create_agent(
        db, staff.AgentData("CS1", "王婷", hire_date=date(2024, 1, 1))
    )
    week_edits.set_day(db, agent, day, ["M"])  # a draft week: no audit entry
    week_edits.publish_week(db, Week.of(day), author="主管")
    week_edits.set_day(db, agent, day, ["E"], author="主管")
    (entry,) = [e for e in audit_query.entries(db) if e.entity == "rota"]
    assert (entry.key, entry.old, entry.new, entry.user) == ("CS1 2026-12-03", "M", "E", "主管")


def test_an_agents_history_opens_from_the_agent_form(qtbot, ctx, monkeypatch):
    from PySide6.QtWidgets import QDialogButtonBox

    from csdesk.services.staff import agent_changes
    from csdesk.services.staff import agents as staff
    from csdesk.ui.audit.history_dialog import HistoryDialog
    from csdesk.ui.staff.agent_dialog import AgentDialog

    agent_id = agent_changes.create_agent(
        ctx.db, staff.AgentData("CS1", "王婷", hire_date=date(2024, 1, 1))
    )
    agent_changes.archive_agent(ctx.db, agent_id, date(2026, 11, 30), "回老家")
    shown = []
    monkeypatch.setattr(HistoryDialog, "exec", lambda self: shown.append(self.view.shown()) or 0)
    record = staff.get_agent(ctx.db, agent_id)
    form = AgentDialog(ctx, record, [record])
    qtbot.addWidget(form)
    (history,) = [
        b for b in form.buttons.buttons()
        if form.buttons.buttonRole(b) == QDialogButtonBox.ButtonRole.ActionRole
    ]  # fmt: skip
    qtbot.mouseClick(history, Qt.MouseButton.LeftButton)
    assert [(e.action, e.key) for e in shown[0]] == [("status", "CS1")]
    users.add_user(ctx.db, "店主", "owner", OWNER_PW)
    with acting_as(SignedIn("viewer1", "viewer")):
        again = AgentDialog(ctx, record, [record])
        qtbot.addWidget(again)
        roles = [again.buttons.buttonRole(b) for b in again.buttons.buttons()]
        assert QDialogButtonBox.ButtonRole.ActionRole not in roles  # no right: no button
