"""The product's names and version, in one place for every installer.

The version is ``csdesk.__version__`` (pyproject.toml reads it from there too), so the
window's About box, ``csdesk --version``, the ``.deb``, the Windows setup and the macOS
bundle can never disagree. Read from the source text, not imported, so the spec and the
packaging scripts need none of csdesk's dependencies; loaded by its path (``runpy``),
as this folder is not a package.
"""

from __future__ import annotations

import re
import sys
import tomllib
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


@dataclass(frozen=True)
class Product:
    """What installers show and stamp: names, version, publisher, identifiers."""

    name: str  # the command and folder name: csdesk
    version: str  # 0.1.0
    summary: str  # one line, English (package managers show it)
    publisher: str  # the "company" on Windows, the maintainer on Debian
    contact: str  # Debian's Maintainer field wants an address
    bundle_id: str  # macOS CFBundleIdentifier and the desktop entry's app id
    # The Windows setup's AppId: fixed for good, so a newer setup upgrades in place
    # instead of installing a second copy beside the first.
    windows_app_id: str = "{6F0D5C1E-3B7A-4C59-9E4B-8A2D1C7F3E60}"

    @property
    def version_tuple(self) -> tuple[int, int, int, int]:
        """The version as Windows' four numbers (0.1.0 -> 0, 1, 0, 0)."""
        numbers = [int(n) for n in re.findall(r"\d+", self.version)[:4]]
        return (*numbers, 0, 0, 0, 0)[:4]  # type: ignore[return-value]


def product(root: Path = ROOT) -> Product:
    """Read the product from ``pyproject.toml`` and ``csdesk/__init__.py``."""
    project = tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    source = (root / "csdesk" / "__init__.py").read_text(encoding="utf-8")
    found = re.search(r'^__version__ = "([^"]+)"', source, re.MULTILINE)
    if found is None:
        raise SystemExit("csdesk/__init__.py does not say its __version__")
    author = project["authors"][0]
    return Product(
        name=project["name"],
        version=found.group(1),
        summary=project["description"],
        publisher=author["name"],
        contact=author.get("email", "csdesk@localhost"),
        bundle_id=f"org.{project['name']}.{project['name']}",
    )


def main() -> None:
    """Print one field (``python packaging/product.py version``) for shell scripts."""
    field = sys.argv[1] if len(sys.argv) > 1 else "version"
    print(getattr(product(), field))


if __name__ == "__main__":
    main()
