"""A server's password, kept in the system's credential store and nowhere else.

The address a seat keeps (and shows, and logs) never holds the password: the password
is stored under that address in the system's credential store (Windows Credential
Manager, the macOS Keychain, the Secret Service on Linux) through ``keyring``, and put
into the address only for the connection. A machine without a credential store still
connects: the password is then asked at each start (the window), or read by the
server's own means (``PGPASSWORD``, ``~/.pgpass``) for the commands.
"""

from __future__ import annotations

import logging
from contextlib import suppress

from csdesk.common.i18n import translate
from csdesk.data.server import bare_url, parsed_url
from csdesk.services.errors import UserError

log = logging.getLogger(__name__)

#: The service name the passwords are stored under.
SERVICE = "csdesk"


class NoCredentialStore(UserError):
    """The system offers no credential store to keep the password in."""


def _keyring():
    import keyring
    from keyring.errors import KeyringError

    return keyring, KeyringError


def _account(url: str) -> str:
    """The key of ``url``'s password: the address without it."""
    return bare_url(url)


def saved_password(url: str) -> str | None:
    """The password kept for ``url``, or None (none kept, or no store to ask)."""
    try:
        keyring, failure = _keyring()
    except ImportError:
        return None
    try:
        return keyring.get_password(SERVICE, _account(url))
    except failure as exc:  # no store on this machine, or it refused: ask instead
        log.info("no password from the credential store: %s", exc)
        return None


def save_password(url: str, password: str) -> None:
    """Keep ``password`` for ``url`` in the system's credential store.

    Raises:
        NoCredentialStore: there is none on this machine (or it refused).
    """
    refused = NoCredentialStore(translate(
        "Server", "This computer has no credential store csdesk can keep the password in; "
        "it will be asked at each start."))  # fmt: skip
    try:
        keyring, failure = _keyring()
    except ImportError as exc:
        raise refused from exc
    try:
        keyring.set_password(SERVICE, _account(url), password)
    except failure as exc:
        raise refused from exc


def forget_password(url: str) -> None:
    """Remove the password kept for ``url``, if one is."""
    try:
        keyring, failure = _keyring()
    except ImportError:
        return
    with suppress(failure):  # none kept, or no store: nothing to forget
        keyring.delete_password(SERVICE, _account(url))


def with_password(url: str, password: str | None) -> str:
    """``url`` with ``password`` in it, for the connection only (never shown or kept)."""
    if not password:
        return url
    return parsed_url(url).set(password=password).render_as_string(hide_password=False)


def address_with_saved_password(url: str) -> str:
    """``url`` as given when it holds a password, else with the one kept for it."""
    if parsed_url(url).password:
        return url
    return with_password(url, saved_password(url))
