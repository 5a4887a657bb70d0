"""Who did something: complaint timelines, appraisal versions and the audit trail name them.

On a shop with accounts it is the signed-in user: the window and each command sign in
once and set it here (a context variable, so a background job started by a click acts
as the user who clicked). On a shop without accounts the supervisor may type a name
once (kept in the window's settings), else the computer's login name stands in.
"""

from __future__ import annotations

import getpass
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass


@dataclass(frozen=True)
class SignedIn:
    """The account acting now: its name and role."""

    name: str
    role: str


_signed_in: ContextVar[SignedIn | None] = ContextVar("csdesk_signed_in", default=None)


def signed_in() -> SignedIn | None:
    """The account acting in this context, if one signed in."""
    return _signed_in.get()


def sign_in_as(user: SignedIn | None) -> None:
    """Make ``user`` the actor of this context from now on (the window, a command)."""
    _signed_in.set(user)


@contextmanager
def acting_as(user: SignedIn | None) -> Iterator[None]:
    """Act as ``user`` for a block, then as before (tests, a one-off job)."""
    token = _signed_in.set(user)
    try:
        yield
    finally:
        _signed_in.reset(token)


def default_author() -> str:
    """Who writes entries when nobody said: the signed-in user, else the login name."""
    user = signed_in()
    if user is not None:
        return user.name
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no login name in some containers and services
        return ""


def author_of(author: str | None) -> str:
    """The author given, or the signed-in user (the login name) when none was.

    On a shop with accounts the signed-in user always wins: a typed name cannot stand
    in for who is really at the keyboard.
    """
    user = signed_in()
    if user is not None:
        return user.name
    return (author if author is not None else default_author()).strip()
