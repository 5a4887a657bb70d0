"""``csdesk report KIND``: the PDFs, written as the window writes them."""

from __future__ import annotations

import argparse
from pathlib import Path

from csdesk.cli.arguments import common_options, month, open_shop, week
from csdesk.common.i18n import translate

REPORT_KINDS = ("staff", "training", "matrix", "complaints", "appraisal", "rota")


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
    """Print a report of a kind to PDF."""
    from csdesk.services.staff import staff_report as reports
    from csdesk.services.training import training_reports

    db = open_shop(args)
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
