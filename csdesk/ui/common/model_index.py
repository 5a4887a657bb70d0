"""The index type Qt's model and delegate methods take.

Qt passes either a ``QModelIndex`` or a ``QPersistentModelIndex`` to ``data``,
``rowCount``, ``flags``, ``paint`` and the rest; PySide6's stubs say so, and an
override that names only ``QModelIndex`` narrows its parent's signature, which the type
checker rightly refuses. Both kinds answer ``row()``, ``column()`` and ``isValid()``.
"""

from __future__ import annotations

from typing import TypeAlias

from PySide6.QtCore import QModelIndex, QPersistentModelIndex

ModelIndex: TypeAlias = QModelIndex | QPersistentModelIndex
