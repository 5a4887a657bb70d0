"""The service layer's gate: every change, every pay figure, asks here first.

The window hides what a role may not do, but hiding is not refusing: a script, the
command line or a stray button reach the same services, so the services refuse. A shop
without accounts lets everyone do everything (no sign-in at all).
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Concatenate, ParamSpec, TypeVar

from sqlalchemy import text

from csdesk.common.access_labels import permission_labels, role_labels
from csdesk.common.i18n import translate
from csdesk.domain.access import Permission, least_role, may
from csdesk.services.authors import signed_in
from csdesk.services.database import Database
from csdesk.services.errors import UserError


class SignInRequired(UserError):
    """The shop has accounts and nobody signed in: nothing was read or written."""

    def __init__(self) -> None:
        super().__init__(translate("Accounts", "Sign in required: this shop has accounts."))


class Refused(UserError):
    """The signed-in role may not do this; the message names the role that may."""

    def __init__(self, permission: Permission) -> None:
        role = least_role(permission)
        super().__init__(
            translate("Accounts", "Refused: {what} needs the role {role} or above.").format(
                what=permission_labels()[permission], role=role_labels()[role]
            )
        )
        self.permission = permission


def has_accounts(db: Database) -> bool:
    """Whether the shop has any account (then everyone signs in).

    Asked at every start and by every guarded service: one indexed probe, without
    loading the accounts' model (start-up stays quick).
    """
    with db.read() as session:
        return session.execute(_ANY_ACCOUNT).first() is not None


_ANY_ACCOUNT = text("SELECT 1 FROM users LIMIT 1")


def allowed(db: Database, permission: Permission) -> bool:
    """Whether the one acting may do ``permission`` (the window greys out what it may not)."""
    user = signed_in()
    if user is None:
        return not has_accounts(db)
    return may(user.role, permission)


def require(db: Database, permission: Permission) -> None:
    """Refuse unless the one acting may do ``permission``.

    Raises:
        SignInRequired: the shop has accounts and nobody signed in.
        Refused: the signed-in role may not.
    """
    user = signed_in()
    if user is None:
        if has_accounts(db):
            raise SignInRequired
        return
    if not may(user.role, permission):
        raise Refused(permission)


P = ParamSpec("P")
R = TypeVar("R")


def needs(
    permission: Permission,
) -> Callable[[Callable[Concatenate[Database, P], R]], Callable[Concatenate[Database, P], R]]:
    """Guard a service function whose first argument is the shop: ``require`` runs first.

    The function keeps its name and signature and carries ``permission`` (the tests walk
    every writing service and check that each has one).
    """

    def guard(
        fn: Callable[Concatenate[Database, P], R],
    ) -> Callable[Concatenate[Database, P], R]:
        @functools.wraps(fn)
        def guarded(db: Database, *args: P.args, **kwargs: P.kwargs) -> R:
            require(db, permission)
            return fn(db, *args, **kwargs)

        guarded.permission = permission  # type: ignore[attr-defined]
        return guarded

    return guard
