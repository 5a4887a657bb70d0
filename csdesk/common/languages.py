"""Which language csdesk speaks: the shipped languages and the choice among them.

In order: ``--lang``, ``CSDESK_LANG``, the stored choice, the system's locale. Hong Kong and
Macau read Traditional Chinese; Singapore reads Simplified.
"""

from __future__ import annotations

import locale
import os

#: The languages csdesk ships, as (code, name in that language).
LANGUAGES: tuple[tuple[str, str], ...] = (
    ("zh_CN", "简体中文"),
    ("zh_TW", "繁體中文"),
    ("en", "English"),
)


SUPPORTED = tuple(code for code, _ in LANGUAGES)


def normalize(tag: str | None) -> str | None:
    """Map a locale name (``zh_HK.UTF-8``, ``zh-Hant``, ``en_GB``) to a shipped language.

    Hong Kong and Macau read Traditional Chinese, so they map to zh_TW; Singapore reads
    Simplified. Returns None for a language csdesk does not ship.
    """
    if not tag:
        return None
    t = tag.split(".")[0].split("@")[0].replace("-", "_").lower()
    if t.startswith("zh"):
        if any(k in t for k in ("tw", "hk", "mo", "hant")):
            return "zh_TW"
        return "zh_CN"
    if t.startswith("en") or t in ("c", "posix"):
        return "en"
    return None


def system_language() -> str:
    """Return the shipped language closest to the operating system's locale."""
    for var in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        found = normalize(os.environ.get(var, "").split(":")[0])
        if found:
            return found
    try:
        found = normalize(locale.getlocale()[0])
    except ValueError:
        found = None
    return found or "en"


def choose_language(explicit: str | None = None, stored: str | None = None) -> str:
    """Pick the UI language.

    In order: ``--lang``, ``CSDESK_LANG``, the stored choice, the system locale.

    Raises:
        ValueError: ``explicit`` names a language csdesk does not ship.
    """
    if explicit:
        found = normalize(explicit)
        if found is None:
            raise ValueError(explicit)
        return found
    for candidate in (os.environ.get("CSDESK_LANG"), stored):
        found = normalize(candidate)
        if found:
            return found
    return system_language()
