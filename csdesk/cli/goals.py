"""``csdesk goals``: set the year's team goals, and see each month against them.

    csdesk goals set --year 2027 --kpi complaint_rate --change=-20% [--path "Q3=4.6, 11=5"]
    csdesk goals propose --year 2027 [--save]
    csdesk goals --year 2027 [--format csv]

(``--change=-20%`` needs the ``=``: argparse reads a bare ``-20%`` as an option.)
"""

from __future__ import annotations

import argparse
import csv
import sys

from csdesk.cli.arguments import common_options, open_shop
from csdesk.common.i18n import translate


def add_goals(sub) -> None:
    """The ``goals`` command."""
    p = sub.add_parser("goals", help=translate("CLI", "the team's yearly goals, month by month"))
    common_options(p, top=False)
    p.add_argument(
        "action",
        nargs="?",
        choices=("set", "propose", "budget"),
        help=translate(
            "CLI",
            "set a goal; propose the year's goals (from the year before, or the plans'); "
            "budget: the year's training budget",
        ),
    )
    p.add_argument("--year", type=int, required=True)
    p.add_argument("--kpi", help=translate("CLI", "set: the KPI key, as kpis --team prints it"))
    p.add_argument("--target", type=float, help=translate("CLI", "set: the year's target"))
    p.add_argument(  # argparse formats help texts with %: a percent sign is written %%
        "--change",
        help=translate("CLI", "set: a change from the baseline, -20%% or +5pt (--change=-20%%)"),
    )
    p.add_argument(
        "--baseline", type=float, help=translate("CLI", "set: default: last year's figure")
    )
    p.add_argument(
        "--path",
        default="",
        help=translate(
            "CLI", 'set: targets per quarter or month on the way, e.g. "Q1=92, Q2=93, 11=90"'
        ),
    )
    p.add_argument(
        "--save", action="store_true", help=translate("CLI", "propose: keep the proposals")
    )
    p.add_argument(
        "--amount",
        type=float,
        help=translate("CLI", "budget: the year's training budget in yuan (0: none)"),
    )
    p.add_argument("--format", choices=("text", "csv"), default="text")
    p.set_defaults(run=run_goals)


def run_goals(args: argparse.Namespace) -> int:
    """Set a goal, or print the year's goals month by month."""
    from csdesk.services.errors import UserError
    from csdesk.services.goals import goal_records

    if args.action == "set" and not args.kpi:
        raise UserError(translate("CLI", "Name the goal's KPI: --kpi KEY."))
    db = open_shop(args)
    try:
        if args.action == "propose":
            return _propose(db, args)
        if args.action == "budget":
            return _budget(db, args)
        if args.action == "set":
            goal_records.set_goal(
                db,
                args.year,
                args.kpi,
                target=args.target,
                change=args.change,
                baseline=args.baseline,
                path=args.path,
            )
        goals = goal_records.year_goals(db, args.year)
    finally:
        db.close()
    _print(goals, args.format)
    return 0


def _propose(db, args: argparse.Namespace) -> int:
    """Print the goals proposed for the year; with --save, set those that can be."""
    from csdesk.services.goals import goal_records
    from csdesk.services.goals.goal_proposals import proposals_for

    proposals = proposals_for(db, args.year)
    writer = csv.writer(sys.stdout, lineterminator="\n")
    writer.writerow(["kpi", "baseline", "target", "reason"])
    for p in proposals:
        writer.writerow([p.kpi, _number(p.baseline), _number(p.target), p.reason])
    if args.save:
        kept = [
            (p.kpi, p.baseline, p.target)
            for p in proposals
            if p.baseline is not None and p.target is not None
        ]
        goal_records.set_goals(db, args.year, kept)
        print(
            translate("CLI", "{count} goals set for {year}.", None, len(kept)).format(
                count=len(kept), year=args.year
            ),
            file=sys.stderr,
        )
    return 0


def _budget(db, args: argparse.Namespace) -> int:
    """Set the year's training budget (with --amount), then say it beside what was spent."""
    from csdesk.common.labels import currency
    from csdesk.services.training.training_budget import set_training_budget, training_budget
    from csdesk.services.training.training_figures import training_totals

    if args.amount is not None:
        set_training_budget(db, args.year, round(args.amount * 100) or None)
    budget = training_budget(db, args.year)
    spent = training_totals(db, args.year).cost_cents
    print(
        translate("CLI", "Training budget {year}: {budget}; spent: {spent}.").format(
            year=args.year,
            budget=currency(budget) if budget else translate("CLI", "none"),
            spent=currency(spent),
        )
    )
    return 0


def _number(value: float | None) -> str:
    if value is None:
        return ""
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return "0" if text in ("", "-0") else text


def _print(goals, fmt: str) -> None:
    rows = [
        [g.kpi, str(m.month), _number(g.baseline), _number(m.target), _number(m.actual),
         m.status or ""]
        for g in goals
        for m in g.months
    ]  # fmt: skip
    if fmt == "csv":
        writer = csv.writer(sys.stdout, lineterminator="\n")
        writer.writerow(["kpi", "month", "baseline", "target", "actual", "status"])
        writer.writerows(rows)
        return
    if not goals:
        print(translate("CLI", "No goals set for this year."))
    for row in rows:
        print("  ".join(f"{cell:<14}" for cell in row).rstrip())
