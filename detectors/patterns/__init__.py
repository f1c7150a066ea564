"""Data the pattern detectors read (keyword lists, allow-lists) and the helpers to use it.

Keyword lists live in JSON beside this module so they can be reviewed and extended without
touching code; each list becomes one compiled alternation at import time.
"""

from __future__ import annotations

import json
import re
from functools import cache
from importlib import resources
from typing import Any


@cache
def load(name: str) -> Any:
    """The parsed JSON file `name` (e.g. "phone.json") of this package."""
    text = resources.files(__package__).joinpath(name).read_text(encoding="utf-8")
    return json.loads(text)


def words_regex(words: list[str], *, whole: bool = True) -> re.Pattern[str]:
    """One case-insensitive alternation of `words` (longest first), optionally whole words."""
    ordered = sorted(words, key=len, reverse=True)
    body = "|".join(re.escape(w).replace(r"\ ", r"\s{1,3}") for w in ordered)
    if whole:
        body = rf"(?<!\w)(?:{body})(?!\w)"
    return re.compile(body, re.IGNORECASE)


def window(text: str, start: int, end: int, before: int, after: int = 0) -> str:
    """The text around [start, end): `before` characters before it and `after` after it."""
    return text[max(0, start - before):start] + " " + text[end:end + after]
