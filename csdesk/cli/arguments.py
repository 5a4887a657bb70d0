"""What every command shares: the common options, month and week values, the shop.

Values outside what csdesk can store are refused here with a usage message (exit 2),
before any command runs.
"""

from __future__ import annotations

import argparse
import os
import sys
from datetime import date
from pathlib import Path

from csdesk.common.i18n import translate
from csdesk.common.paths import default_db_path, is_server_url

#: Seconds a command waits for a restore or upgrade that another csdesk runs.
CLI_WAIT_SECONDS = 30.0
#: Years a --month or --week may name: the same span imports accept for dates.
FIRST_YEAR, LAST_YEAR = 1900, 2100


def common_options(
    parser: argparse.ArgumentParser, top: bool, db: bool = True, user: bool = True
) -> None:
    """Add ``--db``, ``--lang`` and ``--user``: to the top parser, or to a command."""
    default = None if top else argparse.SUPPRESS
    if db:
        parser.add_argument(
            "--db",
            default=default,
            metavar="PATH|URL",
            help=translate(
                "CLI",
                "database file, or a shared server's postgresql+psycopg://USER@HOST/DATABASE "
                "(default: CSDESK_DB or the user data folder)",
            ),
        )
    parser.add_argument(
        "--lang",
        default=default,
        metavar="LANG",
        help=translate("CLI", "language: zh_CN, zh_TW or en"),
    )
    if not user:
        return
    parser.add_argument(
        "--user",
        default=default,
        metavar="NAME",
        help=translate(
            "CLI", "sign in as NAME on a shop with accounts (password: CSDESK_PASSWORD or asked)"
        ),
    )


def _in_range(year: int, text: str) -> None:
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise argparse.ArgumentTypeError(
            translate("CLI", "{text} is out of range: use a year from {first} to {last}.").format(
                text=text, first=FIRST_YEAR, last=LAST_YEAR
            )
        )


def week(text: str):
    """``--week YYYY-Www``."""
    from csdesk.domain.weeks import Week

    try:
        week = Week.parse(text)
    except (ValueError, OverflowError):
        raise argparse.ArgumentTypeError(
            translate("CLI", "{text} is not a week (YYYY-Www, e.g. 2026-W48).").format(text=text)
        ) from None
    _in_range(week.year, text)
    return week


def month(text: str):
    """``--month YYYY-MM``."""
    from csdesk.domain.months import Month

    try:
        month = Month.parse(text)
    except (ValueError, OverflowError):
        raise argparse.ArgumentTypeError(
            translate("CLI", "{text} is not a month (YYYY-MM).").format(text=text)
        ) from None
    _in_range(month.year, text)
    return month


def period(text: str):
    """A month (YYYY-MM) or a day (YYYY-MM-DD) as (first, last) day."""
    from csdesk.importers.summaries import parse_period

    try:
        return parse_period(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            translate("CLI", "{text} is not a month (YYYY-MM) or a day (YYYY-MM-DD).").format(
                text=text
            )
        ) from None


def shop_location(args: argparse.Namespace) -> Path | str:
    """The shop: ``--db``, ``CSDESK_DB``, the server this computer joined, or the data folder's.

    A file, or a server's address.
    """
    from csdesk.services.server.chosen_shop import chosen_server

    chosen = getattr(args, "db", None) or os.environ.get("CSDESK_DB", "") or chosen_server() or ""
    if is_server_url(chosen):
        return chosen
    return Path(chosen).expanduser() if chosen else default_db_path()


def db_path(args: argparse.Namespace) -> Path:
    """The shop's file, for what works on a file (backups, restore, check, the window).

    Raises:
        UserError: the shop is on a server.
    """
    location = shop_location(args)
    if isinstance(location, str):
        from csdesk.services.database import on_a_server
        from csdesk.services.server.connect import shown_url

        raise on_a_server(shown_url(location))
    return location


def open_shop(args: argparse.Namespace, sign_in: bool = True):
    """Open the shop for this command (named to other csdesk processes that wait).

    On a shop with accounts the command's user signs in first (``sign_in`` False: the
    owner's recovery, which is how one gets back in).
    """
    from csdesk.services.database import open_database

    db = open_database(shop_location(args), args.command, wait=CLI_WAIT_SECONDS)
    for warning in db.warnings:
        print(warning, file=sys.stderr)
    try:
        if sign_in:
            sign_in_user(db, args)
    except BaseException:
        db.close()
        raise
    return db


def sign_in_user(db, args: argparse.Namespace) -> None:
    """On a shop with accounts, sign ``--user`` in before anything is read.

    The password comes from ``CSDESK_PASSWORD`` (scripts) or is asked without echo.

    Raises:
        SignInRequired: accounts exist and no ``--user`` was given.
        SignInFailed: wrong name or password, disabled, or to wait.
    """
    import os
    from getpass import getpass

    from csdesk.services.accounts.access import SignInRequired, has_accounts
    from csdesk.services.accounts.signin import sign_in as check
    from csdesk.services.authors import sign_in_as

    if not has_accounts(db):
        return
    name = getattr(args, "user", None)
    if not name:
        raise SignInRequired
    password = os.environ.get("CSDESK_PASSWORD")
    if password is None:
        password = getpass(translate("CLI", "Password for {name}: ").format(name=name))
    sign_in_as(check(db, name, password))


def day(text: str) -> date:
    """A day typed YYYY-MM-DD (argparse's type)."""
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            translate("CLI", "{value} is not a date (YYYY-MM-DD).").format(value=text)
        ) from None
