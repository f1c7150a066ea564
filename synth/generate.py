"""The training corpus: every family rendered, plus reverts and real text as negatives, with a
split by family (a family is wholly in `train` or wholly in `eval`).
"""

from __future__ import annotations

import hashlib
import random
from collections.abc import Callable, Iterator
from typing import Any

from synth.context import Context, real
from synth.families import all_families
from synth.family import Family
from synth.render import record

POSITIVE_RENDERS = 10
NEGATIVE_RENDERS = 14
NEUTRAL_RENDERS = 6
REVERTED_SHARE = 0.08
EVAL_SHARE = 0.2
REAL_TALK, REAL_ARTICLES = 1800, 700


def split_of(family_id: str, seed: int) -> str:
    digest = hashlib.sha256(f"{seed}:{family_id}".encode()).digest()
    return "eval" if digest[0] / 256 < EVAL_SHARE else "train"


def generate(seed: int, progress: Callable[[int, int], None] | None = None,
             families: tuple[Family, ...] | None = None) -> Iterator[dict[str, Any]]:
    rng = random.Random(seed)
    chosen = all_families() if families is None else families
    context = Context([f for f in chosen if f.exemption == "neutral"])
    total = len(chosen)
    number = 0
    for done, family in enumerate(chosen, 1):
        for _ in range(_renders(family)):
            number += 1
            reverted = family.flag and rng.random() < REVERTED_SHARE
            row = record(family, rng, context, f"s{number:06d}", removed=reverted)
            row["split"] = split_of(family.id, seed)
            yield row
        if progress:
            progress(done, total)
    yield from _real_text(rng, seed, number)


def _renders(family: Family) -> int:
    if family.flag:
        return POSITIVE_RENDERS
    return NEUTRAL_RENDERS if family.exemption == "neutral" else NEGATIVE_RENDERS


def _real_text(rng: random.Random, seed: int, number: int) -> Iterator[dict[str, Any]]:
    talk = rng.sample(real("en_talk"), min(REAL_TALK, len(real("en_talk"))))
    prose = rng.sample(real("en_article"), min(REAL_ARTICLES, len(real("en_article"))))
    titles = {0: "Example", 1: "Talk:Example", 3: "User talk:Example", 4: "Wikipedia:Example"}
    for text, namespace in [*((t, rng.choice((1, 3, 4))) for t in talk), *((p, 0) for p in prose)]:
        title = titles[namespace]
        number += 1
        rid = f"s{number:06d}"
        yield {"id": rid, "wiki": "enwiki", "server_name": "en.wikipedia.org",
               "namespace": namespace, "title": title, "user": "Editor", "type": "edit",
               "comment": "", "added": text, "removed": "",
               "expect": {"flag": False, "types": []}, "note": "real text",
               "family": "real", "split": split_of(rid, seed)}
