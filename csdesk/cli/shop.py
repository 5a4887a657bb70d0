"""Commands about the shop file itself: a demo shop, backup, restore and the check."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from csdesk.cli.arguments import (
    CLI_WAIT_SECONDS,
    common_options,
    db_path,
    open_shop,
    shop_location,
)
from csdesk.common.i18n import translate
from csdesk.services.errors import UserError


def add_demo(sub) -> None:
    """The ``demo`` command."""
    p = sub.add_parser("demo", help=translate("CLI", "create a demo shop"))
    common_options(p, top=False)
    p.add_argument("--agents", type=int, default=20, help=translate("CLI", "team size"))
    p.add_argument("--months", type=int, default=12, help=translate("CLI", "months of history"))
    p.add_argument("--seed", type=int, default=1, help=translate("CLI", "random seed"))
    p.set_defaults(run=run_demo)


def add_backup(sub) -> None:
    """The ``backup``, ``restore`` and ``check`` commands."""
    p = sub.add_parser("backup", help=translate("CLI", "back the database up now"))
    common_options(p, top=False)
    p.add_argument(
        "--out", type=Path, help=translate("CLI", "backup file (default: the backup folder)")
    )
    p.set_defaults(run=run_backup)

    p = sub.add_parser("restore", help=translate("CLI", "replace the database with a backup"))
    common_options(p, top=False)
    which = p.add_mutually_exclusive_group(required=True)
    which.add_argument("file", type=Path, nargs="?")
    which.add_argument(
        "--latest",
        action="store_true",
        help=translate("CLI", "restore this shop's newest good backup"),
    )
    p.add_argument(
        "--any-shop",
        action="store_true",
        help=translate("CLI", "restore even a backup of another shop (replaces this shop)"),
    )
    p.set_defaults(run=run_restore)

    p = sub.add_parser("check", help=translate("CLI", "check the database for damage"))
    common_options(p, top=False)
    p.set_defaults(run=run_check)


def run_demo(args: argparse.Namespace) -> int:
    """Build the demo shop in an empty database."""
    from csdesk.services.demo.demo_shop import build_demo

    db = open_shop(args)
    try:
        count = build_demo(db, args.agents, args.months, args.seed)
    finally:
        db.close()
    print(
        translate("CLI", "Demo shop created in {path}: {count} agent records.").format(
            path=db.location, count=count
        )
    )
    return 0


def run_backup(args: argparse.Namespace) -> int:
    """Back the shop up now."""
    from csdesk.services import backup

    if isinstance(shop_location(args), str):
        written = _on_the_server(args, lambda db: _server_backup(db, args.out))
    else:
        path = db_path(args)
        if not path.exists():
            raise UserError(translate("Backup", "No database at {path}.").format(path=path))
        written = backup.backup_now(path, args.out)
    print(translate("CLI", "Backup written to {path}.").format(path=written))
    return 0


def run_restore(args: argparse.Namespace) -> int:
    """Replace the shop with a backup (this shop's newest with --latest)."""
    from csdesk.services import backup

    if isinstance(shop_location(args), str):
        return _on_the_server(args, lambda db: _restore_server(db, args))
    path = db_path(args)
    if args.latest:
        restored, safety = backup.restore_latest(path, wait=CLI_WAIT_SECONDS)
    else:
        restored = args.file
        safety = backup.restore(path, args.file, any_shop=args.any_shop, wait=CLI_WAIT_SECONDS)
    print(translate("CLI", "Restored {backup} into {path}.").format(backup=restored, path=path))
    if safety:
        print(translate("CLI", "The previous database was kept as {path}.").format(path=safety))
    return 0


def _on_the_server(args: argparse.Namespace, work):
    """Run ``work(db)`` on the shop on the server, signed in, and close it."""
    db = open_shop(args)
    try:
        return work(db)
    finally:
        db.close()


def _server_backup(db, out: Path | None) -> Path:
    from csdesk.services.server.server_backup import backup_server

    return backup_server(db, out)


def _restore_server(db, args: argparse.Namespace) -> int:
    from csdesk.services.server.server_backup import newest_server_backup, restore_server

    chosen = newest_server_backup(db) if args.latest else args.file
    if chosen is None:
        raise UserError(translate(
            "Backup", "No good backup of the shop at {path} was found.").format(path=db.location)
        )  # fmt: skip
    safety = restore_server(db, chosen, any_shop=args.any_shop)
    print(translate("CLI", "Restored {backup} into {path}.").format(
        backup=chosen, path=db.location))  # fmt: skip
    print(translate("CLI", "The previous database was kept as {path}.").format(path=safety))
    return 0


def run_check(args: argparse.Namespace) -> int:
    """Check the shop file for damage; exit 1 if damaged."""
    from csdesk.services import backup

    result = backup.check(db_path(args))
    for line in result.messages:
        print(line)
    print(
        translate("CLI", "Schema revision: {revision} (this csdesk: {head})").format(
            revision=result.revision or "-", head=result.head
        )
    )
    if not result.ok:
        print(translate("CLI", "The database is damaged."), file=sys.stderr)
        return 1
    from csdesk.services.audit.audit_log import rewritten_since_backup, verify_file

    broken = verify_file(db_path(args))
    rewritten = rewritten_since_backup(db_path(args)) if broken is None else None
    if rewritten is not None:
        entry, taken = rewritten
        print(
            translate(
                "CLI",
                "The audit trail was rewritten: entry {id} differs from the backup of {time}.",
            ).format(id=entry, time=taken.isoformat(" ", "minutes")),
            file=sys.stderr,
        )
        return 1
    if broken is not None:
        print(
            translate(
                "CLI", "The audit trail was altered: entry {id} and those after it do not chain."
            ).format(id=broken),
            file=sys.stderr,
        )
        return 1
    print(translate("CLI", "The audit trail is intact."))
    return 0
