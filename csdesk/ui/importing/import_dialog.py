"""Import a file (staff, training ...): map the columns, preview every line, then import.

Nothing is written until Import is pressed; the check (a dry run) and the import run in
the background with a progress bar and a Cancel button, and a cancelled import leaves
the database as it was.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from csdesk.services import import_mappings, importing
from csdesk.services.errors import StorageFault, UserError, storage_fault
from csdesk.services.kinds import FILE_KINDS, FileKind
from csdesk.ui.common.model_index import ModelIndex
from csdesk.ui.common.widgets import open_size
from csdesk.ui.context import AppContext
from csdesk.ui.importing.saved_maps import SavedMapsBar
from csdesk.ui.tasks import Progress

COL_LINE, COL_KEY, COL_DETAIL, COL_OUTCOME = range(4)


@dataclass(frozen=True)
class ImportKind:
    """What differs between imports: words, the service calls, who hears of the change."""

    file: FileKind  # the registry's entry: the command line's KIND and the services
    title: Callable[[], str]
    headers: Callable[[], tuple[str, str]]  # the preview's key and detail columns
    hint: Callable[[], str]
    announce: Callable[[AppContext], None]

    @property
    def name(self) -> str:
        """The command line's KIND, which also files the saved column maps."""
        return self.file.name


STAFF_IMPORT = ImportKind(
    file=FILE_KINDS["staff"],
    title=lambda: QCoreApplication.translate("ImportDialog", "Import staff"),
    headers=lambda: (
        QCoreApplication.translate("ImportDialog", "Employee number"),
        QCoreApplication.translate("ImportDialog", "Name"),
    ),
    hint=lambda: QCoreApplication.translate(
        "ImportDialog",
        "Choose a CSV or Excel file. Headers in English or Chinese are recognised "
        "(工号, 姓名, 岗位 …). The file is checked first; nothing is written until "
        "you press Import.",
    ),
    announce=lambda ctx: ctx.notices.staff_changed.emit(),
)


class PreviewModel(QAbstractTableModel):
    """The lines of the file and what the import does with each."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[importing.PreviewRow] = []
        self.headers = ("", "")

    def set_rows(self, rows) -> None:
        """Show ``rows`` (an empty sequence clears the preview)."""
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Line"), *self.headers, self.tr("Action"))[section]

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        row = self.rows[index.row()]
        outcomes = {
            "created": self.tr("New"),
            "updated": self.tr("Update"),
            "unchanged": self.tr("No change"),
        }
        return (str(row.line), row.key, row.detail, outcomes.get(row.outcome, row.outcome))[
            index.column()
        ]


class ImportDialog(QDialog):
    """Choose a file, check the mapping and the preview, then import."""

    def __init__(
        self, ctx: AppContext, kind: ImportKind = STAFF_IMPORT, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.kind = kind
        self.path: Path | None = None
        self.progress: Progress | None = None
        self.column_boxes: dict[str, QComboBox] = {}
        self.setWindowTitle(kind.title())
        open_size(self, 820, 560)

        self.path_edit = QLineEdit()
        self.path_edit.setReadOnly(True)
        browse = QPushButton(self.tr("&Choose file…"))
        browse.clicked.connect(self.choose)
        file_row = QHBoxLayout()
        file_row.addWidget(self.path_edit, 1)
        file_row.addWidget(browse)

        self.columns_box = QGroupBox(self.tr("Columns"))
        self.columns_form = QFormLayout()
        inner = QWidget()
        inner.setLayout(self.columns_form)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.columns_box.setMinimumWidth(340)
        scroll.setWidget(inner)
        self.guessed: dict[str, str] = {}  # column -> field as recognised automatically
        self.saved_maps = SavedMapsBar(ctx, kind.name, self.mapping)
        self.saved_maps.chosen.connect(self.apply_map)
        columns_layout = QVBoxLayout(self.columns_box)
        columns_layout.addWidget(self.saved_maps)
        columns_layout.addWidget(scroll)

        self.preview = PreviewModel(self)
        self.preview.headers = kind.headers()
        self.preview_view = QTableView()
        self.preview_view.setModel(self.preview)
        self.preview_view.verticalHeader().hide()
        self.preview_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview_view.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.preview_view.horizontalHeader().setStretchLastSection(True)
        self.report = QPlainTextEdit()
        self.report.setReadOnly(True)
        self.report.setPlaceholderText(kind.hint())
        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(self.report)
        right.addWidget(self.preview_view)
        # bulk imports (a million conversations) list no lines, only the summary
        self.preview_view.setVisible(any(kind.headers()))
        body = QSplitter(Qt.Orientation.Horizontal)
        body.addWidget(self.columns_box)
        body.addWidget(right)
        body.setStretchFactor(1, 2)
        body.setChildrenCollapsible(False)

        self.bar = QProgressBar()
        self.bar.hide()
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.hide()
        self.cancel_button.clicked.connect(self.cancel)
        progress_row = QHBoxLayout()
        progress_row.addWidget(self.bar, 1)
        progress_row.addWidget(self.cancel_button)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.import_button = self.buttons.addButton(
            self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self.run_import)
        self.link_button = self.buttons.addButton(
            self.tr("&Link accounts…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.link_button.setToolTip(
            self.tr("Give the unknown accounts to agents, then check again")
        )
        self.link_button.hide()
        self.link_button.clicked.connect(self.link_accounts)
        self.unknown_accounts: dict[str, int] = {}
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(file_row)
        layout.addWidget(body, 1)
        layout.addLayout(progress_row)
        layout.addWidget(
            QLabel(
                self.tr(
                    "An empty cell never erases what is on file; "
                    "re-importing a file adds nothing twice."
                )
            )
        )
        layout.addWidget(self.buttons)

    # --- file and columns ---------------------------------------------------------------
    def choose(self) -> None:
        """Ask for a file, then read its columns and check it."""
        name, _ = QFileDialog.getOpenFileName(
            self, self.kind.title(), "", self.tr("Tables (*.csv *.xlsx *.txt);;All files (*)")
        )
        if name:
            self.open_file(Path(name))

    def open_file(self, path: Path) -> None:
        """Show the columns of ``path`` with their guessed fields, then check it."""
        self.path = path
        self.path_edit.setText(str(path))
        while self.columns_form.rowCount():
            self.columns_form.removeRow(0)
        self.column_boxes.clear()
        try:
            columns = self.kind.file.file_columns(path)
        except UserError as exc:
            self._show_failure(exc)
            return
        fields = self.kind.file.field_list()
        self.guessed = {column.name: column.field or "" for column in columns}
        for column in columns:
            box = QComboBox()
            box.addItem(self.tr("(ignore)"), "")
            for key, label, required, _accepted in fields:
                box.addItem(f"{label}{' *' if required else ''}", key)
            box.setCurrentIndex(max(box.findData(column.field or ""), 0))
            box.currentIndexChanged.connect(lambda _i: self.check())
            self.columns_form.addRow(column.name, box)
            self.column_boxes[column.name] = box
        self.apply_map(self.saved_maps.fit(list(self.guessed)))

    def apply_map(self, columns: dict[str, str] | None) -> None:
        """Set the column choices from a saved map (None: as recognised), then check."""
        wanted = dict(self.guessed)
        if columns:
            wanted.update(import_mappings.fitted(columns, list(self.guessed)))
        for name, box in self.column_boxes.items():
            box.blockSignals(True)
            box.setCurrentIndex(max(box.findData(wanted.get(name, "")), 0))
            box.blockSignals(False)
        self.check()

    def mapping(self) -> dict[str, str]:
        """The user's column choices as overrides for the service."""
        return {name: box.currentData() for name, box in self.column_boxes.items()}

    # --- check and import ---------------------------------------------------------------
    def _start(self, job, on_done) -> None:
        self.progress = Progress(self)
        self.progress.changed.connect(self._progressed)
        self.bar.setRange(0, 0)
        self.bar.show()
        self.cancel_button.show()
        self.import_button.setEnabled(False)
        progress = self.progress
        self.ctx.tasks.run(
            lambda: job(progress),
            lambda s: self._finish(on_done, s),
            lambda e: self._finish(self._show_failure, e),
        )

    def _finish(self, callback, payload) -> None:
        self.bar.hide()
        self.cancel_button.hide()
        self.progress = None
        callback(payload)

    def _progressed(self, done: int, total: int) -> None:
        self.bar.setRange(0, total)
        self.bar.setValue(done)

    def cancel(self) -> None:
        """Stop the running check or import; nothing is written."""
        if self.progress is not None:
            self.progress.cancel()

    def check(self) -> None:
        """Dry-run the import with the current mapping and show the preview."""
        if self.path is None:
            return
        path, mapping = self.path, self.mapping()
        self.report.setPlainText(self.tr("Checking…"))
        self._start(
            lambda progress: self.kind.file.run_import(
                self.ctx.db, path, mapping, dry_run=True, progress=progress
            ),
            self._checked,
        )

    def _checked(self, summary: importing.ImportSummary) -> None:
        self.link_button.hide()
        self.report.setPlainText("\n".join(summary.lines()))
        self.preview.set_rows(summary.preview)
        self.import_button.setEnabled(summary.rows > 0)

    def _show_failure(self, exc: BaseException) -> None:
        # Whatever went wrong, the dry run's "new: N" must not stay on screen.
        self.preview.set_rows([])
        self.import_button.setEnabled(False)
        self.link_button.hide()
        if not isinstance(exc, UserError):
            exc = storage_fault(exc, self.ctx.db.path) or exc
        if not isinstance(exc, UserError):
            self.report.setPlainText(self.tr("The import failed; nothing was imported."))
            raise exc
        if isinstance(exc, StorageFault):
            self.report.setPlainText(
                "\n".join([self.tr("The import failed; nothing was imported."), exc.full_text()])
            )
        else:
            self.report.setPlainText(exc.full_text())
        self.unknown_accounts = getattr(exc, "accounts", {})
        self.link_button.setVisible(bool(self.unknown_accounts))

    def link_accounts(self) -> None:
        """Link the unknown accounts to agents, then check the file again."""
        from csdesk.ui.importing.link_accounts_dialog import LinkAccountsDialog

        dialog = LinkAccountsDialog(self.ctx, self.unknown_accounts, self)
        dialog.exec()
        if dialog.linked:
            self.link_button.hide()
            self.check()

    def run_import(self) -> None:
        """Import the checked file for real."""
        if self.path is None:
            return
        path, mapping = self.path, self.mapping()
        self._start(
            lambda progress: self.kind.file.run_import(
                self.ctx.db, path, mapping, progress=progress
            ),
            self._imported,
        )

    def _imported(self, summary: importing.ImportSummary) -> None:
        self.report.setPlainText("\n".join(summary.lines()))
        self.preview.set_rows(summary.preview)
        self.kind.announce(self.ctx)
