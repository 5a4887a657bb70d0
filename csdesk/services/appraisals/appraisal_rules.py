"""The shop's appraisal rules: versions by the month they take effect, checked, stored.

A month is appraised by the newest rule set that took effect at or before it; a shop
that never edited its rules uses the defaults of ``appraisal_drafts.default_rules``.
Saving a set for a month replaces that month's set only: earlier months keep theirs,
and a finalised appraisal keeps the numbers it was computed with whatever happens here.
Every problem is said in the user's language, so the editor lists them all at once.
Rules never take effect in a closed month: its appraisals were paid by the rules of
their time, and an amendment of them is recomputed by those same rules.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, select

from csdesk.common.appraisal_labels import kpi_labels
from csdesk.common.i18n import translate
from csdesk.common.labels import label, month_title, post_labels
from csdesk.data.appraisals import AppraisalMonth, AppraisalRuleSet
from csdesk.domain.access import Permission
from csdesk.domain.grading import DEFAULT_BANDS, DEFAULT_VETOES, GRADES, BonusRule, Veto
from csdesk.domain.kpis import BY_KEY, Direction
from csdesk.domain.months import Month
from csdesk.domain.scorecard_defaults import default_card
from csdesk.domain.scoring import Line
from csdesk.domain.scoring_rules import Band, RuleKind, RuleProblem, ScoringRule
from csdesk.domain.staff import Post
from csdesk.services.accounts.access import require
from csdesk.services.audit.audit_log import record
from csdesk.services.authors import author_of
from csdesk.services.database import Database
from csdesk.services.errors import UserError

#: Bonus base per post for a new shop (cents): the owner sets the real amounts.
DEFAULT_BONUS = BonusRule(
    base={
        Post.PRE_SALES: 100000,
        Post.AFTER_SALES: 80000,
        Post.COMPLAINTS: 90000,
        Post.TECH_SUPPORT: 90000,
    }
)


#: A month grades an agent only when KPIs carrying this share of the scorecard's weight
#: have data; below it the line says "not enough data" (a month with one KPI of four
#: would otherwise give that one KPI the whole weight).
DEFAULT_MIN_COVERAGE = 0.6


@dataclass(frozen=True)
class Rules:
    """Everything an appraisal is computed by; a shop's own or the defaults."""

    cards: Mapping[str, Sequence[Line]]  # post -> scorecard lines
    bands: Sequence[tuple[str, float]] = DEFAULT_BANDS
    vetoes: Sequence[Veto] = DEFAULT_VETOES
    bonus: BonusRule = DEFAULT_BONUS
    min_coverage: float = DEFAULT_MIN_COVERAGE  # share of the card's weight, 0-1


def default_rules() -> Rules:
    """The rules a new shop starts with."""
    return Rules(cards={post: default_card(post) for post in Post})


# --- JSON: the stored form of a rule set ------------------------------------------------


def _rule_json(rule: ScoringRule) -> dict[str, Any]:
    if rule.kind is RuleKind.BANDS:
        return {
            "kind": "bands",
            "bands": [[b.threshold, b.points] for b in rule.bands],
            "below": rule.below,
        }
    return {"kind": "linear", "floor": rule.floor, "target": rule.target, "cap": rule.cap}


def _rule_of(data: dict[str, Any]) -> ScoringRule:
    if data["kind"] == RuleKind.BANDS:
        bands = tuple(Band(float(t), float(p)) for t, p in data["bands"])
        return ScoringRule(RuleKind.BANDS, bands, below=float(data.get("below", 0.0)))
    return ScoringRule(
        RuleKind.LINEAR,
        floor=float(data["floor"]),
        target=float(data["target"]),
        cap=float(data.get("cap", 100.0)),
    )


def rules_json(rules: Rules) -> dict[str, Any]:
    """``rules`` as the JSON the database keeps."""
    bonus = rules.bonus
    return {
        "cards": {
            str(post): [
                {
                    "kpi": line.kpi,
                    "weight": line.weight,
                    "direction": str(line.direction),
                    "rule": _rule_json(line.rule),
                }
                for line in lines
            ]
            for post, lines in rules.cards.items()
        },
        "grades": [[grade, minimum] for grade, minimum in rules.bands],
        "vetoes": [{"key": v.key, "cap": v.cap} for v in rules.vetoes],
        "bonus": {
            "base": dict(bonus.base),
            "coefficient": dict(bonus.coefficient),
            "pass_satisfaction": bonus.pass_satisfaction,
            "extra_satisfaction": bonus.extra_satisfaction,
            "extra": bonus.extra,
            "complaint_deduction": bonus.complaint_deduction,
        },
        "min_coverage": rules.min_coverage,
    }


def rules_of(data: dict[str, Any]) -> Rules:
    """The rule set stored as ``data`` (see ``rules_json``)."""
    cards = {
        post: tuple(
            Line(
                line["kpi"],
                float(line["weight"]),
                Direction(line["direction"]),
                _rule_of(line["rule"]),
            )
            for line in lines
        )
        for post, lines in data["cards"].items()
    }
    bonus = data["bonus"]
    return Rules(
        cards=cards,
        bands=tuple((grade, float(minimum)) for grade, minimum in data["grades"]),
        vetoes=tuple(Veto(v["key"], v["cap"]) for v in data["vetoes"]),
        bonus=BonusRule(
            base={post: int(amount) for post, amount in bonus["base"].items()},
            coefficient={g: float(c) for g, c in bonus["coefficient"].items()},
            pass_satisfaction=float(bonus["pass_satisfaction"]),
            extra_satisfaction=float(bonus["extra_satisfaction"]),
            extra=int(bonus["extra"]),
            complaint_deduction=int(bonus["complaint_deduction"]),
        ),
        # rule sets saved before the threshold existed get today's default
        min_coverage=float(data.get("min_coverage", DEFAULT_MIN_COVERAGE)),
    )


# --- checks -----------------------------------------------------------------------------


def _rule_problem_text(problem: RuleProblem) -> str:
    texts = {
        RuleProblem.NOT_FINITE: translate("Appraisal", "a number is missing or not a number"),
        RuleProblem.NO_BANDS: translate("Appraisal", "a band rule needs at least one band"),
        RuleProblem.FLOOR_IS_TARGET: translate(
            "Appraisal", "the floor and the target are the same"
        ),
        RuleProblem.NEGATIVE_CAP: translate("Appraisal", "the cap is below 0"),
        RuleProblem.WEIGHT: translate("Appraisal", "the weight must be above 0"),
    }
    return texts.get(problem.key, str(problem))


def problems(rules: Rules) -> list[str]:
    """Everything that stops ``rules`` from appraising a month (empty: they can)."""
    found: list[str] = []
    posts, kpis = post_labels(), kpi_labels()
    for post in Post:
        lines = rules.cards.get(post, ())
        where = label(posts, post)
        if not lines:
            found.append(
                translate("Appraisal", "{post}: the scorecard has no line.").format(post=where)
            )
        seen: set[str] = set()
        for number, line in enumerate(lines, start=1):
            name = label(kpis, line.kpi)
            prefix = translate("Appraisal", "{post}, line {number} ({kpi})").format(
                post=where, number=number, kpi=name
            )
            if line.kpi not in BY_KEY:
                found.append(
                    translate("Appraisal", "{where}: not a KPI csdesk knows.").format(where=prefix)
                )
            if line.kpi in seen:
                found.append(
                    translate("Appraisal", "{where}: the KPI is on the card twice.").format(
                        where=prefix
                    )
                )
            seen.add(line.kpi)
            if not (math.isfinite(line.weight) and line.weight > 0):
                found.append(
                    translate("Appraisal", "{where}: the weight must be above 0.").format(
                        where=prefix
                    )
                )
            try:
                line.rule.check()
            except RuleProblem as problem:
                found.append(f"{prefix}: {_rule_problem_text(problem)}.")
    minimums = [m for _g, m in rules.bands]
    if [g for g, _m in rules.bands] != list(GRADES[: len(rules.bands)]) or any(
        not math.isfinite(m) for m in minimums
    ):
        found.append(
            translate("Appraisal", "Grade bands must be A, B, C in that order, with numbers.")
        )
    elif any(a <= b for a, b in itertools.pairwise(minimums)):
        found.append(
            translate(
                "Appraisal", "Each grade needs a lower minimum total than the grade above it."
            )
        )
    bonus = rules.bonus
    if any(not (math.isfinite(c) and c >= 0) for c in bonus.coefficient.values()):
        found.append(translate("Appraisal", "A grade's bonus coefficient must be 0 or more."))
    amounts = [*bonus.base.values(), bonus.extra, bonus.complaint_deduction]
    if any(a < 0 for a in amounts):
        found.append(translate("Appraisal", "Bonus amounts must be 0 or more."))
    if not (
        math.isfinite(bonus.pass_satisfaction)
        and math.isfinite(bonus.extra_satisfaction)
        and 0 <= bonus.pass_satisfaction <= bonus.extra_satisfaction <= 100
    ):
        found.append(
            translate(
                "Appraisal",
                "The satisfaction pass line must be between 0 and 100 % and not above the "
                "extra tier.",
            )
        )
    if not (math.isfinite(rules.min_coverage) and 0 <= rules.min_coverage <= 1):
        found.append(
            translate("Appraisal", "The share of the scorecard that needs data must be 0 to 100 %.")
        )
    if any(v.cap not in GRADES for v in rules.vetoes):
        found.append(translate("Appraisal", "A veto must cap the grade at A, B, C or D."))
    return found


# --- stored versions --------------------------------------------------------------------


@dataclass(frozen=True)
class RuleVersion:
    """A stored rule set and when it took effect."""

    effective: Month
    rules: Rules
    saved_at: datetime
    saved_by: str


def rule_versions(db: Database) -> list[RuleVersion]:
    """Every stored rule set, oldest first."""
    with db.read() as session:
        rows = session.scalars(select(AppraisalRuleSet).order_by(AppraisalRuleSet.effective_month))
        return [
            RuleVersion(Month.parse(r.effective_month), rules_of(r.rules), r.saved_at, r.saved_by)
            for r in rows
        ]


def rules_for(db: Database, month: Month) -> Rules:
    """The rules ``month`` is appraised by: the newest set in effect, else the defaults."""
    with db.read() as session:
        row = session.scalars(
            select(AppraisalRuleSet)
            .where(AppraisalRuleSet.effective_month <= str(month))
            .order_by(AppraisalRuleSet.effective_month.desc())
            .limit(1)
        ).first()
        return rules_of(row.rules) if row is not None else default_rules()


def first_open_month(db: Database) -> Month | None:
    """The first month after the last closed one (None: no month was closed)."""
    with db.read() as session:
        last = session.scalar(select(func.max(AppraisalMonth.month)))
    return Month.parse(last).shift(1) if last else None


def save_rules(db: Database, effective: Month, rules: Rules, author: str | None = None) -> None:
    """Store ``rules`` as the set in effect from ``effective`` (replacing that month's).

    Raises:
        UserError: the rules have problems (all listed), or ``effective`` is not after
            the last closed month; nothing was saved.
    """
    require(db, Permission.RULES)
    found = problems(rules)
    opens = first_open_month(db)
    if opens is not None and effective < opens:
        found.insert(
            0,
            translate(
                "Appraisal",
                "Months up to {closed} are closed and keep their rules: new rules can take "
                "effect from {month} on.",
            ).format(closed=month_title(opens.shift(-1)), month=month_title(opens)),
        )
    if found:
        raise UserError(translate("Appraisal", "The rules were not saved."), found)
    with db.write() as session:
        row = session.scalars(
            select(AppraisalRuleSet).where(AppraisalRuleSet.effective_month == str(effective))
        ).first()
        if row is None:
            row = AppraisalRuleSet(effective_month=str(effective))
            session.add(row)
        record(session, "save", "rules", str(effective), "rules", row.rules or "",
               rules_json(rules))  # fmt: skip
        row.rules = rules_json(rules)
        row.saved_at = datetime.now()
        row.saved_by = author_of(author)
