"""Laying out a dialog's form: labelled rows, Save and Cancel, captions to retranslate.

Every entry dialog builds its form the same way, so that labels wrap alike and Save stays
the default button.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
)

from csdesk.ui.common.widgets import ProblemLabel


def save_cancel(dialog: QDialog, on_save) -> QDialogButtonBox:
    """Save and Cancel buttons for a form.

    Save calls ``on_save``, which checks, then accepts or lists the problems; Cancel
    rejects.
    """
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
    )
    buttons.accepted.connect(on_save)
    buttons.rejected.connect(dialog.reject)
    return buttons


def say_reloaded(problems: ProblemLabel, why: str) -> None:
    """Say why a form now shows another seat's save, with what was typed kept on top."""
    problems.show_problems([why, QCoreApplication.translate(
        "Forms", "The form now shows their changes, with yours kept on top: check it and "
        "save again.")])  # fmt: skip


def lay_out_form(
    dialog: QDialog,
    form: QFormLayout,
    on_accept,
    accept_button: QDialogButtonBox.StandardButton = QDialogButtonBox.StandardButton.Save,
) -> tuple[ProblemLabel, QDialogButtonBox]:
    """Lay a form dialog out: the form, the problems label, then Save (or OK) and Cancel.

    Save calls ``on_accept``, which checks and either accepts or lists the problems;
    Cancel rejects. Returns the problems label and the buttons (tests press them).
    """
    problems = ProblemLabel()
    buttons = QDialogButtonBox(accept_button | QDialogButtonBox.StandardButton.Cancel)
    buttons.accepted.connect(on_accept)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addLayout(form)
    layout.addWidget(problems)
    layout.addWidget(buttons)
    return problems, buttons


def form_caption(form: QFormLayout, row: int) -> QLabel:
    """The caption label of ``row`` in ``form``, to retranslate it in place."""
    item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
    caption = item.widget() if item is not None else None
    if not isinstance(caption, QLabel):
        raise LookupError(f"row {row} of the form has no caption")
    return caption
