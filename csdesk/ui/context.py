"""Everything a page needs, built once at start and handed down (no singletons)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QSettings

from csdesk.services.database import Database
from csdesk.ui.notices import ChangeNotices
from csdesk.ui.tasks import TaskRunner
from csdesk.ui.translation import Translators


@dataclass
class AppContext:
    """The open shop, the notice board, the background runner and the UI settings."""

    db: Database
    notices: ChangeNotices
    tasks: TaskRunner
    settings: QSettings
    translators: Translators
    language: str

    @property
    def author(self) -> str:
        """Who entries name as their author (timelines, QA reviews, rota changes).

        The name last given at this PC, else the shop's supervisor from the settings,
        else the computer's login name.
        """
        stored = self.settings.value("complaints/author", "")
        if stored:
            return str(stored)
        from csdesk.services import shop
        from csdesk.services.authors import default_author

        return shop.supervisor_name(self.db) or default_author()

    @author.setter
    def author(self, name: str) -> None:
        self.settings.setValue("complaints/author", name.strip())
