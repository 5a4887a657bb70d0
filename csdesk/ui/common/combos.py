"""Drop-down lists keyed by the stored value, shown in the user's language.

Each item carries its key (a status, a post, an id) as data, so a choice survives a change
of language and the label text is never stored.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
)


def fill_combo(
    combo: QComboBox, items: dict[str, str], first: tuple[str, str] | None = None
) -> None:
    """Fill ``combo`` with (label, key) pairs, keeping the selected key if possible."""
    current = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    if first:
        combo.addItem(first[1], first[0])
    for key, text in items.items():
        combo.addItem(text, str(key))
    index = combo.findData(current)
    combo.setCurrentIndex(max(index, 0))
    combo.blockSignals(False)


def select_key(combo: QComboBox, key: str) -> None:
    """Select the item whose data is ``key``."""
    index = combo.findData(str(key))
    if index >= 0:
        combo.setCurrentIndex(index)


def choose_or_add(combo: QComboBox, value: object, label: str) -> None:
    """Select ``value`` in ``combo``, adding it under ``label`` if it is not offered.

    For a stored record whose value the list no longer offers (an agent who has left).
    """
    index = combo.findData(value)
    if index < 0:
        combo.addItem(label, value)
        index = combo.count() - 1
    combo.setCurrentIndex(index)
