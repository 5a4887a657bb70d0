"""Progress and Cancel for long work, in every layer (no Qt here).

Long work (an import, an export of 200,000 complaints, a 50-page appraisal pack, a
print job) takes a ``progress`` callable and calls it as ``progress(done, total)``; the
window's callable relays the numbers to a progress dialog and returns False once the
user pressed Cancel. The work then raises ``Cancelled``; everything it writes goes to
a temporary name (``csdesk.common.atomic``) or one transaction, so a cancel leaves nothing.
``total`` 0 means the amount is not known yet (the dialog shows a busy bar).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import TypeVar

Progress = Callable[[int, int], bool]  # (done, total) -> keep going?
Item = TypeVar("Item")

#: Items between two reports: often enough for a smooth bar, rare enough to cost nothing.
EVERY = 500


class Cancelled(Exception):
    """The user pressed Cancel; what was being written was thrown away."""


def report(progress: Progress | None, done: int, total: int) -> None:
    """Tell ``progress`` how far the work is; raise ``Cancelled`` if it says stop."""
    if progress is not None and not progress(done, total):
        raise Cancelled


def counted(
    items: Iterable[Item], total: int, progress: Progress | None, every: int = EVERY
) -> Iterator[Item]:
    """Yield ``items``, reporting every ``every`` items and at the end."""
    done = 0
    report(progress, 0, total)
    for item in items:
        yield item
        done += 1
        if done % every == 0:
            report(progress, done, total)
    report(progress, done, max(total, done))
