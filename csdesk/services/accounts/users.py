"""Accounts: add, list, change role, disable, set passwords, recover the owner.

Names are kept as typed, but unique by their NFKC case-folded form, so "ＡＤＭＩＮ" and
"admin" are one name; a name mixing Latin with Cyrillic or Greek letters (a lookalike of
another) is refused. The first account of a shop is its owner and gets a one-time
recovery code; the last enabled owner cannot be disabled or demoted. Every change is
in the audit trail, in the same transaction.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from csdesk.common.access_labels import role_labels
from csdesk.common.i18n import translate
from csdesk.data.accounts import User
from csdesk.domain.access import Permission, Role
from csdesk.services.accounts import passwords
from csdesk.services.accounts.access import has_accounts, require
from csdesk.services.audit.audit_log import record
from csdesk.services.authors import signed_in
from csdesk.services.database import Database
from csdesk.services.errors import UserError

NAME_LIMIT = 40
ENTITY = "account"


@dataclass(frozen=True)
class Account:
    """An account as lists show it (never its hashes)."""

    name: str
    role: str
    disabled: bool


def name_key(name: str) -> str:
    """The form names are unique by: NFKC (full-width to half-width), case-folded."""
    return unicodedata.normalize("NFKC", name).casefold()


def _scripts(name: str) -> set[str]:
    found = set()
    for ch in name:
        if ch.isalpha():
            word = unicodedata.name(ch, "").split(" ")[0]
            if word in ("LATIN", "CYRILLIC", "GREEK"):
                found.add(word)
    return found


def checked_name(name: str) -> str:
    """``name`` as stored, or a UserError saying what is wrong with it."""
    name = unicodedata.normalize("NFC", name.strip())
    if not name:
        raise UserError(translate("Accounts", "A name is needed."))
    if len(name) > NAME_LIMIT:
        raise UserError(
            translate("Accounts", "A name has at most {limit} characters.").format(limit=NAME_LIMIT)
        )
    if any(unicodedata.category(ch).startswith(("C", "Z")) and ch != " " for ch in name):
        raise UserError(
            translate("Accounts", "A name cannot hold control or invisible characters.")
        )
    if len(_scripts(name)) > 1:
        raise UserError(
            translate(
                "Accounts", "A name cannot mix Latin letters with Cyrillic or Greek ones "
                "(they look alike): {name}"
            ).format(name=name)
        )  # fmt: skip
    return name


def checked_role(role: str) -> Role:
    """``role`` as a Role, or a UserError listing the roles."""
    try:
        return Role(role)
    except ValueError:
        raise UserError(
            translate("Accounts", "There is no role {role}. Roles: {roles}.").format(
                role=role, roles=", ".join(Role)
            )
        ) from None


def _checked_password(password: str) -> str:
    if len(password) < passwords.MIN_LENGTH:
        raise UserError(
            translate("Accounts", "A password has at least {count} characters.").format(
                count=passwords.MIN_LENGTH
            )
        )
    return password


def _find(session: Session, name: str) -> User:
    user = session.scalar(select(User).where(User.name_key == name_key(name.strip())))
    if user is None:
        raise UserError(translate("Accounts", "There is no account {name}.").format(name=name))
    return user


def _owners_left(session: Session, leaving: User) -> int:
    return session.scalar(
        select(func.count()).select_from(User).where(
            User.role == Role.OWNER.value, User.disabled.is_(False), User.id != leaving.id)
    ) or 0  # fmt: skip


def add_user(db: Database, name: str, role: str, password: str) -> str | None:
    """Add an account; return the owner's one-time recovery code when one is made.

    The first account of a shop needs no sign-in and is always its owner.
    """
    name, wanted = checked_name(name), checked_role(role)
    _checked_password(password)
    first = not has_accounts(db)
    if not first:
        require(db, Permission.ACCOUNTS)
    with db.write() as session:
        if session.scalar(select(User.id).where(User.name_key == name_key(name))):
            raise UserError(translate("Accounts", "{name} exists already.").format(name=name))
        role_now = Role.OWNER if first else wanted
        code = passwords.recovery_code() if role_now is Role.OWNER else None
        session.add(User(
            name=name, name_key=name_key(name), role=role_now.value,
            password_hash=passwords.hash_secret(password),
            recovery_hash=passwords.hash_secret(code) if code else "",
            disabled=False, failed_count=0, created_at=datetime.now().replace(microsecond=0),
        ))  # fmt: skip
        record(session, "add", ENTITY, name, "role", "", role_now.value, user=_actor(name))
    return code


def _actor(fallback: str) -> str:
    user = signed_in()
    return user.name if user else fallback


def list_users(db: Database) -> list[Account]:
    """Every account by name."""
    with db.read() as session:
        return [
            Account(u.name, u.role, u.disabled)
            for u in session.scalars(select(User).order_by(User.name_key))
        ]


def set_role(db: Database, name: str, role: str) -> None:
    """Give ``name`` another role (never the last enabled owner's)."""
    wanted = checked_role(role)
    require(db, Permission.ACCOUNTS)
    with db.write() as session:
        user = _find(session, name)
        if user.role == Role.OWNER and wanted is not Role.OWNER and not _owners_left(session, user):
            raise UserError(translate("Accounts", "The shop needs an owner: add another first."))
        record(session, "role", ENTITY, user.name, "role", user.role, wanted.value)
        user.role = wanted.value


def set_disabled(db: Database, name: str, disabled: bool = True) -> None:
    """Disable (or enable again) an account; the last enabled owner stays."""
    require(db, Permission.ACCOUNTS)
    with db.write() as session:
        user = _find(session, name)
        if disabled and user.role == Role.OWNER and not _owners_left(session, user):
            raise UserError(translate("Accounts", "The shop needs an owner: add another first."))
        record(session, "disable" if disabled else "enable", ENTITY, user.name)
        user.disabled = disabled


def set_password(db: Database, name: str, password: str) -> None:
    """Set ``name``'s password: one's own, or anyone's by the owner."""
    _checked_password(password)
    me = signed_in()
    if me is None or name_key(me.name) != name_key(name):
        require(db, Permission.ACCOUNTS)
    with db.write() as session:
        user = _find(session, name)
        user.password_hash = passwords.hash_secret(password)
        user.failed_count, user.locked_until = 0, None
        record(session, "password", ENTITY, user.name)


def recover_owner(db: Database, name: str, code: str, password: str) -> str:
    """Reset an owner's password with the recovery code; return the next code (one-time)."""
    _checked_password(password)
    with db.write() as session:
        user = _find(session, name)
        if user.role != Role.OWNER or not passwords.matches(
            user.recovery_hash, passwords.normal_code(code)
        ):
            record(session, "recovery_failed", ENTITY, user.name, user=user.name)
            raise UserError(translate("Accounts", "That recovery code is not this owner's."))
        fresh = passwords.recovery_code()
        user.password_hash = passwords.hash_secret(password)
        user.recovery_hash = passwords.hash_secret(fresh)
        user.failed_count, user.locked_until, user.disabled = 0, None, False
        record(session, "recovered", ENTITY, user.name, user=user.name)
    return fresh


def role_word(role: str) -> str:
    """A role in the reader's words."""
    return role_labels().get(role, role)
