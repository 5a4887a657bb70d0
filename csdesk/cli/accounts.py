"""``csdesk users`` (accounts and roles) and ``csdesk audit`` (who changed what).

    csdesk users add NAME --role ROLE [--password-stdin]
    csdesk users list | passwd NAME | disable NAME | enable NAME | role NAME ROLE
    csdesk users idle MINUTES
    csdesk users recover NAME --code CODE [--password-stdin]
    csdesk [--user ME] audit [--since YYYY-MM-DD] [--user NAME] [--entity KIND] [--format csv]

The first ``users add`` of a shop needs no sign-in and makes its owner; from then on
every command signs in with ``--user`` (before or after the command). ``audit``'s own
``--user`` filters the trail; the one before the command signs in.
"""

from __future__ import annotations

import argparse
import csv
import sys

from csdesk.cli.arguments import common_options, day, open_shop
from csdesk.common.i18n import translate
from csdesk.services.errors import UserError


def add_users(sub) -> None:
    """The ``users`` and ``audit`` commands."""
    p = sub.add_parser("users", help=translate("CLI", "accounts, roles and passwords"))
    common_options(p, top=False)
    users = p.add_subparsers(dest="users_command", metavar="ACTION", required=True)
    add = users.add_parser("add", help=translate("CLI", "add an account"))
    add.add_argument("name", metavar="NAME")
    add.add_argument("--role", required=True, metavar="ROLE",
                     help="owner, supervisor, lead, reviewer, viewer")  # fmt: skip
    add.add_argument("--password-stdin", action="store_true",
                     help=translate("CLI", "read the password from standard input"))  # fmt: skip
    users.add_parser("list", help=translate("CLI", "list the accounts"))
    passwd = users.add_parser("passwd", help=translate("CLI", "set a password"))
    passwd.add_argument("name", metavar="NAME")
    passwd.add_argument("--password-stdin", action="store_true")
    for action, text in (("disable", translate("CLI", "disable an account")),
                         ("enable", translate("CLI", "enable an account again"))):  # fmt: skip
        users.add_parser(action, help=text).add_argument("name", metavar="NAME")
    role = users.add_parser("role", help=translate("CLI", "change an account's role"))
    role.add_argument("name", metavar="NAME")
    role.add_argument("role", metavar="ROLE")
    idle = users.add_parser(
        "idle", help=translate("CLI", "minutes away before the window locks (0: never)")
    )
    idle.add_argument("minutes", type=int, metavar="MINUTES")
    recover = users.add_parser(
        "recover", help=translate("CLI", "reset the owner's password with the recovery code")
    )
    recover.add_argument("name", metavar="NAME")
    recover.add_argument("--code", required=True)
    recover.add_argument("--password-stdin", action="store_true")
    for action_parser in users.choices.values():  # --db, --lang, --user after the action too
        common_options(action_parser, top=False)
    p.set_defaults(run=run_users)

    a = sub.add_parser("audit", help=translate("CLI", "who changed what, and when"))
    common_options(a, top=False, user=False)
    a.add_argument("--since", type=day, help=translate("CLI", "from this day, YYYY-MM-DD"))
    a.add_argument("--user", dest="by_user", metavar="NAME",
                   help=translate("CLI", "only this account's entries"))  # fmt: skip
    a.add_argument(
        "--entity", metavar="KIND", help=translate("CLI", "only this kind of record (account ...)")
    )
    a.add_argument("--format", choices=("text", "csv"), default="text")
    a.set_defaults(run=run_audit)


def _password(args: argparse.Namespace, name: str) -> str:
    """The new password: a line of standard input, or asked twice without echo."""
    from getpass import getpass

    if args.password_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    first = getpass(translate("CLI", "New password for {name}: ").format(name=name))
    if getpass(translate("CLI", "Again: ")) != first:
        raise UserError(translate("CLI", "The two passwords differ; nothing was changed."))
    return first


def run_users(args: argparse.Namespace) -> int:
    """Run one ``users`` action."""
    from csdesk.services.accounts import users

    action = args.users_command
    db = open_shop(args, sign_in=action != "recover")  # recovering needs no sign-in
    try:
        if action == "add":
            code = users.add_user(db, args.name, args.role, _password(args, args.name))
            print(translate("CLI", "Account {name} added.").format(name=args.name))
            if code:
                print(translate(
                    "CLI", "{name} is the shop's owner. Recovery code (write it down, it is "
                    "shown once): {code}").format(name=args.name, code=code))  # fmt: skip
        elif action == "list":
            for account in users.list_users(db):
                state = translate("CLI", " (disabled)") if account.disabled else ""
                print(f"{account.name}\t{users.role_word(account.role)}{state}")
        elif action == "passwd":
            users.set_password(db, args.name, _password(args, args.name))
        elif action in ("disable", "enable"):
            users.set_disabled(db, args.name, action == "disable")
        elif action == "role":
            users.set_role(db, args.name, args.role)
        elif action == "idle":
            from csdesk.services.accounts.idle import set_lock_minutes

            set_lock_minutes(db, args.minutes)
        else:
            fresh = users.recover_owner(db, args.name, args.code, _password(args, args.name))
            print(translate("CLI", "Password reset. The next recovery code: {code}").format(
                code=fresh))  # fmt: skip
    finally:
        db.close()
    return 0


def run_audit(args: argparse.Namespace) -> int:
    """Print the audit trail, oldest first."""
    from csdesk.services.audit.audit_query import AUDIT_COLUMNS, AuditFilter, entries

    wanted = AuditFilter(since=args.since, user=args.by_user or "", entity=args.entity or "")
    db = open_shop(args)
    try:
        found = entries(db, wanted)  # refused to the roles that may not read the trail
    finally:
        db.close()
    if args.format == "csv":
        from csdesk.services.exporting import as_text  # a planted formula stays text

        writer = csv.writer(sys.stdout, lineterminator="\n")
        writer.writerow(AUDIT_COLUMNS)
        for e in found:
            writer.writerow([e.at.isoformat(" "), *(as_text(v) for v in (
                e.user, e.action, e.entity, e.key, e.field, e.old, e.new, e.reason))])  # fmt: skip
        return 0
    for e in found:
        change = f"{e.field}: {e.old} → {e.new}" if e.field else ""
        print("  ".join(p for p in (e.at.isoformat(" "), e.user, e.action, e.entity, e.key,
                                    change, e.reason) if p))  # fmt: skip
    return 0
