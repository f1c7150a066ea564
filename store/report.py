"""The report's figures from the ledger: per wiki and type, the live precision and recall
proxies, the misses by score band, the oversighters' outcomes, and the labelled export.

Everything here is content-free: wikis, revision ids, types, scores, tiers and outcomes.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from store.ledger import WIKI_ACTOR, ReportData, band
from store.model import ALREADY_HIDDEN, DISMISSED, DUPLICATE, SUPPRESSED

ALL = "all"
NONE_KIND = "-"


@dataclass
class Figures:
    flagged: int = 0
    flagged_suppressed: int = 0
    suppressed_judged: int = 0
    suppressed_flagged: int = 0
    misses: Counter[str] = field(default_factory=Counter)  # by score band

    @property
    def precision(self) -> float | None:
        return self.flagged_suppressed / self.flagged if self.flagged else None

    @property
    def recall(self) -> float | None:
        return self.suppressed_flagged / self.suppressed_judged if self.suppressed_judged else None


@dataclass
class Report:
    since_ms: int
    by_key: dict[tuple[str, str], Figures] = field(default_factory=dict)  # (wiki, type)
    unjudged: dict[str, int] = field(default_factory=dict)
    outcomes: dict[tuple[str, str], Counter[str]] = field(default_factory=dict)

    def figures(self, wiki: str, kind: str) -> Figures:
        return self.by_key.setdefault((wiki, kind), Figures())

    def totals(self) -> Figures:
        total = Figures()
        for (_, kind), one in self.by_key.items():
            if kind != ALL:
                continue
            total.flagged += one.flagged
            total.flagged_suppressed += one.flagged_suppressed
            total.suppressed_judged += one.suppressed_judged
            total.suppressed_flagged += one.suppressed_flagged
            total.misses.update(one.misses)
        return total

    def to_json(self) -> dict[str, Any]:
        rows = [{"wiki": w, "type": k, **_figures_json(f)}
                for (w, k), f in sorted(self.by_key.items())]
        outcomes = [{"wiki": w, "type": k, **dict(c)}
                    for (w, k), c in sorted(self.outcomes.items())]
        return {"since_ms": self.since_ms, "total": _figures_json(self.totals()), "rows": rows,
                "suppressed_unjudged": dict(sorted(self.unjudged.items())),
                "outcomes": outcomes}


def _figures_json(one: Figures) -> dict[str, Any]:
    return {"flagged": one.flagged, "flagged_suppressed": one.flagged_suppressed,
            "precision_proxy": one.precision, "suppressed_judged": one.suppressed_judged,
            "suppressed_flagged": one.suppressed_flagged, "recall_proxy": one.recall,
            "missed_by_band": dict(sorted(one.misses.items()))}


def _both(report: Report, wiki: str, kind: str) -> Iterator[Figures]:
    """Every figure counts in its (wiki, type) row and its wiki's all-types row."""
    yield report.figures(wiki, kind or NONE_KIND)
    yield report.figures(wiki, ALL)


def build_report(data: ReportData) -> Report:
    report = Report(data.since_ms, unjudged=dict(data.unjudged))
    for (wiki, kind), (flagged, suppressed) in data.flagged.items():
        for one in _both(report, wiki, kind):
            one.flagged += flagged
            one.flagged_suppressed += suppressed
    for row in data.suppressed:
        for one in _both(report, row.wiki, row.kind):
            one.suppressed_judged += 1
            if row.flagged:
                one.suppressed_flagged += 1
            else:
                one.misses[band(row.score)] += 1
    for resolved in data.resolved:
        outcome = outcome_name(resolved.outcome, resolved.actor)
        for kind in (resolved.types[0] if resolved.types else NONE_KIND, ALL):
            report.outcomes.setdefault((resolved.wiki, kind), Counter())[outcome] += 1
    return report


def outcome_name(outcome: str, actor: str) -> str:
    if outcome == ALREADY_HIDDEN and actor == WIKI_ACTOR:
        return "suppressed on the wiki"
    return {SUPPRESSED: "suppressed", DISMISSED: "not outing",
            ALREADY_HIDDEN: "already hidden", DUPLICATE: "duplicate"}.get(outcome, outcome)


def labelled(data: ReportData) -> Iterator[dict[str, Any]]:
    """Content-free labelled records for retraining: which revision, what was decided, and what
    people (or the wiki) then did. The text is fetched again by whoever retrains, with rights to
    read it; nothing here can out anyone."""
    for resolved in data.resolved:
        label = {SUPPRESSED: "outing", ALREADY_HIDDEN: "outing", DISMISSED: "not_outing"}.get(
            resolved.outcome, resolved.outcome.replace("-", "_"))
        yield {"wiki": resolved.wiki, "rev_id": resolved.rev_id, "label": label,
               "source": "wiki" if resolved.actor == WIKI_ACTOR else "oversighter",
               "flagged": True, "score": round(resolved.score, 4),
               "types": list(resolved.types)}
    for row in data.suppressed:
        if not row.flagged:
            yield {"wiki": row.wiki, "rev_id": row.rev_id, "label": "outing", "source": "wiki",
                   "flagged": False, "score": round(row.score, 4), "tier": row.tier,
                   "types": [row.kind] if row.kind else []}
