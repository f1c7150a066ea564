"""A redacted excerpt for the oversighters' queue: context around the findings, values masked.

Masking is decided on the whole text before any window is cut, so neither a window edge
nor two windows joining can expose part of a value: the findings, every other occurrence
of a masked value, and anything that merely looks like an email, an IP or a long number.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import replace

from detectors.finding import Finding
from redaction.safety import suspicious
from redaction.spans import VISIBLE_TYPES, Masked, merge

ELLIPSIS = "…"
GAP = f" {ELLIPSIS} "
_MIN_REPEAT = 3
_MAX_VALUES = 200
_WORD_REACH = 15
_SPACE = re.compile(r"\s+")


def excerpt(text: str, findings: Sequence[Finding], window: int = 60, max_len: int = 400) -> str:
    """Context of `window` characters around the findings, each value masked by its type.

    Threats stay visible (they are the harassment, not personal information). Newlines are
    collapsed; "…" marks cut ends. The result is at most `max_len` characters plus the
    length of the labels it holds.
    """
    spans = [_clamp(f, len(text)) for f in findings]
    spans = [s for s in spans if s.end > s.start]
    masked = _mask_plan(text, [s for s in spans if s.type not in VISIBLE_TYPES])
    windows = _windows(text, spans or [Masked(0, 0, "")], window, masked)
    pieces = [_render(text, lo, hi, masked) for lo, hi in windows]
    return _net(_fit(pieces, windows, len(text), max_len))


def _net(out: str) -> str:
    """The safety net once more on the finished excerpt: collapsing whitespace can bring the
    parts of a number together ("0770\n\n\n\n900317")."""
    for span in reversed(merge(suspicious(out))):
        out = out[:span.start] + span.label + out[span.end:]
    return out


def _clamp(f: Finding, n: int) -> Masked:
    return Masked(max(0, min(f.start, n)), max(0, min(f.end, n)), f.type, f.confidence)


def _mask_plan(text: str, found: list[Masked]) -> list[Masked]:
    """Findings (widened to whole words), every repeat of their values, and the safety net's
    catches, merged."""
    found = [_whole_words(text, s) for s in found]
    repeats = list(_repeats(text, found))
    return merge([*found, *repeats, *suspicious(text)])


def _whole_words(text: str, span: Masked) -> Masked:
    """A span that starts or ends inside a word takes the whole word: no "[NAME]son" tails."""
    start, end = span.start, span.end
    floor, ceiling = max(0, start - _WORD_REACH), min(len(text), end + _WORD_REACH)
    while start > floor and text[start - 1].isalnum() and text[start].isalnum():
        start -= 1
    while end < ceiling and text[end].isalnum() and text[end - 1].isalnum():
        end += 1
    return replace(span, start=start, end=end)


def _repeats(text: str, found: list[Masked]) -> Iterable[Masked]:
    values: dict[str, Masked] = {}
    for span in found:
        value = text[span.start:span.end].strip()
        if len(value) >= _MIN_REPEAT and len(values) < _MAX_VALUES:
            values.setdefault(value.casefold(), span)
    for value, span in values.items():
        pattern = re.compile(r"\s+".join(map(re.escape, value.split())), re.IGNORECASE)
        for m in pattern.finditer(text):
            yield Masked(m.start(), m.end(), span.type, span.confidence)


def _windows(
    text: str, spans: list[Masked], width: int, masked: list[Masked]
) -> list[tuple[int, int]]:
    """Windows around each span, widened to whole words and masked values, joined on overlap."""
    out: list[tuple[int, int]] = []
    for span in sorted(spans, key=lambda s: s.start):
        lo = _word_start(text, max(0, span.start - width))
        hi = _word_end(text, min(len(text), span.end + width))
        lo, hi = _outside(lo, masked, before=True), _outside(hi, masked, before=False)
        if out and lo <= out[-1][1] + len(GAP):
            out[-1] = (out[-1][0], max(out[-1][1], hi))
        else:
            out.append((lo, hi))
    return out


def _word_start(text: str, i: int) -> int:
    if i == 0 or text[i - 1].isspace():
        return i
    for j in range(i, min(len(text), i + _WORD_REACH)):
        if text[j].isspace():
            return j + 1
    return i


def _word_end(text: str, i: int) -> int:
    if i >= len(text) or text[i].isspace():
        return i
    for j in range(i, max(0, i - _WORD_REACH), -1):
        if text[j - 1].isspace():
            return j - 1
    return i


def _outside(i: int, masked: list[Masked], before: bool) -> int:
    """Move a window edge that falls inside a masked span to that span's outer edge."""
    k = bisect_left(masked, i, key=lambda m: m.end)
    if k < len(masked) and masked[k].start < i < masked[k].end:
        return masked[k].start if before else masked[k].end
    return i


def _render(text: str, lo: int, hi: int, masked: list[Masked]) -> list[str]:
    """The window's text with masked spans replaced, from the end backwards, as atoms."""
    first = bisect_right(masked, lo, key=lambda m: m.end)
    last = bisect_left(masked, hi, first, key=lambda m: m.start)
    inside = masked[first:last]
    atoms: list[str] = []
    end = hi
    for m in reversed(inside):
        atoms.append(_SPACE.sub(" ", text[max(m.end, lo):end]))
        atoms.append(m.label)
        end = max(m.start, lo)
    atoms.append(_SPACE.sub(" ", text[lo:end]))
    atoms.reverse()
    return atoms


def _fit(pieces: list[list[str]], windows: list[tuple[int, int]], n: int, max_len: int) -> str:
    """Join windows with " … ", marking cut ends; stop once `max_len` characters are used.

    Labels are never cut, so the result may pass `max_len` by one label and the ellipses.
    """
    out: list[str] = [ELLIPSIS] if windows and windows[0][0] > 0 else []
    used, cut = 0, False
    for k, atoms in enumerate(pieces):
        if k and used + len(GAP) >= max_len:
            cut = True
            break
        if k:
            out.append(GAP)
            used += len(GAP)
        for atom in atoms:
            if used >= max_len and atom:
                cut = True
                break
            kept = atom if _is_label(atom) else atom[: max_len - used]
            out.append(kept)
            used += len(kept)
            cut = len(kept) < len(atom)
        if cut:
            break
    if cut or (windows and windows[-1][1] < n):
        out.append(ELLIPSIS)
    return _SPACE.sub(" ", "".join(out)).strip()


def _is_label(atom: str) -> bool:
    return atom.startswith("[") and atom.endswith("]") and atom[1:-1].replace("_", "").isupper()
