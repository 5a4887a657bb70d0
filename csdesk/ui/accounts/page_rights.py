"""What each page hides from a role that may not use it: one table, applied when a page is built.

The services refuse regardless (``csdesk.services.accounts.access``); hiding spares a
lead or a viewer buttons that can only answer "refused". A page is built after sign-in,
and a role does not change while the window is open, so the table is applied once.
"""

from __future__ import annotations

from functools import reduce

from PySide6.QtWidgets import QWidget

from csdesk.domain.access import Permission
from csdesk.services.accounts.access import allowed
from csdesk.services.database import Database

P = Permission  # the table reads better short

_TRAINING_TABS = tuple(
    (f"{tab}.{button}", P.TRAINING)
    for tab in ("sessions", "courses", "certificates")
    for button in ("new_button", "edit_button", "delete_button")
)

#: Page key -> (attribute path on the page, the permission its control needs).
RIGHTS: dict[str, tuple[tuple[str, P], ...]] = {
    "staff": (("new_button", P.STAFF), ("edit_button", P.STAFF), ("archive_button", P.STAFF),
              ("delete_button", P.STAFF), ("import_button", P.STAFF),
              ("coaching_button", P.ACTIONS)),
    "complaints": (("new_button", P.COMPLAINTS), ("import_button", P.COMPLAINTS),
                   ("settings_button", P.COMPLAINTS)),
    "training": (*_TRAINING_TABS, ("sessions.import_button", P.TRAINING)),
    "rota": (("import_action", P.ROTA), ("rules_action", P.ROTA), ("shifts_action", P.ROTA)),
    "performance": (("conversations_button", P.KPIS), ("summaries_button", P.KPIS),
                    ("manual_button", P.KPIS), ("praise_button", P.QA), ("review_button", P.QA)),
    "appraisals": (("prepare_button", P.APPRAISE), ("close_button", P.APPRAISE),
                   ("rules_button", P.RULES), ("export_button", P.PAY)),
    "goals": (("new_button", P.GOALS), ("remove_button", P.GOALS), ("propose_button", P.GOALS),
              ("budget_button", P.GOALS), ("orders_button", P.KPIS),
              ("action_button", P.ACTIONS)),
    "actions": (("new_button", P.ACTIONS), ("edit_button", P.ACTIONS),
                ("check_in_button", P.ACTIONS), ("done_button", P.ACTIONS),
                ("cancel_button", P.ACTIONS), ("review_button", P.ACTIONS)),
}  # fmt: skip


#: Pages only some roles may open: page key -> the permission (the sidebar hides the rest).
PAGES: dict[str, P] = {"audit": P.AUDIT}


def hidden_pages(db: Database) -> set[str]:
    """The pages the one signed in may not open."""
    return {key for key, permission in PAGES.items() if not allowed(db, permission)}


def control(page: QWidget, path: str):
    """The control at ``path`` ("sessions.new_button") on ``page``."""
    return reduce(getattr, path.split("."), page)


def apply_rights(db: Database, key: str, page: QWidget) -> int:
    """Hide the controls of page ``key`` the one signed in may not use; return how many."""
    hidden = 0
    for path, permission in RIGHTS.get(key, ()):
        if not allowed(db, permission):
            control(page, path).setVisible(False)
            hidden += 1
    return hidden
