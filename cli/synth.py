"""`outingwatch synth --seed N --out FILE`: the synthetic training corpus (JSON lines)."""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter

from synth.generate import generate
from training.progress import Progress


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--seed", type=int, default=7, help="random seed (default 7)")
    parser.add_argument("--out", required=True, help="where to write the records (JSON lines)")


def main(args: argparse.Namespace) -> int:
    counts: Counter[str] = Counter()
    progress = Progress("rendering families", 1)
    try:
        with open(args.out, "w", encoding="utf-8") as sink:
            for row in generate(args.seed, progress):
                sink.write(json.dumps(row, ensure_ascii=False) + "\n")
                counts["records"] += 1
                counts["outing"] += row["expect"]["flag"]
                counts.update(f"type:{t}" for t in row["expect"]["types"])
    except (OSError, ValueError) as exc:
        print(f"outingwatch synth: {exc}", file=sys.stderr)
        return 2
    print(" ".join(f"{k}={v}" for k, v in sorted(counts.items())), file=sys.stderr)
    return 0
