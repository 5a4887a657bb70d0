"""``csdesk export KIND``: write a kind of the registry to CSV or XLSX."""

from __future__ import annotations

import argparse
from pathlib import Path

from csdesk.cli.arguments import common_options, month, open_shop, week
from csdesk.common.i18n import translate
from csdesk.services.errors import UserError
from csdesk.services.kinds import EXPORT_KINDS, FILE_KINDS


def add_export(sub) -> None:
    """The ``export`` command."""
    p = sub.add_parser("export", help=translate("CLI", "export to CSV or XLSX"))
    common_options(p, top=False)
    p.add_argument("kind", choices=EXPORT_KINDS)
    p.add_argument("--out", type=Path, required=True)
    p.add_argument("--format", choices=("csv", "xlsx"))
    p.add_argument(
        "--month",
        type=month,
        help=translate("CLI", "complaints: only those received in YYYY-MM; appraisals: the month"),
    )
    p.add_argument(
        "--week", type=week, metavar="YYYY-Www", help=translate("CLI", "rota: the week to export")
    )
    p.set_defaults(run=run_export)


def run_export(args: argparse.Namespace) -> int:
    """Export a kind to CSV or XLSX."""
    kind = FILE_KINDS[args.kind]
    if args.month is not None and kind.export_period != "month":
        raise UserError(translate("CLI", "--month applies to complaints and appraisals only."))
    if args.week is not None and kind.export_period != "week":
        raise UserError(translate("CLI", "--week applies to the rota only."))
    period = {"month": args.month, "week": args.week}.get(kind.export_period or "")
    if kind.period_required and period is None:
        raise UserError(
            translate("CLI", "Export the rota of one week: --week YYYY-Www.")
            if kind.export_period == "week"
            else translate("CLI", "Export the appraisals of one month: --month YYYY-MM.")
        )
    keywords = {kind.export_period: period} if kind.export_period and period else {}
    db = open_shop(args)
    try:
        count = kind.run_export(db=db, out=args.out, fmt=args.format, **keywords)
    finally:
        db.close()
    print(
        translate("CLI", "{count} rows written to {path}.", None, count).format(
            count=count, path=args.out
        )
    )
    return 0
