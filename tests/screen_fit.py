"""Open the window's pages and main dialogs on a laptop-sized offscreen screen.

Run by ``test_screen_fit.py`` in its own process, because the screen's size is set
when Qt starts (``QT_QPA_PLATFORM=offscreen:configfile=...``). Prints one JSON object:
{name: [minimum width, minimum height, width, height]} for every window it opened.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path


def main(db_path: str, language: str) -> None:
    from PySide6.QtCore import QSettings, Qt
    from PySide6.QtGui import QImage

    from csdesk.domain.months import Month
    from csdesk.services.appraisals import records
    from csdesk.services.complaints.complaint_list import ComplaintFilter, matching_ids
    from csdesk.services.database import open_database
    from csdesk.services.goals.goal_proposals import proposals_for
    from csdesk.services.performance.kpis import monthly_kpis
    from csdesk.services.staff import agents as staff
    from csdesk.services.training import session_records
    from csdesk.ui.actions.action_dialog import ActionDialog
    from csdesk.ui.app import create_application
    from csdesk.ui.appraisals.appraisal_evidence_dialog import EvidenceDialog
    from csdesk.ui.appraisals.appraisal_rules_dialog import AppraisalRulesDialog
    from csdesk.ui.common.pdf_printing import PrintPreview
    from csdesk.ui.complaints.complaint_file import ComplaintFileDialog
    from csdesk.ui.complaints.complaint_settings_dialog import ComplaintSettingsDialog
    from csdesk.ui.context import AppContext
    from csdesk.ui.goals.goal_dialog import GoalDialog
    from csdesk.ui.goals.proposals_dialog import ProposalsDialog
    from csdesk.ui.importing.import_dialog import ImportDialog
    from csdesk.ui.main_window import MainWindow
    from csdesk.ui.notices import ChangeNotices
    from csdesk.ui.performance.qa_entry import QaReviewDialog
    from csdesk.ui.performance.qa_log_dialog import QaLogDialog
    from csdesk.ui.performance.rubrics_dialog import RubricsDialog
    from csdesk.ui.rota.forecast_dialog import ForecastDialog
    from csdesk.ui.settings_dialog import SettingsDialog
    from csdesk.ui.staff.agent_dialog import AgentDialog
    from csdesk.ui.tasks import TaskRunner
    from csdesk.ui.training.session_dialog import SessionDialog
    from csdesk.ui.translation import Translators

    app = create_application([])
    translators = Translators()
    translators.apply(language)
    db = open_database(Path(db_path))
    settings = QSettings(str(Path(db_path).with_suffix(".ini")), QSettings.Format.IniFormat)
    ctx = AppContext(db, ChangeNotices(), TaskRunner(inline=True), settings, translators, language)
    found: dict[str, list[int]] = {}

    from PySide6.QtWidgets import QLabel

    def measure(name, widget) -> None:
        widget.show()
        app.processEvents()
        hint, size = widget.minimumSizeHint(), widget.size()
        found[name] = [hint.width(), hint.height(), size.width(), size.height()]
        # a label with a mnemonic but no buddy shows its "&" as text ("课程(&C)")
        literal = [
            label.text()
            for label in widget.findChildren(QLabel)
            if "&" in label.text().replace("&&", "")
            and label.buddy() is None
            and label.textFormat() != Qt.TextFormat.RichText
            and label.isVisible()
        ]
        if literal:
            found[f"{name}: & shown as text"] = literal

    window = MainWindow(ctx)
    for row, key in enumerate(window.page_keys):
        window.sidebar.setCurrentRow(row)
        measure(f"window:{key}", window)
    month = Month(2026, 10)
    people = staff.list_agents(db)
    kpis = monthly_kpis(db, month)
    appraisal = records.month_view(db, month).appraisals[0]
    sessions = session_records.list_sessions(db)
    dialogs = {
        "settings": lambda: SettingsDialog(ctx, window),
        "agent": lambda: AgentDialog(ctx, people[0], people, window),
        "appraisal rules": lambda: AppraisalRulesDialog(ctx, month, window),
        "evidence": lambda: EvidenceDialog(ctx, appraisal, "satisfaction_rate", window),
        "complaint settings": lambda: ComplaintSettingsDialog(ctx, window),
        "complaint file": lambda: ComplaintFileDialog(
            ctx, matching_ids(db, ComplaintFilter(), limit=1)[0], window
        ),
        "import": lambda: ImportDialog(ctx, parent=window),
        "session": lambda: SessionDialog(ctx, sessions[0] if sessions else None, window),
        "forecast": lambda: ForecastDialog(ctx, window),
        "rubrics": lambda: RubricsDialog(ctx, window),
        "qa review": lambda: QaReviewDialog(ctx, kpis, month, window),
        "qa log": lambda: QaLogDialog(ctx, kpis, month, window),
        "goal": lambda: GoalDialog(ctx, 2026, window),
        "action": lambda: ActionDialog(ctx, None, window),
        "proposed goals": lambda: ProposalsDialog(ctx, 2027, proposals_for(db, 2027), window),
        "accounts": lambda: AccountsDialog(db, window),
        "history": lambda: HistoryDialog(db, "agent", "CS001", window),
        "sign in": lambda: SignInDialog(db, "小美家居旗舰店", window),
        "print preview": lambda: PrintPreview(
            ctx, Path("x.pdf"), "A4", [QImage(910, 1286, QImage.Format.Format_RGB32)], window
        ),
    }
    from csdesk.ui.accounts.accounts_dialog import AccountsDialog
    from csdesk.ui.accounts.sign_in_dialog import SignInDialog
    from csdesk.ui.audit.history_dialog import HistoryDialog

    for name, make in dialogs.items():
        dialog = make()
        measure(name, dialog)
        dialog.close()
    print(json.dumps(found))
    db.close()


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
