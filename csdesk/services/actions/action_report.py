"""The actions as a PDF for the wall or the owner: grouped by state, the late ones first."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from csdesk.common.action_labels import source_labels, status_labels
from csdesk.common.i18n import translate
from csdesk.common.progress import Progress
from csdesk.domain.actions import ActionStatus
from csdesk.services import shop
from csdesk.services.actions.action_records import ActionRecord, list_actions
from csdesk.services.database import Database

#: The groups in print order: (title key, which actions).
GROUPS = ("overdue", ActionStatus.OPEN, ActionStatus.IN_PROGRESS, ActionStatus.DONE,
          ActionStatus.EFFECTIVE, ActionStatus.NOT_EFFECTIVE, ActionStatus.CANCELLED)  # fmt: skip


def _group_of(action: ActionRecord, as_of: date) -> str:
    return "overdue" if action.overdue(as_of) else action.data.status


def actions_report(
    db: Database,
    out: Path,
    status: str = "open",
    *,
    as_of: date | None = None,
    printed_at: datetime | None = None,
    progress: Progress | None = None,
) -> int:
    """Write the actions of ``status`` (open, overdue, done, all) to ``out``; return them."""
    from csdesk.reports.sections import Section, SectionedReport, build_sectioned_report

    as_of = as_of or date.today()
    found = list_actions(db, status, as_of)
    sources, states = source_labels(), status_labels()
    titles = {"overdue": translate("Reports", "Overdue"), **states}
    headers = [translate("Reports", "No."), translate("Reports", "Action"),
               translate("Reports", "Source"), translate("Reports", "Owner"),
               translate("Reports", "Deadline"), translate("Reports", "Progress")]  # fmt: skip
    sections = []
    for group in GROUPS:
        members = [a for a in found if _group_of(a, as_of) == group]
        if not members:
            continue
        rows = [
            [str(a.id), a.data.title + (f"\n{a.data.expected}" if a.data.expected else ""),
             sources.get(a.data.source, a.data.source)
             + (f" {a.data.source_ref}" if a.data.source_ref else ""),
             a.owner, a.data.deadline.isoformat(), f"{a.progress} %"]
            for a in members
        ]  # fmt: skip
        sections.append(
            Section(
                f"{titles[group]} ({len(members)})",
                headers,
                rows,
                [12, 70, 30, 30, 22, 16],
                numeric=(0, 5),
            )
        )
    report = SectionedReport(
        title=translate("Reports", "Improvement actions"),
        subtitle=translate("Reports", "Improvement actions as of {day}").format(
            day=as_of.isoformat()
        ),
        summary=[
            translate("Reports", "Actions: {count}; overdue: {late}.").format(
                count=len(found), late=sum(a.overdue(as_of) for a in found)
            )
            if found
            else translate("Reports", "No actions.")
        ],
        sections=sections,
    )
    build_sectioned_report(out, shop.shop_name(db), report, printed_at, progress)
    return len(found)
