"""The audit trail's reading side and imports' field changes (issue 23, second part)."""

from __future__ import annotations

import csv
import hashlib
import sqlite3
from contextlib import closing
from datetime import date, timedelta

import pytest
from PySide6.QtWidgets import QFileDialog

from csdesk.services.accounts import users
from csdesk.services.accounts.access import Refused
from csdesk.services.audit import audit_log, audit_query, import_audit
from csdesk.services.authors import SignedIn, acting_as
from csdesk.services.importing import ImportFailed
from csdesk.services.kinds import FILE_KINDS

HEADER = "employee_no,name,post,hire_date,mentor_no,accounts\n"
FIRST = (
    HEADER + "CS1,王婷,pre_sales,2024-01-01,,淘宝|旗舰店|店:售前01|2024-01-01|\n"
    "CS2,李静,pre_sales,2024-02-01,,\n"
)
#: CS1 renamed and given a second account, CS2 moved to after-sales under CS1, CS3 new.
SECOND = (
    HEADER + "CS1,王婷婷,pre_sales,2024-01-01,,"
    "淘宝|旗舰店|店:售前01|2024-01-01|;京东|自营|jd01|2026-01-01|\n"
    "CS2,李静,after_sales,2024-02-01,CS1,\n"
    "CS3,赵敏,pre_sales,2026-03-01,,\n"
)


def _import(db, tmp_path, name: str, text: str, dry_run: bool = False):
    file = tmp_path / name
    file.write_text(text, encoding="utf-8")
    return file, FILE_KINDS["staff"].run_import(db, file, [], dry_run)


def _changes(db) -> list[tuple[str, str, str, str, str]]:
    return [(e.key, e.field, e.old, e.new, e.reason) for e in audit_query.entries(db)
            if e.action == "import_change"]  # fmt: skip


def test_a_reimport_writes_each_changed_field_with_its_line(db, tmp_path):
    _import(db, tmp_path, "first.csv", FIRST)
    assert _changes(db) == []  # new agents are counted, not listed field by field
    file, summary = _import(db, tmp_path, "second.csv", SECOND)
    assert (summary.created, summary.updated) == (1, 2)
    (entry,) = [e for e in audit_query.entries(db) if e.key == "second.csv"]
    assert entry.new == hashlib.sha256(file.read_bytes()).hexdigest()
    assert entry.reason == "lines 3, added 1, changed 2"
    assert sorted(_changes(db)) == [
        ("CS1", "accounts", "", "京东, 自营, jd01, 2026-01-01", "second.csv, line 2"),
        ("CS1", "name", "王婷", "王婷婷", "second.csv, line 2"),
        ("CS2", "mentor", "", "CS1", "second.csv, line 3"),
        ("CS2", "post", "pre_sales", "after_sales", "second.csv, line 3"),
    ]  # the account that stayed is not listed, nor the post change's own history row
    assert audit_log.verify(db) is None


def test_a_refused_a_dry_or_a_failed_import_writes_nothing(db, tmp_path, monkeypatch):
    _import(db, tmp_path, "first.csv", FIRST)
    before = audit_query.entries(db)
    _import(db, tmp_path, "second.csv", SECOND, dry_run=True)
    with pytest.raises(ImportFailed):
        _import(db, tmp_path, "bad.csv", SECOND + "CS4,周芷若,pre_sales,not a date,,\n")
    assert audit_query.entries(db) == before

    def disk_full(_session):
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(import_audit, "write", disk_full)
    with pytest.raises(sqlite3.OperationalError):
        _import(db, tmp_path, "second.csv", SECOND)
    from csdesk.services.staff.agents import list_agents

    assert audit_query.entries(db) == before  # the import and its history fail together
    assert sorted(a.data.name for a in list_agents(db)) == ["李静", "王婷"]


def test_the_trail_is_narrowed_in_the_service_and_checked(db, db_path):
    from csdesk.services import shop
    from csdesk.services.training.training_budget import set_training_budget

    seeded = len(audit_query.entries(db))  # a new shop's settings (its complaint clock)
    shop.set_shop_name(db, "小美家居")
    set_training_budget(db, 2026, 500_000)
    users.add_user(db, "店主", "owner", "店主的密码很长很长")
    total = seeded + 3
    with acting_as(SignedIn("店主", "owner")):
        every = audit_query.find(db, audit_query.AuditFilter())
        assert every.total == total and every.entries[0].action == "add"  # newest first
        budget = audit_query.find(db, audit_query.AuditFilter(text="budget"))
        assert [e.key for e in budget.entries] == ["training_budget:2026"]
        shouted = audit_query.find(db, audit_query.AuditFilter(text="BUDGET"))
        assert shouted.entries == budget.entries  # Latin case ignored, on either engine
        assert audit_query.find(db, audit_query.AuditFilter(text="%")).total == 0  # literal
        yesterday = date.today() - timedelta(days=1)
        assert audit_query.find(db, audit_query.AuditFilter(until=yesterday)).total == 0
        assert audit_query.find(db, audit_query.AuditFilter(since=date.today())).total == total
        assert len(audit_query.find(db, audit_query.AuditFilter(), limit=2).entries) == 2
        assert audit_query.choices(db).entities == ["account", "setting"]
        assert audit_query.check_trail(db) == audit_query.TrailCheck(total, None, None)
    with pytest.raises(Refused, match="supervisor"), acting_as(SignedIn("lead1", "lead")):
        audit_query.find(db, audit_query.AuditFilter())


def test_stored_keys_read_as_words():
    from csdesk.common.audit_labels import audit_key, audit_value

    assert audit_value("setting", "complaint_clock_hours", "value", "calendar") == (
        "around the clock (calendar hours)"
    )
    assert audit_value("setting", "training_budget:2026", "value", "500000") == "5,000.00"
    assert audit_key("setting", "training_budget:2026") == "training budget 2026"
    assert audit_key("setting", "rota.max_week_hours") == "rota: most hours a week"
    assert audit_value("staff", "CS2", "status", "on_leave") == "On leave"
    assert audit_value("complaints", "TS-1", "status", "new") == "New"
    assert audit_value("training", "CS2 C01", "passed", "False") == "no"
    assert audit_value("account", "lead1", "role", "lead") == "team lead"
    assert audit_value("staff", "CS1", "name", "=HYPERLINK()") == "=HYPERLINK()"
    assert audit_value("complaints", "TS-1", "compensation_cents", "2550") == "25.50"


def test_the_audit_page_filters_checks_and_exports(qtbot, ctx, db_path, tmp_path, monkeypatch):
    from csdesk.services import shop
    from csdesk.ui.main_window import MainWindow

    seeded = len(audit_query.entries(ctx.db))  # a new shop's settings (its complaint clock)
    shop.set_shop_name(ctx.db, '=HYPERLINK("http://x")')  # a planted formula
    users.add_user(ctx.db, "店主", "owner", "店主的密码很长很长")
    with acting_as(SignedIn("店主", "owner")):
        users.add_user(ctx.db, "lead1", "lead", "lead-pass-1")
        window = MainWindow(ctx)
        qtbot.addWidget(window)
        window.show()
        window.audit_action.trigger()  # File ▸ Audit trail… opens the page
        page = window.stack.currentWidget()
        view = page.view
        assert window.sidebar.currentRow() == window.page_keys.index("audit")
        total = seeded + 3
        assert view.model.rowCount() == total and view.count.text() == f"Entries: {total}"
        assert view.model.index(0, 4).data() == "lead1"  # newest first, record by its key
        assert view.model.index(2, 4).data() == "shop name"  # a setting by its name
        assert view.model.index(total - 1, 7).data() == "around the clock (calendar hours)"
        view.entity.setCurrentIndex(view.entity.findData("account"))
        assert view.model.rowCount() == 2
        view.action.setCurrentIndex(view.action.findData("add"))
        qtbot.keyClicks(view.search, "lead")
        qtbot.waitUntil(lambda: view.model.rowCount() == 1)
        view.search.clear()
        view.until.check.setChecked(True)
        view.until.edit.setDate(view.until.edit.date().addDays(-1))
        assert view.model.rowCount() == 0 and view.count.text() == "Entries: 0"
        view.until.check.setChecked(False)
        view.entity.setCurrentIndex(0)
        view.action.setCurrentIndex(0)
        page.check_button.click()
        assert page.verdict.text() == f"The trail is whole: {total} entries checked."

        target = tmp_path / "trail.csv"
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(target), "CSV"))
        page.export_button.click()
        qtbot.waitUntil(target.exists)
        with open(target, encoding="utf-8-sig", newline="") as handle:
            rows = list(csv.reader(handle))
        assert rows[0] == list(audit_query.AUDIT_COLUMNS) and len(rows) == total + 1
        assert rows[seeded + 1][7] == '\'=HYPERLINK("http://x")'  # oldest first; text

        with closing(sqlite3.connect(db_path)) as raw:  # somebody edits the file directly
            raw.execute("DROP TRIGGER audit_log_no_update")
            raw.execute(f"UPDATE audit_log SET new = 'viewer' WHERE id = {seeded + 2}")
            raw.commit()
        page.check_button.click()
        assert page.verdict.text().startswith(f"The trail was altered: entry {seeded + 2} ")
        window.close()
    with acting_as(SignedIn("lead1", "lead")):
        lead_window = MainWindow(ctx)
        qtbot.addWidget(lead_window)
        assert lead_window.sidebar.isRowHidden(lead_window.page_keys.index("audit"))
        assert not lead_window.audit_action.isVisible()
        lead_window.close()


def test_imports_reasons_are_kept_in_english_and_read_in_the_language():
    from csdesk.common import i18n
    from csdesk.common.audit_labels import audit_reason

    assert audit_reason("import", "lines 3, added 1, changed 2") == "lines 3, added 1, changed 2"
    with i18n.speaking("zh_CN"):
        assert audit_reason("import", "lines 3, added 1, changed 2") == "共 3 行，新增 1，修改 2"
        assert audit_reason("import_change", "名单, line 7.csv, line 4") == (
            "名单, line 7.csv，第 4 行"
        )  # a file name may hold anything; the line is the last number
    assert audit_reason("validity", "lines 3, added 1, changed 2") == (
        "lines 3, added 1, changed 2"
    )  # only an import's own reason is read as one


def test_the_pages_search_runs_off_the_gui_thread_and_the_newest_answer_wins(qtbot, db):
    from csdesk.services import shop
    from csdesk.ui.audit.audit_view import AuditView

    shop.set_shop_name(db, "小美家居")
    shop.set_shop_name(db, "小美家居旗舰店")
    jobs = []

    class HeldRunner:
        """Keeps the jobs, to answer them in any order (as threads may)."""

        def run(self, fn, on_done, on_error):
            jobs.append((fn, on_done, on_error))

    view = AuditView(db, tasks=HeldRunner())
    qtbot.addWidget(view)
    view.search.setText("旗舰店")
    view.reload()
    view.search.setText("no such text")
    view.reload()
    assert view.count.text() == "Reading the trail…" and view.model.rowCount() == 0
    newest, older = jobs[1], jobs[0]
    newest[1](newest[0]())
    older[1](older[0]())  # late: dropped
    assert view.count.text() == "Entries: 0" and view.model.rowCount() == 0
