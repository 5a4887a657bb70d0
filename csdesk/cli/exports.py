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
        "--month", type=month, help=translate("CLI", "only complaints received in YYYY-MM")
    )
    p.add_argument(
        "--week", type=week, metavar="YYYY-Www", help=translate("CLI", "rota: the week to export")
    )
    p.set_defaults(run=run_export)


def run_export(args: argparse.Namespace) -> int:
    """Export a kind to CSV or XLSX."""
    kind = FILE_KINDS[args.kind]
    if args.month is not None and args.kind != "complaints":
        raise UserError(translate("CLI", "--month applies to complaints only."))
    if (args.week is not None) != (args.kind == "rota"):
        raise UserError(translate("CLI", "Export the rota of one week: --week YYYY-Www."))
    db = open_shop(args)
    try:
        if args.week is not None:
            count = kind.run_export(db, args.week, args.out, args.format)
        elif args.month is not None:
            count = kind.run_export(db, args.out, args.format, month=args.month)
        else:
            count = kind.run_export(db, args.out, args.format)
    finally:
        db.close()
    print(
        translate("CLI", "{count} rows written to {path}.", None, count).format(
            count=count, path=args.out
        )
    )
    return 0
