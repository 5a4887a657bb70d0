"""The shop's paid orders and the complaint rate divided by them (issue 20, §1)."""

from __future__ import annotations

from datetime import datetime

import pytest
from sqlalchemy import func, select

from csdesk.cli.main import main
from csdesk.data.orders import ShopOrders
from csdesk.domain.months import Month
from csdesk.services.complaints import case_changes
from csdesk.services.complaints import case_files as complaints
from csdesk.services.importing import ImportFailed
from csdesk.services.performance.order_files import file_columns, import_orders
from csdesk.services.performance.shop_orders import month_orders, months_orders
from csdesk.services.performance.team_kpis import PER_CONTACTS, PER_ORDERS, team_kpis
from tests.test_team_kpis import store

NOVEMBER = Month(2026, 11)
#: As 生意参谋 writes it: two order counts (sub-orders first), thousands separators.
DAILY = (
    "统计日期,店铺名称,支付买家数,支付子订单数,支付订单数,支付金额\n"
    '2026-11-01,小美家居旗舰店,"1,210","1,533","1,401","¥98,310.50"\n'
    "2026-11-02,小美家居旗舰店,1100,1467,1300,87000\n"
)


def write(tmp_path, text: str, name: str = "orders.csv", encoding: str = "utf-8"):
    path = tmp_path / name
    path.write_text(text, encoding=encoding)
    return path


def stored(db) -> int:
    with db.read() as session:
        return session.scalar(select(func.count()).select_from(ShopOrders))


def test_a_daily_export_imports_with_the_sub_order_count_and_again_adds_nothing(db, tmp_path):
    path = write(tmp_path, DAILY)
    assert [c.field for c in file_columns(path)] == [
        "period", "store", "buyers", "orders", None, "amount",
    ]  # fmt: skip
    first = import_orders(db, path)
    assert (first.created, first.ignored_columns) == (2, ["支付订单数"])
    assert month_orders(db, NOVEMBER) == 3000
    again = import_orders(db, path)
    assert (again.created, again.unchanged) == (0, 2)
    with db.read() as session:
        row = session.scalars(select(ShopOrders).order_by(ShopOrders.period_start)).first()
        assert (row.store, row.buyers, row.amount_cents) == ("小美家居旗舰店", 1210, 9831050)


def test_a_month_line_is_the_months_figure_not_added_to_its_days(db, tmp_path):
    import_orders(db, write(tmp_path, DAILY))
    month_file = write(tmp_path, "店铺,月份,订单数\n小美家居旗舰店,2026年11月,40000\n", "m.csv")
    import_orders(db, month_file)
    import_orders(db, write(tmp_path, "店铺,月份,订单数\n第二家店,2026-11,500\n", "s.csv"))
    assert month_orders(db, NOVEMBER) == 40500  # the month line, plus the second store
    assert month_orders(db, Month(2026, 10)) is None
    assert months_orders(db, [Month(2026, 10), NOVEMBER]) is None  # part of a span: none


@pytest.mark.parametrize(
    ("text", "encoding", "expected"),
    [
        ("日期,订单数\n2026-11-01,-3\n2026-11-02,abc\n2026-11-03,1.5\n", "utf-8",
         ["Line 2", "Line 3", "Line 4"]),
        ("日期,订单数\n2026-11-03,5\n2026-11-03,6\n", "gb18030", ["Line 3", "line 2"]),
        ("日期,支付金额\n2026-11-03,5\n", "utf-8", ["Paid orders"]),
        ("日期,订单数\n2026-13-45,5\n", "utf-8", ["Line 2"]),
        ("日期,订单数\n,5\n2026-11-02,\n", "utf-8",
         ["Line 2: Day or month is missing", "Line 3: Paid orders is missing"]),
    ],
)  # fmt: skip
def test_a_bad_orders_file_is_refused_by_line_and_nothing_is_written(
    db, tmp_path, text, encoding, expected
):
    with pytest.raises(ImportFailed) as failed:
        import_orders(db, write(tmp_path, text, encoding=encoding))
    told = "\n".join(failed.value.details)
    assert all(part in told for part in expected), told
    assert stored(db) == 0


def test_the_complaint_rate_is_per_thousand_orders_when_they_are_on_file(db, two_agents, tmp_path):
    store(db, [(two_agents[0], "旺旺", 5, 20.0, None, None)] * 200)
    for day in (3, 4, 5):
        case_changes.create_complaint(
            db, complaints.ComplaintData(datetime(2026, 11, day, 10, 0), customer="客户")
        )
    (team,) = team_kpis(db, NOVEMBER)
    assert team.complaint_basis == PER_CONTACTS
    assert team.values["complaint_rate"] == pytest.approx(15.0)  # 3 per 200 contacts
    import_orders(db, write(tmp_path, DAILY))
    (team,) = team_kpis(db, NOVEMBER)
    assert team.complaint_basis == PER_ORDERS
    assert team.values["complaint_rate"] == pytest.approx(1.0)  # 3 per 3,000 orders


def test_orders_import_and_the_team_line_say_what_the_rate_is_divided_by(
    db, db_path, tmp_path, capsys
):
    db.close()
    path = write(tmp_path, DAILY)
    assert main(["import", "orders", str(path), "--db", str(db_path)]) == 0
    assert "new: 2" in capsys.readouterr().out
    assert main(["kpis", "--month", "2026-11", "--team", "--db", str(db_path)]) == 0
    assert "per 1,000 paid orders" in capsys.readouterr().err
    assert main(["kpis", "--month", "2026-10", "--team", "--db", str(db_path)]) == 0
    assert "per 1,000 contacts" in capsys.readouterr().err
