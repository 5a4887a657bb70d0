"""The complaint import: one line per complaint, as help desks and spreadsheets export them.

Words of common help desks and of Chinese shops are understood for priorities,
statuses, channels and compensation; times may be cells, text or Excel numbers. Lines
are matched by reference, or by received time + order number + customer when there is
none, so a file re-imported adds nothing twice.
"""

from __future__ import annotations

from itertools import pairwise
from typing import Any

from csdesk.common.i18n import translate
from csdesk.domain.complaints import Compensation, ComplaintChannel, ComplaintStatus, Priority
from csdesk.importers import rows
from csdesk.importers.mapping import ColumnMap, Field
from csdesk.importers.rows import ImportRow
from csdesk.importers.tabular import Table
from csdesk.importers.values import (
    build_synonyms,
    fold,
    parse_choice,
    parse_datetime,
    parse_number,
    text,
)

PRIORITY_WORDS = build_synonyms(
    {
        Priority.URGENT: ("urgent", "critical", "highest", "blocker", "p0", "p1", "紧急", "緊急",
                          "特急", "加急", "高危"),
        Priority.IMPORTANT: ("important", "high", "major", "p2", "重要", "高", "较急", "較急"),
        Priority.NORMAL: ("normal", "medium", "low", "lowest", "minor", "p3", "p4", "普通", "一般",
                          "中", "低", "常规", "常規"),
    }
)  # fmt: skip
STATUS_WORDS = build_synonyms(
    {
        ComplaintStatus.NEW: ("new", "open", "unassigned", "待处理", "待處理", "新建", "未处理",
                              "未處理", "待受理", "新"),
        ComplaintStatus.ACKNOWLEDGED: ("acknowledged", "in progress", "working", "assigned",
                                       "处理中", "處理中", "已受理", "跟进中", "跟進中", "已确认",
                                       "已確認"),
        ComplaintStatus.SOLUTION_PROPOSED: ("solution proposed", "proposed", "awaiting approval",
                                            "已提出方案", "方案已提出", "待客户确认",
                                            "待客戶確認", "已给方案", "已給方案"),
        ComplaintStatus.WAITING_CUSTOMER: ("pending", "waiting for customer", "awaiting customer",
                                           "等待客户", "等待客戶", "待客户回复", "待客戶回覆"),
        ComplaintStatus.WAITING_COURIER: ("on hold", "hold", "waiting for courier",
                                          "waiting for warehouse", "等待快递", "等待快遞",
                                          "等待仓库", "等待倉庫", "挂起", "掛起"),
        ComplaintStatus.RESOLVED: ("resolved", "solved", "done", "fixed", "已解决", "已解決",
                                   "已处理", "已處理", "已完成"),
        ComplaintStatus.CLOSED: ("closed", "archived", "已关闭", "已關閉", "已结案", "已結案",
                                 "已完结", "已完結", "关闭", "關閉"),
    }
)  # fmt: skip
CHANNEL_WORDS = build_synonyms(
    {
        ComplaintChannel.CHAT: ("chat", "online chat", "im", "在线", "在線", "旺旺", "千牛", "咚咚",
                                "在线客服", "在線客服", "聊天"),
        ComplaintChannel.PHONE: ("phone", "call", "telephone", "hotline", "电话", "電話", "热线",
                                 "熱線"),
        ComplaintChannel.EMAIL: ("email", "e-mail", "mail", "邮件", "郵件", "电子邮件", "電子郵件"),
        ComplaintChannel.SOCIAL: ("social", "social media", "weibo", "wechat", "微博", "微信",
                                  "小红书", "小紅書", "社交媒体", "社交媒體"),
        ComplaintChannel.DISPUTE: ("dispute", "platform dispute", "平台纠纷", "平台糾紛", "纠纷",
                                   "糾紛", "维权", "維權", "平台介入", "小二介入"),
    }
)  # fmt: skip
COMPENSATION_WORDS = build_synonyms(
    {
        "": ("none", "no", "无", "無", "没有", "沒有"),
        Compensation.REFUND: ("refund", "退款", "部分退款", "全额退款", "全額退款", "退差价",
                              "退差價"),
        Compensation.COUPON: ("coupon", "voucher", "优惠券", "優惠券", "代金券", "红包", "紅包"),
        Compensation.RESHIP: ("reship", "re-ship", "resend", "补发", "補發", "重发", "重發"),
        Compensation.EXCHANGE: ("exchange", "replacement", "换货", "換貨", "换新", "換新"),
        Compensation.GIFT: ("gift", "赠品", "贈品", "礼品", "禮品", "小礼物", "小禮物"),
    }
)  # fmt: skip


def _moment(value: Any):
    return parse_datetime(value)


def _required_moment(value: Any):
    found = parse_datetime(value)
    if found is None:
        raise ValueError(translate("Import", "the date is empty."))
    return found


def _satisfaction(value: Any) -> int:
    number = parse_number(
        text(value).replace("星", "").replace("分", "") if isinstance(value, str) else value
    )
    if number != int(number) or not 1 <= number <= 5:
        raise ValueError(
            translate("Import", "{value} is not a satisfaction from 1 to 5.").format(
                value=text(value)
            )
        )
    return int(number)


def _amount(value: Any) -> int:
    cleaned = text(value).replace("¥", "").replace("￥", "").replace("元", "").strip()
    number = parse_number(cleaned if isinstance(value, str) else value)
    if not 0 <= number <= 1_000_000:
        raise ValueError(
            translate("Import", "{value} is not an amount of money.").format(value=text(value))
        )
    return round(number * 100)


def _channel(value: Any) -> str:
    """A known channel's key, or the channel as written (added as given)."""
    written = text(value)
    return CHANNEL_WORDS.get(fold(written), written[:40])


FIELDS: tuple[Field, ...] = (
    Field("ref", lambda: translate("ComplaintFields", "Reference"),
          ("编号", "編號", "投诉编号", "投訴編號", "工单号", "工單號", "单号", "reference",
           "ticket", "ticket id", "case number", "id"),
          parse=text, help=lambda: "TS-2026-00042"),
    Field("received_at", lambda: translate("ComplaintFields", "Received at"),
          ("接收时间", "接收時間", "投诉时间", "投訴時間", "创建时间", "建立時間", "登记时间",
           "登記時間", "received", "created", "created at", "date"),
          required=True, parse=_required_moment, help=lambda: "2026-11-16 10:30"),
    Field("platform", lambda: translate("ComplaintFields", "Platform"),
          ("平台", "渠道平台", "platform"), parse=text),
    Field("shop", lambda: translate("ComplaintFields", "Shop"),
          ("店铺", "店鋪", "店名", "shop", "store"), parse=text),
    Field("channel", lambda: translate("ComplaintFields", "Channel"),
          ("渠道", "来源", "來源", "投诉渠道", "投訴渠道", "via", "source"),
          parse=_channel, help=lambda: "chat, phone, email, social, dispute / 在线, 电话 …"),
    Field("customer", lambda: translate("ComplaintFields", "Customer"),
          ("客户", "客戶", "顾客", "顧客", "买家", "買家", "客户昵称", "客戶暱稱", "requester",
           "customer name", "buyer"), parse=text),
    Field("contact", lambda: translate("ComplaintFields", "Contact"),
          ("联系方式", "聯絡方式", "电话号码", "電話號碼", "手机", "手機", "contact", "phone",
           "email address"), parse=text),
    Field("order_no", lambda: translate("ComplaintFields", "Order number"),
          ("订单号", "訂單號", "订单编号", "訂單編號", "order", "order id", "order number"),
          parse=text),
    Field("product", lambda: translate("ComplaintFields", "Product"),
          ("商品", "产品", "產品", "宝贝", "寶貝", "商品名称", "商品名稱", "item"), parse=text),
    Field("category", lambda: translate("ComplaintFields", "Category"),
          ("类别", "類別", "投诉类别", "投訴類別", "分类", "分類", "问题类型", "問題類型", "type"),
          parse=text, help=lambda: translate("ComplaintFields", "an unknown one is added")),
    Field("subcategory", lambda: translate("ComplaintFields", "Subcategory"),
          ("子类别", "子類別", "细分类", "細分類", "二级分类", "二級分類", "sub type"), parse=text),
    Field("priority", lambda: translate("ComplaintFields", "Priority"),
          ("优先级", "優先級", "紧急程度", "緊急程度", "级别", "級別", "urgency"),
          parse=lambda v: parse_choice(v, PRIORITY_WORDS, translate("Import", "priority")),
          help=lambda: "urgent, important, normal / critical, high, low / 紧急, 重要, 普通"),
    Field("description", lambda: translate("ComplaintFields", "Description"),
          ("描述", "问题描述", "問題描述", "投诉内容", "投訴內容", "内容", "內容", "subject",
           "details"), parse=text),
    Field("agent", lambda: translate("ComplaintFields", "Agent"),
          ("首问责任人", "首問責任人", "责任人", "責任人", "客服", "处理人", "處理人", "负责人",
           "負責人", "assignee", "owner"),
          parse=text, help=lambda: translate(
              "ComplaintFields", "employee number, name or platform sub-account")),
    Field("status", lambda: translate("ComplaintFields", "Status"),
          ("状态", "狀態", "处理状态", "處理狀態", "state"),
          parse=lambda v: parse_choice(v, STATUS_WORDS, translate("Import", "status")),
          help=lambda: "new, open, pending, on hold, solved, closed / 待处理, 已解决, 已关闭"),
    Field("first_response_at", lambda: translate("ComplaintFields", "First response at"),
          ("首次响应时间", "首次回應時間", "首次回复时间", "首次回覆時間", "响应时间", "回應時間",
           "first response", "first reply"), parse=_moment),
    Field("solution_at", lambda: translate("ComplaintFields", "Solution proposed at"),
          ("方案时间", "方案時間", "提出方案时间", "提出方案時間", "solution"), parse=_moment),
    Field("resolved_at", lambda: translate("ComplaintFields", "Resolved at"),
          ("解决时间", "解決時間", "完成时间", "完成時間", "solved at", "resolved"),
          parse=_moment),
    Field("closed_at", lambda: translate("ComplaintFields", "Closed at"),
          ("关闭时间", "關閉時間", "结案时间", "結案時間", "closed"), parse=_moment),
    Field("satisfaction", lambda: translate("ComplaintFields", "Satisfaction (1-5)"),
          ("满意度", "滿意度", "回访满意度", "回訪滿意度", "评分", "評分", "rating", "csat"),
          parse=_satisfaction, help=lambda: "1-5"),
    Field("compensation_type", lambda: translate("ComplaintFields", "Compensation"),
          ("补偿方式", "補償方式", "补偿类型", "補償類型", "赔付方式", "賠付方式",
           "compensation"),
          parse=lambda v: parse_choice(v, COMPENSATION_WORDS, translate("Import", "compensation")),
          help=lambda: "refund, coupon, reship, exchange, gift / 退款, 优惠券, 补发, 换货, 赠品"),
    Field("compensation_amount", lambda: translate("ComplaintFields", "Compensation amount"),
          ("补偿金额", "補償金額", "赔付金额", "賠付金額", "金额", "金額", "amount"),
          parse=_amount, help=lambda: "25.50"),
    Field("root_cause", lambda: translate("ComplaintFields", "Root cause"),
          ("根本原因", "原因", "根因", "原因分析", "cause"),
          parse=text, help=lambda: translate("ComplaintFields", "an unknown one is added")),
)  # fmt: skip

#: The order the steps' times must follow.
STEP_TIMES = ("received_at", "first_response_at", "solution_at", "resolved_at", "closed_at")


def match_key(values: dict[str, Any]) -> tuple:
    """What makes a line the same complaint as another: its reference, else its facts."""
    if values.get("ref"):
        return ("ref", values["ref"].upper())
    return (
        "facts",
        values.get("received_at"),
        values.get("order_no", "").casefold(),
        values.get("customer", "").casefold(),
    )


def read_rows(table: Table, columns: ColumnMap) -> tuple[list[ImportRow], list[tuple[int, str]]]:
    """Parse every row; return the good rows and (line, reason) for every problem."""
    by_key = {f.key: f for f in FIELDS}
    first_line: dict[tuple, int] = {}

    def check(values: dict[str, Any], line: int, failed: set[str]) -> list[str]:
        found = []
        if "received_at" not in values and "received_at" not in failed:
            found.append(
                translate("Import", "{field} is empty.").format(field=by_key["received_at"].label())
            )
        if not any(values.get(k) for k in ("customer", "order_no", "contact", "ref")):
            found.append(
                translate("Import", "Give the customer, their contact or the order number.")
            )
        if "subcategory" in values and "category" not in values:
            found.append(translate("Import", "A subcategory needs its category."))
        times = [(k, values[k]) for k in STEP_TIMES if values.get(k) is not None]
        for (earlier, a), (later, b) in pairwise(times):
            if b < a:
                found.append(
                    translate("Import", "{later} is before {earlier}.").format(
                        later=by_key[later].label(), earlier=by_key[earlier].label()
                    )
                )
        if found or failed:
            return found
        key = match_key(values)
        if key in first_line:
            found.append(
                translate("Import", "The same complaint is also on line {line}.").format(
                    line=first_line[key]
                )
            )
        else:
            first_line[key] = line
        return found

    return rows.read_rows(table, columns, FIELDS, check)
