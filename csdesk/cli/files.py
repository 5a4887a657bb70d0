"""``csdesk import KIND`` and ``csdesk export KIND``, for every kind in the registry."""

from __future__ import annotations

import argparse
from pathlib import Path

from csdesk.cli.arguments import common_options, open_shop, period
from csdesk.common.i18n import translate
from csdesk.services.errors import UserError
from csdesk.services.kinds import FILE_KINDS, IMPORT_KINDS


def add_import(sub) -> None:
    """The ``import`` command."""
    p = sub.add_parser("import", help=translate("CLI", "import a CSV or XLSX file"))
    common_options(p, top=False)
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
        type=period,
        metavar="YYYY-MM|YYYY-MM-DD",
        help=translate("CLI", "summaries: the month or day of a file without a date column"),
    )
    p.set_defaults(run=run_import)


def run_import(args: argparse.Namespace) -> int:
    """Import a file, or list the fields of its kind."""
    kind = FILE_KINDS[args.kind]
    if args.fields:
        for key, label, required, accepted in kind.field_list():
            mark = "*" if required else " "
            print(f"{mark} {key:<14} {label}" + (f"  [{accepted}]" if accepted else ""))
        print(translate("CLI", "* required"))
        return 0
    if args.file is None:
        raise UserError(translate("CLI", "Name the file to import (or use --fields)."))
    if args.skip_unknown and not kind.by_account:
        raise UserError(
            translate("CLI", "--skip-unknown applies to conversations and summaries only.")
        )
    if args.period and not kind.by_period:
        raise UserError(translate("CLI", "--period applies to summaries only."))
    extra: dict = {"skip_unknown": args.skip_unknown} if kind.by_account else {}
    if kind.by_period:
        extra["period"] = args.period
    db = open_shop(args)
    try:
        mapping: list[str] | dict[str, str] = args.map
        if args.mapping:
            from csdesk.services.import_mappings import file_overrides

            mapping = file_overrides(db, args.kind, args.mapping, args.file, args.map)
        summary = kind.run_import(db, args.file, mapping, args.dry_run, **extra)
    finally:
        db.close()
    print("\n".join(summary.lines()))
    return 0
