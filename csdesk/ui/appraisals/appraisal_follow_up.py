"""What the appraisal card says about follow-up: the month's coaching, ideas, open actions.

Words keep the card's translation context.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from csdesk.services.actions.action_records import list_actions
from csdesk.services.appraisals import records
from csdesk.services.coaching.coaching_records import month_sessions
from csdesk.services.suggestions.suggestion_records import month_counts
from csdesk.ui.context import AppContext


def follow_up(ctx: AppContext, record: records.AppraisalRecord) -> list[str]:
    """The month's coaching session, the agent's suggestions and open actions, as lines."""
    held = month_sessions(ctx.db, record.month, record.agent_id)
    ideas = month_counts(ctx.db, record.month).get(record.agent_id, 0)
    open_actions = list_actions(ctx.db, "open", owner_agent_id=record.agent_id)
    lines = []
    if held:
        lines.append(
            QCoreApplication.translate("AppraisalView", "Coaching held on {day}.").format(
                day=held[-1].data.held_on.isoformat()
            )
        )
    if ideas:
        lines.append(
            QCoreApplication.translate(
                "AppraisalView", "Suggestions made this month: {count}."
            ).format(count=ideas)
        )
    if open_actions:
        lines.append(
            QCoreApplication.translate("AppraisalView", "Open actions: {titles}.").format(
                titles="; ".join(a.data.title for a in open_actions[:3])
            )
        )
    return lines
