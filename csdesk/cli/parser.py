"""The argument parser: the top-level options, then each command in the order of --help."""

from __future__ import annotations

import argparse

from csdesk import __version__
from csdesk.cli import (
    accounts,
    actions,
    exports,
    figures,
    files,
    goals,
    reports,
    server,
    shop,
    staffing,
    today,
)
from csdesk.cli.arguments import common_options
from csdesk.common.i18n import translate


def build_parser() -> argparse.ArgumentParser:
    """Return the argument parser (also used by the tests)."""
    parser = argparse.ArgumentParser(
        prog="csdesk",
        description=translate("CLI", "csdesk: the customer-service supervisor's desk."),
    )
    parser.add_argument("--version", action="version", version=f"csdesk {__version__}")
    parser.add_argument(
        "--exit-when-ready",
        action="store_true",
        help=translate("CLI", "open the window, wait until it has loaded, then exit"),
    )
    common_options(parser, top=True)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    shop.add_demo(sub)
    files.add_import(sub)
    exports.add_export(sub)
    reports.add_report(sub)
    figures.add_kpis(sub)
    staffing.add_staffing(sub)
    goals.add_goals(sub)
    actions.add_actions(sub)
    today.add_today(sub)
    shop.add_backup(sub)
    server.add_move(sub)
    accounts.add_users(sub)
    return parser
