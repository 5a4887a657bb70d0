"""The fields of a suggestions file (合理化建议), as csdesk exports it or a supervisor keeps it."""

from __future__ import annotations

from typing import Any

from csdesk.common.i18n import translate
from csdesk.domain.suggestions import SuggestionStatus
from csdesk.importers.actions import month_text, required_day
from csdesk.importers.mapping import Field
from csdesk.importers.measures import parse_money
from csdesk.importers.values import build_synonyms, parse_choice, parse_count, text

STATUS = build_synonyms(
    {
        SuggestionStatus.NEW: ("new", "新建", "新", "待处理", "待處理", "新建立"),
        SuggestionStatus.UNDER_REVIEW: ("under_review", "under review", "评审中", "評審中",
                                        "审核中", "審核中"),
        SuggestionStatus.ADOPTED: ("adopted", "采纳", "採納", "已采纳", "已採納"),
        SuggestionStatus.REJECTED: ("rejected", "未采纳", "未採納", "不采纳", "不採納", "驳回",
                                    "駁回"),
    }
)  # fmt: skip


def _status(value: Any) -> str:
    return parse_choice(value, STATUS, translate("Import", "status"))


FIELDS: tuple[Field, ...] = (
    Field("received_on", lambda: translate("Import", "Day"),
          ("日期", "提出日期", "date", "day", "received on"), True, required_day),
    Field("from", lambda: translate("Import", "From"),
          ("提出人", "建议人", "建議人", "工号", "工號", "from", "by"), True, text),
    Field("text", lambda: translate("Import", "Suggestion"),
          ("建议", "建議", "内容", "內容", "建议内容", "suggestion", "text"), True, text),
    Field("area", lambda: translate("Import", "Area"), ("领域", "領域", "类别", "類別", "area"),
          False, text),
    Field("status", lambda: translate("Import", "Status"), ("状态", "狀態", "status"), False,
          _status),
    Field("reason", lambda: translate("Import", "Reason or decision"),
          ("原因", "决定", "決定", "处理意见", "reason", "decision"), False, text),
    Field("reward", lambda: translate("Import", "Reward"),
          ("奖励", "獎勵", "奖金", "獎金", "reward"), False, parse_money),
    Field("reward_month", lambda: translate("Import", "Month the reward is paid"),
          ("奖励月份", "獎勵月份", "发放月份", "reward month"), False, month_text),
    Field("points", lambda: translate("Import", "Points"), ("积分", "積分", "points"), False,
          parse_count),
)  # fmt: skip
