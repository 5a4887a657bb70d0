"""Save a screenshot of the real main window (offscreen), for the README and reviews.

Usage: python scripts/screenshot.py --db shop.db --lang zh_CN --out window.png
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", required=True, help="a shop file, or a server's address")
    parser.add_argument("--lang", default="zh_CN")
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--select", default="", help="employee number to select")
    parser.add_argument("--dialog", action="store_true", help="grab the agent dialog too")
    parser.add_argument(
        "--page", default="today", help="sidebar page: today, staff, training, complaints ..."
    )
    parser.add_argument(
        "--tab",
        type=int,
        default=0,
        help="tab of the page (complaints: queue; rota: week, month, coverage)",
    )
    parser.add_argument(
        "--complaint", action="store_true", help="also the case file of the first complaint"
    )
    parser.add_argument("--session", action="store_true", help="grab a session dialog too")
    parser.add_argument(
        "--settings", action="store_true", help="grab each tab of the complaint settings too"
    )
    parser.add_argument(
        "--import-file", type=Path, help="grab the conversation import window on this file"
    )
    parser.add_argument(
        "--qa", action="store_true", help="grab the month's reviews list and the rubrics too"
    )
    parser.add_argument(
        "--rules", action="store_true", help="grab both tabs of the appraisal rules editor too"
    )
    parser.add_argument(
        "--improvement",
        action="store_true",
        help="grab the newest meeting and coaching session too",
    )
    parser.add_argument(
        "--screen",
        default="",
        help="WxH, e.g. 1366x698: an offscreen screen that size, the window maximised on it",
    )
    parser.add_argument(
        "--appraisal", default="", help="appraisals page: the month (YYYY-MM) to show"
    )
    parser.add_argument(
        "--accounts", default="",
        help="sign in as this owner and grab the accounts, sign-in and lock windows too",
    )  # fmt: skip
    parser.add_argument(
        "--server-windows", action="store_true",
        help="grab Settings ▸ Shared server (tested against --db's server) and the password window",
    )  # fmt: skip
    args = parser.parse_args()
    if args.accounts:  # the shop's owner, as the sign-in at start would make them
        from csdesk.services.authors import SignedIn, sign_in_as

        sign_in_as(SignedIn(args.accounts, "owner"))
    if args.screen:
        _use_screen(args.screen, args.out.with_suffix(".screen.json"))

    from PySide6.QtCore import QSettings

    from csdesk.services.database import open_database
    from csdesk.ui.app import create_application
    from csdesk.ui.context import AppContext
    from csdesk.ui.main_window import MainWindow
    from csdesk.ui.notices import ChangeNotices
    from csdesk.ui.staff.agent_dialog import AgentDialog
    from csdesk.ui.tasks import TaskRunner
    from csdesk.ui.translation import Translators

    app = create_application()
    translators = Translators()
    translators.apply(args.lang)
    settings = QSettings(str(args.out.with_suffix(".ini")), QSettings.Format.IniFormat)
    ctx = AppContext(
        open_database(args.db),
        ChangeNotices(),
        TaskRunner(inline=True),
        settings,
        translators,
        args.lang,
    )
    window = MainWindow(ctx)
    if args.screen:
        window.showMaximized()
    else:
        window.resize(1280, 800)
        window.show()
    page = window.staff_page
    window.sidebar.setCurrentRow(window.page_keys.index(args.page))
    if args.page == "today":
        app.processEvents()  # the window at its size first, as the 250 ms delay does
        window.today_page.refresh()  # at once: the runner is inline here
    if args.page == "training":
        window.training_page.tabs.setCurrentIndex(args.tab)
    if args.page == "rota":
        rota_page = window.page("rota")
        rota_page.tabs.setCurrentIndex(args.tab)  # week, month, coverage
        rota_page.week_tab.grid.setCurrentIndex(rota_page.week_tab.model.index(1, 1))
    if args.page == "appraisals" and args.appraisal:
        appraisals = window.page("appraisals")
        appraisals.month.setCurrentIndex(appraisals.month.findData(args.appraisal))
        appraisals.table.selectRow(0)
    if args.page == "complaints":
        complaints_page = window.complaints_page
        complaints_page.queues.setCurrentRow(args.tab)
        if args.complaint:
            complaints_page.table.selectRow(0)
            from csdesk.ui.complaints.complaint_file import ComplaintFileDialog

            dialog = ComplaintFileDialog(ctx, complaints_page.selected_id(), window)
            dialog.show()
            app.processEvents()
            dialog.grab().save(str(args.out.with_name(args.out.stem + "-complaint.png")))
            dialog.close()
        if args.settings:
            from csdesk.ui.complaints.complaint_settings_dialog import ComplaintSettingsDialog

            dialog = ComplaintSettingsDialog(ctx, window)
            dialog.holidays.year.setValue(2026)
            dialog.show()
            for index in range(dialog.tabs.count()):
                dialog.tabs.setCurrentIndex(index)
                app.processEvents()
                name = f"{args.out.stem}-settings{index}.png"
                dialog.grab().save(str(args.out.with_name(name)))
            dialog.close()
    if args.session:
        from csdesk.services.training import session_records
        from csdesk.ui.training.session_dialog import SessionDialog

        record = max(session_records.list_sessions(ctx.db), key=lambda s: len(s.attendees))
        dialog = SessionDialog(ctx, record, window)
        dialog.show()
        app.processEvents()
        dialog.grab().save(str(args.out.with_name(args.out.stem + "-session.png")))
        dialog.close()
    if args.import_file:
        from csdesk.ui.importing.import_dialog import ImportDialog
        from csdesk.ui.performance.performance_page import CONVERSATION_IMPORT

        dialog = ImportDialog(ctx, CONVERSATION_IMPORT, window)
        dialog.show()
        dialog.open_file(args.import_file)
        app.processEvents()
        dialog.grab().save(str(args.out.with_name(args.out.stem + "-import.png")))
        dialog.close()
    if args.qa:
        from csdesk.ui.performance.qa_log_dialog import QaLogDialog
        from csdesk.ui.performance.rubrics_dialog import RubricsDialog

        performance = window.performance_page
        dialog = QaLogDialog(ctx, performance.rows, performance.current_month(), window)
        dialog.show()
        for index in range(dialog.tabs.count()):
            dialog.tabs.setCurrentIndex(index)
            app.processEvents()
            dialog.grab().save(str(args.out.with_name(f"{args.out.stem}-qa{index}.png")))
        rubrics = RubricsDialog(ctx, dialog)
        rubrics.show()
        app.processEvents()
        rubrics.grab().save(str(args.out.with_name(args.out.stem + "-rubrics.png")))
        rubrics.copy_button.click()
        app.processEvents()
        rubrics.grab().save(str(args.out.with_name(args.out.stem + "-rubrics-copy.png")))
        rubrics.dirty = False
        rubrics.close()
        dialog.close()
    if args.rules:
        from csdesk.ui.appraisals.appraisal_rules_dialog import AppraisalRulesDialog

        appraisals = window.page("appraisals")
        dialog = AppraisalRulesDialog(ctx, appraisals.current_month(), window)
        dialog.show()
        dialog.pay.minimums["A"].setValue(85.0)  # an edit, so "what if" shows a change
        for index in range(dialog.tabs.count()):
            dialog.tabs.setCurrentIndex(index)
            app.processEvents()
            dialog.grab().save(str(args.out.with_name(f"{args.out.stem}-rules{index}.png")))
        dialog.done(0)  # not reject(): that would ask to save the edit
    if args.select:
        for record in page.model_agents():
            if record.employee_no == args.select:
                page.select_agent(record.id)
    app.processEvents()
    window.grab().save(str(args.out))
    if args.dialog and page.selected_agent():
        dialog = AgentDialog(ctx, page.selected_agent(), page.model_agents(), window)
        dialog.show()
        app.processEvents()
        dialog.grab().save(str(args.out.with_name(args.out.stem + "-dialog.png")))
        dialog.close()
    if args.improvement:
        _improvement_dialogs(ctx, window, args.out)
    if args.accounts:
        _account_windows(ctx, window, args.out)
    if args.server_windows:
        _server_windows(ctx, window, args.out)
    args.out.with_suffix(".ini").unlink(missing_ok=True)
    return 0


def _improvement_dialogs(ctx, window, out: Path) -> None:
    """Grab the newest meeting and the newest coaching session, as the supervisor sees them."""
    from PySide6.QtWidgets import QApplication

    from csdesk.domain.months import Month
    from csdesk.services.coaching.coaching_records import month_sessions
    from csdesk.services.meetings.meeting_records import meetings
    from csdesk.ui.actions.coaching_dialog import CoachingDialog
    from csdesk.ui.actions.meeting_dialog import MeetingDialog

    newest = meetings(ctx.db)[0]
    dialogs = {"meeting": MeetingDialog(ctx, newest, window)}
    month = Month.of(newest.data.held_on).shift(-1)
    held = month_sessions(ctx.db, month) or month_sessions(ctx.db, month.shift(-1))
    first = held[0].data
    dialogs["coaching"] = CoachingDialog(ctx, first.agent_id, Month.parse(first.month), window)
    for name, dialog in dialogs.items():
        dialog.show()
        QApplication.processEvents()
        dialog.grab().save(str(out.with_name(f"{out.stem}-{name}.png")))
        dialog.done(0)


def _account_windows(ctx, window, out: Path) -> None:
    """Grab Settings ▸ Accounts and roles, the sign-in window and the idle lock."""
    from PySide6.QtWidgets import QApplication

    from csdesk.services import shop
    from csdesk.ui.accounts.accounts_dialog import AccountsDialog
    from csdesk.ui.accounts.sign_in_dialog import SignInDialog

    dialogs = {
        "accounts": AccountsDialog(ctx.db, window),
        "sign-in": SignInDialog(ctx.db, shop.shop_name(ctx.db), window),
    }
    for name, dialog in dialogs.items():
        dialog.show()
        QApplication.processEvents()
        dialog.grab().save(str(out.with_name(f"{out.stem}-{name}.png")))
        dialog.done(0)
    window.arm_lock()
    window.idle_lock.lock()
    QApplication.processEvents()
    window.grab().save(str(out.with_name(f"{out.stem}-locked.png")))


def _server_windows(ctx, window, out: Path) -> None:
    """Grab Settings ▸ Shared server after a connection test, and the password window."""
    from PySide6.QtWidgets import QApplication

    from csdesk.ui.server.live_link import LiveLink
    from csdesk.ui.server.password_dialog import PasswordDialog
    from csdesk.ui.server.server_dialog import ServerDialog

    server = ServerDialog(ctx, window)
    if ctx.db.path is None:
        link = LiveLink(ctx, window)  # the status bar as a seat on the server shows it
        link.start()
        for _ in range(50):
            QApplication.processEvents()
            link._thread.join(0.02)
        window.grab().save(str(out.with_name(f"{out.stem}-server-window.png")))
        link.stop()
    server.password.setText("password")
    server.show()
    server.test_connection()
    QApplication.processEvents()
    server.grab().save(str(out.with_name(f"{out.stem}-server.png")))
    server.done(0)
    asked = PasswordDialog("csdesk @ shop-nas (lead)", "", window)
    asked.show()
    QApplication.processEvents()
    asked.grab().save(str(out.with_name(f"{out.stem}-password.png")))
    asked.done(0)


def _use_screen(size: str, config: Path) -> None:
    """Make Qt's offscreen platform a single screen of ``size`` ("1366x698")."""
    import json

    width, height = (int(n) for n in size.lower().split("x"))
    screen = {"name": "screen", "x": 0, "y": 0, "width": width, "height": height,
              "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}  # fmt: skip
    config.write_text(json.dumps({"screens": [screen]}))
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"


if __name__ == "__main__":
    sys.exit(main())
