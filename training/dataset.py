"""Labelled edit records for training and evaluation, with their family and split."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from core.edit import EditRecord
from detectors.finding import TYPES


@dataclass(frozen=True, slots=True)
class Example:
    record: EditRecord
    flag: bool
    types: frozenset[str]
    family: str
    split: str
    language: str


def read(path: Path) -> list[Example]:
    return list(examples(path.read_text(encoding="utf-8").splitlines()))


def examples(lines: Iterable[str]) -> Iterable[Example]:
    for line in lines:
        if not line.strip():
            continue
        obj = json.loads(line)
        expect = obj.get("expect") or {}
        family = str(obj.get("family") or obj["id"])
        yield Example(EditRecord.from_json(obj), bool(expect.get("flag")),
                      frozenset(t for t in expect.get("types", ()) if t in TYPES), family,
                      str(obj.get("split") or "eval"), family.split(".", 1)[0]
                      if "." in family else _language(obj))


def _language(obj: dict[str, object]) -> str:
    wiki = str(obj.get("wiki", ""))
    return wiki[:-4] if wiki.endswith("wiki") and len(wiki) <= 6 else "en"
