"""Language choice and translation outside Qt.

The window uses Qt's ``QTranslator`` with the compiled ``.qm`` files. The command line,
the services' messages and the PDFs must speak the same language without importing Qt,
so this module reads the very same catalogues (the ``.ts`` sources in
``resources/i18n/``) with ElementTree. ``pyside6-lupdate`` extracts every
``translate("Context", "text")`` call, wherever it stands, so there is one catalogue.

Strings use ``str.format`` fields (``{count}``); a test checks that every translation
keeps the fields of its source.
"""

from __future__ import annotations

import locale
import os
import xml.etree.ElementTree as ET
from functools import cache

from csdesk.common.paths import resource

#: The languages csdesk ships, as (code, name in that language).
LANGUAGES: tuple[tuple[str, str], ...] = (
    ("zh_CN", "简体中文"),
    ("zh_TW", "繁體中文"),
    ("en", "English"),
)
SUPPORTED = tuple(code for code, _ in LANGUAGES)

_current = "en"


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


def set_language(code: str) -> None:
    """Make ``code`` the language of every later ``translate`` call."""
    global _current
    _current = normalize(code) or "en"


def ts_file(code: str):
    """Return the path of the ``.ts`` catalogue for ``code``."""
    return resource("i18n", f"csdesk_{code}.ts")


@cache
def catalogue(code: str) -> dict[tuple[str, str], str]:
    """Return {(context, source): translation} for ``code``; empty for English."""
    path = ts_file(code)
    if code == "en" or not path.exists():
        return {}
    table: dict[tuple[str, str], str] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            node = message.find("translation")
            if node is None or node.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            if node.text:
                table[(name, message.findtext("source", ""))] = node.text
    return table


def translate(context: str, text: str) -> str:
    """Translate ``text`` of ``context`` into the current language (Qt-free ``tr``)."""
    if _current == "en":
        return text
    return catalogue(_current).get((context, text), text)
