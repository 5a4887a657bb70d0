"""``csdesk report KIND``: the PDFs, written as the window writes them."""

from __future__ import annotations

import argparse
from pathlib import Path

from csdesk.cli.arguments import common_options, month, open_shop, week
from csdesk.common.i18n import translate


def add_report(sub) -> None:
    """The ``report`` command."""
    p = sub.add_parser("report", help=translate("CLI", "print a report to PDF"))
    common_options(p, top=False)
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
        type=month,
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
        type=week,
        metavar="YYYY-Www",
        help=translate("CLI", "rota: the week to print, e.g. 2026-W48 (default: this week)"),
    )
    p.add_argument(
        "--paper",
        choices=("A4", "A3"),
        default="A4",
        help=translate("CLI", "rota: paper size, landscape (default: A4)"),
    )
    p.set_defaults(run=run_report)


def run_report(args: argparse.Namespace) -> int:
    """Print a report of a kind to PDF and say what was written."""
    db = open_shop(args)
    try:
        print(REPORTS[args.kind](db, args))
    finally:
        db.close()
    return 0


def _last_month():
    from datetime import date

    from csdesk.domain.months import Month

    return Month.of(date.today()).shift(-1)


def _staff(db, args: argparse.Namespace) -> str:
    from csdesk.services.staff.staff_report import staff_report

    count = staff_report(db, args.out, include_left=args.all)
    return translate("CLI", "{count} rows written to {path}.").format(count=count, path=args.out)


def _training(db, args: argparse.Namespace) -> str:
    from csdesk.services.training.training_reports import training_report

    count = training_report(db, args.out, args.year)
    done = translate("CLI", "Training report with {count} sessions written to {path}.")
    return done.format(count=count, path=args.out)


def _matrix(db, args: argparse.Namespace) -> str:
    from csdesk.services.training.training_reports import matrix_report

    count = matrix_report(db, args.out)
    done = translate("CLI", "Training matrix of {count} agents written to {path}.")
    return done.format(count=count, path=args.out)


def _complaints(db, args: argparse.Namespace) -> str:
    from csdesk.services.complaints.complaint_reports import review_report

    month = args.month or _last_month()
    count = review_report(db, month, args.out)
    done = translate("CLI", "Complaint review of {month} ({count} received) written to {path}.")
    return done.format(month=month, count=count, path=args.out)


def _appraisal(db, args: argparse.Namespace) -> str:
    from csdesk.services.appraisals.appraisal_reports import appraisal_pack

    month = args.month or _last_month()
    count = appraisal_pack(db, month, args.out, args.agent)
    done = translate("CLI", "Appraisals of {month} ({count} agents) written to {path}.")
    return done.format(month=month, count=count, path=args.out)


def _rota(db, args: argparse.Namespace) -> str:
    from datetime import date

    from csdesk.domain.weeks import Week
    from csdesk.services.rota.rota_reports import rota_report

    shown = args.week or Week.of(date.today())
    count = rota_report(db, shown, args.out, args.paper)
    done = translate("CLI", "Rota of {week} ({count} agents) written to {path}.")
    return done.format(week=shown, count=count, path=args.out)


#: Each report kind: write its PDF from the command's arguments, return what to say.
REPORTS = {
    "staff": _staff,
    "training": _training,
    "matrix": _matrix,
    "complaints": _complaints,
    "appraisal": _appraisal,
    "rota": _rota,
}
REPORT_KINDS = tuple(REPORTS)
