"""Which shop this computer opens when no ``--db`` names one: a file, or a server.

A seat that joined a shared server keeps its address (without the password, which is
in the credential store) in a small file in the user's data folder, read by the window
and the commands alike. No address kept: the shop file in the data folder, as before.
"""

from __future__ import annotations

from pathlib import Path

from csdesk.common.atomic import atomic_path
from csdesk.common.paths import data_dir


def _kept() -> Path:
    return data_dir() / "shared-server.txt"


def chosen_server() -> str | None:
    """The server address this computer opens, if one was chosen."""
    try:
        text = _kept().read_text(encoding="utf-8").strip()
    except OSError:
        return None
    return text or None


def choose_server(url: str) -> None:
    """Open the shop at ``url`` from now on (its password is not kept here)."""
    from csdesk.data.server import bare_url  # not at start-up: SQLAlchemy loads later

    with atomic_path(_kept()) as part:
        part.write_text(bare_url(url) + "\n", encoding="utf-8")


def choose_file() -> None:
    """Open the shop file in the data folder again from now on."""
    _kept().unlink(missing_ok=True)
