"""The fields of a shop's paid-orders export (生意参谋, 抖店, 京东商智), per day or month.

Back offices name the same count several ways (支付子订单数, 支付订单数, 订单数); a file
often carries two of them. The first in ``ORDER_COLUMNS_BY_PREFERENCE`` is used and the
others are left out, so that a real export imports without a column map.
"""

from __future__ import annotations

from collections.abc import Sequence

from csdesk.common.i18n import translate
from csdesk.importers.mapping import IGNORE, Field
from csdesk.importers.measures import parse_money
from csdesk.importers.summaries import parse_period
from csdesk.importers.values import fold, parse_count, text

#: Headers of the paid-orders count, the one to use first.
ORDER_COLUMNS_BY_PREFERENCE = (
    "支付子订单数", "支付子訂單數", "支付订单数", "支付訂單數", "支付订单量", "支付訂單量",
    "成交订单数", "成交訂單數", "订单数", "訂單數", "订单量", "paid sub orders",
    "paid orders", "orders", "order count",
)  # fmt: skip

FIELDS: tuple[Field, ...] = (
    Field("store", lambda: translate("Import", "Shop"),
          ("店铺", "店铺名称", "店铺名", "店鋪", "店鋪名稱", "门店", "shop", "store",
           "shop name", "store name")),
    Field("period", lambda: translate("Import", "Day or month"),
          ("日期", "统计日期", "統計日期", "统计时间", "統計時間", "月份", "统计月份", "統計月份",
           "date", "day", "month", "period"), True, parse_period),
    Field("orders", lambda: translate("Import", "Paid orders"),
          ORDER_COLUMNS_BY_PREFERENCE, True, parse_count),
    Field("buyers", lambda: translate("Import", "Paying buyers"),
          ("支付买家数", "支付買家數", "成交买家数", "成交買家數", "paying buyers", "buyers"),
          False, parse_count),
    Field("amount", lambda: translate("Import", "Paid amount"),
          ("支付金额", "支付金額", "成交金额", "成交金額", "销售额", "銷售額", "paid amount",
           "gmv", "sales"), False, parse_money),
)  # fmt: skip


def preferred_columns(header: Sequence[str]) -> dict[str, str]:
    """Column overrides that leave out all but the preferred paid-orders column."""
    rank = {fold(word): n for n, word in enumerate(ORDER_COLUMNS_BY_PREFERENCE)}
    found = sorted((rank[fold(text(h))], h) for h in header if fold(text(h)) in rank)
    return {name: IGNORE for _rank, name in found[1:]}
