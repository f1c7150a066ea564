"""The wikidiff2 golden tests (../shared/fixtures/wikidiff2/), with their inputs rebuilt."""

from __future__ import annotations

import gzip
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

INLINE_SEPARATOR = "\n----INLINE:----"
# Three goldens build their inputs in PHP (str_repeat, literal call arguments).
_COMPUTED_INPUTS = {
    "005.phpt": ("test " * 2002, "test " * 1001 + "bloody " + "test " * 1001),
    "thai1.phpt": ("สุนัขจิ้งจอกกระโดดข้ามสุนัข", "สุนัขจิ้งจอกกระโดดข้ามแมว"),
}


@dataclass(frozen=True)
class Golden:
    name: str
    old: str
    new: str
    context: int
    kind: str  # "table" or "json"
    expected: str


def _inputs(raw: dict[str, Any]) -> tuple[str, str] | None:
    values = list(raw["inputs"].values())
    if len(values) == 2:
        return str(values[0]), str(values[1])
    return _COMPUTED_INPUTS.get(raw["file"])


def _golden(raw: dict[str, Any]) -> Golden | None:
    inputs = _inputs(raw)
    call = raw["calls"][0]
    if inputs is None or not call.startswith(("wikidiff2_do_diff", "wikidiff2_inline_json")):
        return None
    context = int(call.rstrip(" )").rsplit(",", 1)[1])
    if call.startswith("wikidiff2_do_diff"):
        expected = raw["expected_output"].split(INLINE_SEPARATOR)[0]
        return Golden(raw["file"], *inputs, context, "table", expected)
    return Golden(raw["file"], *inputs, context, "json", raw["expected_output"].strip())


def load_goldens(shared: Path) -> list[Golden]:
    path = shared / "fixtures" / "wikidiff2" / "wikidiff2_golden_fixtures.json"
    goldens = (_golden(raw) for raw in json.loads(path.read_text(encoding="utf-8")))
    return [golden for golden in goldens if golden is not None]


def load_revision_pairs(shared: Path) -> list[tuple[str, str, str]]:
    """The 250 real revision pairs as (label, old, new)."""
    path = shared / "fixtures" / "wikidiff2" / "revs.json.gz"
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        by_language = json.load(fh)
    return [
        (f"{language}-{index}", old, new)
        for language, pairs in sorted(by_language.items())
        for index, (old, new) in enumerate(pairs)
    ]
