"""One lock protocol for every csdesk process that writes to a shop.

SQLite serialises single transactions, but some jobs must not run beside any other
writer at all: a restore replaces the whole file (an import committing meanwhile would
land in the file that is about to be thrown away), and a migration rewrites tables.
So every csdesk process that opens a shop for writing (the window, an import, a demo, a
backup ...) holds a *shared* lock on the shop's gate file for as long as it is open, and
restore and migration take it *exclusively*. An exclusive request waits a while, then
gives up and names who holds the shop.

Beside the gate, each holder keeps a small "who" file (process, role, since) locked for
its own lifetime; a who file whose lock can be taken belongs to a process that is gone
(killed) and is removed. Locks are ``flock``-style (per open file, released by the
operating system when a process dies), through portalocker so that Windows gets the
same shared/exclusive semantics.
"""

from __future__ import annotations

import json
import os
import secrets
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import IO

import portalocker

#: Seconds a request waits for the gate before giving up (tests may shorten it).
WAIT_SECONDS = 10.0
_POLL_SECONDS = 0.05


@dataclass(frozen=True)
class Holder:
    """A csdesk process that has the shop open."""

    pid: int
    role: str  # "window", "import", "restore", "migration" ...
    since: datetime


class ShopBusy(Exception):
    """The gate could not be had in time; ``holders`` are the processes in the way."""

    def __init__(self, holders: list[Holder]) -> None:
        super().__init__(", ".join(f"{h.role} ({h.pid})" for h in holders) or "busy")
        self.holders = holders


def lock_folder(db_path: Path) -> Path:
    """The folder beside the database that holds its gate and who files."""
    return db_path.with_name(db_path.name + ".writers")


def _try_lock(handle: IO[str], flags: portalocker.LockFlags) -> bool:
    try:
        portalocker.lock(handle, flags | portalocker.LockFlags.NON_BLOCKING)
    except portalocker.exceptions.LockException:
        return False
    return True


def _open_private(path: Path, mode: str) -> IO[str]:
    """Open a lock file readable by the user only (0600 on POSIX)."""
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    return os.fdopen(fd, mode, encoding="utf-8")


def holders(db_path: Path, *, besides: Path | None = None) -> list[Holder]:
    """Return the live csdesk processes that have ``db_path`` open; tidy up dead ones."""
    folder = lock_folder(db_path)
    found: list[Holder] = []
    if not folder.is_dir():
        return found
    for path in sorted(folder.glob("*.who")):
        if besides is not None and path == besides:
            continue
        try:
            with _open_private(path, "r+") as handle:
                if _try_lock(handle, portalocker.LockFlags.EXCLUSIVE):
                    portalocker.unlock(handle)
                    stale = True
                else:
                    stale = False
                    info = json.loads(handle.read() or "{}")
            if stale:
                path.unlink(missing_ok=True)
                continue
            found.append(
                Holder(int(info["pid"]), str(info["role"]), datetime.fromisoformat(info["since"]))
            )
        except (OSError, ValueError, KeyError):
            continue  # being written or removed right now; not worth a refusal
    return found


class WriterLock:
    """This process's place in the shop's lock protocol (one per open shop).

    ``share()`` for ordinary writers, ``exclusive()`` (a context manager) for restore
    and migration. Both raise ``ShopBusy`` naming the holders when the wait runs out.
    """

    def __init__(self, db_path: Path, role: str) -> None:
        self.db_path = Path(db_path)
        self.role = role
        self._gate: IO[str] | None = None
        self._who: IO[str] | None = None
        self._who_path: Path | None = None

    @property
    def held(self) -> bool:
        """True while this process holds the gate (shared or exclusive)."""
        return self._gate is not None

    def _register(self) -> None:
        folder = lock_folder(self.db_path)
        folder.mkdir(mode=0o700, exist_ok=True)
        self._who_path = folder / f"{os.getpid()}-{secrets.token_hex(4)}.who"
        self._who = _open_private(self._who_path, "w")
        portalocker.lock(self._who, portalocker.LockFlags.EXCLUSIVE)
        self._who.write(
            json.dumps({"pid": os.getpid(), "role": self.role, "since": datetime.now().isoformat()})
        )
        self._who.flush()

    def _unregister(self) -> None:
        if self._who is not None:
            with suppress(OSError):
                portalocker.unlock(self._who)
            self._who.close()
            self._who = None
        if self._who_path is not None:
            self._who_path.unlink(missing_ok=True)
            self._who_path = None

    def _take(self, flags: portalocker.LockFlags, wait: float | None) -> None:
        if self._gate is not None:
            raise RuntimeError("this writer lock is already held")
        wait = WAIT_SECONDS if wait is None else wait
        self._register()
        try:
            gate = _open_private(lock_folder(self.db_path) / "gate", "a")
        except OSError:
            self._unregister()
            raise
        deadline = time.monotonic() + wait
        while not _try_lock(gate, flags):
            if time.monotonic() >= deadline:
                gate.close()
                busy = holders(self.db_path, besides=self._who_path)
                self._unregister()
                raise ShopBusy(busy)
            time.sleep(_POLL_SECONDS)
        self._gate = gate

    def share(self, wait: float | None = None) -> None:
        """Join the shop's writers; waits while a restore or migration runs."""
        self._take(portalocker.LockFlags.SHARED, wait)

    @contextmanager
    def exclusive(self, wait: float | None = None) -> Iterator[None]:
        """Be the shop's only csdesk process for the block (restore, migration)."""
        self._take(portalocker.LockFlags.EXCLUSIVE, wait)
        try:
            yield
        finally:
            self.release()

    def release(self) -> None:
        """Leave the shop's writers (idempotent)."""
        if self._gate is not None:
            with suppress(OSError):
                portalocker.unlock(self._gate)
            self._gate.close()
            self._gate = None
        self._unregister()
