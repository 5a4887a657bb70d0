"""Joining a shared server from the window: the address, the password, moving the shop.

The credential store is a memory one here (the machine's own is never touched). The
tests that reach a server run when ``CSDESK_TEST_PG`` names one; the role ``seat``
there must give its password (``scripts/pg-cluster.sh`` sets it up).
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from datetime import date

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends.fail import Keyring as NoKeyring
from keyring.errors import PasswordDeleteError
from sqlalchemy import create_engine
from sqlalchemy.engine import make_url

from csdesk.services.server import chosen_shop, credentials
from tests import engines

SEAT_PASSWORD = "seat-password"  # scripts/pg-cluster.sh


class MemoryKeyring(KeyringBackend):
    """A credential store that forgets everything when the test ends."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.kept: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.kept.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.kept[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.kept.pop((service, username), None) is None:
            raise PasswordDeleteError(username)


@pytest.fixture
def store() -> Iterator[MemoryKeyring]:
    before = keyring.get_keyring()
    memory = MemoryKeyring()
    keyring.set_keyring(memory)
    yield memory
    keyring.set_keyring(before)


def test_the_password_is_kept_in_the_store_and_never_in_the_address(store):
    url = "postgresql+psycopg://lead@shop-nas:5432/csdesk"
    assert credentials.saved_password(url) is None
    credentials.save_password("postgresql+psycopg://lead:typed@shop-nas:5432/csdesk", "s3cret")
    assert store.kept == {("csdesk", url): "s3cret"}  # keyed by the address without it
    assert make_url(credentials.address_with_saved_password(url)).password == "s3cret"
    given = "postgresql+psycopg://lead:other@shop-nas:5432/csdesk"
    assert credentials.address_with_saved_password(given) == given  # a typed one wins
    credentials.forget_password(url)
    credentials.forget_password(url)  # nothing kept: nothing to do
    assert credentials.saved_password(url) is None
    chosen_shop.choose_server("postgresql+psycopg://lead:s3cret@shop-nas:5432/csdesk")
    assert chosen_shop.chosen_server() == url  # the computer keeps the address alone
    chosen_shop.choose_file()
    assert chosen_shop.chosen_server() is None


def test_a_computer_without_a_credential_store_still_connects(monkeypatch):
    before = keyring.get_keyring()
    keyring.set_keyring(NoKeyring())
    try:
        url = "postgresql+psycopg://lead@shop-nas/csdesk"
        assert credentials.saved_password(url) is None
        assert credentials.address_with_saved_password(url) == url
        with pytest.raises(credentials.NoCredentialStore, match="asked at each start"):
            credentials.save_password(url, "s3cret")
        credentials.forget_password(url)
    finally:
        keyring.set_keyring(before)


def test_the_commands_open_the_server_this_computer_joined(tmp_path):
    import argparse

    from csdesk.cli.arguments import shop_location

    chosen_shop.choose_server("postgresql+psycopg://lead@shop-nas/csdesk")
    assert shop_location(argparse.Namespace(db=None)) == "postgresql+psycopg://lead@shop-nas/csdesk"
    assert shop_location(argparse.Namespace(db=str(tmp_path / "x.sqlite3"))) == (
        tmp_path / "x.sqlite3"
    )  # --db still wins
    chosen_shop.choose_file()


@pytest.fixture
def seat_url(pg_url) -> Iterator[str]:
    """An empty database owned by the role ``seat``, which must give its password."""
    from sqlalchemy.engine import make_url as parse

    admin = create_engine(engines.SERVER, isolation_level="AUTOCOMMIT")
    name = parse(pg_url).database
    with admin.connect() as connection:
        connection.exec_driver_sql(f'ALTER DATABASE "{name}" OWNER TO seat')
    admin.dispose()
    yield parse(pg_url).set(username="seat").render_as_string(hide_password=False)


def test_the_window_asks_for_the_password_and_keeps_it(qtbot, store, seat_url, monkeypatch):
    from PySide6.QtWidgets import QDialog

    from csdesk.ui.server import server_start
    from csdesk.ui.server.password_dialog import PasswordDialog

    typed = iter(["wrong", SEAT_PASSWORD])
    asked: list[str] = []

    def answer(dialog: PasswordDialog) -> int:
        asked.append(dialog.problem.text())
        dialog.password.setText(next(typed))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(PasswordDialog, "exec", answer)
    complaints: list[str] = []
    db = server_start.open_server_shop(seat_url, False, lambda *a: complaints.append(a[2]))
    assert db is not None and not complaints
    db.close()
    assert asked[0] == "" and "password authentication failed" in asked[1]  # said, the 2nd time
    assert list(store.kept.values()) == [SEAT_PASSWORD]
    again = server_start.open_server_shop(seat_url, True, lambda *a: complaints.append(a[2]))
    assert again is not None and len(asked) == 2  # the kept one: not asked again
    again.close()
    store.kept.clear()
    assert server_start.open_server_shop(seat_url, True, lambda *a: complaints.append(a[2])) is None
    assert "password" in complaints[0]  # under --exit-when-ready: said, not asked


def test_settings_move_the_shop_to_the_server_and_the_window_opens_it(
    qtbot, ctx, store, pg_url, monkeypatch
):
    from PySide6.QtWidgets import QMessageBox

    from csdesk.services.staff import agent_changes
    from csdesk.services.staff import agents as staff
    from csdesk.ui.server.server_dialog import ServerDialog
    from tests.conftest import type_text

    agent_changes.create_agent(ctx.db, staff.AgentData("CS1", "王婷", hire_date=date(2024, 1, 1)))
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a: said.append(a[2]))
    dialog = ServerDialog(ctx)
    qtbot.addWidget(dialog)
    parsed = make_url(pg_url)
    dialog.host.clear()
    type_text(qtbot, dialog.host, "no-such-host.invalid")
    dialog.database.setText(parsed.database or "")
    dialog.user.setText(parsed.username or "")
    dialog.test_button.click()
    assert "Cannot reach" in dialog.verdict.text()  # said in the dialog, nothing chosen
    assert chosen_shop.chosen_server() is None
    dialog.host.setText(str(parsed.query["host"]))
    dialog.port.setValue(int(str(parsed.query["port"])))
    dialog.test_button.click()
    assert "empty" in dialog.verdict.text()
    dialog.move_button.click()
    assert "Moved " in dialog.verdict.text() and said and "next start" in said[0]
    assert chosen_shop.chosen_server() == dialog.address()
    dialog.move_button.click()  # again: the database holds the shop now
    assert "holds a shop already" in dialog.verdict.text()
    started = subprocess.run(  # csdesk as the next start runs it: the computer's choice
        [sys.executable, "-m", "csdesk", "--exit-when-ready"], capture_output=True, text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}, timeout=60, check=False,
    )  # fmt: skip
    assert started.returncode == 0, started.stderr
    credentials.save_password(dialog.address(), "kept")
    assert dialog.file_button.isVisibleTo(dialog)
    dialog.file_button.click()  # back to the file: the server's password is not kept
    assert chosen_shop.chosen_server() is None and store.kept == {}
