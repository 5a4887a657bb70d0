"""The fields of an actions file (改进措施), as csdesk exports it or a supervisor types it."""

from __future__ import annotations

from typing import Any

from csdesk.common.action_labels import SOURCE_WORDS, STATUS_WORDS, source_labels, status_labels
from csdesk.common.i18n import speaking, translate
from csdesk.common.languages import SUPPORTED
from csdesk.importers.mapping import Field
from csdesk.importers.values import build_synonyms, parse_choice, parse_date, parse_number, text


def _words(words: dict[str, tuple[str, ...]], labels) -> dict[str, str]:
    table = {key: (key, *found) for key, found in words.items()}
    for code in SUPPORTED:
        with speaking(code):
            for key, label in labels().items():
                table[key] = (*table[key], label)
    return build_synonyms(table)


def _source(value: Any) -> str:
    return parse_choice(value, _words(SOURCE_WORDS, source_labels), translate("Import", "source"))


def _status(value: Any) -> str:
    return parse_choice(value, _words(STATUS_WORDS, status_labels), translate("Import", "status"))


def _kpi(value: Any) -> str:
    from csdesk.common.appraisal_labels import kpi_labels

    table: dict[str, tuple[str, ...]] = {}
    for code in SUPPORTED:
        with speaking(code):
            for key, label in kpi_labels().items():
                table[key] = (*table.get(key, (key,)), label)
    return parse_choice(value, build_synonyms(table), translate("Import", "KPI"))


def required_day(value: Any):
    """A date cell that must hold a day ("" is caught as missing before)."""
    day = parse_date(value)
    if day is None:
        raise ValueError(translate("Import", '"{value}" is not a date.').format(value=text(value)))
    return day


def month_text(value: Any) -> str:
    """A month cell as YYYY-MM."""
    from csdesk.domain.months import Month

    try:
        return str(Month.parse(text(value)))
    except ValueError:
        raise ValueError(
            translate("Import", '"{value}" is not a month (YYYY-MM).').format(value=text(value))
        ) from None


def _f(key: str, label, synonyms: tuple[str, ...], parse=text, required: bool = False) -> Field:
    return Field(key, label, synonyms, required, parse)


FIELDS: tuple[Field, ...] = (
    _f("title", lambda: translate("Import", "Action"),
       ("标题", "措施", "改进措施", "行动", "事项", "title", "action"), required=True),
    _f("source", lambda: translate("Import", "Source"), ("来源", "來源", "source"), _source),
    _f("source_ref", lambda: translate("Import", "Source reference"),
       ("关联", "關聯", "来源编号", "來源編號", "关联编号", "reference", "ref")),
    _f("owner", lambda: translate("Import", "Owner"),
       ("负责人", "負責人", "责任人", "責任人", "owner", "responsible"), required=True),
    _f("created_on", lambda: translate("Import", "Created on"),
       ("创建日期", "建立日期", "提出日期", "created", "created on"), required_day),
    _f("deadline", lambda: translate("Import", "Deadline"),
       ("截止日期", "期限", "完成期限", "deadline", "due", "due date"), required_day,
       required=True),
    _f("status", lambda: translate("Import", "Status"), ("状态", "狀態", "status"), _status),
    _f("description", lambda: translate("Import", "Description"),
       ("描述", "说明", "說明", "description", "details")),
    _f("expected", lambda: translate("Import", "Expected result"),
       ("预期效果", "預期效果", "预期结果", "expected", "expected result")),
    _f("kpi", lambda: translate("Import", "KPI"), ("指标", "指標", "kpi"), _kpi),
    _f("target", lambda: translate("Import", "KPI target"),
       ("目标值", "目標值", "target", "kpi target"), parse_number),
    _f("check_month", lambda: translate("Import", "Month to check"),
       ("检查月份", "檢查月份", "验证月份", "check month", "month to check"), month_text),
)  # fmt: skip
