"""Shared fixtures. Every test gets its own user folders and database under tmp_path."""

from __future__ import annotations

import os
import sqlite3
from contextlib import closing

os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.setdefault("PYTHONFAULTHANDLER", "1")
os.environ.setdefault("QT_API", "pyside6")  # what matplotlib would set on its first Qt chart

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from csdesk.common import i18n
from csdesk.services.database import open_database
from csdesk.services.performance import qa_rubric_list
from csdesk.ui.common.none_guard import keep_none_alive
from tests import engines

keep_none_alive()  # pytest-qt makes its own QApplication (the window: create_application)

TODAY = date(2026, 11, 23)


@pytest.fixture(autouse=True)
def environment_left_as_found():
    """No test or fixture may leave an environment variable changed for the next one.

    Requested before every other fixture, so it is torn down after them (monkeypatch has
    restored what it set by then).
    """
    before = dict(os.environ)
    yield
    after = dict(os.environ)
    changed = {k for k in before.keys() | after.keys() if before.get(k) != after.get(k)}
    changed.discard("PYTEST_CURRENT_TEST")  # pytest's own, naming the running phase
    assert not changed, f"environment variables left changed: {sorted(changed)}"


@pytest.fixture(autouse=True)
def server_databases_dropped(environment_left_as_found) -> Iterator[None]:
    """Drop the test's server databases once everything else is torn down."""
    yield
    engines.drop_finished()


@pytest.fixture(autouse=True)
def isolated_user_folders(
    environment_left_as_found, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    """Redirect every user folder to tmp_path; check each test ends in English.

    The language is not reset here: a test that speaks another language does it with
    ``i18n.speaking`` (or the window's translators, which the ``ctx`` fixture puts back),
    and one that leaves it changed fails, as one that leaves a variable set does.
    """
    monkeypatch.setenv("CSDESK_DATA_DIR", str(tmp_path / "userdata"))
    monkeypatch.setenv("MPLCONFIGDIR", str(tmp_path / "mpl"))
    for var in ("CSDESK_DB", "CSDESK_LANG"):
        monkeypatch.delenv(var, raising=False)
    assert i18n.language() == "en", "an earlier test left the language changed"
    yield
    assert i18n.language() == "en", "the test left the language changed"


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "shop.sqlite3"


@pytest.fixture
def shop_at(request, db_path: Path) -> str:
    """Where the test's shop is: its file, or (on the server pass) a database's URL."""
    if not engines.ON_SERVER:
        return str(db_path)
    return request.getfixturevalue("server_shop")


@pytest.fixture
def server_shop(request, server_templates) -> Iterator[str]:
    """A fresh shop database on the test server, copied from a template.

    The demo shop's when the test uses ``demo_db`` (whose shop on a file replaces the
    ``db`` one in place; a server database is copied whole from the start instead).
    """
    demo = "demo_db" in request.fixturenames
    with engines.copied_database(server_templates.demo if demo else server_templates.empty) as url:
        yield url


@pytest.fixture
def pg_url() -> Iterator[str]:
    """The URL of a fresh, empty database on the test server (dropped after the test)."""
    if not engines.SERVER:
        pytest.skip("CSDESK_TEST_PG names no server")
    with engines.new_database() as name:
        yield engines.database_url(name)


@pytest.fixture(scope="session")
def server_templates(tmp_path_factory) -> Iterator[engines.Templates]:
    """The empty and demo shops built once on the test server, copied for each test."""
    with engines.templates(lambda: _demo_file(tmp_path_factory)) as made:
        yield made


@pytest.fixture
def db(shop_at: str):
    database = open_database(shop_at)
    yield database
    database.close()


@pytest.fixture
def two_agents(db) -> list[int]:
    """Two agents hired in January 2026: CS001 张三 and CS002 李四 (their ids)."""
    from datetime import date

    from csdesk.services.staff import agent_changes
    from csdesk.services.staff import agents as staff

    return [
        agent_changes.create_agent(db, staff.AgentData(no, name, hire_date=date(2026, 1, 5)))
        for no, name in (("CS001", "张三"), ("CS002", "李四"))
    ]


@pytest.fixture
def october(db, tmp_path) -> list[int]:
    """Three agents' October 2026 for the appraisal tests (their ids).

    CS1 good, CS2 as good but with a critical QA failure, CS3 (pre-sales) weaker.
    """
    from datetime import date

    from csdesk.domain.months import Month
    from csdesk.domain.staff import Post
    from csdesk.services.performance import manual_kpis, qa
    from csdesk.services.performance.conversation_files import import_conversations
    from csdesk.services.staff import agent_changes
    from csdesk.services.staff import agents as staff

    ids = [
        agent_changes.create_agent(
            db, staff.AgentData(no, name, post=post, hire_date=date(2026, 1, 5))
        )
        for no, name, post in (
            ("CS1", "王婷", Post.AFTER_SALES),
            ("CS2", "李静", Post.AFTER_SALES),
            ("CS3", "张敏", Post.PRE_SALES),
        )
    ]
    rows = ["会话ID,客服账号,开始时间,满意度,首次响应时长,是否解决"]
    for n in range(20):
        rows.append(f"A{n},CS1,2026-10-{n + 1:02d} 10:00:00,5,20,是")
        rows.append(f"B{n},CS2,2026-10-{n + 1:02d} 11:00:00,5,20,是")
        rows.append(f"C{n},CS3,2026-10-{n + 1:02d} 12:00:00,{4 if n % 4 else 2},50,是")
    path = tmp_path / "october.csv"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    import_conversations(db, path)
    (rubric,) = qa_rubric_list.rubrics(db)
    top = {cid: 1 if c.scale == "binary" else int(c.scale) for cid, c in rubric.categories}
    qa.record_review(db, qa.ReviewData(ids[0], rubric.id, date(2026, 10, 5), top))
    script = next(cid for cid, c in rubric.categories if c.name == "Script compliance")
    qa.record_review(db, qa.ReviewData(ids[1], rubric.id, date(2026, 10, 5), top))
    qa.record_review(db, qa.ReviewData(ids[1], rubric.id, date(2026, 10, 6), {**top, script: 0}))
    # CS3's review: enough of the pre-sales card has data to grade the month (60 %)
    qa.record_review(db, qa.ReviewData(ids[2], rubric.id, date(2026, 10, 7), top))
    manual_kpis.set_manual_values(db, Month(2026, 10), {i: {"teamwork": 5} for i in ids})
    return ids


@pytest.fixture
def october_page(qtbot, ctx, october):
    """The appraisals page showing the ``october`` month, shown at a usable size."""
    from csdesk.domain.months import Month
    from csdesk.ui.appraisals.appraisals_page import AppraisalsPage

    widget = AppraisalsPage(ctx)
    qtbot.addWidget(widget)
    widget.month.setCurrentIndex(widget.month.findData(str(Month(2026, 10))))
    widget.resize(1250, 760)
    widget.show()
    return widget


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory) -> Path:
    """The demo shop built once per test run (building it takes seconds)."""
    return _demo_file(tmp_path_factory)


def _demo_file(tmp_path_factory) -> Path:
    from csdesk.services.demo.demo_shop import build_demo

    folder = tmp_path_factory.getbasetemp() / "demo"
    path = folder / "demo.sqlite3"
    if path.exists():
        return path
    folder.mkdir()
    with pytest.MonkeyPatch.context() as env:  # the session fixture leaves no variable set
        env.setenv("CSDESK_DATA_DIR", str(folder / "userdata"))
        with i18n.speaking("en"):
            path = _build_demo_template(folder, build_demo)
    return path


def _build_demo_template(folder: Path, build_demo) -> Path:
    path = folder / "demo.sqlite3"
    database = open_database(path)
    build_demo(database, agents=12, months=36, seed=7, today=TODAY)
    database.close()
    return path


@pytest.fixture
def demo_db(request, db_path):
    """A fresh copy of the demo shop (12 agents, 36 months, seed 7, today 2026-11-23).

    On the server pass: the same rows, moved once to a template database and copied.
    """
    db = request.getfixturevalue("db")
    if engines.ON_SERVER:  # db is the demo shop already (see server_shop)
        yield db
        return
    demo_template = request.getfixturevalue("demo_template")
    db.close()
    with (
        closing(sqlite3.connect(demo_template)) as source,
        closing(sqlite3.connect(db_path)) as target,
    ):
        source.backup(target)
    yield db


@pytest.fixture
def ctx(qtbot, db, tmp_path):
    """An AppContext over a fresh shop, with background jobs run inline."""
    from PySide6.QtCore import QSettings

    from csdesk.ui.context import AppContext
    from csdesk.ui.notices import ChangeNotices
    from csdesk.ui.tasks import TaskRunner
    from csdesk.ui.translation import Translators

    settings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    translators = Translators()
    translators.apply("en")
    context = AppContext(db, ChangeNotices(), TaskRunner(inline=True), settings, translators, "en")
    yield context
    translators.apply("en")


@pytest.fixture(autouse=True)
def nobody_left_signed_in():
    """Each test ends as it began: nobody signed in.

    A sign-in left behind would author the next test's entries and pass its checks.
    """
    from csdesk.services.authors import signed_in

    assert signed_in() is None
    yield
    assert signed_in() is None, "a test left somebody signed in"


@pytest.fixture(autouse=True)
def no_dialog_left_open(request):
    """Fail a UI test that leaves a dialog or message box open (it would block a user)."""
    yield
    if "qtbot" not in request.fixturenames and "ctx" not in request.fixturenames:
        return
    from PySide6.QtWidgets import QApplication, QDialog

    app = QApplication.instance()
    if app is None:
        return
    left = [w for w in app.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()]
    for widget in left:
        widget.close()
    assert not left, f"dialogs left open: {[w.windowTitle() for w in left]}"


def type_text(qtbot, widget, text: str) -> None:
    """Type ``text`` as a user would: ASCII by key clicks, Chinese through an input method.

    QTest cannot synthesise keys for CJK characters; an IME commits them with a
    QInputMethodEvent, which is what the widget receives on a real machine.
    """
    from PySide6.QtGui import QInputMethodEvent
    from PySide6.QtWidgets import QApplication

    for chunk in _ascii_runs(text):
        if chunk.isascii():
            qtbot.keyClicks(widget, chunk)
        else:
            event = QInputMethodEvent()
            event.setCommitString(chunk)
            QApplication.sendEvent(widget, event)


def _ascii_runs(text: str) -> list[str]:
    runs: list[str] = []
    for ch in text:
        if runs and runs[-1][-1].isascii() == ch.isascii():
            runs[-1] += ch
        else:
            runs.append(ch)
    return runs


def pytest_configure(config) -> None:
    if engines.ON_SERVER and not engines.SERVER:
        raise pytest.UsageError("CSDESK_TEST_ENGINE=postgresql needs CSDESK_TEST_PG")


def pytest_collection_modifyitems(config, items) -> None:
    """On the server pass, keep the tests that use a shop (see ``tests.engines``)."""
    if not engines.ON_SERVER:
        return
    kept = [item for item in items if engines.runs_on_server(item)]
    config.hook.pytest_deselected(items=[item for item in items if item not in kept])
    items[:] = kept
