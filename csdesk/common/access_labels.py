"""Roles and permissions in the reader's words (Settings ▸ Accounts, refusals, the CLI)."""

from __future__ import annotations

from csdesk.common.i18n import translate
from csdesk.domain.access import Permission, Role


def role_labels() -> dict[str, str]:
    """Role key -> word."""
    return {
        Role.OWNER: translate("Access", "owner"),
        Role.SUPERVISOR: translate("Access", "supervisor"),
        Role.LEAD: translate("Access", "team lead"),
        Role.REVIEWER: translate("Access", "QA reviewer"),
        Role.VIEWER: translate("Access", "viewer"),
    }


def permission_labels() -> dict[str, str]:
    """Permission key -> what it lets one do."""
    return {
        Permission.READ: translate("Access", "reading pages and printing reports"),
        Permission.PAY: translate("Access", "seeing pay (bonuses, bonus rules, pay exports)"),
        Permission.APPRAISE: translate("Access", "preparing, finalising and signing appraisals"),
        Permission.RULES: translate("Access", "changing scorecards, bonus rules and grades"),
        Permission.STAFF: translate("Access", "changing the staff directory"),
        Permission.KPIS: translate("Access", "typing KPIs and importing performance data"),
        Permission.GOALS: translate("Access", "setting goals and the training budget"),
        Permission.ROTA: translate("Access", "changing the rota"),
        Permission.COMPLAINTS: translate("Access", "handling complaints"),
        Permission.TRAINING: translate("Access", "recording training"),
        Permission.QA: translate("Access", "QA reviews"),
        Permission.ACTIONS: translate("Access", "actions, coaching and meetings"),
        Permission.SETTINGS: translate("Access", "shop settings and restoring a backup"),
        Permission.ACCOUNTS: translate("Access", "managing accounts"),
        Permission.AUDIT: translate("Access", "reading the audit trail"),
    }


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
    }


def audit_value(field: str, value: str) -> str:
    """A value of an audit entry in the reader's words where it is a known key (a role)."""
    if field == "role":
        return role_labels().get(value, value)
    return value
