"""The demo shop's year: paid orders per day, the plans' goals and a training budget.

Orders follow a week (busier at the weekend) and the sales calendar (618 in June,
Double Eleven in November), so the complaint rate per 1,000 orders moves as a real
shop's does. The year's goals are the plans' three, proposed from last year's figures
as the Goals page proposes them; the complaint-rate goal lets November be worse, as a
supervisor would for Double Eleven.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from sqlalchemy import insert

from csdesk.data.orders import ShopOrders
from csdesk.domain.months import Month
from csdesk.services.database import Database
from csdesk.services.goals import goal_records
from csdesk.services.goals.goal_proposals import proposals_for
from csdesk.services.training.training_budget import set_training_budget
from csdesk.services.training.training_figures import training_totals

#: Busier months: (month, factor).
SALES_MONTHS = {6: 1.6, 11: 2.2, 12: 1.3}


def add_demo_orders(
    db: Database, rng: random.Random, first: Month, last: Month, agents: int
) -> int:
    """Paid orders for every day from ``first`` to ``last``; return the days stored."""
    per_day = 60 * agents  # a small shop's agents each look after about 60 orders a day
    rows = []
    day = first.first_day
    while day <= last.last_day:
        weekend = 1.25 if day.weekday() >= 5 else 1.0
        orders = round(
            per_day * weekend * SALES_MONTHS.get(day.month, 1.0) * rng.uniform(0.85, 1.15)
        )
        rows.append(
            {"store": "", "period_start": day, "period_end": day, "orders": orders,
             "buyers": round(orders * rng.uniform(0.86, 0.93)),
             "amount_cents": orders * rng.randint(9000, 13000)}
        )  # fmt: skip
        day += timedelta(days=1)
    with db.write() as session:
        session.execute(insert(ShopOrders), rows)
    return len(rows)


def add_demo_goals(db: Database, today: date) -> int:
    """The year's goals from last year's figures, and a training budget; return the goals."""
    year = today.year
    kept = [
        (p.kpi, p.baseline, p.target)
        for p in proposals_for(db, year)
        if p.baseline is not None and p.target is not None
    ]
    goal_records.set_goals(db, year, kept)
    for kpi, baseline, target in kept:
        if kpi == "complaint_rate":  # Double Eleven may be worse than the path
            goal_records.set_goal(
                db, year, kpi, baseline=baseline, target=target,
                path=f"10={baseline + (target - baseline) * 10 / 12:.2f}, "
                f"11={baseline * 1.1:.2f}",
            )  # fmt: skip
    _goal_action(db, year, today)
    spent = training_totals(db, year).cost_cents
    set_training_budget(db, year, max(500000, round(spent * 1.25 / 100000) * 100000))
    return len(kept)


def _goal_action(db: Database, year: int, today: date) -> None:
    """An action for the goal most off track in the latest month: what a supervisor does."""
    from csdesk.services.actions.action_records import ActionData, create_action

    last = Month.of(today).shift(-1)
    if last.year != year:
        return
    for goal in goal_records.year_goals(db, year, today=today):
        if goal.months[last.month - 1].status == "off_track":
            create_action(
                db, ActionData("每周抽查话术并通报", today + timedelta(days=14), source="goal",
                               source_ref=f"{year}:{goal.kpi}", owner_name="主管 周敏",
                               created_on=today),
                "主管 周敏", today,
            )  # fmt: skip
            return
