"""Strip debugging symbols from the frozen folder's shared libraries (Linux).

The wheels ship their libraries with symbols: libpython alone is 22 MB with them and 5.5
MB without. PyInstaller's own ``strip`` option strips every file, and that breaks the
libraries auditwheel grafted into ``<package>.libs/`` folders (their program headers were
moved by patchelf; stripped, numpy's OpenBLAS no longer loads: "ELF load command
address/offset not page-aligned"). So: every ``*.so*`` outside those folders, with the
options Debian's dh_strip uses for shared libraries. The executables are never touched
(PyInstaller appends the program's archive to them).

Run: ``python packaging/strip_symbols.py dist/csdesk``.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

STRIP = ["strip", "--remove-section=.comment", "--remove-section=.note", "--strip-unneeded"]


def _is_elf(path: Path) -> bool:
    with path.open("rb") as file:
        return file.read(4) == b"\x7fELF"


def libraries_to_strip(folder: Path) -> list[Path]:
    """The shared libraries under ``folder`` that may be stripped."""
    return sorted(
        path
        for path in folder.rglob("*.so*")
        if path.is_file()
        and not path.is_symlink()
        and not any(part.endswith(".libs") for part in path.relative_to(folder).parts)
        and _is_elf(path)
    )


def strip_folder(folder: Path) -> int:
    """Strip the libraries in ``folder``; return the bytes saved."""
    before = sum(path.stat().st_size for path in folder.rglob("*") if path.is_file())
    libraries = libraries_to_strip(folder)
    for start in range(0, len(libraries), 200):  # a few calls, not one per file
        subprocess.run([*STRIP, *map(str, libraries[start : start + 200])], check=True)
    after = sum(path.stat().st_size for path in folder.rglob("*") if path.is_file())
    return before - after


if __name__ == "__main__":
    saved = strip_folder(Path(sys.argv[1]))
    print(f"stripped {saved / 1e6:.1f} MB of symbols")
