"""The demo shop's certificates: some current, one lapsing soon, one expired."""

from __future__ import annotations

import random
from datetime import date, timedelta

from sqlalchemy.orm import Session

from csdesk.data.staff import Agent
from csdesk.data.training import Certificate
from csdesk.domain.staff import Status


def add_demo_certificates(
    session: Session, rng: random.Random, agents: list[Agent], today: date
) -> None:
    """A few external certificates: one expiring soon, one expired, one current."""
    current = [a for a in agents if a.status != Status.LEFT]
    holders = rng.sample(current, k=min(3, len(current)))
    expiries = (today + timedelta(days=20), today - timedelta(days=40), today + timedelta(400))
    for number, (agent, expires) in enumerate(zip(holders, expiries, strict=False), start=1):
        session.add(
            Certificate(
                agent_id=agent.id,
                name="电子商务师（四级）" if number != 2 else "普通话水平测试二级甲等",
                issuer="人力资源和社会保障部" if number != 2 else "国家语言文字工作委员会",
                number=f"ZS{today.year}{number:04d}{rng.randint(1000, 9999)}",
                issued_on=expires - timedelta(days=365 * 3),
                expires_on=expires,
            )
        )
