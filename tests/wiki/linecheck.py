"""An independent check of extracted added text against the two revision texts.

The reference is the multiset line difference: a line L is new `surplus(L) = count in new - count
in old` times. Whatever alignment a differ picks, what it reports must agree with that:
1. every fragment sits in a line of the new text, at the offsets it gives;
2. a non-blank line is reported wholly added at most surplus(L) times (moved or unchanged lines
   never);
3. every non-blank line with surplus(L) > 0 is reported (wholly, or by its inserted pieces), unless
   it is an old line with pieces deleted and at most whitespace inserted (nothing was added);
4. no text counts as added that the new revision does not contain.
"""

from __future__ import annotations

from collections import Counter

from wiki.diffparse import DiffText


def _nothing_inserted(line: str, old_lines: list[str]) -> bool:
    """Is `line` some old line with pieces deleted and at most whitespace inserted?"""
    squeezed = "".join(line.split())
    return any(_subsequence(squeezed, "".join(old.split())) for old in old_lines)


def _subsequence(short: str, long: str) -> bool:
    rest = iter(long)
    return all(char in rest for char in short)


def problems(old_text: str, new_text: str, diff: DiffText) -> list[str]:
    old_lines, new_lines = old_text.split("\n"), new_text.split("\n")
    old_count, new_count = Counter(old_lines), Counter(new_lines)
    found: list[str] = []
    whole = Counter(f.line for f in diff.added if f.whole_line and f.line.strip())
    for index, fragment in enumerate(diff.added):
        if new_count[fragment.line] == 0:
            found.append(f"fragment {index}: its line is not in the new text")
        if fragment.line[fragment.start : fragment.end] != fragment.text:
            found.append(f"fragment {index}: offsets do not give its text")
    for line, times in whole.items():
        surplus = new_count[line] - old_count[line]
        if times > surplus:
            found.append(f"line reported wholly added {times}x, surplus {surplus}")
    reported = {fragment.line for fragment in diff.added}
    for line in new_count:
        surplus = new_count[line] - old_count[line]
        unreported = surplus > 0 and line.strip() and line not in reported
        if unreported and not _nothing_inserted(line, old_lines):
            found.append(f"new line (surplus {surplus}) not reported")
    return found
