#!/usr/bin/env bash
# Install the Debian/Ubuntu packages csdesk needs to run and test (Qt offscreen/xcb, fonts,
# PDF tools; the desktop entry's validator and dpkg-shlibdeps, which the packaging tests
# and the .deb's build use). Needs root; does nothing when everything is present.
set -euo pipefail
packages=(
  python3 python3-venv python3-pip
  libegl1 libgl1 libglib2.0-0 libdbus-1-3 libfontconfig1 libfreetype6 libxkbcommon0
  libxkbcommon-x11-0 libx11-6 libx11-xcb1 libxcb-cursor0 libxcb-icccm4 libxcb-image0
  libxcb-keysyms1 libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1
  libwayland-client0 libwayland-cursor0 libwayland-egl1
  fonts-wqy-microhei poppler-utils binutils desktop-file-utils dpkg-dev chrpath
)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi
if ! command -v apt-get >/dev/null; then
  echo "Please install: ${missing[*]}" >&2
  exit 1
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  SUDO="sudo"
  echo "csdesk needs these system packages to show its window and print: ${missing[*]}" >&2
  echo "Installing them with apt-get; sudo may ask for your password." >&2
fi
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
