"""``csdesk report KIND``: the PDFs, written as the window writes them."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from csdesk.cli.arguments import common_options, day, month, open_shop, week
from csdesk.common.i18n import translate
from csdesk.services.kinds import REPORT_KINDS


def add_report(sub) -> None:
    """The ``report`` command."""
    p = sub.add_parser("report", help=translate("CLI", "print a report to PDF"))
    common_options(p, top=False)
    p.add_argument("kind", choices=tuple(REPORT_KINDS))
    p.add_argument("--out", type=Path, required=True)
    p.add_argument("--all", action="store_true", help=translate("CLI", "include agents who left"))
    p.add_argument(
        "--year",
        type=int,
        help=translate(
            "CLI", "year of the training report or the year-end summary (default: this year)"
        ),
    )
    p.add_argument(
        "--month",
        type=month,
        help=translate(
            "CLI",
            "month of the complaint review, the appraisals or the team report, YYYY-MM "
            "(default: last month)",
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
    p.add_argument(
        "--date",
        type=day,
        metavar="YYYY-MM-DD",
        help=translate("CLI", "meeting: the day of the meeting (default: today)"),
    )
    p.add_argument(
        "--status",
        choices=("open", "overdue", "done", "all"),
        default="open",
        help=translate("CLI", "actions: which actions to list (default: open)"),
    )
    p.set_defaults(run=run_report)


def run_report(args: argparse.Namespace) -> int:
    """Print a report of a kind to PDF and say what was written."""
    kind = REPORT_KINDS[args.kind]
    period = _period(kind.period, args)
    db = open_shop(args)
    try:
        count = kind.write(
            db,
            args.out,
            period,
            include_left=args.all,
            agent=args.agent,
            paper=args.paper,
            status=args.status,
        )
    finally:
        db.close()
    print(kind.written(count, args.out, period))
    return 0


def _period(name: str | None, args: argparse.Namespace) -> Any:
    """The period the report covers: the one asked for, else the usual one."""
    from datetime import date

    from csdesk.domain.months import Month
    from csdesk.domain.weeks import Week

    if name == "month":
        return args.month or Month.of(date.today()).shift(-1)
    if name == "week":
        return args.week or Week.of(date.today())
    if name == "year":
        return args.year or date.today().year
    if name == "day":
        return args.date or date.today()
    return None
