"""``csdesk actions``: the improvement actions as of a day, as text or CSV.

    csdesk actions [--status open|overdue|done|all] [--owner NO] [--date YYYY-MM-DD]
                   [--format csv]

Done actions whose check month has ended are judged from the data first, so the list
shows each one's effect.
"""

from __future__ import annotations

import argparse
import csv
import sys
from datetime import date

from csdesk.cli.arguments import common_options, day, open_shop
from csdesk.common.i18n import translate

COLUMNS = ("id", "title", "source", "owner", "deadline", "status", "overdue", "progress",
           "kpi", "target", "check_month", "checked_value")  # fmt: skip


def add_actions(sub) -> None:
    """The ``actions`` command."""
    p = sub.add_parser("actions", help=translate("CLI", "the improvement actions and their state"))
    common_options(p, top=False)
    p.add_argument("--status", choices=("open", "overdue", "done", "all"), default="open")
    p.add_argument("--owner", metavar="NO", help=translate("CLI", "only this agent's actions"))
    p.add_argument(
        "--date", type=day, help=translate("CLI", "as of this day, YYYY-MM-DD (default: today)")
    )
    p.add_argument("--format", choices=("text", "csv"), default="text")
    p.set_defaults(run=run_actions)


def run_actions(args: argparse.Namespace) -> int:
    """Print the actions of the status asked for."""
    from csdesk.services.actions.action_checks import check_effects
    from csdesk.services.actions.action_records import list_actions
    from csdesk.services.errors import UserError
    from csdesk.services.staff.agents import list_agents

    as_of = args.date or date.today()
    db = open_shop(args)
    try:
        owner = None
        if args.owner:
            found = [a for a in list_agents(db) if a.data.employee_no == args.owner]
            if not found:
                raise UserError(translate("CLI", "No agent {number}.").format(number=args.owner))
            owner = found[0].id
        if not db.read_only:
            check_effects(db, as_of)
        rows = list_actions(db, args.status, as_of, owner_agent_id=owner)
    finally:
        db.close()
    lines = [
        [str(a.id), a.data.title, a.data.source, a.owner_no or a.owner, str(a.data.deadline),
         a.data.status, "yes" if a.overdue(as_of) else "no", str(a.progress), a.data.kpi,
         "" if a.data.kpi_target is None else f"{a.data.kpi_target:g}", a.data.check_month,
         "" if a.checked_value is None else f"{a.checked_value:.2f}"]
        for a in rows
    ]  # fmt: skip
    if args.format == "csv":
        writer = csv.writer(sys.stdout, lineterminator="\n")
        writer.writerow(COLUMNS)
        writer.writerows(lines)
        return 0
    if not lines:
        print(translate("CLI", "No actions."))
    for line in lines:
        late = translate("CLI", "OVERDUE") if line[6] == "yes" else ""
        print(f"#{line[0]:<4} {line[4]}  {line[5]:<13} {line[3]:<10} {line[1]}  {late}".rstrip())
    return 0
