"""The fields of a conversation export, and the headers the platforms give them.

The synonyms cover the layouts of 千牛 (Taobao / Tmall), 飞鸽 (Douyin), JD's 咚咚,
Kuaishou, Pinduoduo and common help desks, in Simplified and Traditional Chinese and
English, so their files map without ``--map``.
"""

from __future__ import annotations

from typing import Any

from csdesk.common.i18n import translate
from csdesk.importers.mapping import Field
from csdesk.importers.measures import (
    parse_duration,
    parse_moment,
    parse_money,
    parse_rating,
)
from csdesk.importers.values import YES_NO, build_synonyms, fold, text

OUTCOME_WORDS = {
    **YES_NO,
    **build_synonyms(
        {
            "yes": ("已解决", "已解決", "解决", "解決", "solved", "resolved", "已接通", "接通",
                    "已接听", "已接聽", "answered", "成交", "已成交", "已转化", "已轉化",
                    "converted", "已下单", "已下單"),
            "no": ("未解决", "未解決", "unsolved", "unresolved", "未接通", "未接听", "未接聽",
                   "missed", "abandoned", "放弃", "放棄", "未成交", "未转化", "未轉化",
                   "未下单", "未下單"),
        }
    ),
}  # fmt: skip


def parse_outcome(value: Any) -> bool:
    """Yes/no words, and the outcome words exports use (已解决, 未接通, 已成交 ...)."""
    if isinstance(value, bool):
        return value
    if isinstance(value, int | float) and value in (0, 1):
        return bool(value)
    key = OUTCOME_WORDS.get(fold(text(value)))
    if key is None:
        raise ValueError(
            translate("Import", '"{value}" is not yes or no.').format(value=text(value))
        )
    return key == "yes"


def _f(key: str, label, synonyms: tuple[str, ...], parse=None, required=False, help_=None):
    return Field(
        key, label, synonyms, required, parse, help_ if help_ is not None else (lambda: "")
    )


def _durations() -> str:
    return translate("Import", 'seconds, "mm:ss", "h:mm:ss", "1分20秒", "80s"')


def _yes_no() -> str:
    return translate("Import", "是/否, Y/N, true/false, 1/0")


FIELDS: tuple[Field, ...] = (
    _f("conversation_id", lambda: translate("Import", "Conversation ID"),
       ("会话ID", "会话编号", "会话id", "對話ID", "會話ID", "会话标识", "咨询ID", "接待ID",
        "工单号", "工單號", "工单ID", "工单编号", "ticket", "ticket id", "session id",
        "chat id", "id"), required=True),
    _f("account", lambda: translate("Import", "Agent account"),
       ("客服账号", "客服帳號", "客服", "客服昵称", "客服暱稱", "旺旺昵称", "子账号", "子帳號",
        "客服子账号", "接待客服", "坐席", "坐席工号", "客服工号", "员工", "员工编号", "处理人",
        "處理人", "agent", "assignee", "account", "employee no"), required=True),
    _f("channel", lambda: translate("Import", "Channel"),
       ("渠道", "来源渠道", "接入渠道", "咨询渠道", "管道", "來源管道", "source")),
    _f("topic", lambda: translate("Import", "Topic"),
       ("咨询类型", "諮詢類型", "问题类型", "問題類型", "会话主题", "主题", "問題分類", "问题分类",
        "咨询分类", "category", "type", "subject")),
    _f("started_at", lambda: translate("Import", "Started at"),
       ("开始时间", "開始時間", "会话开始时间", "會話開始時間", "接入时间", "进线时间", "咨询时间",
        "创建时间", "建立時間", "start time", "started", "created at", "created"),
       parse_moment),
    _f("started_date", lambda: translate("Import", "Start date"),
       ("日期", "开始日期", "開始日期", "会话日期", "date", "start date")),
    _f("started_time", lambda: translate("Import", "Start time of day"),
       ("时间", "時間", "开始时刻", "開始時刻", "time", "time of day")),
    _f("ended_at", lambda: translate("Import", "Ended at"),
       ("结束时间", "結束時間", "会话结束时间", "會話結束時間", "end time", "ended", "closed at"),
       parse_moment),
    _f("answered", lambda: translate("Import", "Answered"),
       ("是否接起", "是否接通", "接通状态", "是否接听", "是否接聽", "answered"), parse_outcome,
       help_=_yes_no),
    _f("wait_seconds", lambda: translate("Import", "Wait (seconds)"),
       ("等待时长", "等待時長", "排队时长", "排隊時長", "振铃时长", "等待时间", "wait time",
        "queue time", "wait"), parse_duration, help_=_durations),
    _f("first_response_seconds", lambda: translate("Import", "First response (seconds)"),
       ("首次响应时长", "首次回應時長", "首响时长", "首次响应时间", "首响", "首次响应",
        "first response time", "first response", "frt"), parse_duration, help_=_durations),
    _f("avg_response_seconds", lambda: translate("Import", "Average response (seconds)"),
       ("平均响应时长", "平均回應時長", "平均响应时间", "平响", "平均响应", "average response time",
        "avg response time", "art"), parse_duration, help_=_durations),
    _f("handle_seconds", lambda: translate("Import", "Handling time (seconds)"),
       ("会话时长", "會話時長", "处理时长", "處理時長", "通话时长", "通話時長", "接待时长",
        "handle time", "handling time", "aht", "duration"), parse_duration, help_=_durations),
    _f("resolved", lambda: translate("Import", "Resolved"),
       ("是否解决", "是否解決", "解决状态", "解決狀態", "resolved", "solved"), parse_outcome,
       help_=_yes_no),
    _f("first_contact_resolved", lambda: translate("Import", "Resolved at first contact"),
       ("是否首次解决", "是否首次解決", "一次解决", "一次解決", "首次解决", "首问解决", "fcr",
        "first contact resolution", "first contact resolved"), parse_outcome, help_=_yes_no),
    _f("csat", lambda: translate("Import", "Satisfaction (1-5)"),
       ("满意度", "滿意度", "评价", "評價", "客户评价", "客戶評價", "满意度评价", "评价结果",
        "用户评价", "用戶評價", "买家评价", "買家評價", "顾客评价", "顧客評價", "服务评价",
        "csat", "rating", "satisfaction"), parse_rating,
       help_=lambda: translate("Import", "1-5, or satisfied / neutral / unsatisfied")),
    _f("converted", lambda: translate("Import", "Converted"),
       ("是否转化", "是否轉化", "是否成交", "是否下单", "是否下單", "转化", "成交", "converted"),
       parse_outcome, help_=_yes_no),
    _f("order_amount", lambda: translate("Import", "Order amount"),
       ("订单金额", "訂單金額", "成交金额", "成交金額", "下单金额", "支付金额", "order amount",
        "sales", "amount"), parse_money),
)  # fmt: skip

#: Fields a conversation needs; the start may come split into date and time of day.
NEEDED = ("conversation_id", "account")
