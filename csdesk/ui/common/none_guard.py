"""Keep ``None`` alive although PySide6 drops a reference to it on every empty answer.

PySide6 6.12 on CPython 3.11 gives back one reference to ``None`` too many each time a
Qt call answers "nothing" to Python: ``QComboBox.currentData()`` on an item whose data
is None, ``itemData``, ``QListWidgetItem.data`` of an unset role, ``lineEdit()`` of a
combo that is not editable (measured: -1 per call, 1,000 calls -> -1,000). None's count
starts in the tens of thousands; a long session (or the test suite) runs it down to
zero and CPython aborts with "none_dealloc: deallocating None", losing whatever the
supervisor had open. From CPython 3.12 ``None`` is immortal and this does nothing.

The guard adds a large, fixed number of references once, at start: what 3.12 does for
every build.
"""

from __future__ import annotations

import ctypes
import sys

#: References added to None: ~a billion empty answers before the count could run out.
PINNED = 1 << 30
_pinned = False


def keep_none_alive() -> None:
    """Add ``PINNED`` references to None, once per process (CPython before 3.12 only)."""
    global _pinned
    if _pinned or sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return
    count = ctypes.c_ssize_t.from_address(id(None))  # ob_refcnt is a PyObject's first field
    count.value += PINNED
    _pinned = True
