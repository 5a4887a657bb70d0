"""Training records: the course catalogue, sessions with their attendees, certificates.

Every function opens its own unit of work (or takes an open session where the import
needs to share its transaction) and returns frozen dataclasses. Validation lists every
problem in the user's language; the same checks serve the dialogs and the import.
Where agents stand (matrix, reminders, duty gate, hours) is in ``training_status``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from csdesk.common.i18n import translate
from csdesk.data.training import Certificate, Course, TrainingSession
from csdesk.domain.access import Permission
from csdesk.domain.staff import Post
from csdesk.domain.training import Category
from csdesk.services.accounts.access import needs
from csdesk.services.database import Database
from csdesk.services.errors import UserError
from csdesk.services.server.record_versions import refuse_if_changed
from csdesk.services.training.seeded_courses import course_title

# --- the catalogue ----------------------------------------------------------------------


@dataclass(frozen=True)
class CourseData:
    """A course as the supervisor edits it."""

    code: str
    title: str
    category: str = Category.BASIC
    description: str = ""
    hours: float = 0.0
    pass_mark: float | None = None  # None: attendance only
    validity_months: int | None = None  # None: never expires
    required_posts: tuple[str, ...] = ()
    before_duty: bool = False
    archived: bool = False


@dataclass(frozen=True)
class CourseRecord:
    """A course of the catalogue with how much history it has."""

    id: int
    data: CourseData
    session_count: int = 0
    version: int = 1  # the saved version the form was opened on (two seats, one record)

    @property
    def code(self) -> str:
        """The course's short code."""
        return self.data.code

    @property
    def title(self) -> str:
        """The course's title."""
        return self.data.title


def _split_posts(text: str) -> tuple[str, ...]:
    return tuple(p for p in text.split(",") if p)


def _join_posts(posts: Iterable[str]) -> str:
    chosen = set(posts)
    return ",".join(p.value for p in Post if p in chosen)


def course_data(course: Course) -> CourseData:
    """The editable data of a loaded course."""
    return CourseData(
        code=course.code,
        title=course_title(course.title),
        category=course.category,
        description=course.description,
        hours=course.hours,
        pass_mark=course.pass_mark,
        validity_months=course.validity_months,
        required_posts=_split_posts(course.required_posts),
        before_duty=course.before_duty,
        archived=course.archived,
    )


#: The plans' catalogue: code, category, hours, pass mark, months valid, posts, before duty.
_EVERYONE = tuple(Post)
_HANDLING = (Post.AFTER_SALES, Post.COMPLAINTS)
DEFAULT_CATALOGUE = (
    ("BAS-ETQ", Category.BASIC, 4, 80, None, _EVERYONE, True),
    ("BAS-COM", Category.BASIC, 6, 80, None, _EVERYONE, True),
    ("BAS-PRD", Category.BASIC, 8, 80, None, _EVERYONE, True),
    ("BAS-SYS", Category.BASIC, 4, 80, None, _EVERYONE, True),
    ("ADV-CMP", Category.ADVANCED, 6, 75, None, _HANDLING, False),
    ("ADV-EMO", Category.ADVANCED, 3, None, None, _EVERYONE, False),
    ("ADV-NEG", Category.ADVANCED, 4, 75, None, _HANDLING, False),
    ("ADV-DAT", Category.ADVANCED, 6, 70, None, (), False),
    ("DRL-ROL", Category.DRILL, 2, None, None, (), False),
    ("DRL-REC", Category.DRILL, 2, None, None, (), False),
    ("ASM-COM", Category.ASSESSMENT, 1, 80, 3, _EVERYONE, False),
    ("REF-YR", Category.REFRESHER, 4, 60, 12, _EVERYONE, False),
)


def default_courses() -> list[CourseData]:
    """The catalogue the plans describe, titled in the language in force.

    Basic courses must be passed before duty; the quarterly communication assessment
    lasts three months and the yearly refresher twelve.
    """
    titles = {
        "BAS-ETQ": translate("Courses", "Service etiquette"),
        "BAS-COM": translate("Courses", "Communication skills"),
        "BAS-PRD": translate("Courses", "Product knowledge"),
        "BAS-SYS": translate("Courses", "System operation"),
        "ADV-CMP": translate("Courses", "Complaint handling"),
        "ADV-EMO": translate("Courses", "Emotion management"),
        "ADV-NEG": translate("Courses", "Negotiation"),
        "ADV-DAT": translate("Courses", "Data analysis"),
        "DRL-ROL": translate("Courses", "Role-play drill"),
        "DRL-REC": translate("Courses", "Recording review"),
        "ASM-COM": translate("Courses", "Quarterly communication assessment"),
        "REF-YR": translate("Courses", "Yearly refresher"),
    }
    return [
        CourseData(code, titles[code], category, "", hours, mark, months, posts, before_duty)
        for code, category, hours, mark, months, posts, before_duty in DEFAULT_CATALOGUE
    ]


def seed_default_courses(session: Session) -> int:
    """Fill an empty catalogue with the default courses; return how many were added."""
    if session.scalar(select(func.count()).select_from(Course)):
        return 0
    courses = default_courses()
    for data in courses:
        session.add(_apply_course(Course(), data))
    session.flush()
    return len(courses)


def _apply_course(course: Course, data: CourseData) -> Course:
    course.code = data.code.strip()
    course.title = data.title.strip()
    course.category = data.category
    course.description = data.description.strip()
    course.hours = float(data.hours)
    course.pass_mark = data.pass_mark
    course.validity_months = data.validity_months
    course.required_posts = _join_posts(data.required_posts)
    course.before_duty = data.before_duty
    course.archived = data.archived
    return course


def course_problems(session: Session, data: CourseData, course_id: int | None = None) -> list[str]:
    """Check a course against the rules and the catalogue; return the problems."""
    found: list[str] = []
    if not data.code.strip():
        found.append(translate("Training", "The course code is required."))
    if not data.title.strip():
        found.append(translate("Training", "The course title is required."))
    if data.code.strip():
        other = session.scalars(select(Course).where(Course.code == data.code.strip())).first()
        if other is not None and other.id != course_id:
            found.append(
                translate("Training", "Course code {code} is already used by {title}.").format(
                    code=data.code.strip(), title=course_title(other.title)
                )
            )
    if data.hours < 0:
        found.append(translate("Training", "Hours cannot be negative."))
    if data.pass_mark is not None and not 0 <= data.pass_mark <= 100:
        found.append(translate("Training", "The pass mark must be between 0 and 100."))
    if data.validity_months is not None and data.validity_months < 1:
        found.append(translate("Training", "Validity must be at least one month, or empty."))
    return found


def find_course(session: Session, code_or_title: str) -> Course | None:
    """The course whose code (first) or title matches, ignoring case and spaces."""
    wanted = code_or_title.strip()
    if not wanted:
        return None
    for column in (Course.code, Course.title):
        found = session.scalars(
            select(Course).where(func.lower(func.trim(column)) == wanted.lower())
        ).first()
        if found is not None:
            return found
    return None


def list_courses(db: Database, include_archived: bool = True) -> list[CourseRecord]:
    """The catalogue by code, with each course's number of sessions."""
    with db.read() as session:
        counts = dict(
            session.execute(
                select(TrainingSession.course_id, func.count()).group_by(TrainingSession.course_id)
            ).all()
        )
        query = select(Course).order_by(Course.code)
        if not include_archived:
            query = query.where(Course.archived.is_(False))
        return [
            CourseRecord(c.id, course_data(c), counts.get(c.id, 0), c.version)
            for c in session.scalars(query)
        ]


def add_course(session: Session, data: CourseData) -> Course:
    """Add a course inside an open transaction (the import uses this directly)."""
    found = course_problems(session, data)
    if found:
        raise UserError(translate("Training", "The course was not saved:"), found)
    course = _apply_course(Course(), data)
    session.add(course)
    session.flush()
    return course


@needs(Permission.TRAINING)
def create_course(db: Database, data: CourseData) -> int:
    """Add a course to the catalogue; return its id.

    Raises:
        UserError: the data breaks a rule; its details list every problem.
    """
    with db.write() as session:
        return add_course(session, data).id


@needs(Permission.TRAINING)
def update_course(
    db: Database, course_id: int, data: CourseData, seen_version: int | None = None
) -> None:
    """Save an edited course. Past results keep the pass/fail decided at the time.

    ``seen_version`` is the version the form opened: a save over a newer one is refused.

    Raises:
        ChangedMeanwhile: someone saved the course after ``seen_version``.
    """
    with db.write() as session:
        course = session.get(Course, course_id)
        if course is None:
            raise UserError(translate("Training", "That course no longer exists."))
        refuse_if_changed(course, seen_version, translate("Records", "course"))
        found = course_problems(session, data, course_id)
        if found:
            raise UserError(translate("Training", "The course was not saved:"), found)
        _apply_course(course, data)


@needs(Permission.TRAINING)
def delete_course(db: Database, course_id: int) -> None:
    """Delete a course entered by mistake.

    Raises:
        UserError: the course has sessions or certificates; archive it instead.
    """
    with db.write() as session:
        course = session.get(Course, course_id)
        if course is None:
            return
        sessions = session.scalar(
            select(func.count())
            .select_from(TrainingSession)
            .where(TrainingSession.course_id == course_id)
        )
        certificates = session.scalar(
            select(func.count()).select_from(Certificate).where(Certificate.course_id == course_id)
        )
        used = (sessions or 0) + (certificates or 0)
        if used:
            raise UserError(
                translate(
                    "Training",
                    "{title} has sessions or certificates, so it is archived instead of "
                    "deleted: tick Archived.",
                ).format(title=course_title(course.title))
            )
        session.delete(course)


# --- sessions ----------------------------------------------------------------------------
