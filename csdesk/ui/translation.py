"""Install Qt's translators: Qt's own (standard buttons) and csdesk's.

The same language is set in ``csdesk.common.i18n`` so that strings from services, labels and
PDFs follow. Switching at run time sends ``LanguageChange`` to every widget, whose
``retranslate()`` then sets its texts again.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from csdesk.common import i18n
from csdesk.common.paths import resource

QT_LOCALE = {"zh_CN": "zh_CN", "zh_TW": "zh_TW", "en": "en_US"}


class Translators:
    """Keeps the installed translators alive and swaps them on a language change."""

    def __init__(self) -> None:
        self._installed: list[QTranslator] = []

    def remove(self) -> None:
        """Uninstall the translators (the app is back to the English source)."""
        app = QCoreApplication.instance()
        if app is None:  # the app has gone (at exit); its translators went with it
            self._installed.clear()
            return
        for old in self._installed:
            app.removeTranslator(old)
        self._installed.clear()

    def apply(self, language: str) -> None:
        """Make ``language`` the language of the whole app."""
        self.remove()
        app = QCoreApplication.instance()
        i18n.set_language(language)
        if app is None:  # no window (tests of the translated texts alone)
            return
        QLocale.setDefault(QLocale(QT_LOCALE.get(language, "en_US")))
        if language != "en":  # English is Qt's own source language
            qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            qtbase = QTranslator(app)
            if qtbase.load(f"qtbase_{language}", qt_dir):
                app.installTranslator(qtbase)
                self._installed.append(qtbase)
        # for English, csdesk's catalogue holds only the singular forms ("1 agent")
        ours = QTranslator(app)
        if ours.load(str(resource("i18n", f"csdesk_{language}.qm"))):
            app.installTranslator(ours)
            self._installed.append(ours)
