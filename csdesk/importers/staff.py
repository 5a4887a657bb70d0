"""The staff import: fields, header synonyms, value words, and row checks.

A row becomes a dict of the fields the file provides; the service merges it with the
agent already on file (matched by employee number), so an empty cell never erases data.
"""

from __future__ import annotations

from typing import Any

from csdesk.common.i18n import translate
from csdesk.domain.staff import Channel, Level, Post, Status
from csdesk.importers import rows
from csdesk.importers.mapping import ColumnMap, Field
from csdesk.importers.rows import ImportRow
from csdesk.importers.tabular import Table
from csdesk.importers.values import build_synonyms, fold, parse_choice, parse_date, text

POST_WORDS = build_synonyms(
    {
        Post.PRE_SALES: ("售前", "售前客服", "pre-sales", "presales", "sales", "售前組"),
        Post.AFTER_SALES: ("售后", "售後", "售后客服", "售後客服", "after-sales", "aftersales"),
        Post.COMPLAINTS: (
            "投诉",
            "投訴",
            "投诉处理",
            "投訴處理",
            "客诉",
            "客訴",
            "complaint handling",
            "complaint",
        ),
        Post.TECH_SUPPORT: (
            "技术支持",
            "技術支援",
            "技術支持",
            "技术",
            "技術",
            "technical support",
            "tech support",
        ),
    }
)
LEVEL_WORDS = build_synonyms(
    {
        Level.JUNIOR: ("初级", "初級", "新人", "junior"),
        Level.INTERMEDIATE: ("中级", "中級", "intermediate", "middle"),
        Level.SENIOR: ("高级", "高級", "资深", "資深", "senior"),
    }
)
STATUS_WORDS = build_synonyms(
    {
        Status.ONBOARDING: (
            "入职中",
            "入職中",
            "培训中",
            "培訓中",
            "试用",
            "試用",
            "试用期",
            "試用期",
            "onboarding",
            "probation",
            "new",
        ),
        Status.ACTIVE: ("在职", "在職", "在岗", "在崗", "正式", "active", "current", "working"),
        Status.ON_LEAVE: ("休假", "请假", "請假", "停职", "停職", "on leave", "leave"),
        Status.LEFT: ("离职", "離職", "已离职", "已離職", "left", "former", "resigned"),
    }
)
CHANNEL_WORDS = build_synonyms(
    {
        Channel.CHAT: ("在线", "在線", "旺旺", "聊天", "im", "online", "在线客服", "在線客服"),
        Channel.PHONE: ("电话", "電話", "热线", "熱線", "phone", "call"),
        Channel.EMAIL: ("邮件", "郵件", "电子邮件", "電子郵件", "email", "mail"),
        Channel.SOCIAL: ("社交", "社群", "微信", "微博", "wechat", "social media"),
        Channel.VIDEO: ("视频", "視頻", "視訊", "直播", "video"),
    }
)
ACCOUNT_SEPARATOR = "|"


def parse_channels(value: Any) -> tuple[str, ...]:
    """Parse "chat, phone" or "在线/电话" into channel keys."""
    words = [w for w in _split(text(value), ",，、/;；") if w]
    what = translate("Import", "channel")
    return tuple(dict.fromkeys(parse_choice(w, CHANNEL_WORDS, what) for w in words))


def _split(raw: str, separators: str) -> list[str]:
    for sep in separators[1:]:
        raw = raw.replace(sep, separators[0])
    return [part.strip() for part in raw.split(separators[0])]


def parse_accounts(value: Any) -> tuple[tuple[str, str, str, Any, Any], ...]:
    """Parse sub-accounts: ``platform|shop|account|from|to`` entries separated by ``;``.

    Shop and dates may be left out: ``淘宝||店铺:小美`` or ``JD|旗舰店|jd_xm``. Colons are
    allowed in account names (Taobao sub-accounts are ``shop:name``).
    """
    entries = [e for e in _split(text(value).replace("\n", ";"), ";；") if e]
    out = []
    for entry in entries:
        parts = [p.strip() for p in entry.split(ACCOUNT_SEPARATOR)]
        if len(parts) < 2 or len(parts) > 5:
            raise ValueError(
                translate("Import", '"{value}" is not platform|shop|account|from|to.').format(
                    value=entry
                )
            )
        if len(parts) == 2:
            parts = [parts[0], "", parts[1]]
        parts += [""] * (5 - len(parts))
        platform, shop, account, start, end = parts
        out.append((platform, shop, account, parse_date(start), parse_date(end)))
    return tuple(out)


def format_accounts(accounts) -> str:
    """Write sub-accounts in the form ``parse_accounts`` reads."""

    def cell(a) -> str:
        dates = [
            a.valid_from.isoformat() if a.valid_from else "",
            a.valid_to.isoformat() if a.valid_to else "",
        ]
        parts = [a.platform, a.shop, a.account_name, *dates]
        while len(parts) > 3 and not parts[-1]:
            parts.pop()
        return ACCOUNT_SEPARATOR.join(parts)

    return "; ".join(cell(a) for a in accounts)


FIELDS: tuple[Field, ...] = (
    Field(
        "employee_no",
        lambda: translate("StaffFields", "Employee number"),
        (
            "工号",
            "工號",
            "员工编号",
            "員工編號",
            "员工号",
            "員工號",
            "编号",
            "編號",
            "employee number",
            "employee no",
            "emp no",
            "staff no",
            "staff id",
        ),
        required=True,
        parse=text,
    ),
    Field(
        "name",
        lambda: translate("StaffFields", "Name"),
        ("姓名", "名字", "员工姓名", "員工姓名", "客服姓名", "full name"),
        required=True,
        parse=text,
    ),
    Field(
        "post",
        lambda: translate("StaffFields", "Post"),
        ("岗位", "崗位", "职位", "職位", "position", "role"),
        parse=lambda v: parse_choice(v, POST_WORDS, translate("Import", "post")),
        help=lambda: (
            "pre_sales, after_sales, complaints, tech_support / 售前, 售后, 投诉, 技术支持"
        ),
    ),
    Field(
        "level",
        lambda: translate("StaffFields", "Level"),
        ("级别", "級別", "职级", "職級", "grade"),
        parse=lambda v: parse_choice(v, LEVEL_WORDS, translate("Import", "level")),
        help=lambda: "junior, intermediate, senior / 初级, 中级, 高级",
    ),
    Field(
        "status",
        lambda: translate("StaffFields", "Status"),
        ("状态", "狀態", "在职状态", "在職狀態", "employment status"),
        parse=lambda v: parse_choice(v, STATUS_WORDS, translate("Import", "status")),
        help=lambda: "onboarding, active, on_leave, left / 入职中, 在职, 休假, 离职",
    ),
    Field(
        "hire_date",
        lambda: translate("StaffFields", "Hire date"),
        ("入职日期", "入職日期", "入职时间", "入職時間", "hired", "start date", "joined"),
        parse=parse_date,
        help=lambda: "2026-03-01, 2026/3/1, 2026年3月1日",
    ),
    Field(
        "probation_end",
        lambda: translate("StaffFields", "End of probation"),
        ("转正日期", "轉正日期", "试用期结束", "試用期結束", "probation end", "probation"),
        parse=parse_date,
    ),
    Field(
        "left_date",
        lambda: translate("StaffFields", "Leaving date"),
        ("离职日期", "離職日期", "离职时间", "離職時間", "leaving date", "left on", "end date"),
        parse=parse_date,
    ),
    Field(
        "left_reason",
        lambda: translate("StaffFields", "Leaving reason"),
        ("离职原因", "離職原因", "leaving reason", "reason for leaving"),
        parse=text,
    ),
    Field(
        "mentor_no",
        lambda: translate("StaffFields", "Mentor (employee number)"),
        ("导师工号", "導師工號", "导师", "導師", "师傅", "師傅", "mentor", "mentor no"),
        parse=text,
    ),
    Field(
        "phone",
        lambda: translate("StaffFields", "Phone"),
        ("电话", "電話", "手机", "手機", "联系电话", "聯繫電話", "mobile", "telephone"),
        parse=text,
    ),
    Field(
        "channels",
        lambda: translate("StaffFields", "Channels"),
        ("渠道", "服务渠道", "服務渠道", "channel"),
        parse=parse_channels,
        help=lambda: "chat, phone, email, social, video",
    ),
    Field(
        "accounts",
        lambda: translate("StaffFields", "Platform sub-accounts"),
        ("子账号", "子帳號", "平台账号", "平台帳號", "旺旺", "sub-accounts", "sub accounts"),
        parse=parse_accounts,
        help=lambda: "platform|shop|account|from|to; ...",
    ),
    Field(
        "notes",
        lambda: translate("StaffFields", "Notes"),
        ("备注", "備註", "说明", "說明", "remarks", "comment"),
        parse=text,
    ),
)


def read_rows(table: Table, columns: ColumnMap) -> tuple[list[ImportRow], list[tuple[int, str]]]:
    """Parse every row; return the good rows and (line, reason) for every problem."""
    by_key = {f.key: f for f in FIELDS}
    first_line: dict[str, int] = {}

    def check(values: dict[str, Any], line: int, _failed: set[str]) -> list[str]:
        found = [
            translate("Import", "{field} is empty.").format(field=by_key[key].label())
            for key in ("employee_no", "name")
            if not values.get(key)
        ]
        number = values.get("employee_no")
        if number:
            folded = fold(number)
            if folded in first_line:
                found.append(
                    translate("Import", "Employee number {no} is also on line {line}.").format(
                        no=number, line=first_line[folded]
                    )
                )
            else:
                first_line[folded] = line
        return found

    return rows.read_rows(table, columns, FIELDS, check)
