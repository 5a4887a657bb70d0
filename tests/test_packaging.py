"""The installers' shared parts: icon, metadata, what the payload leaves out, the packages.

The frozen build itself is tested by ``scripts/build.sh`` (smoke test) and the installed
``.deb`` by ``scripts/test-installed.sh``, both in CI; these tests check the recipes fast,
on every run, with the real tools where the recipe depends on them.
"""

from __future__ import annotations

import ast
import os
import runpy
import shutil
import struct
import subprocess
import tarfile
from pathlib import Path

import pytest

import csdesk

ROOT = Path(__file__).resolve().parents[1]
PACKAGING = ROOT / "packaging"
DESKTOP_ENTRY = PACKAGING / "linux" / "csdesk.desktop"


def load(name: str) -> dict:
    """A packaging script's namespace (the folder is not a package, on purpose)."""
    return runpy.run_path(str(PACKAGING / name))


@pytest.fixture(scope="module")
def product():
    return load("product.py")["product"]()


@pytest.fixture(scope="module")
def icons(tmp_path_factory):
    return load("icons.py")["render_icons"](tmp_path_factory.mktemp("icons"))


def test_the_version_has_one_source(product):
    assert product.version == csdesk.__version__
    assert product.name == "csdesk"
    assert product.version_tuple[:3] == tuple(int(n) for n in csdesk.__version__.split("."))


def test_the_desktop_entry_is_valid_and_names_what_the_package_installs():
    done = subprocess.run(
        ["desktop-file-validate", str(DESKTOP_ENTRY)], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0 and not done.stdout.strip(), done.stdout + done.stderr
    entry = dict(
        line.split("=", 1)
        for line in DESKTOP_ENTRY.read_text(encoding="utf-8").splitlines()
        if "=" in line
    )
    assert entry["Exec"] == "csdesk" and entry["Icon"] == "csdesk"
    assert entry["Comment[zh_CN]"] and entry["Comment[zh_TW]"]
    assert "投诉" in entry["Comment[zh_CN]"] and "客訴" in entry["Comment[zh_TW]"]


def test_the_icon_is_rendered_at_every_size_for_every_system(icons):
    from PIL import Image

    for size in (16, 32, 48, 256, 512, 1024):
        with Image.open(icons[f"png{size}"]) as png:
            assert png.size == (size, size) and png.mode == "RGBA"
            assert png.getpixel((size // 2, size // 2))[3] == 255  # drawn, not empty
            assert png.getpixel((0, 0))[3] == 0  # the rounded corner stays clear
    with Image.open(icons["ico"]) as ico:
        assert {(16, 16), (32, 32), (48, 48), (256, 256)} <= ico.info["sizes"]
    with Image.open(icons["icns"]) as icns:
        assert (512, 512, 2) in icns.info["sizes"]


def test_the_window_carries_the_icon_and_the_desktop_entry_name(qapp):
    from csdesk.ui.app import create_application

    app = create_application()
    assert not app.windowIcon().isNull()
    assert not app.windowIcon().pixmap(32, 32).isNull()  # the SVG engine is there
    assert app.desktopFileName() == DESKTOP_ENTRY.stem


@pytest.mark.parametrize(
    ("dest", "platform", "dropped"),
    [
        ("PySide6/Qt/plugins/platforms/libqxcb.so", "linux", False),
        ("PySide6/Qt/plugins/platforms/libqwayland.so", "linux", False),
        ("PySide6/Qt/plugins/platforms/libqoffscreen.so", "linux", False),
        ("PySide6/Qt/plugins/platforms/libqvnc.so", "linux", True),
        ("PySide6/Qt/plugins/platforms/libqlinuxfb.so", "linux", True),
        ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", "linux", True),
        (
            "PySide6/Qt/plugins/platforminputcontexts/libibusplatforminputcontextplugin.so",
            "linux",
            False,
        ),
        ("PySide6/Qt/plugins/printsupport/libcupsprintersupport.so", "linux", False),
        ("PySide6/Qt/plugins/imageformats/libqsvg.so", "linux", False),
        ("PySide6/Qt/plugins/imageformats/libqtiff.so", "linux", True),
        ("PySide6/Qt/plugins/tls/libqopensslbackend.so", "linux", True),
        ("PySide6/Qt/plugins/generic/libqevdevtouchplugin.so", "linux", True),
        ("PySide6/Qt/lib/libQt6Network.so.6", "linux", True),
        ("PySide6/Qt/lib/libQt6Widgets.so.6", "linux", False),
        ("PySide6/Qt/translations/qtbase_zh_CN.qm", "linux", False),
        ("PySide6/Qt/translations/qtbase_de.qm", "linux", True),
        ("PySide6/plugins/platforms/qwindows.dll", "win32", False),
        ("PySide6/plugins/styles/qmodernwindowsstyle.dll", "win32", False),
        ("PySide6/plugins/imageformats/qwebp.dll", "win32", True),
        ("PySide6/Qt6Network.dll", "win32", True),
        ("matplotlib/mpl-data/fonts/ttf/DejaVuSans.ttf", "linux", False),
        ("matplotlib/mpl-data/fonts/ttf/DejaVuSans-Bold.ttf", "linux", False),
        ("matplotlib/mpl-data/fonts/ttf/LastResortHE-Regular.ttf", "linux", False),
        ("matplotlib/mpl-data/fonts/ttf/cmr10.ttf", "linux", False),
        ("matplotlib/mpl-data/fonts/ttf/DejaVuSansMono.ttf", "linux", True),
        ("matplotlib/mpl-data/fonts/ttf/STIXGeneral.ttf", "linux", True),
        ("matplotlib/mpl-data/fonts/afm/pagd8a.afm", "linux", True),
        ("matplotlib/mpl-data/sample_data/goog.npz", "linux", True),
        ("matplotlib/mpl-data/matplotlibrc", "linux", False),
        ("libX11.so.6", "linux", True),
        ("libglib-2.0.so.0", "linux", True),
        ("libcups.so.2", "linux", True),
        ("libssl.so.3", "linux", True),
        ("libstdc++.so.6", "linux", True),
        ("libpython3.11.so.1.0", "linux", False),
        ("libsqlite3.so.0", "linux", False),  # csdesk's behaviour depends on its version
        ("libffi.so.8", "linux", False),
        ("libssl-3-x64.dll", "win32", False),  # only Linux takes libraries from the system
        ("resources/fonts/wqy-microhei.ttc", "linux", False),
        ("resources/i18n/csdesk_zh_CN.ts", "linux", False),  # the command line reads them
        ("csdesk/data/migrations/versions/0001_initial.py", "linux", False),
        ("csdesk/data/migrations/versions/__pycache__/0001_initial.cpython-311.pyc", "win32", True),
    ],
)
def test_the_payload_keeps_what_csdesk_loads(dest, platform, dropped):
    kept = load("payload.py")["kept"]
    assert (kept([(dest, "/src", "BINARY")], platform) == []) == dropped


def test_the_windows_version_resource_is_pyinstallers_format(product):
    text = load("payload.py")["windows_version_info"](product)
    tree = ast.parse(text, mode="eval")  # PyInstaller evaluates it on Windows
    assert isinstance(tree.body, ast.Call) and tree.body.func.id == "VSVersionInfo"
    assert f"filevers={product.version_tuple}" in text
    assert f"'ProductVersion', '{product.version}'" in text


def _fake_program(folder: Path) -> Path:
    """A frozen folder's shape, with no libraries (dpkg-shlibdeps is tested apart)."""
    program = folder / "csdesk"
    (program / "_internal" / "resources").mkdir(parents=True)
    (program / "csdesk").write_text("#!/bin/sh\necho frozen\n", encoding="utf-8")
    (program / "csdesk").chmod(0o755)
    (program / "csdesk-cli").symlink_to("csdesk")
    (program / "_internal" / "resources" / "x.txt").write_text("x", encoding="utf-8")
    (program / "_internal" / "libexample.so.6").write_bytes(b"\x7fELF")
    (program / "_internal" / "libexample.so.6").chmod(0o755)  # as PyInstaller leaves them
    return program


@pytest.mark.skipif(shutil.which("dpkg-deb") is None, reason="Debian's dpkg-deb builds .debs")
def test_the_deb_installs_the_program_commands_menu_entry_and_icons(tmp_path, icons, product):
    make = load("linux/make_packages.py")
    deb = make["make_deb"](
        _fake_program(tmp_path),
        icons["png16"].parent,
        tmp_path / "out",
        depends="libc6 (>= 2.36), libx11-6",
    )
    assert deb.name == f"csdesk_{product.version}_{make['architecture']()}.deb"

    def field(name: str) -> str:
        return subprocess.run(
            ["dpkg-deb", "-f", str(deb), name], capture_output=True, text=True, check=True
        ).stdout.strip()

    assert field("Package") == "csdesk" and field("Version") == product.version
    assert field("Depends") == "libc6 (>= 2.36), libx11-6"
    assert int(field("Installed-Size")) > 0
    listing = subprocess.run(
        ["dpkg-deb", "-c", str(deb)], capture_output=True, text=True, check=True
    ).stdout
    lines = {
        line.split()[-1] if "->" not in line else line.split()[-3]: line.split()[:2]
        for line in listing.splitlines()
    }
    assert lines["./usr/bin/csdesk"][0] == "-rwxr-xr-x"
    assert lines["./usr/bin/csdesk-cli"][0] == "-rwxr-xr-x"
    assert lines["./opt/csdesk/csdesk-cli"][0].startswith("l")  # the link survives
    assert lines["./opt/csdesk/csdesk"][0] == "-rwxr-xr-x"
    assert lines["./opt/csdesk/_internal/libexample.so.6"][0] == "-rw-r--r--"
    assert lines["./usr/share/applications/csdesk.desktop"] == ["-rw-r--r--", "root/root"]
    for size in (16, 48, 256, 512):
        assert f"./usr/share/icons/hicolor/{size}x{size}/apps/csdesk.png" in lines
    assert "./usr/share/icons/hicolor/scalable/apps/csdesk.svg" in lines
    assert "./usr/share/doc/csdesk/copyright" in lines
    unpacked = tmp_path / "unpacked"
    subprocess.run(["dpkg-deb", "-x", str(deb), str(unpacked)], check=True)
    launcher = (unpacked / "usr" / "bin" / "csdesk-cli").read_text(encoding="utf-8")
    assert launcher == '#!/bin/sh\nexec /opt/csdesk/csdesk-cli "$@"\n'
    subprocess.run(["dpkg-deb", "-e", str(deb), str(tmp_path / "meta")], check=True)
    assert sorted(os.listdir(tmp_path / "meta")) == ["control"]  # no maintainer scripts


@pytest.mark.skipif(shutil.which("dpkg-shlibdeps") is None, reason="needs Debian's dpkg-dev")
def test_the_debs_dependencies_come_from_the_libraries_it_links(tmp_path):
    make = load("linux/make_packages.py")
    tree = tmp_path / "debian" / "csdesk"
    program = tree / "opt" / "csdesk" / "_internal"
    program.mkdir(parents=True)
    (tree / "DEBIAN").mkdir()
    sqlite = Path(__import__("_sqlite3").__file__)  # an extension linking system libraries
    shutil.copyfile(sqlite, program / sqlite.name)
    depends = make["shared_library_depends"](tree)
    assert "libc6 (>=" in depends


def test_the_portable_archive_unpacks_to_one_runnable_folder(tmp_path, icons, product):
    make = load("linux/make_packages.py")
    archive = make["make_tarball"](_fake_program(tmp_path), icons["png16"].parent, tmp_path)
    top = f"csdesk-{product.version}"
    with tarfile.open(archive) as tar:
        members = {member.name: member for member in tar.getmembers()}
    assert members[f"{top}/csdesk"].mode & 0o111
    assert members[f"{top}/csdesk-cli"].issym()
    assert {f"{top}/csdesk.desktop", f"{top}/csdesk.png"} <= set(members)
    assert all(member.uname == "root" for member in members.values())


def test_strip_leaves_the_libraries_auditwheel_grafted(tmp_path):
    strip = load("strip_symbols.py")
    elf = b"\x7fELF" + b"\0" * 60
    for name in ("PySide6/QtCore.abi3.so", "numpy.libs/libopenblas.so", "pkg/data.so.txt"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_bytes(elf if "txt" not in name else b"text")
    (tmp_path / "PySide6" / "link.so").symlink_to("QtCore.abi3.so")
    assert strip["libraries_to_strip"](tmp_path) == [tmp_path / "PySide6" / "QtCore.abi3.so"]


@pytest.mark.skipif(shutil.which("chrpath") is None, reason="Debian's chrpath")
@pytest.mark.parametrize(
    ("made_with", "left"),
    [
        ("$ORIGIN:/root/.pyenv/versions/3.11.7/lib", ["$ORIGIN"]),
        ("/root/.pyenv/versions/3.11.7/lib", None),
        ("$ORIGIN/../lib", ["$ORIGIN/../lib"]),
    ],
)
def test_the_build_machines_library_paths_are_forgotten(tmp_path, made_with, left):
    strip = load("strip_symbols.py")
    (tmp_path / "empty.s").write_text(".text\n", encoding="ascii")
    subprocess.run(["as", "-o", str(tmp_path / "empty.o"), str(tmp_path / "empty.s")], check=True)
    library = tmp_path / "libexample.so"
    subprocess.run(
        ["ld", "-shared", "-rpath", made_with, "-o", str(library), str(tmp_path / "empty.o")],
        check=True,
    )
    assert strip["search_path"](library) == made_with.split(":")
    assert strip["forget_build_paths"](library) == (left != made_with.split(":"))
    assert strip["search_path"](library) == left


def test_icu_common_data_survives_a_rebuild_item_for_item():
    icu = load("icu_data.py")
    header = struct.pack("<HBB", 32, 0xDA, 0x27) + b"\0" * 8 + b"CmnD" + b"\0" * 16
    named = [
        ("icudt73l/coll/root.res", b"r" * 40),
        ("icudt73l/coll/zh.res", b"z" * 17),
        ("icudt73l/gb18030.cnv", b"g" * 5),
    ]
    table = icu["rebuild"](header, named)
    again_header, again = icu["items"](table)
    assert again_header == header
    assert [(name, data.rstrip(b"\0")) for name, data in again] == named
    toc_count = struct.unpack_from("<I", table, len(header))[0]
    offsets = [
        struct.unpack_from("<II", table, len(header) + 4 + 8 * i)[1] for i in range(toc_count)
    ]
    assert all((len(header) + offset) % 16 == 0 for offset in offsets)  # ICU's alignment


@pytest.mark.parametrize(
    ("item", "kept"),
    [
        ("icudt73l/coll/zh.res", True),
        ("icudt73l/coll/ucadata.icu", True),
        ("icudt73l/gb18030.cnv", True),
        ("icudt73l/windows-950-2000.cnv", True),
        ("icudt73l/cnvalias.icu", True),
        ("icudt73l/nfkc.nrm", True),
        ("icudt73l/zoneinfo64.res", True),
        ("icudt73l/coll/ko.res", False),
        ("icudt73l/brkitr/cjdict.dict", False),
        ("icudt73l/translit/root.res", False),
        ("icudt73l/unit/de.res", False),
        ("icudt73l/curr/fr.res", False),
        ("icudt73l/de.res", False),
        ("icudt73l/ibm-1390_P110-2003.cnv", False),
    ],
)
def test_the_slim_icu_keeps_what_qt_asks_of_it(item, kept):
    assert bool(load("icu_data.py")["KEEP"].match(item)) == kept


def _wheel_icu_data() -> Path | None:
    import PySide6

    found = sorted((Path(PySide6.__file__).parent / "Qt" / "lib").glob("libicudata.so.*"))
    return next((path for path in found if not path.is_symlink()), None)


@pytest.mark.skipif(
    _wheel_icu_data() is None or shutil.which("ld") is None,
    reason="PySide6's Linux wheel and binutils",
)
def test_the_slim_icu_library_still_sorts_chinese_and_reads_gb18030(tmp_path):
    icu = load("icu_data.py")
    shutil.copyfile(_wheel_icu_data(), tmp_path / "libicudata.so.73")
    before, after = icu["slim"](tmp_path)  # raises when Qt's checks fail with it
    assert after < before / 5
    with pytest.raises(SystemExit, match="pinyin order"):  # and those checks can fail
        library = tmp_path / "libicudata.so.73"
        symbol, offset, size = icu["entry_point"](library)
        header, named = icu["items"](library.read_bytes()[offset : offset + size])
        no_collation = [(n, d) for n, d in named if "/coll/" not in n]
        icu["link"](
            icu["rebuild"](header, no_collation), symbol, library.name, tmp_path / "broken.so"
        )
        icu["check_with_qt"](tmp_path / "broken.so")


def test_the_windows_installer_keeps_its_identity_and_the_shop(product):
    script = (PACKAGING / "windows" / "csdesk.iss").read_text(encoding="utf-8")
    assert f"AppId={{{product.windows_app_id}" in script  # "{{" escapes the brace
    assert "PrivilegesRequired=lowest" in script
    assert "{autopf}" in script and "UninstallSilent" in script
    assert "MB_DEFBUTTON2" in script  # keeping the shop is the default answer
    for language in ("zh_CN", "zh_TW", "en"):
        assert f"{language}.DeleteShopData=" in script
    workflow = (ROOT / ".github" / "workflows" / "installers.yml").read_text(encoding="utf-8")
    for shared in (
        "build.spec",
        "packaging/smoke_test.py",
        "packaging/product.py",
        "packaging\\windows\\csdesk.iss",
        "packaging/macos/make_dmg.sh",
    ):
        assert shared in workflow
