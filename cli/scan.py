"""`outingwatch scan [FILE|-]`: judge edit records (JSON lines), write decisions in input order."""

from __future__ import annotations

import argparse
import json
import sys
from typing import IO

from judgement.batch import Totals, judge_lines
from judgement.config import ConfigError, JudgeConfig, load_config
from judgement.explain import lines as explained
from judgement.judged import Judged
from training.progress import Progress

NEAR_MISS = 0.5  # of the flag threshold: decisions above it are explained on stderr too


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", nargs="?", default="-",
                        help="edit records, one JSON a line (- for stdin)")
    parser.add_argument("--out", default="-", help="where to write decisions (default stdout)")
    parser.add_argument("--jobs", type=int, default=0,
                        help="worker processes (0: judge in this process, for debugging)")
    parser.add_argument("--config", default=None, help="judgement config JSON (default: packaged)")
    parser.add_argument("--explain", action="store_true",
                        help="add each decision's findings and the features that moved its "
                             "score most (values masked), and print them for flags and near "
                             "misses")


def _open_in(path: str) -> IO[str]:
    return sys.stdin if path == "-" else open(path, encoding="utf-8")


def _open_out(path: str) -> IO[str]:
    return sys.stdout if path == "-" else open(path, "w", encoding="utf-8")


def main(args: argparse.Namespace) -> int:
    try:
        config = load_config(args.config)
        if args.explain:
            config = JudgeConfig({**config.data, "explain": True}, config.source)
        source, sink = _open_in(args.file), _open_out(args.out)
    except (ConfigError, OSError) as exc:
        print(f"outingwatch scan: {exc}", file=sys.stderr)
        return 2
    totals = Totals()
    progress = Progress("judging", _size(args.file))
    try:
        for judged in judge_lines(source, config, args.jobs):
            totals.add(judged)
            row = judged.decision.to_json()
            if args.explain:
                row["explain"] = _explanation(judged)
                _print_explanation(judged)
            sink.write(json.dumps(row, ensure_ascii=False) + "\n")
            progress(totals.judged)
    finally:
        for handle in (source, sink):
            if handle not in (sys.stdin, sys.stdout):
                handle.close()
    print(f"judged {totals.judged}, flagged {totals.flagged}, errors {totals.errors}, "
          f"ner {totals.ner}", file=sys.stderr)
    return 1 if totals.errors else 0


def _size(path: str) -> int:
    """Lines in the input when it is a file (for the progress line), else 0."""
    if path == "-":
        return 0
    with open(path, "rb") as handle:
        return sum(1 for _ in handle)


def _explanation(judged: Judged) -> dict[str, object]:
    return {"findings": [list(f) for f in judged.found],
            "features": [[name, round(push, 4)] for name, push in judged.explanation]}


def _print_explanation(judged: Judged) -> None:
    d = judged.decision
    if not judged.explanation or (not d.flag and d.score < NEAR_MISS * judged.threshold):
        return
    state = f"flagged ({d.tier})" if d.flag else "near miss"
    print(f"{d.id}: {state}, score {d.score:.2f}", file=sys.stderr)
    for kind, confidence, snippet in judged.found:
        print(f"  found {kind} ({confidence:.2f}): {snippet}", file=sys.stderr)
    for line in explained(list(judged.explanation)):
        print(f"  {line}", file=sys.stderr)
