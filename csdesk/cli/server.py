"""``csdesk move-to URL``: a shop that outgrew one PC moves to a shared server in one step."""

from __future__ import annotations

import argparse
import sys

from csdesk.cli.arguments import common_options, db_path, sign_in_user
from csdesk.common.i18n import translate


def add_move(sub) -> None:
    """The ``move-to`` command."""
    p = sub.add_parser(
        "move-to", help=translate("CLI", "copy the shop to an empty PostgreSQL database")
    )
    common_options(p, top=False)
    p.add_argument("url", metavar="URL", help="postgresql+psycopg://USER@HOST:PORT/DATABASE")
    p.set_defaults(run=run_move)


def run_move(args: argparse.Namespace) -> int:
    """Copy every table of the shop file to the server; the file is left as it was."""
    from csdesk.services.database import open_database
    from csdesk.services.server.move import move_to_server

    source = db_path(args)
    shop = open_database(source, "move-to")  # signs in as every command does
    try:
        sign_in_user(shop, args)
    finally:
        shop.close()

    def told(done: int, tables: int) -> None:
        print(translate("CLI", "Copied {done} of {tables} tables…").format(
            done=done, tables=tables), file=sys.stderr)  # fmt: skip

    moved = move_to_server(source, args.url, told)
    print(translate(
        "CLI", "Moved {rows} rows in {tables} tables to {url}; {file} is unchanged. Reach "
        "the shop there with: csdesk --db URL COMMAND.").format(
        rows=moved.total, tables=len(moved.rows), url=moved.url, file=source))  # fmt: skip
    return 0
