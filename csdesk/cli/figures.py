"""Figures on the command line: the monthly KPIs and the staffing calculator."""

from __future__ import annotations

import argparse
import sys

from csdesk.cli.arguments import common_options, month, open_shop
from csdesk.common.i18n import translate
from csdesk.services.errors import UserError


def add_kpis(sub) -> None:
    """The ``kpis`` command."""
    p = sub.add_parser("kpis", help=translate("CLI", "print the monthly KPIs of every agent"))
    common_options(p, top=False)
    p.add_argument("--month", type=month, required=True, help=translate("CLI", "YYYY-MM"))
    p.add_argument("--agent", help=translate("CLI", "only this employee number"))
    p.add_argument(
        "--format",
        choices=("text", "csv"),
        default="text",
        help=translate("CLI", "csv: one row per agent, rates in percent, money in yuan"),
    )
    p.set_defaults(run=run_kpis)


def add_staffing(sub) -> None:
    """The ``staffing`` command."""
    p = sub.add_parser(
        "staffing", help=translate("CLI", "agents needed for an hour of contacts (Erlang C)")
    )
    common_options(p, top=False, db=False)
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
    p.set_defaults(run=run_staffing)


def run_kpis(args: argparse.Namespace) -> int:
    """Print the month's KPIs of every agent (or one), as text or CSV."""
    from csdesk.common.labels import kpi_labels
    from csdesk.domain.kpis import KPIS, Unit
    from csdesk.services.performance import kpis

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


def run_staffing(args: argparse.Namespace) -> int:
    """Agents needed for an hour of contacts (Erlang C)."""
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
