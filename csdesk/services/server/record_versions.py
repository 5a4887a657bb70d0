"""Two people, one record: a save over a newer version is refused, naming who saved it.

A form remembers the version of the record it opened; the service compares it with the
stored one before saving. If another seat (or another window) saved the record in
between, the save is refused with who did and when, and the form reloads the record
with what was typed kept on top (``csdesk.common.edits``). Every save of such a record
is stamped with who made it and when, here, for every session of the shop.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import event
from sqlalchemy.orm import Session

from csdesk.common.i18n import translate
from csdesk.data.base import Versioned
from csdesk.services.authors import author_of
from csdesk.services.errors import UserError


class ChangedMeanwhile(UserError):
    """The record was saved by someone else after the form was opened; nothing saved."""


def refuse_if_changed(record: Versioned, seen: int | None, what: str) -> None:
    """Refuse to save ``record`` when it is no longer at version ``seen`` (None: no check).

    Raises:
        ChangedMeanwhile: names who saved it since, and when.
    """
    if seen is None or record.version == seen:
        return
    when = record.changed_at.strftime("%Y-%m-%d %H:%M") if record.changed_at else ""
    raise ChangedMeanwhile(translate(
        "Records", "{who} saved this {what} at {when}, after you opened it; your changes "
        "were not saved.").format(who=record.changed_by or "?", what=what, when=when)
    )  # fmt: skip


@event.listens_for(Session, "before_flush")
def _stamp(session: Session, _context, _instances) -> None:
    """Who saved each new or changed versioned record, and when."""
    now = None
    for record in (*session.new, *session.dirty):
        if isinstance(record, Versioned) and (
            record in session.new or session.is_modified(record, include_collections=False)
        ):
            now = now or datetime.now()
            record.changed_by = author_of(None)
            record.changed_at = now
