"""``csdesk move-to URL``: a shop that outgrew one PC moves to a shared server in one step."""

from __future__ import annotations

import argparse
import sys

from csdesk.cli.arguments import common_options, db_path, open_shop
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
    from csdesk.services.server.connect import check_address
    from csdesk.services.server.move import move_to_server

    check_address(args.url)  # a garbled address is said before the file is opened
    source = db_path(args)
    shop = open_shop(args)

    def told(done: int, tables: int) -> None:
        print(translate("CLI", "Copied {done} of {tables} tables…").format(
            done=done, tables=tables), file=sys.stderr)  # fmt: skip

    try:
        moved = move_to_server(shop, args.url, told)
    finally:
        shop.close()
    print(translate(
        "CLI", "Moved {rows} rows in {tables} tables to {url}; {file} is unchanged. Each "
        "seat joins the shop there in Settings ▸ Shared server (commands: csdesk --db URL "
        "COMMAND).").format(
        rows=moved.total, tables=len(moved.rows), url=moved.url, file=source))  # fmt: skip
    return 0
