"""Signature timestamps, and which account mention signs a comment."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import replace

from wikitext.accounts import same_account
from wikitext.plain import Mention

# "(UTC)", "(CET)", "(CEST)", "(MESZ)", "(UTC+1)": the zone closing every signature timestamp.
_ZONE = re.compile(r"\((?:UTC|GMT|[A-Z]{2,5})(?:[+−-]\d{1,2}(?::?\d{2})?)?\)")
_TIME = re.compile(r"\d{1,2}(?::|h ?)\d{2}")
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")
_DAY = re.compile(r"(?<!\d)\d{1,2}(?!\d)")
_LOOKBACK = 60
_DAY_REACH = 16
SIGNATURE_REACH = 100


def find_timestamps(text: str) -> tuple[tuple[int, int], ...]:
    """Spans of signature timestamps: a time and a year shortly before a time-zone in brackets.

    Covers "15:27, 9 January 2024 (UTC)", "21:14, 4. Mär. 2024 (CET)", "9 janv. 2024 à 15:27
    (CET)", "15h27min de 9 de janeiro de 2024 (UTC)" and the like without parsing any of them.
    """
    spans: list[tuple[int, int]] = []
    for zone in _ZONE.finditer(text):
        lo = max(spans[-1][1] if spans else 0, zone.start() - _LOOKBACK)
        window = text[lo:zone.start()]
        time, year = _last(_TIME, window), _last(_YEAR, window)
        if time is None or year is None:
            continue
        spans.append((lo + _start_of_run(window, time, year), zone.end()))
    return tuple(spans)


def _last(pattern: re.Pattern[str], window: str) -> int | None:
    last = None
    for m in pattern.finditer(window):
        last = m.start()
    return last


def _start_of_run(window: str, time: int, year: int) -> int:
    """The time when it comes first ("15:27, 9 January 2024"), else the day before the year."""
    if time < year:
        return time
    lo = max(0, year - _DAY_REACH)
    day = _last(_DAY, window[lo:year])
    return lo + day if day is not None else year


def mark(
    mentions: list[Mention], timestamps: tuple[tuple[int, int], ...], editor: str
) -> tuple[Mention, ...]:
    """Mark the editor's mentions, and per timestamp the mention that signs it."""
    marked = [replace(m, is_editor=same_account(editor, m.account)) for m in mentions]
    order = sorted(range(len(marked)), key=lambda i: marked[i].end)
    ends = [marked[i].end for i in order]
    for ts_start, _ in timestamps:
        lo, hi = bisect_left(ends, ts_start - SIGNATURE_REACH), bisect_right(ends, ts_start)
        signer = _signer(marked, sorted(order[lo:hi]))
        if signer is not None:
            marked[signer] = replace(marked[signer], kind="signature")
    return tuple(marked)


def _signer(mentions: list[Mention], near: list[int]) -> int | None:
    """The first link to the last-linked account among the links just before a timestamp."""
    near = [i for i in near if mentions[i].kind != "ping"]
    if not near:
        return None
    account = mentions[near[-1]].account
    return next(i for i in near if mentions[i].account == account)
