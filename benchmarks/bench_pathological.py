"""Judgement time on hostile text next to normal text, in ms per 10,000 characters.

    .venv/bin/python -m benchmarks.bench_pathological [--sizes 20000,200000] [--out FILE.md]

Each row is one edit of repeated units ("A-", "Nurse-", "Flat 12 no. 3 "...) cut to the size,
judged in full by the real Judge (wikitext, every detector, NER, rules, excerpt) in this
process; "normal" is real talk comments (../shared/fixtures) joined to the same size. A
detector that is linear in its input keeps ms per 10,000 characters flat as the size grows;
a quadratic one multiplies it by the size ratio. The edit budget is lifted so that the full
judgement is timed, never the quick pass.
"""

from __future__ import annotations

import argparse
import platform
import time
from collections.abc import Callable
from datetime import UTC, datetime
from functools import partial
from itertools import islice
from pathlib import Path

from benchmarks.judge_corpora import talk_comments
from core.edit import EditRecord
from judgement.config import JudgeConfig, load_config
from judgement.judge import Judge

UNITS = ("A-", "Nurse-", "Ab-Cd-", "Ää-", "Flat 12 no. 3 ", "12 Ab Cd ", "Call 07700 900461. ",
         "my name is ", "card number 4111 ")


def _record(text: str) -> EditRecord:
    return EditRecord(id="bench", wiki="enwiki", server_name="en.wikipedia.org", namespace=3,
                      title="User talk:Railfan", user="Helper", type="edit", comment="",
                      added=text)


def _normal(size: int) -> str:
    parts: list[str] = []
    total = 0
    for record in islice(talk_comments(), 100_000):
        parts.append(record.added)
        total += len(record.added) + 1
        if total >= size:
            break
    return "\n".join(parts)[:size]


def _repeated(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


def _ms_per_10k(judge: Judge, text: str) -> tuple[float, str]:
    started = time.perf_counter()
    judged = judge.judge(_record(text))
    seconds = time.perf_counter() - started
    slowest = max(judged.timings.items(), key=lambda kv: kv[1], default=("-", 0.0))
    return seconds * 1000 * 10_000 / max(1, len(text)), f"{slowest[0]} {slowest[1]:.2f} s"


def run(sizes: list[int]) -> str:
    base = load_config()
    judge = Judge(JudgeConfig({**base.data, "edit_budget_s": 0.0}, base.source))
    _ = judge.nlp
    judge.judge(_record("warm-up: call 07700 900461"))
    rows: list[tuple[str, Callable[[int], str]]] = [("normal (real talk comments)", _normal)]
    rows += [(repr(unit), partial(_repeated, unit)) for unit in UNITS]
    head = "| text | " + " | ".join(f"{s:,} chars: ms / 10k chars (slowest stage)"
                                     for s in sizes) + " |"
    out = [head, "|---|" + "---:|" * len(sizes)]
    for name, make in rows:
        cells = []
        for size in sizes:
            ms, slowest = _ms_per_10k(judge, make(size))
            cells.append(f"{ms:,.1f} ({slowest})")
        out.append(f"| {name} | " + " | ".join(cells) + " |")
    return "\n".join(out)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="20000,200000")
    parser.add_argument("--out", type=Path)
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    table = run(sizes)
    stamp = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    text = (f"# Judgement time on hostile text\n\n{stamp}, {platform.node() or 'host'}, "
            f"{platform.processor() or platform.machine()}, Python {platform.python_version()}; "
            f"`.venv/bin/python -m benchmarks.bench_pathological --sizes {args.sizes}`\n\n"
            f"{table}\n")
    print(text)
    if args.out:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
