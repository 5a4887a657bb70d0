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
