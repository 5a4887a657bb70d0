"""The rota import: one line per agent per day, with the day's shift codes or leave.

Such files are the shop's old rota spreadsheet, or a week csdesk exported and someone
edited. A line names the agent (employee number or name) and the date; the shift
column holds codes ("M", "M+E") and may hold a leave word instead ("年假", "sick");
a leave column may give the leave separately. A line with neither is a day off, so
a re-imported export clears the days that were emptied in the spreadsheet.
"""

from __future__ import annotations

from typing import Any

from csdesk.common.i18n import translate
from csdesk.common.rota_labels import leave_words
from csdesk.importers import rows
from csdesk.importers.mapping import ColumnMap, Field
from csdesk.importers.rows import ImportRow
from csdesk.importers.tabular import Table
from csdesk.importers.values import fold, parse_choice, parse_date, text


def _required_date(value: Any):
    found = parse_date(value)
    if found is None:
        raise ValueError(translate("Import", "the date is empty."))
    return found


def _leave(value: Any) -> str:
    words = {fold(word): str(kind) for word, kind in leave_words().items()}
    return parse_choice(value, words, translate("Import", "leave"))


FIELDS: tuple[Field, ...] = (
    Field(
        "employee_no",
        lambda: translate("RotaFields", "Employee number"),
        ("工号", "工號", "员工编号", "員工編號", "编号", "編號", "employee number", "employee no",
         "staff no"),
        parse=text,
        help=lambda: translate("RotaFields", "employee number or name is needed"),
    ),
    Field(
        "name",
        lambda: translate("RotaFields", "Name"),
        ("姓名", "名字", "员工姓名", "員工姓名", "客服", "agent"),
        parse=text,
    ),
    Field(
        "date",
        lambda: translate("RotaFields", "Date"),
        ("日期", "排班日期", "上班日期", "day", "date"),
        required=True,
        parse=_required_date,
        help=lambda: "2026-11-23, 2026/11/23, 2026年11月23日",
    ),
    Field(
        "shift",
        lambda: translate("RotaFields", "Shift"),
        ("班次", "班别", "班別", "排班", "shift code", "shifts", "code"),
        parse=text,
        help=lambda: translate("RotaFields", "shift codes such as M or M+E; empty: day off"),
    ),
    Field(
        "leave",
        lambda: translate("RotaFields", "Leave type"),
        ("假别", "假別", "请假", "請假", "假期", "leave type", "absence"),
        parse=_leave,
        help=lambda: "annual, sick, personal, other / 年假, 病假, 事假",
    ),
)  # fmt: skip


def read_rows(table: Table, columns: ColumnMap) -> tuple[list[ImportRow], list[tuple[int, str]]]:
    """Parse every row; return the good rows and (line, reason) for every problem."""
    first_line: dict[tuple[str, object], int] = {}

    def check(values: dict[str, Any], line: int, failed: set[str]) -> list[str]:
        found = []
        if not values.get("employee_no") and not values.get("name"):
            found.append(translate("Import", "Give the employee number or the name."))
        if "date" not in values and "date" not in failed:
            found.append(translate("Import", "{field} is empty.").format(field=FIELDS[2].label()))
        if found or failed:
            return found
        who = values.get("employee_no") or values.get("name") or ""
        identity = (who.casefold(), values["date"])
        if identity in first_line:
            found.append(
                translate("Import", "The same agent and day are also on line {line}.").format(
                    line=first_line[identity]
                )
            )
        else:
            first_line[identity] = line
        return found

    return rows.read_rows(table, columns, FIELDS, check)
