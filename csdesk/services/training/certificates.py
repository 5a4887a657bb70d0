"""External certificates an agent holds (a language test, a vocational certificate).

A certificate linked to a course counts as passing it until it expires; the matrix and
the reminders read certificates through ``training_status``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from csdesk.common.i18n import translate
from csdesk.data.staff import Agent
from csdesk.data.training import Certificate, Course
from csdesk.domain.access import Permission
from csdesk.services.accounts.access import needs
from csdesk.services.database import Database
from csdesk.services.errors import UserError


@dataclass(frozen=True)
class CertificateData:
    """An external certificate; linked to a course, it counts as passing that course."""

    agent_id: int
    name: str
    issued_on: date
    expires_on: date | None = None
    issuer: str = ""
    number: str = ""
    course_id: int | None = None


@dataclass(frozen=True)
class CertificateRecord:
    """A certificate with its holder's name and its course's code."""

    id: int
    data: CertificateData
    employee_no: str
    agent_name: str
    course_code: str


def list_certificates(db: Database, agent_id: int | None = None) -> list[CertificateRecord]:
    """Certificates (of one agent), by holder and date."""
    query = (
        select(Certificate)
        .join(Agent)
        .options(selectinload(Certificate.agent), selectinload(Certificate.course))
        .order_by(Agent.employee_no, Certificate.issued_on)
    )
    if agent_id is not None:
        query = query.where(Certificate.agent_id == agent_id)
    with db.read() as session:
        return [
            CertificateRecord(
                c.id,
                CertificateData(
                    c.agent_id, c.name, c.issued_on, c.expires_on, c.issuer, c.number, c.course_id
                ),
                c.agent.employee_no,
                c.agent.name,
                c.course.code if c.course else "",
            )
            for c in session.scalars(query)
        ]


def certificate_problems(session: Session, data: CertificateData) -> list[str]:
    """Check a certificate; return the problems."""
    found: list[str] = []
    if session.get(Agent, data.agent_id) is None:
        found.append(translate("Training", "Choose the agent who holds the certificate."))
    if not data.name.strip():
        found.append(translate("Training", "The certificate's name is required."))
    if data.expires_on is not None and data.expires_on < data.issued_on:
        found.append(translate("Training", "The certificate expires before it was issued."))
    if data.course_id is not None and session.get(Course, data.course_id) is None:
        found.append(translate("Training", "That course no longer exists."))
    return found


@needs(Permission.TRAINING)
def save_certificate(db: Database, data: CertificateData, certificate_id: int | None = None) -> int:
    """Create (no id) or update a certificate; return its id."""
    with db.write() as session:
        found = certificate_problems(session, data)
        if found:
            raise UserError(translate("Training", "The certificate was not saved:"), found)
        row = Certificate() if certificate_id is None else session.get(Certificate, certificate_id)
        if row is None:
            raise UserError(translate("Training", "That certificate no longer exists."))
        row.agent_id = data.agent_id
        row.course_id = data.course_id
        row.name = data.name.strip()
        row.issuer = data.issuer.strip()
        row.number = data.number.strip()
        row.issued_on = data.issued_on
        row.expires_on = data.expires_on
        session.add(row)
        session.flush()
        return row.id


@needs(Permission.TRAINING)
def delete_certificate(db: Database, certificate_id: int) -> None:
    """Delete a certificate entered by mistake."""
    with db.write() as session:
        row = session.get(Certificate, certificate_id)
        if row is not None:
            session.delete(row)
