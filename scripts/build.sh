#!/usr/bin/env bash
# Build the one-folder program with PyInstaller (dist/csdesk/), strip it, smoke-test it
# with a throwaway data folder, and pack the Linux installers: dist/csdesk_<version>_<arch>.deb
# and dist/csdesk-<version>-linux-<arch>.tar.gz. (`scripts/test-installed.sh` then installs
# the .deb and tests the installed program; CI runs both.)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
cd "$here/.."
"$here/system-deps.sh"
python="$("$here/venv.sh" build,server)"  # the frozen program joins servers too
"$python" -m PyInstaller --noconfirm --clean build.spec
"$python" packaging/strip_symbols.py dist/csdesk
"$python" packaging/icu_data.py dist/csdesk/_internal/PySide6/Qt/lib
# Modules loaded only on demand (a click, an import) must still be in the frozen archive.
for module in csdesk.ui.staff.trend_dialog matplotlib.backends.backend_qtagg openpyxl alembic.op \
              csdesk.reports.staff_list csdesk.reports.sign_in_sheet \
              csdesk.reports.training_matrix csdesk.reports.sections \
              csdesk.ui.complaints.complaints_page csdesk.ui.complaints.complaint_file csdesk.services.complaints.complaint_reports \
              chinese_calendar; do
  grep -q "'$module'" build/build/PYZ-00.toc || { echo "frozen build lacks $module" >&2; exit 1; }
done
for data in _internal/matplotlib/mpl-data _internal/resources/fonts/wqy-microhei.ttc \
            _internal/resources/i18n/csdesk_zh_CN.qm _internal/csdesk/data/migrations/versions \
            _internal/resources/icons/csdesk.svg _internal/PySide6/Qt/translations/qtbase_zh_CN.qm; do
  [ -e "dist/csdesk/$data" ] || { echo "frozen build lacks $data" >&2; exit 1; }
done
find dist/csdesk -name 'libpdfium*' -print -quit | grep -q .   # printing renders PDFs with PDFium
find dist/csdesk -name '_rl_accel*' -print -quit | grep -q .   # reportlab's C speed-ups
"$python" packaging/smoke_test.py --program dist/csdesk  # with CSDESK_TEST_PG: on the server too
echo "frozen folder: $(du -sm dist/csdesk | cut -f1) MB (budget 180 MB)"
"$python" packaging/linux/make_packages.py dist/csdesk build/icons dist
