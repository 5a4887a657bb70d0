"""Strip debugging symbols from the frozen folder's shared libraries (Linux).

The wheels ship their libraries with symbols: libpython alone is 22 MB with them and 5.5
MB without. PyInstaller's own ``strip`` option strips every file, and that breaks the
libraries auditwheel grafted into ``<package>.libs/`` folders (their program headers were
moved by patchelf; stripped, numpy's OpenBLAS no longer loads: "ELF load command
address/offset not page-aligned"). So: every ``*.so*`` outside those folders, with the
options Debian's dh_strip uses for shared libraries. The executables are never touched
(PyInstaller appends the program's archive to them).

The same pass removes search paths that name the build machine: pyenv's Python carries
``RUNPATH /root/.pyenv/versions/3.11.7/lib`` in libpython and every standard extension,
and a library search path into a folder the user's machine may have (or someone may make)
has no place in an installed program. ``$ORIGIN`` paths, which find the program's own
libraries, stay. ``chrpath`` edits them in place, without moving anything.

Run: ``python packaging/strip_symbols.py dist/csdesk``.
"""

from __future__ import annotations

import re
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


def search_path(library: Path) -> list[str] | None:
    """The library's RPATH/RUNPATH entries, or None when it has none."""
    dynamic = subprocess.run(
        ["readelf", "-d", str(library)], capture_output=True, text=True, check=True
    ).stdout
    found = re.search(r"\((?:RPATH|RUNPATH)\)\s+Library r(?:un)?path: \[(.*)\]", dynamic)
    return found.group(1).split(":") if found else None


def forget_build_paths(library: Path) -> bool:
    """Drop the search path entries outside the program; return whether any went."""
    entries = search_path(library)
    if entries is None:
        return False
    own = [entry for entry in entries if entry.startswith("$ORIGIN")]
    if own == entries:
        return False
    command = ["chrpath", "-r", ":".join(own)] if own else ["chrpath", "-d"]
    subprocess.run([*command, str(library)], check=True, capture_output=True)
    return True


def strip_folder(folder: Path) -> int:
    """Strip the libraries in ``folder``; return the bytes saved."""
    before = sum(path.stat().st_size for path in folder.rglob("*") if path.is_file())
    libraries = libraries_to_strip(folder)
    for start in range(0, len(libraries), 200):  # a few calls, not one per file
        subprocess.run([*STRIP, *map(str, libraries[start : start + 200])], check=True)
    for library in libraries:
        forget_build_paths(library)
    after = sum(path.stat().st_size for path in folder.rglob("*") if path.is_file())
    return before - after


if __name__ == "__main__":
    saved = strip_folder(Path(sys.argv[1]))
    print(f"stripped {saved / 1e6:.1f} MB of symbols")
