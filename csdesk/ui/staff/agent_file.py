"""The selected agent's file beside the staff table.

Details, job rotation, sub-accounts, and where the agent stands on training.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QTextBrowser, QWidget

from csdesk.common.labels import label, level_labels, post_labels, status_labels
from csdesk.common.palette import STANDING_COLOURS
from csdesk.common.training_labels import standing_labels
from csdesk.domain.staff import Status
from csdesk.services.staff.agents import AgentRecord
from csdesk.services.training.duty_gate import AgentStanding
from csdesk.ui.common.formats import show_date

HINT = "<p style='color:#777'>{}</p>"
HEADING = "<h4>{}</h4>"


class AgentFileView(QTextBrowser):
    """Read-only view of one agent; shows a hint when nobody is selected."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("agentFile")
        self.setOpenLinks(False)
        self.agent: AgentRecord | None = None
        self.training: AgentStanding | None = None
        self.show_agent(None)

    def show_agent(self, agent: AgentRecord | None, training: AgentStanding | None = None) -> None:
        """Show ``agent`` and their training standing (None: the hint)."""
        self.agent, self.training = agent, training
        self.setHtml(self._html(agent) + (self._training_html(training) if agent else ""))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.show_agent(self.agent, self.training)
        super().changeEvent(event)

    def _training_html(self, training: AgentStanding | None) -> str:
        if training is None:
            return ""
        html = [HEADING.format(escape(self.tr("Training")))]
        onboarding = self.agent is not None and self.agent.data.status == Status.ONBOARDING
        if onboarding and not training.cleared_for_duty:
            warning = escape(self.tr("Not cleared for duty"))
            html.append(f"<p style='color:#8a1c12'><b>{warning}</b></p>")
        words = standing_labels()
        items = []
        for title, before_duty, cell in training.courses:
            when = cell.valid_until or cell.completed_on
            text = f"{title}: {words[cell.standing]}"
            if when:
                text += f" ({show_date(when)})"
            fill = STANDING_COLOURS[cell.standing][1]
            mark = " *" if before_duty else ""
            items.append(f"<li style='color:{fill}'>{escape(text + mark)}</li>")
        if items:
            html.append("<ul>" + "".join(items) + "</ul>")
            html.append(HINT.format(escape(self.tr("* required before duty"))))
        else:
            html.append(HINT.format(escape(self.tr("No course is required for this post."))))
        for o in training.overrides:
            html.append(
                HINT.format(
                    escape(
                        self.tr("Put on duty on {date} without {courses}: {reason}").format(
                            date=show_date(o.decided_on), courses=o.missing, reason=o.reason
                        )
                    )
                )
            )
        return "".join(html)

    def _html(self, agent: AgentRecord | None) -> str:
        if agent is None:
            return HINT.format(escape(self.tr("Select an agent to see their file.")))
        d = agent.data
        posts = post_labels()
        rows = [
            (self.tr("Post"), label(posts, d.post)),
            (self.tr("Level"), label(level_labels(), d.level)),
            (self.tr("Status"), label(status_labels(), d.status)),
            (self.tr("Hired"), show_date(d.hire_date)),
            (self.tr("End of probation"), show_date(d.probation_end)),
            (self.tr("Mentor"), f"{agent.mentor_name} ({d.mentor_no})" if d.mentor_no else "—"),
            (self.tr("Phone"), d.phone or "—"),
        ]
        if d.status == Status.LEFT:
            rows.append((self.tr("Left"), f"{show_date(d.left_date)} · {d.left_reason or '—'}"))
        html = [f"<h3>{escape(agent.name)} <small>{escape(d.employee_no)}</small></h3><table>"]
        html += [
            f"<tr><td style='color:#555;padding-right:8px'>{escape(k)}</td>"
            f"<td>{escape(v)}</td></tr>"
            for k, v in rows
        ]
        html.append("</table>")
        html.append(HEADING.format(escape(self.tr("Job rotation"))))
        if agent.post_changes:
            changes = [
                self.tr("{date}: {old} → {new}").format(
                    date=show_date(c.changed_on),
                    old=label(posts, c.from_post),
                    new=label(posts, c.to_post),
                )
                for c in agent.post_changes
            ]
            html.append("<ul>" + "".join(f"<li>{escape(c)}</li>" for c in changes) + "</ul>")
        else:
            html.append(HINT.format(escape(self.tr("No post changes."))))
        html.append(HEADING.format(escape(self.tr("Platform sub-accounts"))))
        if d.accounts:
            html.append("<ul>")
            for a in d.accounts:
                period = f"{show_date(a.valid_from) or '…'} – {show_date(a.valid_to) or '…'}"
                shop = f" · {a.shop}" if a.shop else ""
                html.append(
                    f"<li>{escape(a.platform)}{escape(shop)}: <b>{escape(a.account_name)}"
                    f"</b><br><small>{escape(period)}</small></li>"
                )
            html.append("</ul>")
        else:
            html.append(HINT.format(escape(self.tr("No sub-accounts."))))
        if d.notes:
            html.append(HEADING.format(escape(self.tr("Notes"))))
            html.append(f"<p>{escape(d.notes)}</p>")
        return "".join(html)
