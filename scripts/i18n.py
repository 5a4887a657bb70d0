"""Update the translation sources and compile them.

    python scripts/i18n.py update    # pyside6-lupdate: add new strings to the .ts files
    python scripts/i18n.py release   # pyside6-lrelease: compile .ts -> .qm, fail if unfinished

Edit the .ts files with Qt Linguist (``pyside6-linguist``) or any XML editor.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "resources" / "i18n"
LANGUAGES = ("zh_CN", "zh_TW")
#: English is the source language; its catalogue holds only the numerus forms of the
#: messages that count ("1 agent" / "2 agents"), as Qt's documentation advises.
PLURAL_ONLY = ("en",)


def sources() -> list[str]:
    """Every Python file that may hold a translatable string."""
    return sorted(
        str(p.relative_to(ROOT))
        for p in (ROOT / "csdesk").rglob("*.py")
        if "migrations" not in p.parts
    )


def update() -> int:
    """Run lupdate for each language (obsolete strings are dropped)."""
    for lang in (*LANGUAGES, *PLURAL_ONLY):
        ts = I18N / f"csdesk_{lang}.ts"
        cmd = [
            "pyside6-lupdate",
            *sources(),
            *(["-pluralonly"] if lang in PLURAL_ONLY else []),
            "-no-obsolete",
            "-locations",
            "none",
            "-target-language",
            lang,
            "-ts",
            str(ts.relative_to(ROOT)),
        ]
        subprocess.run(cmd, cwd=ROOT, check=True)
    return 0


def release() -> int:
    """Compile every .ts; return 1 when any string is unfinished."""
    status = 0
    for lang in (*LANGUAGES, *PLURAL_ONLY):
        ts = I18N / f"csdesk_{lang}.ts"
        out = subprocess.run(
            ["pyside6-lrelease", str(ts), "-qm", str(ts.with_suffix(".qm"))],
            cwd=ROOT,
            check=True,
            capture_output=True,
            text=True,
        ).stdout
        print(out.strip())
        unfinished = re.search(r"(\d+) unfinished", out)
        if unfinished and int(unfinished.group(1)):
            status = 1
    return status


if __name__ == "__main__":
    command = sys.argv[1] if len(sys.argv) > 1 else ""
    if command == "update":
        sys.exit(update())
    if command == "release":
        sys.exit(release())
    print(__doc__)
    sys.exit(2)
