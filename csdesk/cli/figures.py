"""Figures on the command line: the monthly KPIs and the staffing calculator."""

from __future__ import annotations

import argparse
import sys

from csdesk.cli.arguments import common_options, month, open_shop
from csdesk.common.i18n import translate
from csdesk.services.errors import UserError
from csdesk.services.performance import kpi_text


def add_kpis(sub) -> None:
    """The ``kpis`` command."""
    p = sub.add_parser("kpis", help=translate("CLI", "print the monthly KPIs of every agent"))
    common_options(p, top=False)
    p.add_argument("--month", type=month, required=True, help=translate("CLI", "YYYY-MM"))
    p.add_argument("--agent", help=translate("CLI", "only this employee number"))
    p.add_argument(
        "--team",
        action="store_true",
        help=translate("CLI", "one line for the whole team, over all its contacts"),
    )
    p.add_argument(
        "--by",
        choices=("channel",),
        help=translate("CLI", "with --team: a line per channel, then the team"),
    )
    p.add_argument(
        "--format",
        choices=("text", "csv"),
        default="text",
        help=translate("CLI", "csv: one row per agent, rates in percent, money in yuan"),
    )
    p.set_defaults(run=run_kpis)


def run_kpis(args: argparse.Namespace) -> int:
    """Print the month's KPIs of every agent (or one), as text or CSV."""
    from csdesk.common.appraisal_labels import kpi_labels
    from csdesk.domain.kpis import KPIS, Unit
    from csdesk.services.performance import kpis

    if args.by and not args.team:
        raise UserError(translate("CLI", "--by channel goes with --team."))
    if args.team:
        return _run_team(args)
    db = open_shop(args)
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
        sys.stdout.write(kpi_text.kpis_csv(rows))
        return 0
    names = kpi_labels()
    units = {Unit.PERCENT: " %", Unit.SECONDS: " s", Unit.CENTS: " ¥"}
    for row in rows:
        print(f"{row.employee_no} {row.name}")
        for kpi in KPIS:
            value = kpi_text.shown(kpi.unit, row.values[kpi.key])
            if value:
                print(f"  {kpi.key:<28} {value}{units.get(kpi.unit, '')}  {names[kpi.key]}")
    return 0


def _run_team(args: argparse.Namespace) -> int:
    """Print the team's month (and its channels) as text or CSV."""
    from csdesk.services.performance import team_kpis

    db = open_shop(args)
    try:
        lines = team_kpis.team_kpis(db, args.month, by_channel=args.by == "channel")
    finally:
        db.close()
    if args.format == "csv":
        sys.stdout.write(kpi_text.team_csv(lines))
    else:
        for line in lines:
            print(line.scope)
            for key, value in kpi_text.team_cells(line):
                if value:
                    print(f"  {key:<28} {value}")
    per_orders = lines[-1].complaint_basis == team_kpis.PER_ORDERS
    print(
        translate("CLI", "complaint_rate: complaints received per 1,000 paid orders.")
        if per_orders
        else translate(
            "CLI", "complaint_rate: complaints received per 1,000 contacts (no orders on file)."
        ),
        file=sys.stderr,
    )
    return 0
