"""Import every model module so that ``Base.metadata`` knows all tables.

Alembic's env and the schema tests use this; new areas add their module here.
"""

from csdesk.data import (
    accounts,
    actions,
    appraisals,
    coaching,
    complaints,
    goals,
    meetings,
    orders,
    performance,
    rota,
    shop,
    staff,
    suggestions,
    training,
)
from csdesk.data.base import Base

__all__ = [
    "Base",
    "accounts",
    "actions",
    "appraisals",
    "coaching",
    "complaints",
    "goals",
    "meetings",
    "orders",
    "performance",
    "rota",
    "shop",
    "staff",
    "suggestions",
    "training",
]
