"""The rota's limits: rest between shifts, hours a day and a week, days in a row.

Stored as shop settings; a value never stored (or unreadable) is the default of
``domain.rota.RotaRules``.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from csdesk.common.i18n import translate
from csdesk.domain.access import Permission
from csdesk.domain.rota import RotaRules
from csdesk.services.accounts.access import needs
from csdesk.services.database import Database
from csdesk.services.errors import UserError
from csdesk.services.shop import setting, store_setting

RULE_KEYS = {
    "min_rest_hours": "rota.min_rest_hours",
    "max_day_hours": "rota.max_day_hours",
    "max_week_hours": "rota.max_week_hours",
    "max_days_in_row": "rota.max_days_in_row",
}


def rules_in(session: Session) -> RotaRules:
    """The rota's limits, read in the caller's session (stored values, else defaults)."""
    defaults = RotaRules()
    values = {}
    for field, key in RULE_KEYS.items():
        text = setting(session, key)
        default = getattr(defaults, field)
        try:
            values[field] = type(default)(text) if text else default
        except ValueError:
            values[field] = default
    return RotaRules(**values)


def rota_rules(db: Database) -> RotaRules:
    """The limits the rota is checked against."""
    with db.read() as session:
        return rules_in(session)


@needs(Permission.ROTA)
def save_rota_rules(db: Database, rules: RotaRules) -> None:
    """Store the rota's limits.

    Raises:
        UserError: a limit out of range; nothing was saved.
    """
    if not (
        0 <= rules.min_rest_hours <= 24
        and 1 <= rules.max_day_hours <= 24
        and 1 <= rules.max_week_hours <= 168
        and 1 <= rules.max_days_in_row <= 31
    ):
        raise UserError(
            translate(
                "Rota",
                "The limits must be: rest 0-24 h, a day 1-24 h, a week 1-168 h, "
                "days in a row 1-31.",
            )
        )
    with db.write() as session:
        for field, key in RULE_KEYS.items():
            store_setting(session, key, f"{getattr(rules, field):g}")
