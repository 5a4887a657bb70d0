"""Pack the frozen folder into the Linux installers: a ``.deb`` and a portable ``.tar.gz``.

The ``.deb`` puts the program under ``/opt/csdesk`` (a self-contained folder, as Debian
policy wants for a bundle that is not split into Debian's own libraries), the commands
``csdesk`` and ``csdesk-cli`` in ``/usr/bin``, the desktop entry and the icon where the
desktop looks for them. Its ``Depends`` come from ``dpkg-shlibdeps`` over every library in
the folder, so the system libraries left out of the payload (``packaging/payload.py``)
are pulled in by ``apt``. It has no maintainer scripts: the desktop's menu and icon
caches follow ``/usr/share`` by dpkg triggers, and nothing of the user's is ever touched —
the shop stays in the user's data folder through upgrades and removal (even ``purge``).

Run: ``python packaging/linux/make_packages.py dist/csdesk build/icons dist``.
"""

from __future__ import annotations

import os
import re
import runpy
import shutil
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
Product = runpy.run_path(str(HERE.parent / "product.py"))["product"]
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
PREFIX = "opt/csdesk"
COMMANDS = ("csdesk", "csdesk-cli")
SHARED_LIBRARY = re.compile(r"\.so(\.\d+)*$")
DESCRIPTION = """\
 csdesk keeps a customer-service team's roster and shifts, training records,
 monthly scorecards and appraisals, and complaint follow-ups in one offline
 program, and prints appraisals and reports to PDF. Chinese (Simplified and
 Traditional) and English.
 .
 The shop's data stays in the user's own folder (~/.local/share/csdesk):
 upgrading or removing this package never touches it."""


def architecture() -> str:
    """Debian's name for this machine's architecture (amd64, arm64)."""
    return subprocess.run(
        ["dpkg", "--print-architecture"], capture_output=True, text=True, check=True
    ).stdout.strip()


def wrapper(command: str) -> str:
    """The ``/usr/bin`` launcher: runs the frozen program from its folder."""
    return f'#!/bin/sh\nexec /{PREFIX}/{command} "$@"\n'


def _install(src: Path, dest: Path, mode: int = 0o644) -> None:
    dest.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(src, dest)
    dest.chmod(mode)


def lay_out(program: Path, icons: Path, tree: Path) -> None:
    """Build the installed file tree of the package under ``tree``."""
    shutil.copytree(program, tree / PREFIX, symlinks=True)
    for command in COMMANDS:
        launcher = tree / "usr" / "bin" / command
        launcher.parent.mkdir(parents=True, exist_ok=True)
        launcher.write_text(wrapper(command), encoding="utf-8")
        launcher.chmod(0o755)
    share = tree / "usr" / "share"
    _install(HERE / "csdesk.desktop", share / "applications" / "csdesk.desktop")
    hicolor = share / "icons" / "hicolor"
    for size in ICON_SIZES:
        _install(icons / f"csdesk-{size}.png", hicolor / f"{size}x{size}" / "apps" / "csdesk.png")
    svg = HERE.parents[1] / "resources" / "icons" / "csdesk.svg"
    _install(svg, hicolor / "scalable" / "apps" / "csdesk.svg")
    _install(HERE / "copyright", share / "doc" / "csdesk" / "copyright")
    for path in [tree, *tree.rglob("*")]:  # dpkg-deb wants no group- or world-writable
        if path.is_symlink():
            continue
        if path.is_dir():
            path.chmod(0o755)
        elif SHARED_LIBRARY.search(path.name):  # loaded, never run (Debian policy 8.1)
            path.chmod(0o644)


def shared_library_depends(tree: Path) -> str:
    """The ``Depends`` line dpkg-shlibdeps finds for every ELF file in the package.

    ``tree`` must be ``<work>/debian/csdesk`` with its ``DEBIAN`` folder, as in a Debian
    source package: dpkg-shlibdeps resolves ``$ORIGIN`` in the libraries' RPATHs from it.
    """
    elves = [
        path
        for path in (tree / PREFIX).rglob("*")
        if path.is_file() and not path.is_symlink() and path.read_bytes()[:4] == b"\x7fELF"
    ]
    private = sorted({str(path.parent) for path in elves if ".so" in path.name})
    work = tree.parents[1]
    (work / "debian" / "control").write_text(
        "Source: csdesk\n\nPackage: csdesk\nArchitecture: any\n", encoding="utf-8"
    )
    done = subprocess.run(
        [
            "dpkg-shlibdeps",
            "-O",
            "--ignore-missing-info",
            *(f"-l{folder}" for folder in private),
            *map(str, elves),
        ],
        cwd=work,
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        errors = [line for line in done.stderr.splitlines() if "error" in line]
        raise SystemExit("dpkg-shlibdeps failed:\n" + "\n".join(errors[:20]))
    found = re.search(r"^shlibs:Depends=(.*)$", done.stdout, re.MULTILINE)
    return found.group(1) if found else ""


def control(product: Any, arch: str, installed_kib: int, depends: str) -> str:
    """The package's ``DEBIAN/control`` file."""
    return (
        f"Package: {product.name}\nVersion: {product.version}\nArchitecture: {arch}\n"
        f"Maintainer: {product.publisher} <{product.contact}>\n"
        f"Installed-Size: {installed_kib}\nDepends: {depends}\n"
        f"Section: misc\nPriority: optional\n"
        f"Description: {product.summary}\n{DESCRIPTION}\n"
    )


def installed_kib(tree: Path) -> int:
    """The ``Installed-Size`` field: the payload in KiB (files and links, rounded up)."""
    total = sum(-(-os.lstat(path).st_size // 1024) for path in tree.rglob("*"))
    return total


def make_deb(program: Path, icons: Path, out_dir: Path, depends: str | None = None) -> Path:
    """Build ``csdesk_<version>_<arch>.deb`` in ``out_dir``; return its path.

    ``depends`` overrides dpkg-shlibdeps (the tests pack a folder with no libraries).
    """
    product = Product()
    arch = architecture()
    out = out_dir / f"{product.name}_{product.version}_{arch}.deb"
    with tempfile.TemporaryDirectory() as work:
        tree = Path(work) / "debian" / product.name
        lay_out(program, icons, tree)
        meta = tree / "DEBIAN"
        meta.mkdir()
        deps = shared_library_depends(tree) if depends is None else depends
        (meta / "control").write_text(
            control(product, arch, installed_kib(tree), deps), encoding="utf-8"
        )
        out_dir.mkdir(parents=True, exist_ok=True)
        subprocess.run(
            ["dpkg-deb", "--root-owner-group", "-Zxz", "--build", str(tree), str(out)],
            check=True,
            capture_output=True,
        )
    return out


def make_tarball(program: Path, icons: Path, out_dir: Path) -> Path:
    """Build the portable ``csdesk-<version>-linux-<arch>.tar.gz``: the folder to unpack."""
    product = Product()
    machine = os.uname().machine
    top = f"{product.name}-{product.version}"
    out = out_dir / f"{top}-linux-{machine}.tar.gz"
    out_dir.mkdir(parents=True, exist_ok=True)
    with tarfile.open(out, "w:gz", compresslevel=9) as tar:
        tar.add(program, arcname=top, filter=_owned_by_root)
        tar.add(HERE / "csdesk.desktop", arcname=f"{top}/csdesk.desktop", filter=_owned_by_root)
        tar.add(icons / "csdesk-256.png", arcname=f"{top}/csdesk.png", filter=_owned_by_root)
    return out


def _owned_by_root(info: tarfile.TarInfo) -> tarfile.TarInfo:
    info.uid = info.gid = 0
    info.uname = info.gname = "root"
    return info


def main() -> None:
    """Pack both; say their sizes."""
    program, icons, out_dir = (Path(arg) for arg in sys.argv[1:4])
    for made in (make_deb(program, icons, out_dir), make_tarball(program, icons, out_dir)):
        print(f"{made}: {made.stat().st_size / 1e6:.1f} MB")


if __name__ == "__main__":
    main()
