"""What the frozen folder leaves out: code csdesk never loads and libraries the system has.

PyInstaller collects everything a dependency *might* load. Measured on the 0.1.0 build
(347 MB before any cut), the weight was in symbols left in the wheels' libraries (cut by
stripping, in ``build.spec``), Qt plugins for hardware csdesk never drives (framebuffers,
VNC, touch screens, Vulkan displays), Qt's translations into 40 languages, Pillow's
AVIF/WebP/font codecs, matplotlib's sample data and spare fonts, lxml (openpyxl works
without it), and the Linux desktop's own libraries (X11, GLib, D-Bus, CUPS and what they
pull in) that PyInstaller copied from the build machine. Those come from the system
instead: the ``.deb`` depends on their packages, and a desktop that runs Qt has them.

Loaded by its path from ``build.spec`` (this folder is not a package); the rules are
tested in ``tests/test_packaging.py`` on PyInstaller's own table entries.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

# Modules that are never imported when csdesk runs, or that it must never use.
EXCLUDED_MODULES = [
    "tkinter",
    "PyQt5",
    "PyQt6",
    "PySide2",
    "IPython",
    "pytest",
    "lxml",  # openpyxl's optional fast writer; it falls back to the standard library
    "PIL._avif",
    "PIL._webp",
    "PIL._imagingft",
    "PIL._imagingcms",
    "PIL._imagingtk",
    "PIL.ImageTk",
    "PIL.AvifImagePlugin",
    "PIL.WebPImagePlugin",
    "PySide6.QtNetwork",  # csdesk talks to no network through Qt (the server is psycopg)
    "pygments",  # code highlighting in Mako's (Alembic's) error pages and reportlab's extras
    "readline",  # the interactive prompt's line editing (and libreadline, libtinfo)
    "pydoc_data",  # the text of help() at an interactive prompt
    "numpy.f2py",  # numpy's Fortran wrapper generator
    "mpl_toolkits",  # matplotlib's 3-D axes
    "portalocker.redis",  # locks held in a Redis server (portalocker works without it)
    "charset_normalizer",  # reportlab's guess at an XML file's encoding, never asked
    "sqlalchemy.dialects.mysql",
    "sqlalchemy.dialects.mssql",
    "sqlalchemy.dialects.oracle",
    "_codecs_jp",
    "_codecs_kr",
    "_codecs_iso2022",  # Chinese codecs stay (_codecs_cn, _tw, _hk)
]

# Qt plugin folders csdesk needs, and within them the plugins kept. A folder not listed
# is dropped whole (eglfs, linuxfb, vnc, evdev touch, network information, TLS, ...).
QT_PLUGINS = {
    "platforms": {
        "qxcb",
        "qwayland",
        "qwayland-egl",
        "qwayland-generic",
        "qoffscreen",
        "qminimal",
        "qwindows",
        "qcocoa",
    },
    "platformthemes": {"qxdgdesktopportal"},  # the GTK theme would drag GTK in
    "platforminputcontexts": None,  # all: Chinese input methods come through them
    "xcbglintegrations": None,
    "wayland-shell-integration": None,
    "wayland-decoration-client": None,
    "wayland-graphics-integration-client": None,
    "imageformats": {"qsvg", "qico"},  # the icon; csdesk shows no photos
    "iconengines": None,
    "printsupport": None,  # CUPS: printing appraisals
    "styles": None,  # Windows' and macOS' own styles
}
QT_TRANSLATIONS = {"qtbase_zh_CN.qm", "qtbase_zh_TW.qm"}  # English is Qt's own language
# Qt's own libraries that only the dropped plugins and modules use (named as on Linux,
# Windows and macOS: libQt6Network.so.6, Qt6Network.dll, QtNetwork.framework).
QT_LIBRARIES_DROPPED = re.compile(
    r"^(lib)?Qt6?(EglFSDeviceIntegration|EglFsKmsSupport|Network)(\.|$)"
)

# matplotlib's fonts: DejaVu Sans draws the charts (the CJK font is csdesk's own) and the
# BaKoMa "cm" fonts are mathtext's fallback, LastResort draws any glyph no font has;
# STIX, serif, mono and the AFM metrics go.
MPL_FONT = re.compile(
    r"(DejaVuSans(-\w+)?|DejaVuSansDisplay|cm\w+|LastResort\w*-\w+)\.ttf$|LICENSE_"
)

# Libraries of the Linux desktop that PyInstaller copies from the build machine. Taken
# from the system instead (the .deb depends on their packages): they must match the
# running desktop (X server, D-Bus, GLib main loop, CUPS daemon), and they are on every
# desktop that can show Qt. OpenSSL too, so that its security updates reach csdesk; and
# the C++ runtime, as a bundled one older than the system's breaks its OpenGL drivers.
# SQLite, libffi and zlib stay bundled: csdesk's behaviour depends on their versions.
SYSTEM_LIBRARIES = re.compile(
    r"^lib(X\w*|xcb[\w-]*|xkbcommon[\w-]*|glib-2\.0|gio-2\.0|gobject-2\.0|gmodule-2\.0"
    r"|gthread-2\.0|dbus-1|fontconfig|freetype|expat|png16|harfbuzz|graphite2|brotli\w*"
    r"|cups|avahi-\w+|gnutls|nettle|hogweed|gmp|p11-kit|tasn1|unistring|idn2|gcrypt"
    r"|gpg-error|systemd|lz4|cap|krb5\w*|k5crypto|gssapi_krb5|com_err|keyutils|mount"
    r"|blkid|selinux|pcre2-\w+|bsd|md|gtk-3|gdk-3|gdk_pixbuf-2\.0|atk[\w-]*|pango\w*-1\.0"
    r"|cairo(-gobject)?|pixman-1|fribidi|thai|datrie|jpeg|tiff|wayland-\w+|EGL|GL\w*"
    r"|epoxy|drm|gbm|jbig|Lerc|deflate|webp\w*|sharpyuv|zstd|ssl|crypto|stdc\+\+|gcc_s)"
    r"\.so[.\d]*$"
)


def _dropped(dest: str, platform: str) -> bool:
    """Whether a file bound for ``dest`` (a path inside the folder) is left out."""
    parts = dest.replace("\\", "/").split("/")
    if "__pycache__" in parts:  # the source tree's bytecode, copied with the migrations
        return True
    if parts[0] == "PySide6" and "plugins" in parts:  # PySide6/Qt/plugins on Linux
        folder, plugin = parts[parts.index("plugins") + 1], parts[-1]
        if folder not in QT_PLUGINS:
            return True
        kept = QT_PLUGINS[folder]
        stem = re.sub(r"^lib|\.(so|dll|dylib)$", "", plugin)
        return kept is not None and len(parts) > parts.index("plugins") + 2 and stem not in kept
    if parts[0] == "PySide6" and "translations" in parts:
        return parts[-1] not in QT_TRANSLATIONS
    if parts[0] == "PySide6" and any(QT_LIBRARIES_DROPPED.match(part) for part in parts):
        return True
    if parts[:2] == ["matplotlib", "mpl-data"] and len(parts) > 2:
        if parts[2] == "sample_data":
            return True
        if parts[2] == "fonts":
            return parts[3] != "ttf" or not MPL_FONT.search(parts[-1])
    if platform.startswith("linux") and len(parts) == 1:
        return bool(SYSTEM_LIBRARIES.match(parts[0]))
    return False


def kept(toc: Iterable[Any], platform: str) -> list[Any]:
    """Return PyInstaller's table ``toc`` without the entries left out on ``platform``.

    An entry is ``(dest_name, src_name, typecode)``; only its destination matters.
    """
    return [entry for entry in toc if not _dropped(entry[0], platform)]


def windows_version_info(product: Any) -> str:
    """The version resource PyInstaller stamps into csdesk.exe (Explorer's Details tab)."""
    numbers = product.version_tuple
    strings = {
        "CompanyName": product.publisher,
        "FileDescription": product.summary,
        "FileVersion": product.version,
        "InternalName": product.name,
        "LegalCopyright": f"© {product.publisher}",
        "OriginalFilename": f"{product.name}.exe",
        "ProductName": product.name,
        "ProductVersion": product.version,
    }
    table = ",\n          ".join(f"StringStruct({k!r}, {v!r})" for k, v in strings.items())
    return f"""VSVersionInfo(
  ffi=FixedFileInfo(filevers={numbers}, prodvers={numbers}, mask=0x3f, flags=0x0,
                    OS=0x40004, fileType=0x1, subtype=0x0, date=(0, 0)),
  kids=[
    StringFileInfo([StringTable('080404b0', [
          {table}])]),
    VarFileInfo([VarStruct('Translation', [0x0804, 1200])]),
  ]
)
"""
