"""The ranking half of `outingwatch eval`: precision-recall curve (text and PNG), its area,
the calibration table, the threshold for a wanted precision, and figures per wiki."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from training import curves, plots

SAMPLED = (0.05, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95)


def _pairs(labelled: Sequence[Mapping[str, Any]],
           decisions: Mapping[str, Mapping[str, Any]]) -> tuple[list[int], list[float]]:
    y = [int(bool((r.get("expect") or {}).get("flag"))) for r in labelled]
    p = [float(decisions.get(str(r["id"]), {}).get("score", 0.0)) for r in labelled]
    return y, p


def render(labelled: Sequence[Mapping[str, Any]], decisions: Mapping[str, Mapping[str, Any]],
           precision: float, png: Path | None) -> str:
    y, p = _pairs(labelled, decisions)
    if not any(y) or all(y):
        return "ranking: needs both outing and other edits in the corpus"
    lines = [f"average precision (area under the PR curve): {curves.area(y, p):.3f}",
             "", "threshold precision recall  flagged"]
    for t in SAMPLED:
        flagged = [s >= t for s in p]
        c = curves.counts(y, flagged)
        lines.append(f"{t:9.2f} {c['precision']:9.3f} {c['recall']:6.3f} {sum(flagged):8d}")
    point = curves.at_precision(y, p, precision)
    lines += ["", f"threshold for precision >= {precision:.2f}: {point.threshold:.4f} "
              f"(precision {point.precision:.3f}, recall {point.recall:.3f})", "",
              "calibration: bin       n  mean score  observed"]
    lines += [f"             {r['bin']:<8} {r['n']:4d} {r['mean_score']:10.3f} {r['observed']:9.3f}"
              for r in curves.calibration_table(y, p)]
    lines += ["", *per_wiki(labelled, decisions)]
    if png is not None:
        plots.pr_curve(png, {"this corpus": curves.curve(y, p)},
                       {f"P>={precision:.2f}": point}, "outing judgement")
        lines.append(f"precision-recall curve written to {png}")
    return "\n".join(lines)


def per_wiki(labelled: Sequence[Mapping[str, Any]],
             decisions: Mapping[str, Mapping[str, Any]]) -> list[str]:
    lines = ["wiki            precision recall    tp    fp    fn"]
    for wiki in sorted({str(r.get("wiki", "")) for r in labelled}):
        mine = [r for r in labelled if str(r.get("wiki", "")) == wiki]
        y = [int(bool((r.get("expect") or {}).get("flag"))) for r in mine]
        flagged = [bool(decisions.get(str(r["id"]), {}).get("flag")) for r in mine]
        c = curves.counts(y, flagged)
        lines.append(f"{wiki:<15} {c['precision']:9.3f} {c['recall']:6.3f} {c['tp']:5d} "
                     f"{c['fp']:5d} {c['fn']:5d}")
    return lines
