"""Words for the audit trail: its actions, kinds of record, fields and stored values.

Entries keep keys ("role", "on_leave", "calendar") so the trail reads the same in any
language and its hashes never depend on one; the window and the CLI show them here in
the reader's words. A key nobody named is shown as stored.
"""

from __future__ import annotations

import re

from csdesk.common.access_labels import role_labels
from csdesk.common.complaint_labels import complaint_status_labels, priority_labels
from csdesk.common.i18n import translate
from csdesk.common.labels import channel_labels, level_labels, money, post_labels, status_labels
from csdesk.common.training_labels import attendance_labels, format_labels

#: The kinds of record whose "status" is a complaint's (the rest are agents').
_COMPLAINT_KINDS = frozenset({"complaint", "complaints"})
#: A training budget is kept per year under this prefix ("training_budget:2026").
_BUDGET = "training_budget:"


def audit_action_labels() -> dict[str, str]:
    """An audit entry's action key -> words."""
    return {
        "add": translate("Audit", "added"),
        "role": translate("Audit", "role changed"),
        "disable": translate("Audit", "disabled"),
        "enable": translate("Audit", "enabled"),
        "password": translate("Audit", "password set"),
        "recovered": translate("Audit", "recovered with the code"),
        "recovery_failed": translate("Audit", "wrong recovery code"),
        "sign_in_failed": translate("Audit", "sign-in failed"),
        "sign_in_refused": translate("Audit", "sign-in refused"),
        "finalise": translate("Audit", "finalised"),
        "amend": translate("Audit", "amended"),
        "sign": translate("Audit", "signed"),
        "close": translate("Audit", "closed"),
        "save": translate("Audit", "saved"),
        "validity": translate("Audit", "validity judged"),
        "appeal": translate("Audit", "appeal decided"),
        "kpi": translate("Audit", "KPI typed"),
        "setting": translate("Audit", "setting changed"),
        "status": translate("Audit", "status changed"),
        "delete": translate("Audit", "deleted"),
        "import": translate("Audit", "imported"),
        "change": translate("Audit", "changed after publishing"),
        "import_change": translate("Audit", "changed by an import"),
        "comment": translate("Audit", "comment written"),
    }


def audit_entity_labels() -> dict[str, str]:
    """An audit entry's kind of record -> words (imports name their file kind)."""
    return {
        "account": translate("Audit", "account"),
        "appraisal": translate("Audit", "appraisal"),
        "month": translate("Audit", "appraisal month"),
        "rules": translate("Audit", "appraisal rules"),
        "complaint": translate("Audit", "complaint"),
        "kpi": translate("Audit", "KPI"),
        "setting": translate("Audit", "shop setting"),
        "agent": translate("Audit", "agent"),
        "staff": translate("Audit", "staff file"),
        "training": translate("Audit", "training file"),
        "complaints": translate("Audit", "complaints file"),
        "conversations": translate("Audit", "conversations file"),
        "summaries": translate("Audit", "agent summaries file"),
        "orders": translate("Audit", "orders file"),
        "actions": translate("Audit", "actions file"),
        "suggestions": translate("Audit", "suggestions file"),
        "rota": translate("Audit", "rota"),
    }


def audit_field_labels() -> dict[str, str]:
    """An audit entry's field (or a setting's key) -> words; KPI keys use the KPI names."""
    from csdesk.common.appraisal_labels import kpi_labels

    return {
        **kpi_labels(),
        "role": translate("Audit", "role"),
        "failures": translate("Audit", "wrong passwords in a row"),
        "value": translate("Audit", "value"),
        "status": translate("Audit", "status"),
        "name": translate("Audit", "name"),
        "total": translate("Audit", "total score"),
        "acknowledged_on": translate("Audit", "signed on"),
        "valid": translate("Audit", "counts against the agent"),
        "appeal": translate("Audit", "appeal"),
        "star": translate("Audit", "Service Star"),
        "rules": translate("Audit", "rules"),
        "sha256": "SHA-256",
        "shop_name": translate("Audit", "shop name"),
        "supervisor": translate("Audit", "supervisor"),
        "backup_dir": translate("Audit", "backup folder"),
        "lock_minutes": translate("Audit", "idle minutes before the lock"),
        "complaint_due_soon_minutes": translate("Audit", "complaints: due soon (minutes)"),
        "complaint_clock_hours": translate("Audit", "complaints: clock hours"),
        "rota.shrinkage": translate("Audit", "rota: shrinkage"),
        "rota.max_occupancy": translate("Audit", "rota: highest occupancy"),
        "training_warn_days": translate("Audit", "training: warning days"),
        "day": translate("Audit", "day's shifts"),
        "rota.min_rest_hours": translate("Audit", "rota: least rest between shifts (hours)"),
        "rota.max_day_hours": translate("Audit", "rota: most hours a day"),
        "rota.max_week_hours": translate("Audit", "rota: most hours a week"),
        "rota.max_days_in_row": translate("Audit", "rota: most days in a row"),
        "accounts": translate("Audit", "platform sub-accounts"),
        "mentor": translate("Audit", "mentor"),
        "comment": translate("Audit", "comment"),
        "compensation_cents": translate("Audit", "compensation amount"),
        "cost_cents": translate("Audit", "cost"),
    }


def audit_key(entity: str, key: str) -> str:
    """An entry's record in words (a shop setting by its name, a year's training budget)."""
    if entity != "setting":
        return key
    if key.startswith(_BUDGET):
        return translate("Audit", "training budget {year}").format(year=key[len(_BUDGET) :])
    return audit_field_labels().get(key, key)


def audit_value(entity: str, key: str, field: str, value: str) -> str:
    """A stored value in words where it is a known key (a role, a status, a yes)."""
    if not value:
        return value
    if entity == "setting":
        return _setting_value(key, value)
    if value in ("True", "False"):
        return translate("Audit", "yes") if value == "True" else translate("Audit", "no")
    tables = {
        "role": role_labels,
        "status": complaint_status_labels if entity in _COMPLAINT_KINDS else status_labels,
        "post": post_labels,
        "level": level_labels,
        "priority": priority_labels,
        "format": format_labels,
        "attendance": attendance_labels,
    }
    if field.endswith("_cents") and value.lstrip("-").isdigit():
        return money(int(value))
    if field == "channels":
        words = channel_labels()
        return ", ".join(words.get(c.strip(), c.strip()) for c in value.split(","))
    table = tables.get(field)
    return table().get(value, value) if table else value


#: The reasons imports write (in English, as keys are), read back for the reader's words.
_IMPORT_SUMMARY = re.compile(r"lines (\d+), added (\d+), changed (\d+)")
_IMPORT_LINE = re.compile(r"(.+), line (\d+)")


def audit_reason(action: str, reason: str) -> str:
    """An entry's reason in words: what people typed as typed, imports' own in the language."""
    if action == "import" and (found := _IMPORT_SUMMARY.fullmatch(reason)):
        return translate("Audit", "lines {rows}, added {created}, changed {updated}").format(
            rows=found[1], created=found[2], updated=found[3]
        )
    if action == "import_change" and (found := _IMPORT_LINE.fullmatch(reason)):
        return translate("Audit", "{file}, line {line}").format(file=found[1], line=found[2])
    return reason


def _setting_value(key: str, value: str) -> str:
    if key == "complaint_clock_hours":
        return {
            "calendar": translate("Audit", "around the clock (calendar hours)"),
            "working": translate("Audit", "working hours only"),
        }.get(value, value)
    if key.startswith(_BUDGET) and value.lstrip("-").isdigit():
        return money(int(value))
    return value
