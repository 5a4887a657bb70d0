"""The training import: one line per agent per session.

Such files are typed-up sign-in sheets or the shop's old training spreadsheet.

A row names the agent (employee number or name), the course (code or title) and the
date; the rest is optional. Rows are matched on agent + course + day, so re-importing
a file adds nothing twice.
"""

from __future__ import annotations

from typing import Any

from csdesk.common.i18n import translate
from csdesk.domain.training import Attendance, Format
from csdesk.importers import rows
from csdesk.importers.mapping import ColumnMap, Field
from csdesk.importers.rows import ImportRow
from csdesk.importers.tabular import Table
from csdesk.importers.values import (
    build_synonyms,
    parse_choice,
    parse_datetime,
    parse_number,
    parse_yes_no,
    text,
)

FORMAT_WORDS = build_synonyms(
    {
        Format.ONLINE: ("线上", "線上", "在线", "在線", "网课", "網課", "online", "remote"),
        Format.ON_SITE: ("线下", "線下", "现场", "現場", "面授", "集中培训", "集中培訓", "on site",
                         "onsite", "classroom", "in person"),
        Format.ROLE_PLAY: ("角色扮演", "情景演练", "情景演練", "演练", "演練", "role play",
                           "roleplay", "drill"),
        Format.RECORDING_REVIEW: ("录音复盘", "錄音複盤", "录音回听", "錄音回聽", "复盘", "複盤",
                                  "recording review", "call review"),
    }
)  # fmt: skip
ATTENDANCE_WORDS = build_synonyms(
    {
        Attendance.PRESENT: ("出席", "到", "已到", "参加", "參加", "签到", "簽到", "是", "yes",
                             "y", "1", "attended", "present", "√", "✓"),
        Attendance.ABSENT: ("缺席", "未到", "旷课", "曠課", "否", "no", "n", "0", "absent",
                            "missed", "×"),
        Attendance.EXCUSED: ("请假", "請假", "事假", "病假", "excused", "leave"),
    }
)  # fmt: skip


def _score(value: Any) -> float:
    score = parse_number(value)
    if not 0 <= score <= 100:
        raise ValueError(
            translate("Import", "{value} is not a score from 0 to 100.").format(value=text(value))
        )
    return score


def _hours(value: Any) -> float:
    hours = parse_number(value)
    if not 0 <= hours <= 200:
        raise ValueError(
            translate("Import", "{value} is not a number of hours.").format(value=text(value))
        )
    return hours


def _required_date(value: Any):
    found = parse_datetime(value)
    if found is None:
        raise ValueError(translate("Import", "the date is empty."))
    return found


FIELDS: tuple[Field, ...] = (
    Field(
        "employee_no",
        lambda: translate("TrainingFields", "Employee number"),
        ("工号", "工號", "员工编号", "員工編號", "编号", "編號", "employee number", "employee no",
         "staff no"),
        parse=text,
        help=lambda: translate("TrainingFields", "employee number or name is needed"),
    ),
    Field(
        "name",
        lambda: translate("TrainingFields", "Name"),
        ("姓名", "名字", "员工姓名", "員工姓名", "学员", "學員", "参训人", "參訓人", "agent"),
        parse=text,
    ),
    Field(
        "course",
        lambda: translate("TrainingFields", "Course (code or title)"),
        ("课程", "課程", "课程名称", "課程名稱", "培训课程", "培訓課程", "培训项目", "培訓項目",
         "培训内容", "培訓內容", "course code", "course title", "training"),
        required=True,
        parse=text,
        help=lambda: translate("TrainingFields", "an unknown course is added to the catalogue"),
    ),
    Field(
        "date",
        lambda: translate("TrainingFields", "Date"),
        ("日期", "培训日期", "培訓日期", "培训时间", "培訓時間", "时间", "時間", "training date",
         "session date", "when"),
        required=True,
        parse=_required_date,
        help=lambda: "2026-03-01, 2026/3/1 14:00, 2026年3月1日",
    ),
    Field(
        "trainer",
        lambda: translate("TrainingFields", "Trainer"),
        ("讲师", "講師", "培训师", "培訓師", "老师", "老師", "instructor", "teacher"),
        parse=text,
    ),
    Field(
        "format",
        lambda: translate("TrainingFields", "Format"),
        ("形式", "培训形式", "培訓形式", "方式", "培训方式", "培訓方式", "mode"),
        parse=lambda v: parse_choice(v, FORMAT_WORDS, translate("Import", "format")),
        help=lambda: "online, on_site, role_play, recording_review / 线上, 线下, 角色扮演, 复盘",
    ),
    Field(
        "hours",
        lambda: translate("TrainingFields", "Hours"),
        ("学时", "學時", "课时", "課時", "时长", "時長", "小时", "小時", "duration"),
        parse=_hours,
    ),
    Field(
        "attended",
        lambda: translate("TrainingFields", "Attendance"),
        ("出勤", "考勤", "签到", "簽到", "是否出席", "出席情况", "出席情況", "attendance",
         "present"),
        parse=lambda v: parse_choice(v, ATTENDANCE_WORDS, translate("Import", "attendance")),
        help=lambda: "present, absent, excused / 出席, 缺席, 请假",
    ),
    Field(
        "score",
        lambda: translate("TrainingFields", "Score"),
        ("成绩", "成績", "分数", "分數", "得分", "考核成绩", "考核成績", "mark", "result"),
        parse=_score,
        help=lambda: "0-100",
    ),
    Field(
        "passed",
        lambda: translate("TrainingFields", "Passed"),
        ("是否通过", "是否通過", "通过", "通過", "合格", "是否合格", "pass", "pass/fail"),
        parse=lambda v: parse_yes_no(v, translate("Import", "yes or no")),
        help=lambda: "yes, no / 是, 否, 通过, 未通过",
    ),
    Field(
        "comment",
        lambda: translate("TrainingFields", "Comment"),
        ("备注", "備註", "评语", "評語", "说明", "說明", "remarks", "notes"),
        parse=text,
    ),
)  # fmt: skip


def read_rows(table: Table, columns: ColumnMap) -> tuple[list[ImportRow], list[tuple[int, str]]]:
    """Parse every row; return the good rows and (line, reason) for every problem."""
    by_key = {f.key: f for f in FIELDS}
    first_line: dict[tuple[str, str, object], int] = {}

    def check(values: dict[str, Any], line: int, failed: set[str]) -> list[str]:
        found = []
        if not values.get("employee_no") and not values.get("name"):
            found.append(translate("Import", "Give the employee number or the name."))
        found += [
            translate("Import", "{field} is empty.").format(field=by_key[key].label())
            for key in ("course", "date")
            if key not in values and key not in failed
        ]
        if found or failed:
            return found
        who = values.get("employee_no") or values.get("name") or ""
        identity = (who.casefold(), values["course"].casefold(), values["date"].date())
        if identity in first_line:
            found.append(
                translate(
                    "Import", "The same agent, course and day are also on line {line}."
                ).format(line=first_line[identity])
            )
        else:
            first_line[identity] = line
        return found

    return rows.read_rows(table, columns, FIELDS, check)
