"""Write a file under a temporary name, flush it to disk and rename it into place.

An export, PDF or backup interrupted half-way (crash, kill, full disk, cancel) then
leaves the old file, or none, never a truncated one that looks fine. The data is
fsync'ed before the rename and the folder after it, so a power cut right after the
rename cannot leave an empty file under the final name either.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

PART_SUFFIX = ".part"


def sync_file(path: Path) -> None:
    """Flush ``path``'s data to the disk."""
    with open(path, "rb") as handle:
        os.fsync(handle.fileno())


def sync_folder(folder: Path) -> None:
    """Flush a folder's entries (a rename) to the disk; a no-op where not supported."""
    if os.name != "posix":
        return  # Windows cannot open a folder for fsync; NTFS journals renames itself
    with suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def replace_synced(part: Path, target: Path) -> None:
    """Flush ``part`` to disk, rename it to ``target`` and flush the folder."""
    sync_file(part)
    os.replace(part, target)
    sync_folder(target.parent)


def part_of(target: Path) -> Path:
    """The temporary name ``target`` is written under: hidden, beside it."""
    return target.with_name(f".{target.name}{PART_SUFFIX}")


def target_of(path: Path) -> Path:
    """The file a temporary name stands for (any other path is itself).

    An error met while writing names the part file; the user should read the file they
    chose.
    """
    name = path.name
    if name.startswith(".") and name.endswith(PART_SUFFIX):
        return path.with_name(name[1 : -len(PART_SUFFIX)])
    return path


@contextmanager
def atomic_path(target: Path) -> Iterator[Path]:
    """Yield a temporary path beside ``target``; on success it replaces ``target``."""
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    part = part_of(target)
    try:
        yield part
        replace_synced(part, target)
    finally:
        part.unlink(missing_ok=True)
