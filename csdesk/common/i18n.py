"""Language choice and translation outside Qt.

The window uses Qt's ``QTranslator`` with the compiled ``.qm`` files. The command line,
the services' messages and the PDFs must speak the same language without importing Qt,
so this module reads the very same catalogues (the ``.ts`` sources in
``resources/i18n/``) with ElementTree. ``pyside6-lupdate`` extracts every
``translate("Context", "text")`` call, wherever it stands, so there is one catalogue.

Strings use ``str.format`` fields (``{count}``); a test checks that every translation
keeps the fields of its source.

The current language lives in one context variable, not a module global: the program's
entry (the window, a command) sets it once; ``speaking`` sets it for a block and puts
the old one back; the window's background jobs run in a copy of the context that
started them, so a worker thread writes its messages in the user's language.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import cache

from csdesk.common.languages import normalize
from csdesk.common.paths import resource

_language: ContextVar[str] = ContextVar("csdesk_language", default="en")


def set_language(code: str) -> None:
    """Make ``code`` the language of every later ``translate`` call in this context.

    For the program's entry points (the window, its language switch); a block that
    speaks another language for a while uses ``speaking``.
    """
    _language.set(normalize(code) or "en")


def language() -> str:
    """The language ``translate`` speaks now."""
    return _language.get()


@contextmanager
def speaking(code: str) -> Iterator[str]:
    """Speak ``code`` inside the block, then the language before it again."""
    token = _language.set(normalize(code) or "en")
    try:
        yield _language.get()
    finally:
        _language.reset(token)


def ts_file(code: str):
    """Return the path of the ``.ts`` catalogue for ``code``."""
    return resource("i18n", f"csdesk_{code}.ts")


#: One translation: a text, or for a count the numerus forms of the language (Chinese
#: has one, English two: one and other).
Entry = str | tuple[str, ...]


@cache
def catalogue(code: str) -> dict[tuple[str, str], Entry]:
    """Return {(context, source): translation} for ``code``.

    English is the source language; its catalogue holds only the numerus forms of the
    messages that count something ("1 agent", "2 agents"), made with lupdate's
    ``-pluralonly``.
    """
    path = ts_file(code)
    if not path.exists():
        return {}
    table: dict[tuple[str, str], Entry] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            node = message.find("translation")
            if node is None or node.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            key = (name, message.findtext("source", ""))
            if message.get("numerus") == "yes":
                forms = tuple(form.text or "" for form in node.iter("numerusform"))
                if all(forms):
                    table[key] = forms
            elif node.text:
                table[key] = node.text
    return table


def _form(code: str, forms: tuple[str, ...], n: int) -> str:
    """The numerus form for ``n`` (Qt's rules for the shipped languages)."""
    if code == "en" and len(forms) > 1:
        return forms[0] if n == 1 else forms[1]
    return forms[0]


def translate(context: str, text: str, disambiguation: None = None, n: int = -1) -> str:
    """Translate ``text`` of ``context`` into the current language (Qt-free ``tr``).

    Takes the arguments of ``QCoreApplication.translate`` so that lupdate reads both
    alike: with a count ``n`` the message has numerus forms, and the one for ``n`` is
    chosen ("{count} agents" reads "1 agent" for one). The count itself is still filled
    in by ``str.format``.
    """
    current = _language.get()
    entry = catalogue(current).get((context, text))
    if entry is None:
        return text
    if isinstance(entry, str):
        return entry
    return _form(current, entry, n)
