"""Diff parsing throughput: edits/s from a compare body to the added wikitext (and plain text).

The 250 real revision pairs of wikidiff2's test data (../shared/fixtures/wikidiff2/revs.json.gz)
are diffed once up front into the table markup the local API serves (wiki.differ, localised line
numbers). Each run then times, for every pair:
  parse     wiki.diffparse.parse_table_diff + added_wikitext (what the client does per edit)
  +plain    the same, then wikitext.convert.to_plain on the added wikitext (when it exists)
and, apart, the local API server's differ (wiki.differ.table_diff from the two texts).
The figure is the median of several runs.

    .venv/bin/python -m benchmarks.bench_diff [--runs 5]
"""

from __future__ import annotations

import argparse
import gzip
import importlib
import json
import statistics
import time
from collections.abc import Callable
from pathlib import Path

from wiki.answers import localise
from wiki.differ import table_diff
from wiki.diffparse import added_wikitext, parse_table_diff

PAIRS = Path(__file__).resolve().parents[2] / "shared/fixtures/wikidiff2/revs.json.gz"


def pairs() -> list[tuple[str, str]]:
    with gzip.open(PAIRS, "rt", encoding="utf-8") as fh:
        by_language: dict[str, list[list[str]]] = json.load(fh)
    return [(old, new) for _, some in sorted(by_language.items()) for old, new in some]


def bodies() -> list[str]:
    return [localise(table_diff(old, new)) for old, new in pairs()]


def differ_rate(texts: list[tuple[str, str]]) -> float:
    start = time.perf_counter()
    for old, new in texts:
        table_diff(old, new)
    return len(texts) / (time.perf_counter() - start)


def _plain() -> Callable[[str], object] | None:
    try:
        module = importlib.import_module("wikitext.convert")
    except ImportError:
        return None
    function = getattr(module, "to_plain", None)
    return function if callable(function) else None


def run(work: list[str], to_plain: Callable[[str], object] | None) -> float:
    start = time.perf_counter()
    for body in work:
        added = added_wikitext(parse_table_diff(body))
        if to_plain is not None:
            to_plain(added)
    return len(work) / (time.perf_counter() - start)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    work = bodies()
    size = sum(len(body.encode()) for body in work)
    print(f"{len(work)} compare bodies, {size / 1e6:.1f} MB of table HTML")
    stages: list[tuple[str, Callable[[str], object] | None]] = [("parse", None)]
    plain = _plain()
    if plain is not None:
        stages.append(("parse+plain", plain))
    for name, to_plain in stages:
        rates = [run(work, to_plain) for _ in range(args.runs)]
        median = statistics.median(rates)
        mb = size / 1e6 * median / len(work)
        print(f"{name:12s} median {median:8.1f} edits/s  ({mb:.1f} MB/s)  runs: "
              + " ".join(f"{rate:.0f}" for rate in rates))  # fmt: skip
    texts = pairs()
    rates = [differ_rate(texts) for _ in range(args.runs)]
    print(f"{'differ':12s} median {statistics.median(rates):8.1f} pairs/s  runs: "
          + " ".join(f"{rate:.0f}" for rate in rates))  # fmt: skip


if __name__ == "__main__":
    main()
