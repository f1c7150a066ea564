"""Flags per 1,000 edits on real text the model never trained on, each flag shown masked.

    .venv/bin/python -m benchmarks.model_real_text [--config FILE] [--show]

Held out from training (synth/build_context.py took its surrounding text from the first
wikidetox file and the even pages of the enwiki extract): the second wikidetox file, the
jigsaw and wikiconv comments, and the odd pages of the enwiki extract with the other articles.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Iterator
from itertools import islice

from benchmarks.judge_corpora import FIXTURES, articles, jigsaw, wikiconv, wikidetox
from core.edit import EditRecord
from judgement.config import load_config
from judgement.judge import Judge

TRAINING_TALK = "wikidetox_conversations_job1"
TRAINING_ARTICLES = "gensim_enwiki"


def held_out() -> dict[str, Iterator[EditRecord]]:
    return {
        "talk: wikidetox job2": (r for r in wikidetox() if TRAINING_TALK not in _source(r)),
        "talk: jigsaw": jigsaw(),
        "talk: wikiconv": wikiconv(),
        "articles (odd pages, other dumps)": (r for r in articles() if _held_article(r)),
    }


def _source(record: EditRecord) -> str:
    # wikidetox ids carry no file name: the first file's comments come first, in its order
    return TRAINING_TALK if record.id in _first_file_ids() else "other"


_FIRST: set[str] = set()


def _first_file_ids() -> set[str]:
    if not _FIRST:
        path = FIXTURES / "talk_comments" / f"{TRAINING_TALK}_x1000.js"
        body = path.read_text(encoding="utf-8")
        for conversation in json.loads(body[body.index("[") : body.rindex("]") + 1]):
            _FIRST.update(f"detox:{cid}" for cid in conversation)
    return _FIRST


def _held_article(record: EditRecord) -> bool:
    stem, _, number = record.id.rpartition(":")
    return TRAINING_ARTICLES not in stem or int(number) % 2 == 1


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--config", default=None)
    parser.add_argument("--limit", type=int, default=100_000)
    parser.add_argument("--show", action="store_true", help="print each flag, masked")
    args = parser.parse_args()
    judge = Judge(load_config(args.config))
    total = flagged = 0
    for name, records in held_out().items():
        batch = list(islice(records, args.limit))
        decisions = [j.decision for i in range(0, len(batch), 32)
                     for j in judge.judge_many(batch[i : i + 32])]
        hits = [d for d in decisions if d.flag]
        total, flagged = total + len(decisions), flagged + len(hits)
        print(f"{name:<36} {len(decisions):6d} edits {len(hits):4d} flags "
              f"{1000 * len(hits) / max(1, len(decisions)):6.2f} per 1,000")
        for d in hits if args.show else []:
            print(f"   {d.id} {d.score:.2f} {','.join(d.types)}: {d.excerpt[:200]!r}")
    print(f"{'all':<36} {total:6d} edits {flagged:4d} flags "
          f"{1000 * flagged / max(1, total):6.2f} per 1,000")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
