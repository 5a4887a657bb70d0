"""Signing in: the password checked, wrong ones slowed down, every failure audited.

After ``passwords.FREE_TRIES`` wrong passwords in a row each further try must wait
longer (2, 4, 8 ... seconds, at most five minutes); a try during the wait is refused
without looking at the password, so guessing costs time whatever the guesser does.
A right password clears the count. A disabled account cannot sign in.
"""

from __future__ import annotations

import secrets
from datetime import datetime, timedelta
from functools import cache

from sqlalchemy import select

from csdesk.common.i18n import translate
from csdesk.data.accounts import User
from csdesk.services.accounts import passwords
from csdesk.services.accounts.users import ENTITY, name_key
from csdesk.services.audit.audit_log import record
from csdesk.services.authors import SignedIn
from csdesk.services.database import Database
from csdesk.services.errors import UserError


class SignInFailed(UserError):
    """Wrong name or password, a disabled account, or a try during the wait."""

    def __init__(self, message: str, wait_seconds: int = 0) -> None:
        super().__init__(message)
        self.wait_seconds = wait_seconds


def _wrong() -> SignInFailed:
    return SignInFailed(translate("Accounts", "Wrong name or password."))


def sign_in(db: Database, name: str, password: str, now: datetime | None = None) -> SignedIn:
    """Check ``name``'s password; return who signed in.

    On a shop opened read-only (a file the user made read-only, a backup looked at) the
    password is checked all the same, but nothing is counted or audited: there is
    nowhere to write it, and reading one's own shop must still work.

    Raises:
        SignInFailed: wrong name or password (the same words for both), disabled, or
            too soon after wrong passwords (``wait_seconds`` says how long is left).
    """
    now = now or datetime.now()
    writing = not db.read_only
    failure: SignInFailed | None = None
    with db.write() if writing else db.read() as session:

        def note(action: str, key: str, field: str = "", count: object = "") -> None:
            if writing:
                record(session, action, ENTITY, key, field, "", count, user=key)

        user = session.scalar(select(User).where(User.name_key == name_key(name.strip())))
        if user is None:
            passwords.matches(_stand_in(), password)  # as long as for a real account
            note("sign_in_failed", name.strip()[:100])
            failure = _wrong()
        elif user.locked_until is not None and now < user.locked_until:
            left = int((user.locked_until - now).total_seconds()) + 1
            failure = SignInFailed(
                translate("Accounts", "Too many wrong passwords: try again in {seconds} s.").format(
                    seconds=left
                ),
                left,
            )
        elif not passwords.matches(user.password_hash, password):
            if writing:
                user.failed_count += 1
                wait = passwords.wait_after(user.failed_count)
                user.locked_until = now + timedelta(seconds=wait) if wait else None
            note("sign_in_failed", user.name, "failures", user.failed_count)
            failure = _wrong()
        elif user.disabled:
            note("sign_in_refused", user.name)
            failure = SignInFailed(
                translate("Accounts", "The account {name} is disabled.").format(name=user.name)
            )
        else:
            if writing and (user.failed_count or user.locked_until):
                user.failed_count, user.locked_until = 0, None
            return SignedIn(user.name, user.role)
    raise failure


@cache
def _stand_in() -> str:
    """A hash to check an unknown name's password against: the same work as a real one."""
    return passwords.hash_secret(secrets.token_hex(8))
