"""`outingwatch scan [FILE|-]`: judge edit records (JSON lines), write decisions in input order."""

from __future__ import annotations

import argparse
import json
import sys
from typing import IO

from judgement.batch import Totals, judge_lines
from judgement.config import ConfigError, load_config


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", nargs="?", default="-",
                        help="edit records, one JSON a line (- for stdin)")
    parser.add_argument("--out", default="-", help="where to write decisions (default stdout)")
    parser.add_argument("--jobs", type=int, default=0,
                        help="worker processes (0: judge in this process, for debugging)")
    parser.add_argument("--config", default=None, help="judgement config JSON (default: packaged)")


def _open_in(path: str) -> IO[str]:
    return sys.stdin if path == "-" else open(path, encoding="utf-8")


def _open_out(path: str) -> IO[str]:
    return sys.stdout if path == "-" else open(path, "w", encoding="utf-8")


def main(args: argparse.Namespace) -> int:
    try:
        config = load_config(args.config)
        source, sink = _open_in(args.file), _open_out(args.out)
    except (ConfigError, OSError) as exc:
        print(f"outingwatch scan: {exc}", file=sys.stderr)
        return 2
    totals = Totals()
    try:
        for judged in judge_lines(source, config, args.jobs):
            totals.add(judged)
            sink.write(json.dumps(judged.decision.to_json(), ensure_ascii=False) + "\n")
    finally:
        for handle in (source, sink):
            if handle not in (sys.stdin, sys.stdout):
                handle.close()
    print(f"judged {totals.judged}, flagged {totals.flagged}, errors {totals.errors}, "
          f"ner {totals.ner}", file=sys.stderr)
    return 1 if totals.errors else 0
