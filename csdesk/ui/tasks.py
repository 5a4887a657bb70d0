"""Run a callable off the GUI thread and get its result or error back on the GUI thread.

Workers open their own sessions (every service function does). In tests the runner is
built ``inline`` and runs the callable at once, so tests stay deterministic.
"""

from __future__ import annotations

import contextvars
import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)


class _Relay(QObject):
    """Carries a worker's outcome across threads (queued to the GUI thread).

    Signals:
        done(object): the callable returned this value.
        failed(object): the callable raised this exception.
    """

    done = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, fn: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.fn, self.relay = fn, relay
        # the worker speaks the language of the click that started it (csdesk.common.i18n)
        self.context = contextvars.copy_context()

    @Slot()
    def run(self) -> None:
        try:
            value = self.context.run(self.fn)
        except BaseException as exc:  # delivered to the GUI thread, never lost
            self.relay.failed.emit(exc)
        else:
            self.relay.done.emit(value)


class TaskRunner(QObject):
    """Runs jobs one at a time on a private pool, so database writes are serialised."""

    def __init__(self, parent: QObject | None = None, inline: bool = False) -> None:
        super().__init__(parent)
        self.inline = inline
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self._relays: set[_Relay] = set()

    def run(
        self,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
    ) -> None:
        """Run ``fn``; call ``on_done(value)`` or ``on_error(exc)`` on the GUI thread."""
        if self.inline:
            try:
                value = fn()
            except Exception as exc:
                on_error(exc)
            else:
                on_done(value)
            return
        relay = _Relay()
        self._relays.add(relay)

        def finish(callback, payload):
            self._relays.discard(relay)
            callback(payload)

        relay.done.connect(lambda v: finish(on_done, v))
        relay.failed.connect(lambda e: finish(on_error, e))
        self.pool.start(_Job(fn, relay))

    def wait(self, msecs: int = 30_000) -> bool:
        """Wait for running jobs (at quit, so a backup is never cut short)."""
        return self.pool.waitForDone(msecs)


class Progress(QObject):
    """A progress callback for a service, usable from a worker thread.

    Services call it as ``progress(done, total)`` and stop when it returns False. It
    relays the numbers to the GUI thread (at most once per percent) and carries the
    user's Cancel.

    Signals:
        changed(int, int): done, total.
    """

    changed = Signal(int, int)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._cancelled = threading.Event()
        self._last_percent = -1

    def cancel(self) -> None:
        """Ask the running job to stop; it undoes what it did."""
        self._cancelled.set()

    @property
    def cancelled(self) -> bool:
        """True once Cancel was pressed."""
        return self._cancelled.is_set()

    def __call__(self, done: int, total: int) -> bool:
        percent = done * 100 // max(total, 1)
        if percent != self._last_percent:
            self._last_percent = percent
            self.changed.emit(done, total)
        return not self._cancelled.is_set()
