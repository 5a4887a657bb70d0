"""The complaint vocabulary csdesk seeds, named in the reader's language.

Categories and root causes are created with the names of the language in force that
day; wherever they are shown (lists, case files, the monthly review, exports) a seeded
name that the supervisor did not rename is shown in the current language.
"""

from __future__ import annotations

from functools import cache

from csdesk.common.i18n import language, translate
from csdesk.common.seeded import english, seeded_table, shown_name

#: The key of the quality category (a quality complaint needs a corrective action).
QUALITY = "quality"


def default_categories() -> list[tuple[str, str, list[tuple[str, str]]]]:
    """The plans' categories in the language in force: (key, name, subcategories)."""
    return [
        (
            "logistics",
            translate("Complaints", "Logistics"),
            [
                ("late", translate("Complaints", "Late delivery")),
                ("lost", translate("Complaints", "Lost parcel")),
                ("damaged", translate("Complaints", "Damaged in transit")),
            ],
        ),
        (
            QUALITY,
            translate("Complaints", "Product quality"),
            [
                ("design_defect", translate("Complaints", "Design defect")),
                ("production_flaw", translate("Complaints", "Production flaw")),
                ("packaging", translate("Complaints", "Packaging")),
            ],
        ),
        ("not_as_described", translate("Complaints", "Not as described"), []),
        ("attitude", translate("Complaints", "Service attitude"), []),
        (
            "returns",
            translate("Complaints", "Return / exchange / re-ship / cancellation"),
            [
                ("return", translate("Complaints", "Return")),
                ("exchange", translate("Complaints", "Exchange")),
                ("reship", translate("Complaints", "Re-ship")),
                ("cancellation", translate("Complaints", "Cancellation")),
            ],
        ),
        ("refund", translate("Complaints", "Refund"), []),
        ("price", translate("Complaints", "Price"), []),
        ("other", translate("Complaints", "Other"), []),
    ]


def default_root_causes() -> list[str]:
    """A starting taxonomy of root causes, in the language in force."""
    return [
        translate("Complaints", "Courier delay or mishandling"),
        translate("Complaints", "Warehouse picking or packing error"),
        translate("Complaints", "Supplier quality problem"),
        translate("Complaints", "Product design problem"),
        translate("Complaints", "Listing or description inaccurate"),
        translate("Complaints", "Agent product knowledge gap"),
        translate("Complaints", "Agent attitude or wording"),
        translate("Complaints", "Process or policy gap"),
        translate("Complaints", "System or platform fault"),
        translate("Complaints", "Customer misunderstanding"),
        translate("Complaints", "Other"),
    ]


def _category_sources() -> list[str]:
    names = []
    for _key, name, subs in default_categories():
        names.append(name)
        names.extend(sub for _sub_key, sub in subs)
    return names


@cache
def _categories(_language: str) -> dict[str, str]:
    return seeded_table("Complaints", english(_category_sources))


@cache
def _causes(_language: str) -> dict[str, str]:
    return seeded_table("Complaints", english(default_root_causes))


def category_name(stored: str | None) -> str:
    """A category's name as shown now ("" for none)."""
    return shown_name(stored, _categories(language())) if stored else ""


def cause_name(stored: str | None) -> str:
    """A root cause's name as shown now ("" for none)."""
    return shown_name(stored, _causes(language())) if stored else ""
