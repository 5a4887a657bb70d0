"""Who may do what: the roles of a shop's accounts and the one table of their permissions.

Every service that changes data, shows pay or runs an import asks this table (through
``csdesk.services.accounts.access``), so the window, the command line and a script
calling the services directly are refused alike. A shop without accounts has no
sign-in and everything is allowed: a one-person shop stays as simple as it was.

Leads run the floor (rota, complaints, training, QA, coaching, actions) and see grades
but no money; reviewers do QA reviews; viewers read pages and print reports, without
pay.
"""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    """An account's role, from the most to the least trusted."""

    OWNER = "owner"
    SUPERVISOR = "supervisor"
    LEAD = "lead"
    REVIEWER = "reviewer"
    VIEWER = "viewer"


class Permission(StrEnum):
    """Something an account may or may not do."""

    READ = "read"  # open pages, print reports (no pay in them)
    PAY = "pay"  # see bonuses, bonus rules and pay exports
    APPRAISE = "appraise"  # prepare, finalise, amend, sign appraisals; close a month
    RULES = "rules"  # scorecards, bonus rules, grades
    STAFF = "staff"  # add, change, archive and delete agents
    KPIS = "kpis"  # typed KPIs, imports of conversations, summaries and orders
    GOALS = "goals"  # the year's goals and the training budget
    ROTA = "rota"  # shifts, the rota, staffing settings
    COMPLAINTS = "complaints"  # case files, verdicts, appeals, complaint settings
    TRAINING = "training"  # courses, sessions, certificates
    QA = "qa"  # QA reviews and rubrics
    ACTIONS = "actions"  # actions, coaching, meetings, suggestions
    SETTINGS = "settings"  # shop settings, restore from a backup
    ACCOUNTS = "accounts"  # accounts and roles
    AUDIT = "audit"  # read the audit trail


_FLOOR = frozenset(
    {Permission.ROTA, Permission.COMPLAINTS, Permission.TRAINING, Permission.QA,
     Permission.ACTIONS, Permission.READ}
)  # fmt: skip
_MANAGE = _FLOOR | {
    Permission.PAY, Permission.APPRAISE, Permission.RULES, Permission.STAFF, Permission.KPIS,
    Permission.GOALS, Permission.AUDIT,
}  # fmt: skip

#: The one table: role -> what it may do.
GRANTS: dict[Role, frozenset[Permission]] = {
    Role.OWNER: frozenset(Permission),
    Role.SUPERVISOR: frozenset(_MANAGE),
    Role.LEAD: _FLOOR,
    Role.REVIEWER: frozenset({Permission.QA, Permission.READ}),
    Role.VIEWER: frozenset({Permission.READ}),
}


def may(role: Role | str, permission: Permission) -> bool:
    """Whether ``role`` may do ``permission``."""
    return permission in GRANTS[Role(role)]


def least_role(permission: Permission) -> Role:
    """The least trusted role that may do ``permission`` (named in a refusal)."""
    return next(role for role in reversed(Role) if may(role, permission))
