"""The registry of kinds: what can be imported, exported and printed, declared once.

The command line (``csdesk import KIND``, ``csdesk export KIND``, ``csdesk report KIND``),
the window's import window and its Reports menu read these tables; adding a kind is one
entry here. An entry names its service
module and functions rather than holding them, so that reading the table loads nothing:
an area's module is imported when its kind is used.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from importlib import import_module
from pathlib import Path
from typing import Any

from csdesk.common.i18n import translate


@dataclass(frozen=True)
class FileKind:
    """One kind of file csdesk reads or writes.

    Attributes:
        name: the command line's KIND; also files the saved column maps.
        module: the area's service module that reads and writes it.
        fields: that module's function listing the fields (key, label, required, accepted);
            "" for a kind csdesk only writes.
        importer: its import function ``(db, path, mapping, dry_run, progress, ...)``, or
            "" for a kind csdesk only writes (the appraisals for payroll).
        exporter: its export function, or None when csdesk does not write the kind.
        by_account: rows name agents by platform account (``--skip-unknown`` applies).
        by_period: a file without a date column needs ``--period`` (agent summaries).
        export_module: the module of the exporter, when not ``module``.
        export_period: the exporter's keyword for a period (``month``, ``week``), if any.
        period_required: the export needs that period (a rota week, a month's appraisals).
    """

    name: str
    module: str
    fields: str
    importer: str
    exporter: str | None = None
    by_account: bool = False
    by_period: bool = False
    export_module: str = ""
    export_period: str | None = None
    period_required: bool = False

    def function(self, name: str, module: str = "") -> Callable[..., Any]:
        """The service function ``name`` of this kind's module (imported now)."""
        return getattr(import_module(module or self.module), name)

    def field_list(self) -> list[tuple[str, str, bool, str]]:
        """The fields an import of this kind takes, in the user's language."""
        return self.function(self.fields)()

    def file_columns(self, path: Path) -> list[Any]:
        """The columns of ``path`` with the field each is guessed to be."""
        return self.function("file_columns")(path)

    def run_import(self, db: Any, path: Path, *args: Any, **kwargs: Any) -> Any:
        """Import a file of this kind (see the importer's docstring).

        A real import (not a dry run) is audited in its own transaction: the file's name
        and SHA-256, the lines added and changed, and the fields each changed line
        changed (``csdesk.services.audit.import_audit``).
        """
        import hashlib

        from csdesk.services.audit.import_audit import auditing

        try:  # the file as it was read (hashed first: it may be moved once imported)
            with open(path, "rb") as file:  # in blocks: an export may hold a million lines
                digest = hashlib.file_digest(file, "sha256").hexdigest()
        except OSError:
            digest = ""  # the importer says what is wrong with the file
        with auditing(self.name, Path(path).name, digest):
            return self.function(self.importer)(db, path, *args, **kwargs)

    def run_export(self, *args: Any, **kwargs: Any) -> int:
        """Export this kind (see the exporter's docstring); return the rows written.

        Call with keywords (``db``, ``out``, ``fmt`` and the period's keyword): the
        exporters agree on the names, not on the order.
        """
        if self.exporter is None:
            raise ValueError(f"{self.name} files are read, not written")
        return self.function(self.exporter, self.export_module)(*args, **kwargs)


FILE_KINDS: dict[str, FileKind] = {
    kind.name: kind
    for kind in (
        FileKind(
            "staff",
            "csdesk.services.staff.staff_files",
            "staff_fields",
            "import_staff",
            "export_staff",
        ),
        FileKind(
            "training",
            "csdesk.services.training.training_files",
            "training_fields",
            "import_training",
            "export_training",
        ),
        FileKind(
            "complaints",
            "csdesk.services.complaints.complaint_files",
            "complaint_fields",
            "import_complaints",
            "export_complaints",
            export_module="csdesk.services.complaints.complaint_export",
            export_period="month",
        ),
        FileKind(
            "conversations",
            "csdesk.services.performance.conversation_files",
            "conversation_fields",
            "import_conversations",
            by_account=True,
        ),
        FileKind(
            "summaries",
            "csdesk.services.performance.summary_files",
            "summary_fields",
            "import_summaries",
            by_account=True,
            by_period=True,
        ),
        FileKind(
            "orders",
            "csdesk.services.performance.order_files",
            "order_fields",
            "import_orders",
        ),
        FileKind(
            "actions",
            "csdesk.services.actions.action_files",
            "action_fields",
            "import_actions",
            "export_actions",
        ),
        FileKind(
            "suggestions",
            "csdesk.services.suggestions.suggestion_files",
            "suggestion_fields",
            "import_suggestions",
            "export_suggestions",
        ),
        FileKind(
            "rota",
            "csdesk.services.rota.rota_files",
            "rota_fields",
            "import_rota",
            "export_week",
            export_period="week",
            period_required=True,
        ),
        FileKind(
            "appraisals",
            "csdesk.services.appraisals.appraisal_export",
            "",
            "",
            "export_appraisals",
            export_period="month",
            period_required=True,
        ),
    )
}
IMPORT_KINDS = tuple(name for name, kind in FILE_KINDS.items() if kind.importer)
EXPORT_KINDS = tuple(name for name, kind in FILE_KINDS.items() if kind.exporter)


@dataclass(frozen=True)
class ReportKind:
    """One PDF csdesk prints, for ``csdesk report KIND`` and the window's Reports menu.

    Every builder takes ``db`` and ``out`` and keywords, so one call fits all of them.

    Attributes:
        name: the command line's KIND.
        area: the page that prints it in the window (``staff``, ``rota`` ...).
        module: the area's service module with the builder.
        builder: the function writing the PDF; returns how many rows, agents or sessions.
        period: the builder's keyword for the period it covers (``month``, ``week``,
            ``year``, ``day``), or None for a report of today.
        options: further keywords the command line may pass (``include_left``,
            ``agent``, ``paper``).
    """

    name: str
    area: str
    module: str
    builder: str
    period: str | None = None
    options: tuple[str, ...] = ()

    def write(
        self,
        db: Any,
        out: Path,
        period: Any = None,
        progress: Any = None,
        **options: Any,
    ) -> int:
        """Write the report to ``out``; return what the builder counted."""
        keywords = {key: value for key, value in options.items() if key in self.options}
        if self.period is not None:
            keywords[self.period] = period
        builder = getattr(import_module(self.module), self.builder)
        return builder(db=db, out=out, progress=progress, **keywords)

    def title(self) -> str:
        """The report's name in the user's language (menus, dialogs)."""
        return report_texts(0)[self.name][0]

    def written(self, count: int, path: Path, period: Any = None) -> str:
        """What the command line says when the report is written."""
        return report_texts(count)[self.name][1].format(
            count=count, path=path, month=period, week=period, year=period, day=period
        )


def report_texts(count: int) -> dict[str, tuple[str, str]]:
    """Each report kind's title and its "written" message for ``count`` things written."""
    return {
        "staff": (
            translate("Reports", "Staff list"),
            translate("CLI", "{count} rows written to {path}.", None, count),
        ),
        "training": (
            translate("Reports", "Training report of the year"),
            translate(
                "CLI", "Training report with {count} sessions written to {path}.", None, count
            ),
        ),
        "matrix": (
            translate("Reports", "Training matrix"),
            translate("CLI", "Training matrix of {count} agents written to {path}.", None, count),
        ),
        "complaints": (
            translate("Reports", "Monthly complaint review"),
            translate("CLI", "Complaint review of {month} ({count} received) written to {path}."),
        ),
        "appraisal": (
            translate("Reports", "Monthly appraisals"),
            translate(
                "CLI", "Appraisals of {month} ({count} agents) written to {path}.", None, count
            ),
        ),
        "team": (
            translate("Reports", "Team report"),
            translate("CLI", "Team report of {month} written to {path}."),
        ),
        "year": (
            translate("Reports", "Year-end summary"),
            translate("CLI", "Year-end summary of {year} written to {path}."),
        ),
        "actions": (
            translate("Reports", "Improvement actions"),
            translate("CLI", "{count} actions written to {path}.", None, count),
        ),
        "coaching": (
            translate("Reports", "Coaching sessions"),
            translate(
                "CLI", "Coaching sheets of {month} ({count} agents) written to {path}.", None, count
            ),
        ),
        "meeting": (
            translate("Reports", "Service-quality meeting"),
            translate("CLI", "Meeting sheet of {day} written to {path}."),
        ),
        "rota": (
            translate("Reports", "Weekly rota"),
            translate("CLI", "Rota of {week} ({count} agents) written to {path}.", None, count),
        ),
    }


REPORT_KINDS: dict[str, ReportKind] = {
    kind.name: kind
    for kind in (
        ReportKind(
            "staff",
            "staff",
            "csdesk.services.staff.staff_report",
            "staff_report",
            options=("include_left",),
        ),
        ReportKind(
            "training",
            "training",
            "csdesk.services.training.training_reports",
            "training_report",
            period="year",
        ),
        ReportKind(
            "matrix", "training", "csdesk.services.training.training_reports", "matrix_report"
        ),
        ReportKind(
            "complaints",
            "complaints",
            "csdesk.services.complaints.complaint_reports",
            "review_report",
            period="month",
        ),
        ReportKind(
            "appraisal",
            "appraisals",
            "csdesk.services.appraisals.appraisal_reports",
            "appraisal_pack",
            period="month",
            options=("agent",),
        ),
        ReportKind(
            "team", "goals", "csdesk.services.goals.team_report", "team_report", period="month"
        ),
        ReportKind(
            "actions",
            "actions",
            "csdesk.services.actions.action_report",
            "actions_report",
            options=("status",),
        ),
        ReportKind(
            "coaching",
            "actions",
            "csdesk.services.coaching.coaching_report",
            "coaching_report",
            period="month",
            options=("agent",),
        ),
        ReportKind(
            "meeting",
            "actions",
            "csdesk.services.meetings.meeting_report",
            "meeting_report",
            period="day",
        ),
        ReportKind("year", "goals", "csdesk.services.goals.year_report", "year_report", "year"),
        ReportKind(
            "rota",
            "rota",
            "csdesk.services.rota.rota_reports",
            "rota_report",
            period="week",
            options=("paper",),
        ),
    )
}
