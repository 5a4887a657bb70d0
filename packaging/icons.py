"""Render the application icon (``resources/icons/csdesk.svg``) for every installer.

Qt's SVG renderer draws each size from the drawing itself, so the 16-pixel icon is drawn
for 16 pixels rather than shrunk from a large one; Pillow packs the Windows ``.ico`` and
the macOS ``.icns``. Run: ``python packaging/icons.py OUT_DIR`` (``build.spec`` does).

This folder is not a Python package (it would hide the ``packaging`` library that
PyInstaller and pip import): its scripts are run, or loaded, by their path.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT / "resources" / "icons" / "csdesk.svg"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)  # the hicolor theme's usual sizes
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)  # Windows uses up to 256
ICNS_SIZE = 1024  # Pillow makes the smaller macOS sizes from it


def _render(size: int, out: Path) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        raise SystemExit(f"{SOURCE} is not a drawing Qt can read")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)  # shapes only (no text): no QGuiApplication needed
    painter.end()
    if not image.save(str(out)):
        raise SystemExit(f"could not write {out}")


def render_icons(out_dir: Path) -> dict[str, Path]:
    """Write ``csdesk-<size>.png``, ``csdesk.ico`` and ``csdesk.icns`` into ``out_dir``."""
    from PIL import Image

    out_dir.mkdir(parents=True, exist_ok=True)
    made: dict[str, Path] = {}
    for size in sorted({*PNG_SIZES, *ICO_SIZES, ICNS_SIZE}):
        path = out_dir / f"csdesk-{size}.png"
        _render(size, path)
        made[f"png{size}"] = path
    largest, *others = (Image.open(made[f"png{size}"]) for size in reversed(ICO_SIZES))
    made["ico"] = out_dir / "csdesk.ico"
    largest.save(made["ico"], sizes=[(s, s) for s in ICO_SIZES], append_images=others)
    made["icns"] = out_dir / "csdesk.icns"
    Image.open(made[f"png{ICNS_SIZE}"]).save(made["icns"])
    return made


if __name__ == "__main__":
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "build/icons")
    for made_path in render_icons(out).values():
        print(made_path)
