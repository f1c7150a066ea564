"""Candidate recall of the detectors: for each outing edit of a labelled corpus and each type it
is labelled with, is there at least one finding of that type at all? The learned scorer can
only flag what some detector found, so this is the ceiling of its recall.

    .venv/bin/python -m benchmarks.detector_recall [CORPUS.jsonl ...] [--real 2000]

Also prints findings per 1,000 negative edits (per type) and, with --real N, on N real talk
comments from ../shared/fixtures, with the NER time per edit. The corpora are checks only:
never fit rules to them.
"""

from __future__ import annotations

import argparse
import json
import os
import time
from collections import Counter
from itertools import islice
from pathlib import Path

from benchmarks.judge_corpora import SHARED, talk_comments
from core.edit import EditRecord
from detectors.base import TextContext
from detectors.finding import TYPES, Finding
from judgement.config import JudgeConfig, load_config
from judgement.judge import Judge, _Pending

CORPORA = [SHARED / "corpus" / "dev-edits.jsonl", SHARED / "corpus" / "dev-multilingual.jsonl"]


def findings(judge: Judge, records: list[EditRecord]) -> tuple[list[list[Finding]], float]:
    """Every finding of every detector per record (before any judgement), and NER seconds."""
    pending = [judge._guarded(judge._prepare, _Pending(r, {})) for r in records]
    needing = [p for p in pending if p.wants_ner and not p.error]
    started = time.process_time()  # CPU time: the machine is shared, wall time is noisy
    for start in range(0, len(needing), 32):
        judge._run_ner(needing[start : start + 32])
    ner_seconds = time.process_time() - started
    out = []
    for p in pending:
        if p.evidence is None:
            out.append(list(p.findings))
            continue
        ctx = TextContext(p.evidence.text, p.evidence.page.language, (), p.doc)
        out.append(p.findings + judge._detect(judge._entity, ctx, p.timings))
    return out, ner_seconds


def corpus_report(judge: Judge, path: Path) -> None:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    found, _ = findings(judge, [EditRecord.from_json(r) for r in rows])
    wanted: Counter[str] = Counter()
    hit: Counter[str] = Counter()
    noise: Counter[str] = Counter()
    negatives = 0
    for row, fs in zip(rows, found, strict=True):
        kinds = {f.type for f in fs}
        if not row["expect"]["flag"]:
            negatives += 1
            noise.update(kinds)
        for kind in row["expect"]["types"]:
            wanted[kind] += 1
            hit[kind] += kind in kinds
    print(f"\n{path.name}: candidate recall per type (negatives: findings per 1,000)")
    total = sum(wanted.values())
    print(f"  {'all':<11} {sum(hit.values()) / total:5.2f}  ({sum(hit.values())}/{total})")
    for kind in TYPES:
        if wanted[kind]:
            per_k = 1000 * noise[kind] / max(1, negatives)
            print(f"  {kind:<11} {hit[kind] / wanted[kind]:5.2f}  ({hit[kind]}/{wanted[kind]})"
                  f"  negatives {per_k:6.0f}")


def real_report(judge: Judge, limit: int) -> None:
    records = list(islice(talk_comments(), limit))
    judge.nlp_for("en")  # loaded before the clock starts
    ner = judge.config.data["ner"]
    whole = ner.get("whole_text_max_chars", 0)
    ner["whole_text_max_chars"] = 0
    _, window_seconds = findings(judge, records)
    ner["whole_text_max_chars"] = int(os.environ.get("WHOLE", whole))
    whole = ner["whole_text_max_chars"]
    started = time.process_time()
    found, ner_seconds = findings(judge, records)
    seconds = time.process_time() - started
    kinds = Counter(f.type for fs in found for f in fs)
    chars = sum(len(r.added) for r in records)
    print(f"\nreal talk comments: {len(records)} edits, {chars / len(records):.0f} chars/edit, "
          f"CPU {1000 * seconds / len(records):.2f} ms/edit in all, NER over whole text "
          f"(≤{whole} chars) {1000 * ner_seconds / len(records):.2f} ms/edit, NER in windows "
          f"only {1000 * window_seconds / len(records):.2f} ms/edit")
    for kind in TYPES:
        print(f"  {kind:<11} findings per 1,000 edits {1000 * kinds[kind] / len(records):7.1f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("corpora", nargs="*", type=Path, default=CORPORA)
    parser.add_argument("--no-corpora", action="store_true", help="real text only")
    parser.add_argument("--real", type=int, default=0, help="real talk comments to scan")
    args = parser.parse_args()
    loaded = load_config()
    # findings only: no trained model needed
    config = JudgeConfig({**loaded.data, "scorer": "rules"}, loaded.source)
    judge = Judge(config)
    for path in [] if args.no_corpora else args.corpora:
        corpus_report(judge, path)
    if args.real:
        real_report(judge, args.real)


if __name__ == "__main__":
    main()
