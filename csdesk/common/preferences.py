"""Per-user preferences shared by the window and the command line (a small JSON file).

Kept out of QSettings because the command line must honour the chosen language without
importing Qt. Window geometry and column widths stay in QSettings (ui only).
"""

from __future__ import annotations

import json
from pathlib import Path

from csdesk.common.atomic import atomic_path
from csdesk.common.paths import data_dir


def preferences_file() -> Path:
    """Return the JSON file that holds the preferences."""
    return data_dir() / "preferences.json"


def load() -> dict[str, str]:
    """Return the stored preferences ({} when none or unreadable)."""
    try:
        value = json.loads(preferences_file().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return value if isinstance(value, dict) else {}


def save(**changes: str) -> None:
    """Store ``changes`` on top of the current preferences."""
    merged = {**load(), **changes}
    with atomic_path(preferences_file()) as part:
        part.write_text(json.dumps(merged, ensure_ascii=False, indent=2), encoding="utf-8")


def stored_language() -> str | None:
    """Return the language the user chose in Settings, if any."""
    return load().get("language") or None
