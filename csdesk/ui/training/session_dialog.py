"""Plan or record a training session: when, which course, who is invited, how it went.

Attendees are added by post (everyone current in a post) or by picking agents; the
result column shows pass or fail as the pass mark decides it, while typing.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from csdesk.common.edits import rows_typed_over, typed_over
from csdesk.common.labels import post_labels
from csdesk.common.training_labels import attendance_labels, format_labels, result_text
from csdesk.domain.staff import Status
from csdesk.domain.training import passed
from csdesk.services.errors import UserError
from csdesk.services.server.record_versions import ChangedMeanwhile
from csdesk.services.staff import agents as staff
from csdesk.services.training import courses as training
from csdesk.services.training import session_records
from csdesk.ui.common.combos import fill_combo, select_key
from csdesk.ui.common.forms import save_cancel, say_reloaded
from csdesk.ui.common.widgets import ProblemLabel, open_size
from csdesk.ui.context import AppContext
from csdesk.ui.training.agent_picker import AGENT_ROLE, AgentPicker

COL_AGENT, COL_ATTENDANCE, COL_SCORE, COL_RESULT, COL_COMMENT = range(5)


class SessionDialog(QDialog):
    """The form of one session and its attendees."""

    def __init__(
        self,
        ctx: AppContext,
        record: session_records.SessionRecord | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.record = record
        self.saved_id: int | None = None
        # results stated without a score (imported records) are kept as they were
        self._stated: dict[int, bool | None] = {}
        self.courses = training.list_courses(ctx.db, include_archived=record is not None)
        self.agents = {a.id: a for a in staff.list_agents(ctx.db)}
        self.setWindowTitle(self.tr("Training session") if record else self.tr("New session"))
        open_size(self, 820, 620)

        self.course = QComboBox()
        for c in self.courses:
            self.course.addItem(f"{c.title} ({c.code})", c.id)
        self.starts_at = QDateTimeEdit()
        self.starts_at.setCalendarPopup(True)
        self.starts_at.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.hours = QDoubleSpinBox()
        self.hours.setRange(0, 200)
        self.hours.setDecimals(1)
        self.trainer = QLineEdit()
        self.format = QComboBox()
        fill_combo(self.format, format_labels())
        self.location = QLineEdit()
        self.cost = QDoubleSpinBox()
        self.cost.setRange(0, 10_000_000)
        self.cost.setDecimals(2)
        self.cost.setGroupSeparatorShown(True)
        self.notes = QLineEdit()
        self.pass_mark = QLabel()
        course_row = QHBoxLayout()
        course_row.addWidget(self.course, 1)
        course_row.addWidget(self.pass_mark)
        form = QFormLayout()
        course_label = QLabel(self.tr("&Course"))
        course_label.setBuddy(self.course)  # a row of two widgets gets no buddy by itself
        form.addRow(course_label, course_row)
        form.addRow(self.tr("&Date and time"), self.starts_at)
        form.addRow(self.tr("&Hours"), self.hours)
        form.addRow(self.tr("&Trainer"), self.trainer)
        form.addRow(self.tr("&Format"), self.format)
        form.addRow(self.tr("&Location"), self.location)
        form.addRow(self.tr("C&ost"), self.cost)
        form.addRow(self.tr("&Notes"), self.notes)

        self.attendees = QTableWidget(0, 5)
        self.attendees.setObjectName("attendees")
        self.attendees.setHorizontalHeaderLabels(
            [
                self.tr("Agent"),
                self.tr("Attendance"),
                self.tr("Score"),
                self.tr("Result"),
                self.tr("Comment"),
            ]
        )
        self.attendees.verticalHeader().hide()
        self.attendees.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.attendees.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.by_post = QToolButton()
        self.by_post.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.by_post)
        for key, text in post_labels().items():
            menu.addAction(text).triggered.connect(lambda _c=False, k=key: self.add_post(k))
        self.by_post.setMenu(menu)
        self.pick = QPushButton(self.tr("Add &agents…"))
        self.pick.clicked.connect(self.pick_agents)
        self.remove = QPushButton(self.tr("&Remove"))
        self.remove.clicked.connect(self.remove_selected)
        self.by_post.setText(self.tr("Add by &post"))
        tools = QHBoxLayout()
        for widget in (self.by_post, self.pick, self.remove):
            tools.addWidget(widget)
        tools.addStretch(1)

        self.problems = ProblemLabel()
        self.buttons = save_cancel(self, self.save)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(tools)
        layout.addWidget(self.attendees, 1)
        layout.addWidget(self.problems)
        layout.addWidget(self.buttons)

        self.course.currentIndexChanged.connect(self._course_changed)
        self._load(record.data if record else None)

    # --- loading ------------------------------------------------------------------------
    def _course(self) -> training.CourseRecord | None:
        course_id = self.course.currentData()
        return next((c for c in self.courses if c.id == course_id), None)

    def _load(self, d: session_records.SessionData | None) -> None:
        if d is None:
            self.starts_at.setDateTime(QDateTime(QDate.currentDate().addDays(7), QTime(14, 0)))
            select_key(self.format, "on_site")
            self._course_changed()
            return
        self.course.setCurrentIndex(max(self.course.findData(d.course_id), 0))
        self.starts_at.setDateTime(QDateTime(d.starts_at))
        self.hours.setValue(d.hours)
        self.trainer.setText(d.trainer)
        select_key(self.format, d.format)
        self.location.setText(d.location)
        self.cost.setValue(d.cost_cents / 100)
        self.notes.setText(d.notes)
        for attendee in d.attendees:
            self._add_row(attendee)
        self._course_changed()

    def _course_changed(self) -> None:
        course = self._course()
        if course is not None and (self.record is None or not self.hours.value()):
            self.hours.setValue(course.data.hours)
        if course is not None:
            mark = course.data.pass_mark
            self.pass_mark.setText(
                self.tr("Attendance only")
                if mark is None
                else self.tr("Pass mark: {mark}").format(mark=f"{mark:g}")
            )
        for row in range(self.attendees.rowCount()):
            self._update_result(row)

    # --- attendees ----------------------------------------------------------------------
    def attendee_ids(self) -> list[int]:
        """Agent ids in the attendee table, in order."""
        return [
            self.attendees.item(r, COL_AGENT).data(AGENT_ROLE)
            for r in range(self.attendees.rowCount())
        ]

    def _add_row(self, attendee: session_records.AttendeeData) -> None:
        agent = self.agents.get(attendee.agent_id)
        row = self.attendees.rowCount()
        self.attendees.insertRow(row)
        who = QTableWidgetItem(
            f"{agent.employee_no} {agent.name}" if agent else str(attendee.agent_id)
        )
        who.setData(AGENT_ROLE, attendee.agent_id)
        who.setFlags(who.flags() & ~Qt.ItemFlag.ItemIsEditable)
        self.attendees.setItem(row, COL_AGENT, who)
        attendance = QComboBox()
        fill_combo(attendance, attendance_labels())
        select_key(attendance, attendee.attendance or "")
        attendance.currentIndexChanged.connect(lambda _i, w=attendance: self._changed(w))
        self.attendees.setCellWidget(row, COL_ATTENDANCE, attendance)
        score = QLineEdit("" if attendee.score is None else f"{attendee.score:g}")
        score.setObjectName("score")
        score.textChanged.connect(lambda _t, w=score: self._changed(w))
        self.attendees.setCellWidget(row, COL_SCORE, score)
        result = QTableWidgetItem()
        result.setFlags(result.flags() & ~Qt.ItemFlag.ItemIsEditable)
        self.attendees.setItem(row, COL_RESULT, result)
        self.attendees.setItem(row, COL_COMMENT, QTableWidgetItem(attendee.comment))
        self._stated[attendee.agent_id] = attendee.passed if attendee.score is None else None
        self._update_result(row)

    def _changed(self, widget: QWidget) -> None:
        for row in range(self.attendees.rowCount()):
            if widget in (
                self.attendees.cellWidget(row, COL_ATTENDANCE),
                self.attendees.cellWidget(row, COL_SCORE),
            ):
                self._update_result(row)

    def _row_data(self, row: int) -> tuple[session_records.AttendeeData, str | None]:
        agent_id = self.attendees.item(row, COL_AGENT).data(AGENT_ROLE)
        attendance = self.attendees.cellWidget(row, COL_ATTENDANCE).currentData() or None
        text = self.attendees.cellWidget(row, COL_SCORE).text().strip().replace(",", ".")
        problem = None
        score = None
        if text:
            try:
                score = float(text)
            except ValueError:
                problem = self.tr("{name}: the score “{text}” is not a number.").format(
                    name=self.attendees.item(row, COL_AGENT).text(), text=text
                )
        comment_item = self.attendees.item(row, COL_COMMENT)
        comment = comment_item.text() if comment_item else ""
        stated = self._stated.get(agent_id) if score is None else None
        return session_records.AttendeeData(agent_id, attendance, score, comment, stated), problem

    def _update_result(self, row: int) -> None:
        course = self._course()
        data, problem = self._row_data(row)
        item = self.attendees.item(row, COL_RESULT)
        if item is None or course is None:
            return
        if problem:
            item.setText(self.tr("?"))
            return
        result = (
            data.passed
            if data.passed is not None and data.score is None
            else passed(data.attendance, data.score, course.data.pass_mark)
        )
        item.setText(result_text(result))

    def add_agents(self, agent_ids: list[int]) -> None:
        """Invite agents not yet on the list."""
        have = set(self.attendee_ids())
        for agent_id in agent_ids:
            if agent_id not in have:
                self._add_row(session_records.AttendeeData(agent_id))
                have.add(agent_id)

    def add_post(self, post: str) -> None:
        """Invite everyone current in ``post``."""
        self.add_agents(session_records.agents_in_posts(self.ctx.db, [post]))

    def pick_agents(self) -> None:
        """Choose agents from a checklist of the current team."""
        dialog = AgentPicker(
            [a for a in self.agents.values() if a.data.status != Status.LEFT],
            set(self.attendee_ids()),
            self,
        )
        if dialog.exec():
            self.add_agents(dialog.chosen())

    def remove_selected(self) -> None:
        """Take the selected attendees off the list."""
        rows = sorted({i.row() for i in self.attendees.selectedIndexes()}, reverse=True)
        for row in rows:
            self.attendees.removeRow(row)

    # --- saving -------------------------------------------------------------------------
    def data(self) -> tuple[session_records.SessionData | None, list[str]]:
        """The form as session data, and the problems the form itself can see."""
        course = self._course()
        problems = [] if course else [self.tr("Choose a course.")]
        attendees = []
        for row in range(self.attendees.rowCount()):
            attendee, problem = self._row_data(row)
            if problem:
                problems.append(problem)
            attendees.append(attendee)
        if course is None:
            return None, problems
        qdt = self.starts_at.dateTime()
        starts_at = datetime(
            qdt.date().year(), qdt.date().month(), qdt.date().day(),
            qdt.time().hour(), qdt.time().minute(),
        )  # fmt: skip
        data = session_records.SessionData(
            course_id=course.id,
            starts_at=starts_at,
            hours=self.hours.value(),
            trainer=self.trainer.text(),
            format=self.format.currentData(),
            location=self.location.text(),
            cost_cents=round(self.cost.value() * 100),
            notes=self.notes.text(),
            attendees=tuple(attendees),
        )
        return data, problems

    def save(self) -> None:
        """Save through the service; stay open and list the problems if it refuses."""
        data, problems = self.data()
        if problems or data is None:
            self.problems.show_problems(problems)
            return
        try:
            self.saved_id = session_records.save_session(
                self.ctx.db, data, self.record.id if self.record else None,
                seen_version=self.record.version if self.record else None,
            )  # fmt: skip
        except ChangedMeanwhile as exc:
            self._reload_keeping(data, exc.message)
            return
        except UserError as exc:
            self.problems.show_problems(exc.details or [exc.message])
            return
        self.ctx.notices.training_changed.emit()
        self.accept()

    def _reload_keeping(self, typed: session_records.SessionData, why: str) -> None:
        """Show the session as another seat saved it, with what was typed here on top.

        Attendees row by row: the ones added, changed or removed here keep what was done
        here; the others show the other seat's results.
        """
        assert self.record is not None  # only a change can meet a newer version
        opened = self.record.data
        self.record = session_records.get_session(self.ctx.db, self.record.id)
        saved = self.record.data
        merged = replace(typed_over(opened, typed, saved), attendees=rows_typed_over(
            opened.attendees, typed.attendees, saved.attendees, lambda a: a.agent_id))  # fmt: skip
        self.attendees.setRowCount(0)
        self._stated.clear()
        self._load(merged)
        say_reloaded(self.problems, why)
