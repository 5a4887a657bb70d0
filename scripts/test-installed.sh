#!/usr/bin/env bash
# Install the .deb that scripts/build.sh made, test the installed program as a shop owner
# would meet it, and remove it again: the user's data folder must survive the removal.
# Needs root (CI runs it after build.sh); changes this machine's installed packages.
#
#   scripts/test-installed.sh [dist/csdesk_<version>_<arch>.deb]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
cd "$here/.."
deb="${1:-$(ls dist/csdesk_*.deb | head -n 1)}"
python="$PWD/.venv/bin/python"  # build.sh's environment: pypdf for the smoke test
SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO="sudo"

# apt pulls the libraries the package depends on (dpkg -i alone would not).
$SUDO apt-get install -y -qq --no-install-recommends "$PWD/$deb" >/dev/null
trap '$SUDO dpkg --purge csdesk >/dev/null 2>&1 || true' EXIT
dpkg-query -W -f='${Status} ${Version}\n' csdesk | grep -q "install ok installed"
desktop-file-validate /usr/share/applications/csdesk.desktop
[ -f /usr/share/icons/hicolor/256x256/apps/csdesk.png ]
[ -f /usr/share/icons/hicolor/scalable/apps/csdesk.svg ]

# Every smoke check (reports, imports, accounts, an older shop upgraded with its backup
# first, a newer shop refused untouched, the server) through the installed commands.
"$python" packaging/smoke_test.py --cli /usr/bin/csdesk-cli --gui /usr/bin/csdesk

# A shop in the user's own data folder (no CSDESK_DATA_DIR: where platformdirs puts it),
# for a throwaway user home.
home="$(mktemp -d)"
trap 'rm -rf "$home"; $SUDO dpkg --purge csdesk >/dev/null 2>&1 || true' EXIT
export HOME="$home" QT_QPA_PLATFORM=offscreen
unset CSDESK_DATA_DIR CSDESK_DB XDG_DATA_HOME
/usr/bin/csdesk-cli demo --agents 5 --months 2 >/dev/null
shop="$home/.local/share/csdesk/csdesk.sqlite3"
[ -f "$shop" ] || { echo "the demo shop is not in the user's data folder" >&2; exit 1; }
/usr/bin/csdesk --exit-when-ready
before="$(sha256sum "$shop")"

# Removing, even purging, the program leaves the shop where it was, unchanged.
$SUDO apt-get remove -y -qq csdesk >/dev/null
[ ! -e /opt/csdesk ] && [ ! -e /usr/bin/csdesk ] || { echo "files left after removal" >&2; exit 1; }
$SUDO dpkg --purge csdesk >/dev/null 2>&1  # (apt forgets a removed package with no conffiles)
[ "$(sha256sum "$shop")" = "$before" ] || { echo "the shop changed on removal" >&2; exit 1; }

# Upgrade in place: an older package (the same program under a lower version, with one
# file the newer one no longer has) replaced by this one keeps the shop and leaves no file
# of the old behind.
old="$home/old"
mkdir -p "$old"
dpkg-deb -R "$deb" "$old/root"
version="$(dpkg-deb -f "$deb" Version)"
sed -i "s/^Version: .*/Version: ${version}~old1/" "$old/root/DEBIAN/control"
touch "$old/root/opt/csdesk/_internal/only-in-the-old-version"
dpkg-deb --root-owner-group -Zgzip -z1 --build "$old/root" "$old/csdesk-old.deb" >/dev/null
$SUDO apt-get install -y -qq --no-install-recommends "$old/csdesk-old.deb" >/dev/null
[ -e /opt/csdesk/_internal/only-in-the-old-version ]
/usr/bin/csdesk-cli check | grep -q "audit trail is intact"
$SUDO apt-get install -y -qq --no-install-recommends "$PWD/$deb" >/dev/null
[ "$(dpkg-query -W -f='${Version}' csdesk)" = "$version" ]
[ ! -e /opt/csdesk/_internal/only-in-the-old-version ] || { echo "old file left" >&2; exit 1; }
/usr/bin/csdesk-cli check | grep -q "audit trail is intact"
/usr/bin/csdesk --exit-when-ready
[ "$(sha256sum "$shop")" = "$before" ] || { echo "the upgrade changed the shop" >&2; exit 1; }
echo "installed package: tested, upgraded and removed; the user's shop kept"
