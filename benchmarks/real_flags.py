"""Flags and findings per 1,000 edits on real text (../shared/fixtures talk comments), and each
detector's time, so that a detector change shows what it costs in false alarms and speed.

    .venv/bin/python -m benchmarks.real_flags [--limit N] [--json OUT]

Every flag on real text is a false alarm or a real leak to read by hand; `--show` prints each
flagged record's id, types and masked excerpt (never a raw value).
"""

from __future__ import annotations

import argparse
import json
import time
from collections import Counter
from itertools import islice
from pathlib import Path

from benchmarks.judge_corpora import talk_comments
from judgement.batch import BATCH
from judgement.config import load_config
from judgement.judge import Judge


def measure(limit: int, show: bool) -> dict[str, object]:
    judge = Judge(load_config())
    _ = judge.nlp
    records = list(islice(talk_comments(), limit))
    flags, findings, seconds = Counter[str](), Counter[str](), Counter[str]()
    flagged = 0
    started = time.perf_counter()
    for i in range(0, len(records), BATCH):
        for judged in judge.judge_many(records[i:i + BATCH]):
            decision = judged.decision
            flagged += decision.flag
            flags.update(decision.types)
            findings.update(f.type for f in decision.findings)
            seconds.update({k.removeprefix("detector:"): v for k, v in judged.timings.items()
                            if k.startswith("detector:")})
            if show and decision.flag:
                print(decision.id, decision.types, decision.excerpt[:160])
    total = time.perf_counter() - started
    per_k = 1000 / max(1, len(records))
    return {
        "edits": len(records), "flags_per_1000": round(flagged * per_k, 2),
        "flags_by_type_per_1000": {k: round(v * per_k, 2) for k, v in sorted(flags.items())},
        "personal_findings_per_1000": {k: round(v * per_k, 2) for k, v in sorted(findings.items())},
        "detector_ms_per_edit": {k: round(v * 1000 / max(1, len(records)), 3)
                                 for k, v in sorted(seconds.items())},
        "judge_ms_per_edit": round(total * 1000 / max(1, len(records)), 2),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=100_000)
    parser.add_argument("--json", type=Path)
    parser.add_argument("--show", action="store_true")
    args = parser.parse_args()
    result = measure(args.limit, args.show)
    text = json.dumps(result, indent=1)
    print(text)
    if args.json:
        args.json.write_text(text + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
