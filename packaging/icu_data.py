"""Slim the ICU data library Qt ships (Linux): 31 MB down to the pieces Qt can use here.

PySide6's Qt links ICU 73, whose ``libicudata.so.73`` is one 31 MB table of every
locale's names, units, currencies, transliterators and dictionaries for Thai and Khmer
word breaks. Qt draws none of that from ICU: its locale data (month names, numbers) is
its own, and so are its line breaking and text shaping. What it does ask ICU for is
collation (``QCollator``, locale-aware sorting), text codecs beyond UTF-8
(``QStringConverter``), normalisation and case rules, and time-zone rules. This keeps
those, for the languages csdesk speaks (Chinese and English, with the root rules behind
them), which is what ICU's own data filter (the ICU Data Build Tool) is for; this
rebuilds the same common-data table from the wheel's own items instead of rebuilding
ICU from source.

The table is rewritten in ICU's common data layout (header, table of contents sorted by
name, items aligned to 16 bytes) and linked into a library with the same name, soname
and entry symbol by the GNU assembler and linker (binutils). The new library is then
checked with the build environment's own Qt: Chinese collation, GB18030 and Big5 must
still work, or the build stops.

Run: ``python packaging/icu_data.py dist/csdesk/_internal/PySide6/Qt/lib``.
"""

from __future__ import annotations

import re
import shutil
import struct
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path

# Item names are "icudt73l/<tree>/<item>" (or "icudt73l/<item>" at the top).
KEEP = re.compile(
    r"""^icudt\d+[lb]/(
        (coll/)?(root|zh|zh_\w+|en|en_\w+|res_index)\.res   # collation and locale roots
      | coll/ucadata\.icu                                 # the collation base table
      | [\w.-]+\.(nrm|spp|icu|cfu|dict)                   # normalisation, stringprep, props
      | (cnvalias\.icu|gb18030|windows-936-2000|windows-950-2000|ibm-1383_P110-1999
         |ibm-1373_P100-2002|ibm-1386_P100-2001|ibm-950_P110-1999|ibm-5471_P100-2006
         |iso-8859_\d+-\d+|ibm-9\d\d_P100-\d+|ibm-53[45]\d_P100-1997
         |windows-125\d-2000)(\.cnv)?                     # Chinese and Western codecs
      | (zoneinfo64|metaZones|timezoneTypes|windowsZones|supplementalData|likelySubtags
         |metadata|keyTypeData|numberingSystems|plurals|pool|icuver|icustd|langInfo
         |dayPeriods|grammaticalFeatures|genderList|units|currencyNumericCodes)\.res
    )$""",
    re.VERBOSE,
)


def _run(*command: str) -> str:
    return subprocess.run(command, capture_output=True, text=True, check=True).stdout


def entry_point(library: Path) -> tuple[str, int, int]:
    """The data symbol's name, file offset and size (e.g. icudt73_dat)."""
    symbols = _run("readelf", "-Ws", "--dyn-syms", str(library))
    found = re.search(
        r":\s+([0-9a-f]+)\s+(\d+|0x[0-9a-f]+)\s+OBJECT\s+GLOBAL\s+\w+\s+\d+\s+"
        r"(icudt\d+_dat)\b",
        symbols,
    )
    if found is None:
        raise SystemExit(f"{library} has no ICU data symbol")
    address, size, name = int(found.group(1), 16), int(found.group(2), 0), found.group(3)
    for line in _run("readelf", "-SW", str(library)).splitlines():
        fields = line.replace("[ ", "[").split()
        if len(fields) > 5 and fields[1] == ".rodata":
            section_address, section_offset = int(fields[3], 16), int(fields[4], 16)
            return name, address - section_address + section_offset, size
    raise SystemExit(f"{library} has no .rodata section")


def items(table: bytes) -> tuple[bytes, list[tuple[str, bytes]]]:
    """Split ICU common data into its header and its named items (in table order)."""
    header_size = struct.unpack_from("<H", table, 0)[0]
    if table[12:16] != b"CmnD":
        raise SystemExit("not ICU common data (no CmnD header)")
    toc = table[header_size:]
    count = struct.unpack_from("<I", toc, 0)[0]
    entries = [struct.unpack_from("<II", toc, 4 + 8 * i) for i in range(count)]
    named = []
    for i, (name_at, data_at) in enumerate(entries):
        end = entries[i + 1][1] if i + 1 < count else len(toc)
        name = toc[name_at : toc.index(b"\0", name_at)].decode("ascii")
        named.append((name, toc[data_at:end]))
    return table[:header_size], named


def rebuild(header: bytes, kept: list[tuple[str, bytes]]) -> bytes:
    """ICU common data holding only ``kept`` (names stay sorted: ICU searches them)."""
    names = b"".join(name.encode("ascii") + b"\0" for name, _ in kept)
    names_at = 4 + 8 * len(kept)
    data_at = (names_at + len(names) + 15) // 16 * 16
    entries, body, name_at = [], b"", names_at
    for name, data in kept:
        entries.append(struct.pack("<II", name_at, data_at + len(body)))
        name_at += len(name) + 1
        body += data + b"\0" * (-len(data) % 16)
    toc = struct.pack("<I", len(kept)) + b"".join(entries) + names
    toc += b"\0" * (data_at - len(toc))
    return header + toc + body


def link(table: bytes, symbol: str, soname: str, out: Path) -> None:
    """Link ``table`` into a shared library exporting it as ``symbol``."""
    with tempfile.TemporaryDirectory() as work:
        blob, source, obj = (Path(work) / name for name in ("data.bin", "data.s", "data.o"))
        blob.write_bytes(table)
        source.write_text(
            textwrap.dedent(f"""\
            .section .rodata
            .balign 16
            .global {symbol}
            .type {symbol}, %object
            .size {symbol}, {len(table)}
            {symbol}:
            .incbin "{blob}"
            .section .note.GNU-stack,"",%progbits
            """),
            encoding="ascii",
        )
        _run("as", "-o", str(obj), str(source))
        _run(
            "ld", "-shared", "-s", "-soname", soname, "-z", "noexecstack", "-o", str(out), str(obj)
        )


def check_with_qt(library: Path) -> None:
    """Chinese collation and codecs must work with ``library``, or the build stops.

    Preloaded, the library stands in for the wheel's (the loader matches it by soname).
    """
    probe = textwrap.dedent("""\
        from PySide6.QtCore import QCollator, QLocale, QStringDecoder
        assert QCollator(QLocale("zh_CN")).compare("阿", "保") < 0, "pinyin order"
        assert QCollator(QLocale("en_US")).compare("apple", "Banana") < 0, "English order"
        for codec in ("GB18030", "GBK", "Big5", "ISO-8859-15", "windows-1252"):
            assert QStringDecoder(codec).isValid(), codec
        assert QLocale("en_US").toUpper("straße") == "STRASSE", "case rules"
        print("ok")
        """)
    with tempfile.TemporaryDirectory() as home:
        done = subprocess.run(
            [sys.executable, "-c", probe],
            capture_output=True,
            text=True,
            check=False,
            env={"LD_PRELOAD": str(library), "QT_QPA_PLATFORM": "offscreen", "HOME": home},
        )
    if done.stdout.strip() != "ok":
        raise SystemExit(f"the slim ICU data fails Qt's checks:\n{done.stdout}{done.stderr}")


def slim(lib_dir: Path) -> tuple[int, int]:
    """Replace ``libicudata.so.*`` in ``lib_dir`` by its slim form; return old, new sizes."""
    (library,) = [p for p in lib_dir.glob("libicudata.so.*") if not p.is_symlink()]
    symbol, offset, size = entry_point(library)
    header, named = items(library.read_bytes()[offset : offset + size])
    kept = [(name, data) for name, data in named if KEEP.match(name)]
    slim_library = library.with_name(library.name + ".slim")
    link(rebuild(header, kept), symbol, library.name, slim_library)
    before = library.stat().st_size
    check_with_qt(slim_library)
    shutil.move(slim_library, library)
    return before, library.stat().st_size


if __name__ == "__main__":
    old, new = slim(Path(sys.argv[1]))
    print(f"ICU data: {old / 1e6:.1f} MB -> {new / 1e6:.1f} MB")
