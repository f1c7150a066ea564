"""`outingwatch eval FILE`: precision, recall and F1 of the judgement on a labelled corpus.

Scores a decisions file when given (`--decisions`), else judges FILE itself first.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from judgement.batch import judge_lines
from judgement.config import ConfigError, load_config
from judgement.scoring import Report, Score, evaluate


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", help="labelled edit records (JSON lines with `expect`)")
    parser.add_argument("--decisions", default=None,
                        help="decision records to score (else: judge FILE)")
    parser.add_argument("--jobs", type=int, default=0,
                        help="worker processes when judging (0: in process)")
    parser.add_argument("--config", default=None, help="judgement config JSON (default: packaged)")
    parser.add_argument("--precision", type=float, default=0.9,
                        help="report the threshold giving the most recall at this precision")
    parser.add_argument("--curve", default=None,
                        help="write the precision-recall curve as a PNG to this path")


def _json_lines(lines: Iterable[str]) -> list[dict[str, Any]]:
    found = []
    for line in lines:
        try:
            obj = json.loads(line)
        except ValueError:
            continue
        if isinstance(obj, dict) and "id" in obj:
            found.append(obj)
    return found


def _decisions(args: argparse.Namespace, text: str) -> dict[str, dict[str, Any]]:
    if args.decisions:
        rows = _json_lines(Path(args.decisions).read_text(encoding="utf-8").splitlines())
    else:
        config = load_config(args.config)
        rows = [j.decision.to_json() for j in judge_lines(text.splitlines(), config, args.jobs)]
    return {str(row["id"]): row for row in rows}


def _line(label: str, score: Score) -> str:
    return (f"{label:<12} {score.precision:9.3f} {score.recall:7.3f} {score.f1:7.3f}"
            f" {score.tp:5d} {score.fp:5d} {score.fn:5d}")


def render(report: Report) -> str:
    rows = [f"{'':<12} {'precision':>9} {'recall':>7} {'f1':>7} {'tp':>5} {'fp':>5} {'fn':>5}",
            _line("overall", report.overall)]
    rows += [_line(t, s) for t, s in report.per_type.items()]
    rows.append(f"misses ({len(report.misses)}): {' '.join(report.misses) or '-'}")
    rows.append(f"false flags ({len(report.false_flags)}): {' '.join(report.false_flags) or '-'}")
    if report.unmatched:
        rows.append(f"labelled records without a decision: {report.unmatched}")
    return "\n".join(rows)


def main(args: argparse.Namespace) -> int:
    try:
        text = Path(args.file).read_text(encoding="utf-8")
        decisions = _decisions(args, text)
    except (ConfigError, OSError) as exc:
        print(f"outingwatch eval: {exc}", file=sys.stderr)
        return 2
    labelled = [row for row in _json_lines(text.splitlines()) if row.get("expect") is not None]
    print(render(evaluate(labelled, decisions)))
    try:
        from cli import eval_curves
    except ImportError:
        print("(curves need scikit-learn and matplotlib: pip install 'outingwatch[train]')")
        return 0
    png = Path(args.curve) if args.curve else None
    print()
    print(eval_curves.render(labelled, decisions, args.precision, png))
    return 0
