"""Where csdesk finds its bundled resources and keeps the user's files.

One module answers every "where is ..." question so that the source tree, an editable
install and the frozen (PyInstaller) program behave the same. User folders come from
platformdirs; ``CSDESK_DATA_DIR`` moves them all (tests and portable installs use it) and
``CSDESK_DB`` names the database file.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from platformdirs import PlatformDirs

from csdesk import APP_NAME

DB_FILENAME = "csdesk.sqlite3"


def resources_dir() -> Path:
    """Return the folder holding fonts, translations and icons.

    In a frozen build PyInstaller unpacks data next to the program (``sys._MEIPASS``);
    from source the folder sits beside the package.
    """
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "resources"
    return Path(__file__).resolve().parents[2] / "resources"  # csdesk/common/paths.py


def resource(*parts: str) -> Path:
    """Return the path of one bundled resource, e.g. ``resource("fonts", "x.ttc")``."""
    return resources_dir().joinpath(*parts)


def cjk_font_file() -> Path:
    """Return the bundled CJK TrueType collection used by the window, charts and PDFs."""
    return resource("fonts", "wqy-microhei.ttc")


def _dirs() -> PlatformDirs:
    return PlatformDirs(APP_NAME, appauthor=False)


def _private_dir(path: Path) -> Path:
    """Create ``path`` if needed and keep it private to the user (0700 on POSIX)."""
    path.mkdir(parents=True, exist_ok=True)
    if os.name == "posix":
        path.chmod(0o700)
    return path


def data_dir() -> Path:
    """Return the folder for the database, backups and logs."""
    override = os.environ.get("CSDESK_DATA_DIR")
    return _private_dir(Path(override) if override else Path(_dirs().user_data_dir))


def log_dir() -> Path:
    """Return the folder for the rotating log file."""
    return _private_dir(data_dir() / "logs")


def cache_dir() -> Path:
    """Return a per-user cache folder (matplotlib's font cache lives there)."""
    override = os.environ.get("CSDESK_DATA_DIR")
    base = Path(override) / "cache" if override else Path(_dirs().user_cache_dir)
    return _private_dir(base)


def default_backup_dir() -> Path:
    """Return the default folder for backups (the user may choose another)."""
    return _private_dir(data_dir() / "backups")


def is_server_url(location: object) -> bool:
    """Whether ``location`` names a server (``postgresql+psycopg://…``), not a file.

    Any address with a scheme counts, so that ``mysql://…`` is refused as an address
    rather than taken for a file name (a folder called "mysql:" made in passing).
    """
    return isinstance(location, str) and "://" in location


def default_db_path() -> Path:
    """Return the database file: ``CSDESK_DB`` if set, else the user data folder's."""
    override = os.environ.get("CSDESK_DB")
    if override:
        return Path(override).expanduser()
    return data_dir() / DB_FILENAME
