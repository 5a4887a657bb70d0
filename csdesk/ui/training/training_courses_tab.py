"""The course catalogue tab and the course form.

Which posts need a course, whether it must be passed before duty, its pass mark and how
long a pass lasts decide the matrix and the duty gate.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from csdesk.common.edits import typed_over
from csdesk.common.labels import hours_text, label, post_labels
from csdesk.common.training_labels import category_labels
from csdesk.domain.training import Category
from csdesk.services.errors import UserError
from csdesk.services.server.record_versions import ChangedMeanwhile
from csdesk.services.training import courses as training
from csdesk.ui.common.combos import fill_combo, select_key
from csdesk.ui.common.forms import lay_out_form, say_reloaded
from csdesk.ui.common.rows_filter import RowsFilter
from csdesk.ui.common.rows_model import Row, RowsModel
from csdesk.ui.common.widgets import button_row, record_table, selected_payload
from csdesk.ui.context import AppContext

CATEGORY_ORDER = {c.value: i for i, c in enumerate(Category)}


class CoursesTab(QWidget):
    """The catalogue: add, edit, archive or delete courses."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model = RowsModel(self)
        self.proxy = RowsFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = record_table("courseTable", self.proxy)
        self.new_button = QPushButton()
        self.edit_button = QPushButton()
        self.delete_button = QPushButton()
        self.show_archived = QCheckBox()
        layout = QVBoxLayout(self)
        layout.addLayout(
            button_row(
                self.new_button, self.edit_button, self.delete_button, None, self.show_archived
            )
        )
        layout.addWidget(self.table, 1)
        self.table.doubleClicked.connect(lambda _i: self.edit_course())
        self.new_button.clicked.connect(self.new_course)
        self.edit_button.clicked.connect(self.edit_course)
        self.delete_button.clicked.connect(self.delete_course)
        self.show_archived.toggled.connect(lambda _on: self._filter())
        self.retranslate()

    def retranslate(self) -> None:
        """Set every text in the current language."""
        self.new_button.setText(self.tr("&New course"))
        self.edit_button.setText(self.tr("&Edit"))
        self.delete_button.setText(self.tr("&Delete"))
        self.delete_button.setToolTip(self.tr("Only for a course with no sessions"))
        self.show_archived.setText(self.tr("Show archived courses"))

    def reload(self) -> None:
        """Read the catalogue again."""
        categories, posts = category_labels(), post_labels()
        rows = []
        for c in training.list_courses(self.ctx.db):
            d = c.data
            required = self.tr(", ").join(label(posts, p) for p in d.required_posts)
            rows.append(
                Row(
                    (
                        d.code,
                        d.title,
                        label(categories, d.category),
                        hours_text(d.hours),
                        self.tr("Attendance") if d.pass_mark is None else f"{d.pass_mark:g}",
                        self.tr("Never")
                        if d.validity_months is None
                        else self.tr("{months} months", None, d.validity_months).format(
                            months=d.validity_months
                        ),
                        required or "—",
                        self.tr("Yes") if d.before_duty else "",
                        str(c.session_count),
                        self.tr("Archived") if d.archived else "",
                    ),
                    payload=c,
                    sort=(
                        d.code,
                        d.title,
                        CATEGORY_ORDER.get(d.category, 99),
                        d.hours,
                        -1 if d.pass_mark is None else d.pass_mark,
                        d.validity_months or 10_000,
                        required,
                        d.before_duty,
                        c.session_count,
                        d.archived,
                    ),
                )
            )
        headers = [
            self.tr("Code"),
            self.tr("Title"),
            self.tr("Category"),
            self.tr("Hours"),
            self.tr("Pass mark"),
            self.tr("Valid for"),
            self.tr("Required for"),
            self.tr("Before duty"),
            self.tr("Sessions"),
            "",
        ]
        self.model.set_rows(headers, rows, numeric=(3, 4, 8))
        self.table.resizeColumnsToContents()
        self._filter()

    def _filter(self) -> None:
        show = self.show_archived.isChecked()
        self.proxy.set_predicate(None if show else (lambda row: not row.payload.data.archived))

    def selected(self) -> training.CourseRecord | None:
        """The course selected in the table."""
        return selected_payload(self.table)

    def on_new(self) -> None:
        """Ctrl+N."""
        self.new_course()

    def new_course(self) -> None:
        """Add a course to the catalogue."""
        CourseDialog(self.ctx, None, self).exec()

    def edit_course(self) -> None:
        """Edit the selected course."""
        course = self.selected()
        if course is not None:
            CourseDialog(self.ctx, course, self).exec()

    def delete_course(self) -> None:
        """Delete the selected course if it has no history; otherwise explain."""
        course = self.selected()
        if course is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete course"),
            self.tr("Delete the course {title} ({code})?").format(
                title=course.title, code=course.code
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            training.delete_course(self.ctx.db, course.id)
        except UserError as exc:
            QMessageBox.information(self, self.tr("Delete course"), exc.full_text())
            return
        self.ctx.notices.training_changed.emit()


class CourseDialog(QDialog):
    """The form of one course."""

    def __init__(
        self, ctx: AppContext, course: training.CourseRecord | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.course = course
        self.saved_id: int | None = None
        self.setWindowTitle(self.tr("Course") if course else self.tr("New course"))
        self.code = QLineEdit()
        self.title = QLineEdit()
        self.category = QComboBox()
        fill_combo(self.category, category_labels())
        self.description = QPlainTextEdit()
        self.description.setFixedHeight(60)
        self.hours = QDoubleSpinBox()
        self.hours.setRange(0, 200)
        self.hours.setDecimals(1)
        self.scored = QCheckBox(self.tr("Scored, pass mark:"))
        self.pass_mark = QSpinBox()
        self.pass_mark.setRange(0, 100)
        self.pass_mark.setValue(80)
        self.scored.toggled.connect(self.pass_mark.setEnabled)
        self.expires = QCheckBox(self.tr("Expires after (months):"))
        self.validity = QSpinBox()
        self.validity.setRange(1, 120)
        self.validity.setValue(12)
        self.expires.toggled.connect(self.validity.setEnabled)
        self.posts = {key: QCheckBox(text) for key, text in post_labels().items()}
        self.before_duty = QCheckBox(self.tr("Must be passed before an agent goes on duty"))
        self.archived = QCheckBox(self.tr("Archived (no longer offered)"))
        scored_row = QHBoxLayout()
        scored_row.addWidget(self.scored)
        scored_row.addWidget(self.pass_mark)
        scored_row.addStretch(1)
        expires_row = QHBoxLayout()
        expires_row.addWidget(self.expires)
        expires_row.addWidget(self.validity)
        expires_row.addStretch(1)
        posts_row = QHBoxLayout()
        for box in self.posts.values():
            posts_row.addWidget(box)
        form = QFormLayout()
        form.addRow(self.tr("&Code"), self.code)
        form.addRow(self.tr("&Title"), self.title)
        form.addRow(self.tr("C&ategory"), self.category)
        form.addRow(self.tr("&Hours"), self.hours)
        form.addRow(self.tr("Result"), scored_row)
        form.addRow(self.tr("Validity"), expires_row)
        form.addRow(self.tr("Required for"), posts_row)
        form.addRow("", self.before_duty)
        form.addRow(self.tr("&Description"), self.description)
        form.addRow("", self.archived)
        self.problems, self.buttons = lay_out_form(self, form, self.save)
        self._load(course.data if course else None)

    def _load(self, data: training.CourseData | None) -> None:
        data = data or training.CourseData("", "", pass_mark=80)
        self.code.setText(data.code)
        self.title.setText(data.title)
        select_key(self.category, data.category)
        self.description.setPlainText(data.description)
        self.hours.setValue(data.hours)
        self.scored.setChecked(data.pass_mark is not None)
        self.pass_mark.setEnabled(data.pass_mark is not None)
        if data.pass_mark is not None:
            self.pass_mark.setValue(round(data.pass_mark))
        self.expires.setChecked(data.validity_months is not None)
        self.validity.setEnabled(data.validity_months is not None)
        if data.validity_months is not None:
            self.validity.setValue(data.validity_months)
        for key, box in self.posts.items():
            box.setChecked(key in data.required_posts)
        self.before_duty.setChecked(data.before_duty)
        self.archived.setChecked(data.archived)

    def data(self) -> training.CourseData:
        """The form as course data."""
        return training.CourseData(
            code=self.code.text(),
            title=self.title.text(),
            category=self.category.currentData(),
            description=self.description.toPlainText(),
            hours=self.hours.value(),
            pass_mark=float(self.pass_mark.value()) if self.scored.isChecked() else None,
            validity_months=self.validity.value() if self.expires.isChecked() else None,
            required_posts=tuple(k for k, box in self.posts.items() if box.isChecked()),
            before_duty=self.before_duty.isChecked(),
            archived=self.archived.isChecked(),
        )

    def save(self) -> None:
        """Save through the service; stay open and list the problems if it refuses."""
        try:
            if self.course is None:
                self.saved_id = training.create_course(self.ctx.db, self.data())
            else:
                training.update_course(
                    self.ctx.db, self.course.id, self.data(), seen_version=self.course.version
                )
                self.saved_id = self.course.id
        except ChangedMeanwhile as exc:
            self._reload_keeping(self.data(), exc.message)
            return
        except UserError as exc:
            self.problems.show_problems(exc.details or [exc.message])
            return
        self.ctx.notices.training_changed.emit()
        self.accept()

    def _reload_keeping(self, typed: training.CourseData, why: str) -> None:
        """Show the course as another seat saved it, with what was typed here on top."""
        assert self.course is not None  # only a change can meet a newer version
        opened, wanted = self.course.data, self.course.id
        fresh = next((c for c in training.list_courses(self.ctx.db) if c.id == wanted), None)
        if fresh is None:  # deleted meanwhile: nothing to reload
            self.problems.show_problems([why])
            return
        self.course = fresh
        self._load(typed_over(opened, typed, fresh.data))
        say_reloaded(self.problems, why)
