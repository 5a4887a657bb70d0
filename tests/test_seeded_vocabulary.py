"""Seeded vocabulary reads in the current language until it is renamed (issue 19, §3)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from csdesk.common import i18n
from csdesk.services.complaints import complaint_settings
from csdesk.services.database import open_database


def top_names(db) -> list[str]:
    return [c.name for c in complaint_settings.list_categories(db) if c.parent_id is None]


def cause_names(db) -> list[str]:
    return [c.name for c in complaint_settings.list_root_causes(db)]


#: A year the chinese-calendar package knows; "this year" need not be (in January the
#: State Council's new notice may not be in any release yet).
KNOWN_YEAR = 2026


@pytest.fixture
def in_known_year(monkeypatch):
    """New shops are made on 1 June of ``KNOWN_YEAR``, whatever the machine's date."""
    from csdesk.services.complaints import complaint_timing

    class June(date):
        @classmethod
        def today(cls) -> date:
            return date(KNOWN_YEAR, 6, 1)

    monkeypatch.setattr(complaint_timing, "date", June)


def test_a_shop_made_in_english_reads_in_chinese_and_back(db):
    english = top_names(db)
    assert english[0] == "Logistics" and "Other" in cause_names(db)
    with i18n.speaking("zh_CN"):
        assert top_names(db)[0] == "物流" and "其他" in cause_names(db)
    with i18n.speaking("zh_TW"):
        assert top_names(db)[0] == i18n.translate("Complaints", "Logistics") != "Logistics"
    assert top_names(db) == english


def test_a_shop_made_in_chinese_reads_in_english(tmp_path):
    with i18n.speaking("zh_CN"):
        shop = open_database(tmp_path / "zh.sqlite3")
        chinese = top_names(shop)
    try:
        assert chinese[0] == "物流"
        assert top_names(shop)[0] == "Logistics"
    finally:
        shop.close()


def test_a_renamed_entry_keeps_its_name_in_every_language(db):
    first = complaint_settings.list_categories(db)[0]
    complaint_settings.rename_category(db, first.id, "快递问题")
    for language in ("en", "zh_CN", "zh_TW"):
        with i18n.speaking(language):
            assert top_names(db)[0] == "快递问题"


def test_a_seeded_name_in_another_language_finds_the_same_entry(db):
    """A file written in Chinese files complaints under the English shop's categories."""
    with db.read() as session:
        found = complaint_settings.find_category(session, "物流", None)
        assert found is not None and found.name == "Logistics"
        cause = complaint_settings.find_root_cause(session, "其他")
        assert cause is not None and cause.name == "Other"


def test_seeded_course_titles_follow_the_language_and_renames_stay(db):
    from csdesk.services.training import courses, training_status

    def titles() -> dict[str, str]:
        return {c.code: c.title for c in courses.list_courses(db)}

    assert titles()["BAS-ETQ"] == "Service etiquette"
    with i18n.speaking("zh_CN"):
        chinese = i18n.translate("Courses", "Service etiquette")
        assert chinese != "Service etiquette" and titles()["BAS-ETQ"] == chinese
        matrix = training_status.training_matrix(db)
        assert chinese in {c.title for c in matrix.courses}
    record = next(c for c in courses.list_courses(db) if c.code == "BAS-COM")
    courses.update_course(db, record.id, replace(record.data, title="沟通技巧（内训版）"))
    with i18n.speaking("zh_TW"):
        assert titles()["BAS-COM"] == "沟通技巧（内训版）"


def test_a_new_mainland_shop_starts_with_the_public_holidays(tmp_path, db, in_known_year):
    """国庆 does not run the complaint clocks; a shop made in English has no calendar."""
    from csdesk.services.complaints import complaint_timing

    with i18n.speaking("zh_CN"):
        shop = open_database(tmp_path / "cn.sqlite3")
    try:
        days = {e.day: e for e in complaint_timing.calendar_entries(shop)}
    finally:
        shop.close()
    year = KNOWN_YEAR
    known = complaint_timing.mainland_holidays(year)  # what the package knows that year
    assert {e.day for e in known} <= set(days)
    assert days[date(year, 10, 1)].kind == complaint_timing.HOLIDAY
    assert complaint_timing.calendar_entries(db) == []


def test_seeded_shift_and_rubric_names_follow_the_language(db):
    from csdesk.services.performance import qa_rubric_list
    from csdesk.services.rota import rota_shifts

    assert rota_shifts.shifts(db)[0].name == "Morning"
    (rubric,) = qa_rubric_list.rubrics(db)
    assert rubric.name == "Standard review"
    with i18n.speaking("zh_CN"):
        assert rota_shifts.shifts(db)[0].name == i18n.translate("Rota", "Morning")
        (rubric,) = qa_rubric_list.rubrics(db)
        assert rubric.name == i18n.translate("QA", "Standard review") != "Standard review"
        names = {rule.name for _id, rule in rubric.categories}
        assert i18n.translate("QA", "Script compliance") in names


def test_a_mainland_shop_made_in_a_year_the_package_does_not_know_starts_empty(
    tmp_path, monkeypatch
):
    """No invented holidays: the shop opens, its calendar is left for the supervisor."""
    from csdesk.services.complaints import complaint_timing

    class Later(date):
        @classmethod
        def today(cls) -> date:
            return date(2099, 6, 1)

    monkeypatch.setattr(complaint_timing, "date", Later)
    with i18n.speaking("zh_CN"):
        shop = open_database(tmp_path / "cn.sqlite3")
    try:
        assert complaint_timing.calendar_entries(shop) == []
    finally:
        shop.close()


def test_holiday_names_filled_in_by_csdesk_follow_the_language(tmp_path, in_known_year):
    from csdesk.services.complaints import complaint_timing

    with i18n.speaking("zh_CN"):
        shop = open_database(tmp_path / "cn.sqlite3")
    try:
        national = date(KNOWN_YEAR, 10, 1)
        notes = {e.day: e.note for e in complaint_timing.calendar_entries(shop)}
        assert notes[national] == "National Day"
        with i18n.speaking("zh_CN"):
            chinese = {e.day: e.note for e in complaint_timing.calendar_entries(shop)}
            assert chinese[national] == i18n.translate("Complaints", "National Day") == "国庆节"
    finally:
        shop.close()


def test_a_chinese_shop_codes_its_shifts_in_chinese_and_takes_the_letters_too(tmp_path, db):
    from csdesk.domain.weeks import Week
    from csdesk.services.rota import rota_shifts, week_edits, week_plan
    from csdesk.services.staff import agent_changes
    from csdesk.services.staff import agents as staff

    with i18n.speaking("zh_CN"):
        shop = open_database(tmp_path / "cn.sqlite3")
    try:
        assert [s.code for s in rota_shifts.shifts(shop)] == ["早", "中", "晚", "夜"]
        agent = agent_changes.create_agent(shop, staff.AgentData("CS1", "张三"))
        monday = date(2026, 12, 7)
        week_edits.set_days(shop, [week_edits.DayEdit(agent, monday, ("m", "晚"))])
        plan = week_plan.week_rota(shop, Week.of(monday)).plan(agent, monday)
        assert plan.codes == ("早", "晚")
    finally:
        shop.close()
    # and an English shop takes 早 for M
    english = agent_changes.create_agent(db, staff.AgentData("CS2", "李四"))
    week_edits.set_days(db, [week_edits.DayEdit(english, date(2026, 12, 8), ("早",))])
    day = week_plan.week_rota(db, Week.of(date(2026, 12, 8))).plan(english, date(2026, 12, 8))
    assert day.codes == ("M",)
