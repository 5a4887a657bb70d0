#!/usr/bin/env bash
# Pack csdesk.app into a compressed disk image with a link to Applications, so the owner
# drags the program across. macOS only (hdiutil); run by .github/workflows/installers.yml.
#   packaging/macos/make_dmg.sh dist/csdesk.app dist/csdesk-<version>-macos-arm64.dmg
set -euo pipefail
app="$1"
dmg="$2"
stage="$(mktemp -d)"
trap 'rm -rf "$stage"' EXIT
cp -R "$app" "$stage/"
ln -s /Applications "$stage/Applications"
# Not signed with a Developer ID here: an ad-hoc signature keeps Apple silicon willing to
# run it; Gatekeeper still asks the owner to confirm the first start (README says how).
codesign --force --deep --sign - "$stage/$(basename "$app")"
hdiutil create -volname csdesk -srcfolder "$stage" -ov -format UDZO "$dmg"
