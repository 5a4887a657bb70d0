#!/usr/bin/env bash
# Build the one-folder installer payload with PyInstaller (dist/csdesk/) and smoke-test
# the frozen program with a throwaway data folder.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
cd "$here/.."
"$here/system-deps.sh"
python="$("$here/venv.sh" build,server)"  # the frozen program joins servers too
"$python" -m PyInstaller --noconfirm --clean build.spec
# Modules loaded only on demand (a click, an import) must still be in the frozen archive.
for module in csdesk.ui.staff.trend_dialog matplotlib.backends.backend_qtagg openpyxl alembic.op \
              csdesk.reports.staff_list csdesk.reports.sign_in_sheet \
              csdesk.reports.training_matrix csdesk.reports.sections \
              csdesk.ui.complaints.complaints_page csdesk.ui.complaints.complaint_file csdesk.services.complaints.complaint_reports \
              chinese_calendar; do
  grep -q "'$module'" build/build/PYZ-00.toc || { echo "frozen build lacks $module" >&2; exit 1; }
done
for data in _internal/matplotlib/mpl-data _internal/resources/fonts/wqy-microhei.ttc \
            _internal/resources/i18n/csdesk_zh_CN.qm _internal/csdesk/data/migrations/versions; do
  [ -e "dist/csdesk/$data" ] || { echo "frozen build lacks $data" >&2; exit 1; }
done
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
export CSDESK_DATA_DIR="$scratch/data" QT_QPA_PLATFORM=offscreen
cli=dist/csdesk/csdesk-cli
"$cli" --version
"$cli" demo --db "$scratch/shop.db" --agents 12 --months 6
"$cli" check --db "$scratch/shop.db"
"$cli" report staff --db "$scratch/shop.db" --out "$scratch/staff.pdf"
"$cli" --lang zh_CN import staff --fields >/dev/null
"$cli" export staff --db "$scratch/shop.db" --out "$scratch/staff.xlsx"
"$cli" import staff "$scratch/staff.xlsx" --db "$scratch/copy.db"
"$cli" export training --db "$scratch/shop.db" --out "$scratch/training.csv"
"$cli" import training "$scratch/training.csv" --db "$scratch/copy.db"
"$cli" --lang zh_CN report matrix --db "$scratch/shop.db" --out "$scratch/matrix.pdf"
"$cli" report training --db "$scratch/shop.db" --out "$scratch/training.pdf"
"$cli" export complaints --db "$scratch/shop.db" --out "$scratch/complaints.xlsx"
"$cli" import complaints "$scratch/complaints.xlsx" --db "$scratch/copy.db"
month="$(date -d "$(date +%Y-%m-01) -1 month" +%Y-%m)"
"$cli" --lang zh_CN report complaints --db "$scratch/shop.db" --month "$month" --out "$scratch/review.pdf"
printf '会话ID,客服账号,开始时间,首次响应时长,满意度\nF1,CS001,%s-02 10:00:00,0:30,满意\n' "$month" \
  > "$scratch/talks.csv"
"$cli" import conversations "$scratch/talks.csv" --db "$scratch/copy.db"
printf '客服昵称,客户满意率\nCS001,96%%\n合计,96%%\n' > "$scratch/summary.csv"
"$cli" import summaries "$scratch/summary.csv" --db "$scratch/copy.db" --period "$month"
"$cli" kpis --db "$scratch/copy.db" --month "$month" --agent CS001 --format csv | grep -q ",96,30,"
"$cli" --lang zh_CN report appraisal --db "$scratch/shop.db" --month "$month" --out "$scratch/appraisals.pdf"
pdftotext -l 1 "$scratch/appraisals.pdf" - | grep -q "团队汇总"   # -l 1: no SIGPIPE
pdftotext "$scratch/review.pdf" - | grep -q "投诉复盘"
pdftotext "$scratch/matrix.pdf" - | grep -q "培训矩阵"
pdftotext "$scratch/staff.pdf" - | grep -q "小美家居旗舰店"
pdffonts "$scratch/staff.pdf" | grep -q "WenQuanYi"
find dist/csdesk -name 'libpdfium*' -print -quit | grep -q .   # printing renders PDFs with PDFium
find dist/csdesk -name '_rl_accel*' -print -quit | grep -q .   # reportlab's C speed-ups
dist/csdesk/csdesk --db "$scratch/shop.db" --exit-when-ready
# accounts: argon2's compiled bindings must be frozen too; a protected shop refuses strangers
echo 'owner-password-1' | "$cli" users add boss --role owner --password-stdin --db "$scratch/shop.db" \
  | grep -q "Recovery code"
if "$cli" today --db "$scratch/shop.db" 2>/dev/null; then echo "unsigned today ran" >&2; exit 1; fi
CSDESK_PASSWORD=owner-password-1 "$cli" --user boss audit --db "$scratch/shop.db" --format csv \
  | grep -q ",boss,add,account,boss,role,,owner,"
"$cli" check --db "$scratch/shop.db" | grep -q "audit trail is intact"
CSDESK_USER=boss CSDESK_PASSWORD=owner-password-1 dist/csdesk/csdesk --db "$scratch/shop.db" --exit-when-ready
if [ -n "${CSDESK_TEST_PG:-}" ]; then  # the frozen driver: a shop on the test server
  url="$("$python" - <<'PY'
import os
import uuid

from sqlalchemy import create_engine
from sqlalchemy.engine import make_url

server = os.environ["CSDESK_TEST_PG"]
name = f"csdesk_frozen_{uuid.uuid4().hex[:8]}"
admin = create_engine(server, isolation_level="AUTOCOMMIT")
with admin.connect() as connection:
    connection.exec_driver_sql(f'CREATE DATABASE "{name}"')
print(make_url(server).set(database=name).render_as_string(hide_password=False))
PY
)"
  "$cli" move-to "$url" --db "$scratch/copy.db" 2>/dev/null | grep "$scratch/copy.db" >/dev/null
  "$cli" kpis --db "$url" --month "$month" --agent CS001 --format csv | grep -q ",96,30,"
  "$cli" backup --db "$url" --out "$scratch/from-server.sqlite3"
  "$cli" check --db "$scratch/from-server.sqlite3" | grep -q "audit trail is intact"
  dist/csdesk/csdesk --db "$url" --exit-when-ready
fi
echo "frozen build: smoke test passed"
