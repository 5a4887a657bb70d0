"""Actions' sources and states in the reader's words, and the words imports accept."""

from __future__ import annotations

from csdesk.common.i18n import translate
from csdesk.domain.actions import ActionStatus, Source


def source_labels() -> dict[str, str]:
    """Source key -> word."""
    return {
        Source.COMPLAINT: translate("Actions", "Complaint"),
        Source.REVIEW: translate("Actions", "Complaint review"),
        Source.GOAL: translate("Actions", "Goal"),
        Source.QA: translate("Actions", "QA review"),
        Source.MEETING: translate("Actions", "Meeting"),
        Source.SUGGESTION: translate("Actions", "Suggestion"),
        Source.COACHING: translate("Actions", "Coaching"),
        Source.OTHER: translate("Actions", "Other"),
    }


def status_labels() -> dict[str, str]:
    """Status key -> word."""
    return {
        ActionStatus.OPEN: translate("Actions", "Open"),
        ActionStatus.IN_PROGRESS: translate("Actions", "In progress"),
        ActionStatus.DONE: translate("Actions", "Done"),
        ActionStatus.EFFECTIVE: translate("Actions", "Effective"),
        ActionStatus.NOT_EFFECTIVE: translate("Actions", "Not effective"),
        ActionStatus.CANCELLED: translate("Actions", "Cancelled"),
    }


#: The words an import file may use, besides the keys and the labels in every language.
SOURCE_WORDS: dict[str, tuple[str, ...]] = {
    Source.COMPLAINT: ("投诉", "投訴", "客诉"),
    Source.REVIEW: ("复盘", "覆盤", "投诉复盘", "月度复盘", "monthly review"),
    Source.GOAL: ("目标", "目標"),
    Source.QA: ("质检", "質檢", "quality"),
    Source.MEETING: ("例会", "例會", "会议", "會議"),
    Source.SUGGESTION: ("建议", "建議", "合理化建议", "金点子"),
    Source.COACHING: ("辅导", "輔導", "面谈", "辅导面谈"),
    Source.OTHER: ("其他", "其它"),
}
STATUS_WORDS: dict[str, tuple[str, ...]] = {
    ActionStatus.OPEN: ("未开始", "未開始", "待办", "new", "todo"),
    ActionStatus.IN_PROGRESS: ("进行中", "進行中", "in progress", "doing"),
    ActionStatus.DONE: ("已完成", "完成", "done", "finished"),
    ActionStatus.EFFECTIVE: ("有效", "effective"),
    ActionStatus.NOT_EFFECTIVE: ("无效", "無效", "not effective", "ineffective"),
    ActionStatus.CANCELLED: ("已取消", "取消", "cancelled", "canceled"),
}
