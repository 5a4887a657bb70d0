"""The fields of an agent-summary export (客服绩效), one row per account and day or month.

The headers are those of 千牛 / 生意参谋's 客服绩效 pages, 飞鸽's 客服数据 and JD's
咚咚 reports. Their files end with shop-level rows (店铺汇总值, 店铺平均值, 合计 ...),
which are no agent's and are skipped.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from csdesk.common.i18n import translate
from csdesk.domain.months import Month
from csdesk.importers.mapping import Field
from csdesk.importers.measures import parse_duration, parse_money, parse_percent
from csdesk.importers.values import fold, parse_count, parse_date, text

#: Account cells that mark a shop-level row (folded).
SHOP_ROWS = frozenset(
    fold(word)
    for word in ("店铺汇总值", "店铺平均值", "店鋪匯總值", "店鋪平均值", "合计", "合計", "总计",
                 "總計", "汇总", "匯總", "平均值", "平均", "均值", "团队汇总", "團隊匯總",
                 "全店", "total", "average", "sum")
)  # fmt: skip
_MONTH_ONLY = re.compile(r"^\s*\d{4}\s*[-/.年]\s*\d{1,2}\s*月?\s*$")


def parse_period(value: Any) -> tuple[date, date]:
    """A day ("2026-10-05") or a month ("2026-10", "2026年10月") as (first, last) day."""
    raw = text(value)
    if isinstance(value, str) and _MONTH_ONLY.match(raw):
        month = Month.parse(raw)
        return month.first_day, month.last_day
    day = parse_date(value)
    if day is None:
        raise ValueError(
            translate("Import", '"{value}" is not a day or a month.').format(value=raw)
        )
    return day, day


def _f(key: str, label, synonyms: tuple[str, ...], parse, required: bool = False) -> Field:
    return Field(key, label, synonyms, required, parse)


FIELDS: tuple[Field, ...] = (
    _f("account", lambda: translate("Import", "Agent account"),
       ("旺旺", "旺旺昵称", "旺旺暱稱", "客服昵称", "客服暱稱", "客服", "客服账号", "客服帳號",
        "子账号", "子帳號", "客服名称", "客服名稱", "昵称", "客服旺旺", "agent", "account",
        "employee no"), text, required=True),
    _f("period", lambda: translate("Import", "Day or month"),
       ("日期", "统计日期", "統計日期", "统计时间", "統計時間", "月份", "统计月份", "統計月份",
        "date", "day", "month", "period"), parse_period),
    _f("inquiries", lambda: translate("Import", "Inquiries"),
       ("咨询人数", "諮詢人數", "咨询量", "諮詢量", "咨询数", "inquiries", "consultations"),
       parse_count),
    _f("customers_served", lambda: translate("Import", "Customers served"),
       ("接待人数", "接待人數", "接待量", "接待数", "customers served", "served"), parse_count),
    _f("pre_sale_inquiries", lambda: translate("Import", "Pre-sale inquiries"),
       ("询单人数", "詢單人數", "询单数", "pre sale inquiries"), parse_count),
    _f("buyers", lambda: translate("Import", "Buyers"),
       ("询单最终付款人数", "最终付款人数", "最終付款人數", "付款人数", "付款人數", "成交人数",
        "成交人數", "下单人数", "buyers", "paying customers"), parse_count),
    _f("sales_amount", lambda: translate("Import", "Sales amount"),
       ("销售额", "銷售額", "客服销售额", "客服銷售額", "询单最终付款金额", "成交金额", "成交金額",
        "付款金额", "sales", "sales amount", "gmv"), parse_money),
    _f("conversion_rate", lambda: translate("Import", "Conversion rate"),
       ("询单转化率", "詢單轉化率", "询单-最终付款转化率", "转化率", "轉化率", "咨询转化率",
        "conversion rate", "conversion"), parse_percent),
    _f("avg_response_seconds", lambda: translate("Import", "Average response (seconds)"),
       ("平均响应时长", "平均回應時長", "平均响应时间", "平均响应(秒)", "平均响应（秒）", "平响",
        "average response time", "avg response time"), parse_duration),
    _f("first_response_seconds", lambda: translate("Import", "First response (seconds)"),
       ("首次响应时长", "首次回應時長", "首次响应时间", "首次响应(秒)", "首次响应（秒）",
        "首响时长", "first response time"), parse_duration),
    _f("reply_rate", lambda: translate("Import", "Reply rate"),
       ("回复率", "回覆率", "答问比", "reply rate"), parse_percent),
    _f("three_minute_reply_rate", lambda: translate("Import", "3-minute reply rate"),
       ("3分钟回复率", "3分鐘回覆率", "三分钟回复率", "三分鐘回覆率", "3分钟人工响应率",
        "3 minute reply rate", "three minute reply rate"), parse_percent),
    _f("satisfaction_rate", lambda: translate("Import", "Satisfaction rate"),
       ("客户满意率", "客戶滿意率", "全天满意率", "全天滿意率", "满意率", "滿意率", "满意度",
        "satisfaction rate", "csat rate"), parse_percent),
    _f("good_reviews", lambda: translate("Import", "Good reviews"),
       ("好评数", "好評數", "好评", "很满意数", "good reviews"), parse_count),
    _f("bad_reviews", lambda: translate("Import", "Bad reviews"),
       ("差评数", "差評數", "差评", "不满意数", "bad reviews"), parse_count),
    _f("refunds", lambda: translate("Import", "Refunds"),
       ("退款数", "退款數", "退款笔数", "退款筆數", "退款人数", "refunds"), parse_count),
)  # fmt: skip


def is_shop_row(account: Any) -> bool:
    """Whether an account cell names the shop's total or average, not an agent."""
    return fold(text(account)) in SHOP_ROWS
