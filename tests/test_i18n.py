"""Translations are complete, keep their placeholders, and are compiled."""

import re
import string
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from csdesk.common import i18n, languages
from csdesk.common.paths import resource

LANGS = ["zh_CN", "zh_TW"]
ROOT = Path(__file__).resolve().parent.parent


def messages(lang):
    root = ET.parse(resource("i18n", f"csdesk_{lang}.ts")).getroot()
    for context in root.iter("context"):
        for message in context.iter("message"):
            yield context.findtext("name"), message.findtext("source"), message.find("translation")


def texts_of(translation) -> list[str]:
    """A translation's texts: its one text, or each numerus form of a count."""
    forms = [form.text or "" for form in translation.iter("numerusform")]
    return forms or [translation.text or ""]


@pytest.mark.parametrize("lang", [*LANGS, "en"])
def test_every_string_is_translated(lang):
    unfinished = [
        (c, s)
        for c, s, t in messages(lang)
        if t is None
        or t.get("type") == "unfinished"
        or not all(text.strip() for text in texts_of(t))
    ]
    assert unfinished == []


def test_english_has_a_singular_for_every_count_and_chinese_one_form():
    """Counts read "1 agent", "2 agents" (numerus forms), not "1 agents"."""
    counted = {(c, s): texts_of(t) for c, s, t in messages("en")}
    assert counted, "the English catalogue lists the messages that count"
    for (context, source), forms in counted.items():
        assert len(forms) == 2 and forms[1] == source and forms[0] != source, (context, source)
    for lang in LANGS:
        numerus = {
            (c, s): texts_of(t) for c, s, t in messages(lang) if t.find("numerusform") is not None
        }
        assert set(numerus) == set(counted), lang
        assert all(len(forms) == 1 for forms in numerus.values()), lang


def test_a_count_of_one_is_singular_in_english_and_the_same_in_chinese():
    message = ("StaffPage", "{count} agents written to {path}")
    one = i18n.translate(*message, None, 1).format(count=1, path="x.pdf")
    two = i18n.translate(*message, None, 2).format(count=2, path="x.pdf")
    assert (one, two) == ("1 agent written to x.pdf", "2 agents written to x.pdf")
    with i18n.speaking("zh_CN"):
        assert i18n.translate(*message, None, 1) == i18n.translate(*message, None, 2)
        assert "{count}" in i18n.translate(*message, None, 1)


def format_fields(text: str) -> list[tuple[str, str, str]]:
    """Each ``{field:spec!conversion}`` of a str.format text, as Python itself parses it.

    A regex for ``{name}`` missed ``{coefficient:g}`` and ``{target:.0%}``: a translation
    that drops the spec formats the number differently, one that breaks it crashes.
    """
    return sorted(
        (name, spec or "", conversion or "")
        for _literal, name, spec, conversion in string.Formatter().parse(text)
        if name is not None
    )


def test_format_fields_see_specs():
    assert format_fields("{coefficient:g} and {target:.0%} of {count}") == [
        ("coefficient", "g", ""),
        ("count", "", ""),
        ("target", ".0%", ""),
    ]


@pytest.mark.parametrize("lang", [*LANGS, "en"])
def test_translations_keep_placeholders_and_accelerators(lang):
    for context, source, translation in messages(lang):
        for text in texts_of(translation):
            assert format_fields(source) == format_fields(text), (context, source)
            if re.search(r"&\w", source):
                assert re.search(r"&\w", text), (context, source)


def test_the_catalogue_covers_every_string_in_the_code(tmp_path):
    """Running lupdate on the current code finds nothing that the .ts files lack."""
    out = tmp_path / "fresh.ts"
    sources = [str(p) for p in (ROOT / "csdesk").rglob("*.py") if "migrations" not in p.parts]
    subprocess.run(
        ["pyside6-lupdate", *sources, "-no-obsolete", "-ts", str(out)],
        check=True,
        capture_output=True,
    )
    fresh = {(c, s) for c, s, _ in messages_of(out)}
    shipped = {(c, s) for c, s, _ in messages("zh_CN")}
    assert fresh - shipped == set()


def messages_of(path):
    root = ET.parse(path).getroot()
    for context in root.iter("context"):
        for message in context.iter("message"):
            yield context.findtext("name"), message.findtext("source"), None


@pytest.mark.parametrize("lang", [*LANGS, "en"])
def test_compiled_qm_files_are_up_to_date(lang, tmp_path):
    ts = resource("i18n", f"csdesk_{lang}.ts")
    qm = resource("i18n", f"csdesk_{lang}.qm")
    fresh = tmp_path / "x.qm"
    result = subprocess.run(
        ["pyside6-lrelease", str(ts), "-qm", str(fresh)], check=True, capture_output=True, text=True
    )
    assert " 0 unfinished" in result.stdout
    assert qm.read_bytes() == fresh.read_bytes(), "run: python scripts/i18n.py release"


@pytest.mark.parametrize(
    ("tag", "expected"),
    [
        ("zh_CN.UTF-8", "zh_CN"),
        ("zh_SG", "zh_CN"),
        ("zh-Hans", "zh_CN"),
        ("zh_TW", "zh_TW"),
        ("zh_HK.UTF-8", "zh_TW"),
        ("zh_MO", "zh_TW"),
        ("zh-Hant-HK", "zh_TW"),
        ("en_GB", "en"),
        ("C", "en"),
        ("fr_FR", None),
        ("", None),
    ],
)
def test_locales_map_to_shipped_languages(tag, expected):
    assert languages.normalize(tag) == expected


def test_choice_order_is_flag_then_environment_then_stored(monkeypatch):
    monkeypatch.setenv("CSDESK_LANG", "zh_TW")
    assert languages.choose_language("en", "zh_CN") == "en"
    assert languages.choose_language(None, "zh_CN") == "zh_TW"
    monkeypatch.delenv("CSDESK_LANG")
    assert languages.choose_language(None, "zh_CN") == "zh_CN"
    with pytest.raises(ValueError):
        languages.choose_language("klingon")


def test_qt_free_translate_reads_the_same_catalogue():
    with i18n.speaking("zh_TW"):
        assert i18n.translate("Labels", "Senior") == "資深"
        with i18n.speaking("zh_CN"):
            assert i18n.translate("Labels", "Senior") == "高级"
            assert i18n.translate("Nowhere", "untranslated text") == "untranslated text"
        assert i18n.language() == "zh_TW"
    assert i18n.language() == "en"


def test_a_background_job_speaks_the_language_of_the_click_that_started_it(qapp):
    """Worker threads run in a copy of the starting context (no global to race on)."""
    from csdesk.ui.tasks import TaskRunner

    runner = TaskRunner()
    heard: list[str] = []
    with i18n.speaking("zh_CN"):
        runner.run(lambda: i18n.translate("Labels", "Senior"), heard.append, heard.append)
    assert runner.wait()
    qapp.processEvents()
    assert heard == ["高级"]
    assert i18n.language() == "en"


def _translation_calls_inside_fstrings(source: str) -> list[int]:
    import ast

    lines = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.JoinedStr):
            continue
        for inner in ast.walk(node):
            func = getattr(inner, "func", None) if isinstance(inner, ast.Call) else None
            name = getattr(func, "attr", None) or getattr(func, "id", None)
            if name in ("tr", "translate"):
                lines.append(inner.lineno)
    return lines


def test_no_translation_call_hides_inside_an_fstring():
    """Texts inside f-strings are never extracted by lupdate, so never translated."""
    root = Path(__file__).resolve().parent.parent / "csdesk"
    found = {
        str(path.relative_to(root)): lines
        for path in root.rglob("*.py")
        if (lines := _translation_calls_inside_fstrings(path.read_text(encoding="utf-8")))
    }
    assert found == {}


def test_durations_read_as_seconds_or_minutes_and_seconds_in_each_language():
    from csdesk.common.appraisal_labels import duration_text

    assert (duration_text(42.4), duration_text(422)) == ("42 s", "7 min 02 s")
    with i18n.speaking("zh_CN"):
        assert (duration_text(42), duration_text(422)) == ("42 秒", "7分02秒")


def test_weeks_read_as_the_language_names_them():
    from csdesk.common.rota_labels import week_title
    from csdesk.domain.weeks import Week

    assert week_title(Week(2026, 50)) == "2026-W50"
    with i18n.speaking("zh_CN"):
        assert week_title(Week(2026, 50)) == "2026年第50周"
        assert week_title(Week(2027, 5)) == "2027年第5周"
