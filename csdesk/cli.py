"""The command line: scripting interface and GUI launcher.

Exit status: 0 success, 1 a user error (message on stderr, nothing written), 2 wrong
usage (argparse). The GUI modules are imported only when the GUI is opened, so a
script never loads Qt.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from csdesk import __version__, i18n, preferences
from csdesk.i18n import translate
from csdesk.paths import default_db_path
from csdesk.services.errors import UserError

IMPORT_KINDS = ("staff", "training", "complaints", "conversations", "summaries", "rota")
#: Imports of platform data, whose rows name agents by account.
ACCOUNT_IMPORTS = ("conversations", "summaries")
EXPORT_KINDS = ("staff", "training", "complaints", "rota")
REPORT_KINDS = ("staff", "training", "matrix", "complaints", "appraisal", "rota")
#: Seconds a command waits for a restore or upgrade that another csdesk runs.
CLI_WAIT_SECONDS = 30.0


def _guard_std_streams() -> None:
    """A windowed (frozen) build has no console: give print() somewhere to go."""
    for name in ("stdout", "stderr"):
        if getattr(sys, name) is None:
            setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115


def _common(parser: argparse.ArgumentParser, top: bool, db: bool = True) -> None:
    default = None if top else argparse.SUPPRESS
    if db:
        parser.add_argument(
            "--db",
            type=Path,
            default=default,
            metavar="PATH",
            help=translate("CLI", "database file (default: CSDESK_DB or the user data folder)"),
        )
    parser.add_argument(
        "--lang",
        default=default,
        metavar="LANG",
        help=translate("CLI", "language: zh_CN, zh_TW or en"),
    )


def build_parser() -> argparse.ArgumentParser:
    """Return the argument parser (also used by the tests)."""
    parser = argparse.ArgumentParser(
        prog="csdesk",
        description=translate("CLI", "csdesk: the customer-service supervisor's desk."),
    )
    parser.add_argument("--version", action="version", version=f"csdesk {__version__}")
    parser.add_argument(
        "--exit-when-ready",
        action="store_true",
        help=translate("CLI", "open the window, wait until it has loaded, then exit"),
    )
    _common(parser, top=True)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("demo", help=translate("CLI", "create a demo shop"))
    _common(p, top=False)
    p.add_argument("--agents", type=int, default=20, help=translate("CLI", "team size"))
    p.add_argument("--months", type=int, default=12, help=translate("CLI", "months of history"))
    p.add_argument("--seed", type=int, default=1, help=translate("CLI", "random seed"))

    p = sub.add_parser("import", help=translate("CLI", "import a CSV or XLSX file"))
    _common(p, top=False)
    p.add_argument("kind", choices=IMPORT_KINDS)
    p.add_argument("file", type=Path, nargs="?")
    p.add_argument(
        "--fields", action="store_true", help=translate("CLI", "list the fields and exit")
    )
    p.add_argument(
        "--map",
        action="append",
        default=[],
        metavar="SOURCE=FIELD",
        help=translate("CLI", "map a column of the file to a field"),
    )
    p.add_argument(
        "--mapping",
        metavar="NAME",
        help=translate("CLI", "use a column map saved in the import window"),
    )
    p.add_argument(
        "--dry-run", action="store_true", help=translate("CLI", "check the file, write nothing")
    )
    p.add_argument(
        "--skip-unknown",
        action="store_true",
        help=translate("CLI", "leave out rows whose account matches no agent"),
    )
    p.add_argument(
        "--period",
        type=_period,
        metavar="YYYY-MM|YYYY-MM-DD",
        help=translate("CLI", "summaries: the month or day of a file without a date column"),
    )

    p = sub.add_parser("export", help=translate("CLI", "export to CSV or XLSX"))
    _common(p, top=False)
    p.add_argument("kind", choices=EXPORT_KINDS)
    p.add_argument("--out", type=Path, required=True)
    p.add_argument("--format", choices=("csv", "xlsx"))
    p.add_argument(
        "--month", type=_month, help=translate("CLI", "only complaints received in YYYY-MM")
    )
    p.add_argument(
        "--week", type=_week, metavar="YYYY-Www", help=translate("CLI", "rota: the week to export")
    )

    p = sub.add_parser("report", help=translate("CLI", "print a report to PDF"))
    _common(p, top=False)
    p.add_argument("kind", choices=REPORT_KINDS)
    p.add_argument("--out", type=Path, required=True)
    p.add_argument("--all", action="store_true", help=translate("CLI", "include agents who left"))
    p.add_argument(
        "--year",
        type=int,
        help=translate("CLI", "year of the training report (default: this year)"),
    )
    p.add_argument(
        "--month",
        type=_month,
        help=translate(
            "CLI", "month of the complaint review or the appraisals, YYYY-MM (default: last month)"
        ),
    )
    p.add_argument(
        "--agent",
        default="all",
        metavar="NO|all",
        help=translate("CLI", "appraisal: one agent's employee number, or all (default)"),
    )
    p.add_argument(
        "--week",
        type=_week,
        metavar="YYYY-Www",
        help=translate("CLI", "rota: the week to print, e.g. 2026-W48 (default: this week)"),
    )
    p.add_argument(
        "--paper",
        choices=("A4", "A3"),
        default="A4",
        help=translate("CLI", "rota: paper size, landscape (default: A4)"),
    )

    p = sub.add_parser("kpis", help=translate("CLI", "print the monthly KPIs of every agent"))
    _common(p, top=False)
    p.add_argument("--month", type=_month, required=True, help=translate("CLI", "YYYY-MM"))
    p.add_argument("--agent", help=translate("CLI", "only this employee number"))
    p.add_argument(
        "--format",
        choices=("text", "csv"),
        default="text",
        help=translate("CLI", "csv: one row per agent, rates in percent, money in yuan"),
    )

    p = sub.add_parser(
        "staffing", help=translate("CLI", "agents needed for an hour of contacts (Erlang C)")
    )
    _common(p, top=False, db=False)
    p.add_argument(
        "--contacts", type=float, required=True, help=translate("CLI", "contacts in the hour")
    )
    p.add_argument(
        "--aht",
        type=float,
        required=True,
        metavar="SECONDS",
        help=translate("CLI", "average handling time in seconds"),
    )
    p.add_argument(
        "--target",
        type=float,
        default=0.8,
        help=translate("CLI", "share answered within the time (default 0.8)"),
    )
    p.add_argument(
        "--within",
        type=float,
        default=30.0,
        metavar="SECONDS",
        help=translate("CLI", "answer time in seconds (default 30)"),
    )
    p.add_argument(
        "--concurrency",
        type=float,
        default=1.0,
        help=translate("CLI", "chats an agent handles at once (default 1: phone)"),
    )
    p.add_argument(
        "--shrinkage",
        type=float,
        default=0.3,
        help=translate("CLI", "share of paid time away from contacts (default 0.3)"),
    )
    p.add_argument(
        "--max-occupancy",
        type=float,
        default=0.85,
        help=translate("CLI", "highest share of time busy with contacts (default 0.85)"),
    )

    p = sub.add_parser("backup", help=translate("CLI", "back the database up now"))
    _common(p, top=False)
    p.add_argument(
        "--out", type=Path, help=translate("CLI", "backup file (default: the backup folder)")
    )

    p = sub.add_parser("restore", help=translate("CLI", "replace the database with a backup"))
    _common(p, top=False)
    which = p.add_mutually_exclusive_group(required=True)
    which.add_argument("file", type=Path, nargs="?")
    which.add_argument(
        "--latest",
        action="store_true",
        help=translate("CLI", "restore this shop's newest good backup"),
    )
    p.add_argument(
        "--any-shop",
        action="store_true",
        help=translate("CLI", "restore even a backup of another shop (replaces this shop)"),
    )

    p = sub.add_parser("check", help=translate("CLI", "check the database for damage"))
    _common(p, top=False)
    return parser


#: Years a --month or --week may name: the same span imports accept for dates.
FIRST_YEAR, LAST_YEAR = 1900, 2100


def _in_range(year: int, text: str) -> None:
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise argparse.ArgumentTypeError(
            translate("CLI", "{text} is out of range: use a year from {first} to {last}.").format(
                text=text, first=FIRST_YEAR, last=LAST_YEAR
            )
        )


def _week(text: str):
    from csdesk.domain.weeks import Week

    try:
        week = Week.parse(text)
    except (ValueError, OverflowError):
        raise argparse.ArgumentTypeError(
            translate("CLI", "{text} is not a week (YYYY-Www, e.g. 2026-W48).").format(text=text)
        ) from None
    _in_range(week.year, text)
    return week


def _month(text: str):
    from csdesk.domain.months import Month

    try:
        month = Month.parse(text)
    except (ValueError, OverflowError):
        raise argparse.ArgumentTypeError(
            translate("CLI", "{text} is not a month (YYYY-MM).").format(text=text)
        ) from None
    _in_range(month.year, text)
    return month


def _period(text: str):
    """A month (YYYY-MM) or a day (YYYY-MM-DD) as (first, last) day."""
    from csdesk.importers.summaries import parse_period

    try:
        return parse_period(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            translate("CLI", "{text} is not a month (YYYY-MM) or a day (YYYY-MM-DD).").format(
                text=text
            )
        ) from None


def _db_path(args: argparse.Namespace) -> Path:
    return Path(args.db) if getattr(args, "db", None) else default_db_path()


def _open(args: argparse.Namespace):
    from csdesk.services.database import open_database

    db = open_database(_db_path(args), args.command, wait=CLI_WAIT_SECONDS)
    for warning in db.warnings:
        print(warning, file=sys.stderr)
    return db


def _cmd_demo(args) -> int:
    from csdesk.services.demo.demo_shop import build_demo

    db = _open(args)
    try:
        count = build_demo(db, args.agents, args.months, args.seed)
    finally:
        db.close()
    print(
        translate("CLI", "Demo shop created in {path}: {count} agent records.").format(
            path=db.path, count=count
        )
    )
    return 0


def _file_service(kind: str):
    """The import/export functions of a kind: (fields, import, export or None)."""
    if kind == "summaries":
        from csdesk.services.performance import summary_files

        return summary_files.summary_fields, summary_files.import_summaries, None
    if kind == "conversations":
        from csdesk.services.performance import conversation_files

        return conversation_files.conversation_fields, conversation_files.import_conversations, None
    if kind == "complaints":
        from csdesk.services.complaints import complaint_files

        return (
            complaint_files.complaint_fields,
            complaint_files.import_complaints,
            complaint_files.export_complaints,
        )
    if kind == "rota":
        from csdesk.services.rota import rota_files

        return rota_files.rota_fields, rota_files.import_rota, rota_files.export_week
    if kind == "training":
        from csdesk.services.training import training_files

        return (
            training_files.training_fields,
            training_files.import_training,
            training_files.export_training,
        )
    from csdesk.services.staff import staff_files

    return staff_files.staff_fields, staff_files.import_staff, staff_files.export_staff


def _cmd_import(args) -> int:
    fields, run_import, _export = _file_service(args.kind)
    if args.fields:
        for key, label, required, accepted in fields():
            mark = "*" if required else " "
            print(f"{mark} {key:<14} {label}" + (f"  [{accepted}]" if accepted else ""))
        print(translate("CLI", "* required"))
        return 0
    if args.file is None:
        raise UserError(translate("CLI", "Name the file to import (or use --fields)."))
    if args.skip_unknown and args.kind not in ACCOUNT_IMPORTS:
        raise UserError(
            translate("CLI", "--skip-unknown applies to conversations and summaries only.")
        )
    if args.period and args.kind != "summaries":
        raise UserError(translate("CLI", "--period applies to summaries only."))
    extra: dict = {"skip_unknown": args.skip_unknown} if args.kind in ACCOUNT_IMPORTS else {}
    if args.kind == "summaries":
        extra["period"] = args.period
    db = _open(args)
    try:
        mapping: list[str] | dict[str, str] = args.map
        if args.mapping:
            from csdesk.services.import_mappings import file_overrides

            mapping = file_overrides(db, args.kind, args.mapping, args.file, args.map)
        summary = run_import(db, args.file, mapping, args.dry_run, **extra)
    finally:
        db.close()
    print("\n".join(summary.lines()))
    return 0


def _cmd_export(args) -> int:
    _fields, _import, run_export = _file_service(args.kind)
    if args.month is not None and args.kind != "complaints":
        raise UserError(translate("CLI", "--month applies to complaints only."))
    if (args.week is not None) != (args.kind == "rota"):
        raise UserError(translate("CLI", "Export the rota of one week: --week YYYY-Www."))
    db = _open(args)
    try:
        if args.week is not None:
            count = run_export(db, args.week, args.out, args.format)
        elif args.month is not None:
            count = run_export(db, args.out, args.format, month=args.month)
        else:
            count = run_export(db, args.out, args.format)
    finally:
        db.close()
    print(translate("CLI", "{count} rows written to {path}.").format(count=count, path=args.out))
    return 0


def _cmd_report(args) -> int:
    from csdesk.services.staff import staff_report as reports
    from csdesk.services.training import training_reports

    db = _open(args)
    try:
        if args.kind == "complaints":
            from datetime import date

            from csdesk.domain.months import Month
            from csdesk.services.complaints import complaint_reports

            month = args.month or Month.of(date.today()).shift(-1)
            count = complaint_reports.review_report(db, month, args.out)
            done = translate(
                "CLI", "Complaint review of {month} ({count} received) written to {path}."
            )
            print(done.format(month=month, count=count, path=args.out))
            return 0
        if args.kind == "appraisal":
            from datetime import date

            from csdesk.domain.months import Month
            from csdesk.services.appraisals import appraisal_reports

            month = args.month or Month.of(date.today()).shift(-1)
            count = appraisal_reports.appraisal_pack(db, month, args.out, args.agent)
            done = translate("CLI", "Appraisals of {month} ({count} agents) written to {path}.")
            print(done.format(month=month, count=count, path=args.out))
            return 0
        if args.kind == "rota":
            from datetime import date

            from csdesk.domain.weeks import Week
            from csdesk.services.rota import rota_reports

            week = args.week or Week.of(date.today())
            count = rota_reports.rota_report(db, week, args.out, args.paper)
            done = translate("CLI", "Rota of {week} ({count} agents) written to {path}.")
            print(done.format(week=week, count=count, path=args.out))
            return 0
        if args.kind == "training":
            count = training_reports.training_report(db, args.out, args.year)
            done = translate("CLI", "Training report with {count} sessions written to {path}.")
        elif args.kind == "matrix":
            count = training_reports.matrix_report(db, args.out)
            done = translate("CLI", "Training matrix of {count} agents written to {path}.")
        else:
            count = reports.staff_report(db, args.out, include_left=args.all)
            done = translate("CLI", "{count} rows written to {path}.")
    finally:
        db.close()
    print(done.format(count=count, path=args.out))
    return 0


def _cmd_backup(args) -> int:
    from csdesk.services import backup

    path = _db_path(args)
    if not path.exists():
        raise UserError(translate("Backup", "No database at {path}.").format(path=path))
    written = backup.backup_now(path, args.out)
    print(translate("CLI", "Backup written to {path}.").format(path=written))
    return 0


def _cmd_restore(args) -> int:
    from csdesk.services import backup

    path = _db_path(args)
    if args.latest:
        restored, safety = backup.restore_latest(path, wait=CLI_WAIT_SECONDS)
    else:
        restored = args.file
        safety = backup.restore(path, args.file, any_shop=args.any_shop, wait=CLI_WAIT_SECONDS)
    print(translate("CLI", "Restored {backup} into {path}.").format(backup=restored, path=path))
    if safety:
        print(translate("CLI", "The previous database was kept as {path}.").format(path=safety))
    return 0


def _cmd_check(args) -> int:
    from csdesk.services import backup

    result = backup.check(_db_path(args))
    for line in result.messages:
        print(line)
    print(
        translate("CLI", "Schema revision: {revision} (this csdesk: {head})").format(
            revision=result.revision or "-", head=result.head
        )
    )
    if not result.ok:
        print(translate("CLI", "The database is damaged."), file=sys.stderr)
        return 1
    return 0


def _cmd_kpis(args) -> int:
    from csdesk.domain.kpis import KPIS, Unit
    from csdesk.labels import kpi_labels
    from csdesk.services.performance import kpis

    db = _open(args)
    try:
        rows = kpis.monthly_kpis(db, args.month, args.agent)
    finally:
        db.close()
    if args.agent and not rows:
        raise UserError(
            translate("CLI", "No agent {number} in {month}.").format(
                number=args.agent, month=args.month
            )
        )
    if args.format == "csv":
        sys.stdout.write(kpis.kpis_csv(rows))
        return 0
    names = kpi_labels()
    units = {Unit.PERCENT: " %", Unit.SECONDS: " s", Unit.CENTS: " ¥"}
    for row in rows:
        print(f"{row.employee_no} {row.name}")
        for kpi in KPIS:
            value = kpis.shown(kpi.unit, row.values[kpi.key])
            if value:
                print(f"  {kpi.key:<28} {value}{units.get(kpi.unit, '')}  {names[kpi.key]}")
    return 0


def _cmd_staffing(args) -> int:
    from csdesk.services.rota.staffing import agents_needed

    need = agents_needed(
        args.contacts,
        args.aht,
        args.target,
        args.within,
        args.concurrency,
        args.shrinkage,
        args.max_occupancy,
    )
    print(
        f"agents={need.agents} service_level={need.service_level:.3f} "
        f"occupancy={need.occupancy:.3f} scheduled={need.scheduled}"
    )
    return 0


COMMANDS = {
    "kpis": _cmd_kpis,
    "staffing": _cmd_staffing,
    "demo": _cmd_demo,
    "import": _cmd_import,
    "export": _cmd_export,
    "report": _cmd_report,
    "backup": _cmd_backup,
    "restore": _cmd_restore,
    "check": _cmd_check,
}


def _early_language(argv: Sequence[str]) -> str | None:
    """Find ``--lang`` before parsing, so that the help text is in that language."""
    for i, arg in enumerate(argv):
        if arg == "--lang" and i + 1 < len(argv):
            return argv[i + 1]
        if arg.startswith("--lang="):
            return arg.split("=", 1)[1]
    return None


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    _guard_std_streams()
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        language = i18n.choose_language(_early_language(argv), preferences.stored_language())
    except ValueError as exc:
        print(f"csdesk: unknown language {exc}; use zh_CN, zh_TW or en", file=sys.stderr)
        return 2
    i18n.set_language(language)
    args = build_parser().parse_args(argv)
    if args.command is None:
        from csdesk.ui.app import run_gui

        return run_gui(_db_path(args), language, exit_when_ready=args.exit_when_ready)
    try:
        return COMMANDS[args.command](args)
    except UserError as exc:
        print(exc.full_text(), file=sys.stderr)
        return 1
    except BrokenPipeError:
        # `csdesk kpis | head`: the reader is gone; end quietly, as Unix tools do.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
    except Exception as exc:
        from csdesk.services.errors import storage_fault

        fault = storage_fault(exc, getattr(args, "db", None))
        if fault is None:
            raise
        print(fault.full_text(), file=sys.stderr)
        return 1
