"""Surrounding text for rendered records: real English talk comments and article paragraphs
(vendored in synth/context, see synth.build_context), and for other languages the neutral
families of that language rendered afresh.
"""

from __future__ import annotations

import gzip
import json
import random
from functools import cache
from pathlib import Path

from synth.expand import render
from synth.family import Family
from synth.values import values_for

FOLDER = Path(__file__).with_name("context")


@cache
def real(name: str) -> tuple[str, ...]:
    with gzip.open(FOLDER / f"{name}.jsonl.gz", "rt", encoding="utf-8") as handle:
        return tuple(json.loads(line) for line in handle if line.strip())


class Context:
    """Neutral text to put around a sentence, in the sentence's language."""

    def __init__(self, neutral: list[Family]) -> None:
        self._neutral: dict[str, list[Family]] = {}
        for family in neutral:
            self._neutral.setdefault(family.lang, []).append(family)

    def talk(self, lang: str, rng: random.Random) -> str:
        if lang == "en" and rng.random() < 0.8:
            return rng.choice(real("en_talk"))
        return self._rendered(lang, rng)

    def prose(self, lang: str, rng: random.Random) -> str:
        if lang == "en" and rng.random() < 0.8:
            return rng.choice(real("en_article"))
        return self._rendered(lang, rng)

    def _rendered(self, lang: str, rng: random.Random) -> str:
        families = self._neutral.get(lang) or self._neutral.get("en") or []
        if not families:
            return ""
        family = rng.choice(families)
        return render(rng.choice(family.templates), values_for(lang, rng), rng)
