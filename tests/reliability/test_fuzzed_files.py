"""Hypothesis-made files for every import kind (issue 17, part 5).

Each is a message or a clean import, never a traceback, and nothing is written when
the file is refused.
"""

from __future__ import annotations

import sqlite3
import tempfile
from contextlib import closing
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from csdesk.services.database import open_database
from csdesk.services.errors import UserError
from csdesk.services.kinds import FILE_KINDS, IMPORT_KINDS
from csdesk.services.staff import agent_changes
from csdesk.services.staff import agents as staff

pytestmark = pytest.mark.slow

HEADERS = {
    "staff": ["工号", "姓名", "岗位", "入职日期", "离职日期", "手机"],
    "training": ["工号", "课程", "日期", "成绩", "时长"],
    "complaints": ["投诉编号", "接收时间", "客户", "订单号", "优先级", "分类", "描述"],
    "conversations": ["会话ID", "客服账号", "开始时间", "首次响应时长", "满意度"],
    "summaries": ["客服昵称", "客户满意率", "日期"],
    "rota": ["工号", "日期", "班次"],
    "orders": ["统计日期", "店铺名称", "支付子订单数", "支付订单数", "支付金额"],
    "actions": ["标题", "来源", "负责人", "截止日期", "状态", "目标值", "检查月份"],
    "suggestions": ["日期", "提出人", "建议", "状态", "原因", "奖励", "积分"],
}
CELLS = st.one_of(
    st.text(max_size=12),
    st.sampled_from(
        [
            "",
            "0000-00-00",
            "1899-12-30",
            "0001-01-01",
            "2026-13-45",
            "=1+1",
            "-",
            "NaN",
            "1e309",
            "CS1",
            "售前",
            "满意",
            "M",
            "2026-10-02 10:00:00",
            "99999999999",
            "\x00",
        ]
    ),
)


def table_text(header: list[str], rows: list[list[str]]) -> str:
    def cell(value: str) -> str:
        return '"' + value.replace('"', '""') + '"'

    return "\r\n".join(",".join(cell(v) for v in line) for line in [header, *rows])


def fingerprint(path: Path) -> list[tuple[str, int]]:
    with closing(sqlite3.connect(path)) as conn:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        return [(t, conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0]) for t in tables]


@pytest.fixture(scope="module")
def shop_file(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("fuzz") / "shop.sqlite3"
    db = open_database(path)
    agent_changes.create_agent(db, staff.AgentData("CS1", "王婷"))
    db.close()
    return path


@pytest.mark.parametrize("kind", IMPORT_KINDS)
@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.data())
def test_a_fuzzed_file_is_imported_or_refused_cleanly(kind, data, shop_file):
    header = HEADERS[kind]
    rows = data.draw(st.lists(st.lists(CELLS, min_size=0, max_size=len(header) + 2), max_size=6))
    encoding = data.draw(st.sampled_from(["utf-8", "utf-8-sig", "gb18030", "utf-16"]))
    text = table_text(header, rows)
    try:
        raw = text.encode(encoding)
    except UnicodeEncodeError:
        raw = text.encode("utf-8")
    if data.draw(st.booleans()):
        cut = data.draw(st.integers(0, len(raw)))
        raw = raw[:cut] + data.draw(st.binary(max_size=8)) + raw[cut:]
    run_import = FILE_KINDS[kind].run_import
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "fuzz.csv"
        path.write_bytes(raw)
        before = fingerprint(shop_file)
        db = open_database(shop_file, "import")
        refused = False
        try:
            extra = {"skip_unknown": False} if kind in ("conversations", "summaries") else {}
            run_import(db, path, [], False, **extra)
        except UserError as exc:
            refused = True
            assert exc.full_text().strip()
        finally:
            db.close()
        if refused:
            assert fingerprint(shop_file) == before  # all or nothing
