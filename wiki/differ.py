"""A table diff in wikidiff2's markup, computed from two revision texts (for the local API).

The line diff is difflib's (junk-free); in a block of replaced lines, lines similar enough are
paired as changed lines with a word diff (`<ins>`/`<del class="diffchange diffchange-inline">`),
the rest are wholly deleted or added. A wholly added line whose text was wholly deleted elsewhere
is a moved paragraph (`mw-diff-movedpara-left|right`), as wikidiff2 marks it. Two context lines
surround each hunk, which starts with `<!--LINE n-->` headers that MediaWiki localises.
"""

from __future__ import annotations

import difflib
import html
import re
from collections.abc import Sequence
from dataclasses import dataclass

CONTEXT_LINES = 2
CHANGE_THRESHOLD = 0.2
MOVE_THRESHOLD = 0.5  # an edited paragraph elsewhere keeps at least this much to count as moved
_MOVE_MIN_CHARS = 20
_MOVE_CANDIDATES = 2_500
_LINE_DIFF_LIMIT = 4_000_000  # old x new lines difflib aligns exactly (past it: popular lines junk)
_PAIRING_LIMIT = 10_000  # deleted x added lines of one replaced block compared for pairing
_WORD_DIFF_LIMIT = 1_000_000  # token pairs difflib may compare in one changed line
_Opcode = tuple[str, int, int, int, int]
_NOSPACE = "\u0e00-\u0e7f\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\uac00-\ud7af"
_TOKEN = re.compile(rf"[{_NOSPACE}]|[^\W{_NOSPACE}]+|\s+|.", re.DOTALL)


@dataclass(frozen=True, slots=True)
class _Op:
    """One table row: kind is context, add, delete or change; moved links add/delete ends."""

    kind: str
    old: int | None
    new: int | None
    moved: int | None = None


def split_lines(text: str) -> list[str]:
    """wikidiff2's lines: a final newline ends the last line, it does not start another."""
    lines = text.split("\n")
    if len(lines) > 1 and lines[-1] == "":
        lines.pop()
    return lines


def table_diff(
    old_text: str, new_text: str, context: int = CONTEXT_LINES, similar_moves: bool = True
) -> str:
    """The `compare.body` wikidiff2 would give (before MediaWiki localises line numbers).

    `similar_moves=False` finds only unchanged moved lines, as wikidiff2 does past its moved
    paragraph detection cutoff."""
    old, new = split_lines(old_text), split_lines(new_text)
    ops = _line_ops(old, new, similar_moves)
    return "\n" + "".join(_render(ops, old, new, context))


def _line_ops(old: list[str], new: list[str], similar_moves: bool) -> list[_Op]:
    opcodes = trimmed_opcodes(old, new, _LINE_DIFF_LIMIT, junk_past_limit=True)
    moves = _moves(old, new, opcodes)
    ops: list[_Op] = []
    for tag, i1, i2, j1, j2 in opcodes:
        if tag == "equal":
            ops.extend(_Op("context", i1 + k, j1 + k) for k in range(i2 - i1))
        else:
            ops.extend(_pair_block(old, new, range(i1, i2), range(j1, j2), moves))
    ops = _link_moves(ops, moves)
    return _link_moves(ops, _similar_moves(ops, old, new)) if similar_moves else ops


def _moves(old: list[str], new: list[str], opcodes: Sequence[_Opcode]) -> dict[int, int]:
    """Deleted line -> added line with the same non-blank text: a moved paragraph."""
    deleted: dict[str, list[int]] = {}
    for tag, i1, i2, _, _ in opcodes:
        for i in range(i1, i2) if tag != "equal" else ():
            if old[i].strip():
                deleted.setdefault(old[i], []).append(i)
    moves: dict[int, int] = {}
    for tag, _, _, j1, j2 in opcodes:
        for j in range(j1, j2) if tag != "equal" else ():
            if deleted.get(new[j]):
                moves[deleted[new[j]].pop(0)] = j
    return moves


def _pair_block(
    old: list[str], new: list[str], olds: range, news: range, moves: dict[int, int]
) -> list[_Op]:
    """Pair each added line with the first similar deleted line not yet passed (in blocks of
    bounded size: a bigger rewrite is shown as whole lines deleted and added)."""
    moved_here = set(moves.values())
    ops: list[_Op] = []
    pending = list(olds)
    if len(olds) * len(news) > _PAIRING_LIMIT:
        return [_Op("delete", i, None) for i in olds] + [_Op("add", None, j) for j in news]
    for j in news:
        candidates = (k for k, i in enumerate(pending) if i not in moves)
        match = None
        if j not in moved_here:
            match = next((k for k in candidates if _similar(old[pending[k]], new[j])), None)
        if match is None:
            ops.append(_Op("add", None, j))
            continue
        ops.extend(_Op("delete", i, None) for i in pending[:match])
        ops.append(_Op("change", pending[match], j))
        pending = pending[match + 1 :]
    ops.extend(_Op("delete", i, None) for i in pending)
    return ops


def _similar_moves(ops: list[_Op], old: list[str], new: list[str]) -> dict[int, int]:
    """A wholly added paragraph close to one wholly deleted elsewhere was moved and edited:
    wikidiff2 shows it as moved, with its word changes (bounded: few candidates only)."""
    unmoved = [op for op in ops if op.moved is None]
    added = [op.new for op in unmoved if op.kind == "add" and op.new is not None]
    deleted = [op.old for op in unmoved if op.kind == "delete" and op.old is not None]
    added = [j for j in added if len(new[j].strip()) >= _MOVE_MIN_CHARS]
    deleted = [i for i in deleted if len(old[i].strip()) >= _MOVE_MIN_CHARS]
    if len(added) * len(deleted) > _MOVE_CANDIDATES:
        return {}
    moves: dict[int, int] = {}
    for j in added:
        match = next((i for i in deleted if i not in moves and _close(old[i], new[j])), None)
        if match is not None:
            moves[match] = j
    return moves


def _close(a: str, b: str) -> bool:
    return 0.5 <= len(a) / len(b) <= 2 and _similarity(a, b) >= MOVE_THRESHOLD


def _link_moves(ops: list[_Op], moves: dict[int, int]) -> list[_Op]:
    where_old = {op.old: index for index, op in enumerate(ops) if op.kind == "delete"}
    where_new = {op.new: index for index, op in enumerate(ops) if op.kind == "add"}
    out = list(ops)
    for i, j in moves.items():
        left, right = where_old[i], where_new[j]
        out[left] = _Op("delete", i, None, moved=right)
        out[right] = _Op("add", None, j, moved=left)
    return out


def _similar(a: str, b: str) -> bool:
    if not a.strip() or not b.strip():
        return False
    return _similarity(a, b) > CHANGE_THRESHOLD


def _similarity(a: str, b: str) -> float:
    """The share of the longer line's characters in words both lines keep."""
    ta, tb = tokens(a), tokens(b)
    equal = (ta[i1:i2] for tag, i1, i2, _, _ in word_opcodes(ta, tb) if tag == "equal")
    return sum(len("".join(part)) for part in equal) / max(len(a), len(b), 1)


def word_opcodes(a: list[str], b: list[str]) -> list[_Opcode]:
    """difflib's opcodes on word tokens; a middle too large to align is one replacement."""
    return trimmed_opcodes(a, b, _WORD_DIFF_LIMIT, junk_past_limit=False)


def trimmed_opcodes(
    a: Sequence[str], b: Sequence[str], limit: int, junk_past_limit: bool
) -> list[_Opcode]:
    """difflib's opcodes with the common start and end taken off first. difflib is quadratic on
    repetitive input: past `limit` compared pairs, the middle is aligned ignoring its popular
    items (`junk_past_limit`) or taken as one replacement."""
    prefix = 0
    while prefix < min(len(a), len(b)) and a[prefix] == b[prefix]:
        prefix += 1
    suffix = 0
    while suffix < min(len(a), len(b)) - prefix and a[-1 - suffix] == b[-1 - suffix]:
        suffix += 1
    a_end, b_end = len(a) - suffix, len(b) - suffix
    ops: list[_Opcode] = [("equal", 0, prefix, 0, prefix)] if prefix else []
    small = (a_end - prefix) * (b_end - prefix) <= limit
    if small or junk_past_limit:
        middle = difflib.SequenceMatcher(None, a[prefix:a_end], b[prefix:b_end], not small)
        ops += [(tag, i1 + prefix, i2 + prefix, j1 + prefix, j2 + prefix)
                for tag, i1, i2, j1, j2 in middle.get_opcodes()]  # fmt: skip
    else:
        ops.append(("replace", prefix, a_end, prefix, b_end))
    return ops + ([("equal", a_end, len(a), b_end, len(b))] if suffix else [])


def tokens(line: str) -> list[str]:
    return _TOKEN.findall(line)


def _render(ops: list[_Op], old: list[str], new: list[str], context: int) -> list[str]:
    shown = _shown_rows(ops, context)
    rows: list[str] = []
    old_line = new_line = 1
    for index, op in enumerate(ops):
        if index in shown:
            if index - 1 not in shown:
                rows.append(_header(old_line, new_line))
            rows.append(_row(op, ops, old, new))
        old_line += op.old is not None
        new_line += op.new is not None
    return rows


def _shown_rows(ops: list[_Op], context: int) -> set[int]:
    shown: set[int] = set()
    for index, op in enumerate(ops):
        if op.kind != "context":
            shown.update(range(max(0, index - context), min(len(ops), index + context + 1)))
    return shown


def _header(old_line: int, new_line: int) -> str:
    return (
        "<tr>\n"
        f'  <td colspan="2" class="diff-lineno"><!--LINE {old_line}--></td>\n'
        f'  <td colspan="2" class="diff-lineno"><!--LINE {new_line}--></td>\n'
        "</tr>\n"
    )


def _row(op: _Op, ops: list[_Op], old: list[str], new: list[str]) -> str:
    if op.kind == "context":
        assert op.old is not None
        left = _context_cells(old[op.old], "deleted")
        right = _context_cells(old[op.old], "added")
    elif op.kind == "change":
        assert op.old is not None
        assert op.new is not None
        old_html, new_html = word_diff(old[op.old], new[op.new])
        left = _side_cells("−", "deletedline", "deleted", old_html)
        right = _side_cells("+", "addedline", "added", new_html)
    elif op.kind == "delete":
        assert op.old is not None
        left = _line_cells(op, ops, "−", "deleted", (old[op.old], _other(op, ops, new)))
        right = '  <td colspan="2" class="diff-empty diff-side-added"></td>\n'
    else:
        assert op.new is not None
        left = '  <td colspan="2" class="diff-empty diff-side-deleted"></td>\n'
        right = _line_cells(op, ops, "+", "added", (new[op.new], _other(op, ops, old)))
    return f"<tr>\n{left}{right}</tr>\n"


def _other(op: _Op, ops: list[_Op], lines: list[str]) -> str:
    """The text at the other end of a moved line ("" when it did not move)."""
    if op.moved is None:
        return ""
    other = ops[op.moved]
    index = other.new if other.new is not None else other.old
    return lines[index] if index is not None else ""


def _context_cells(line: str, side: str) -> str:
    return (
        '  <td class="diff-marker"></td>\n'
        f'  <td class="diff-context diff-side-{side}">{_div(html.escape(line, False))}</td>\n'
    )


def _side_cells(marker: str, kind: str, side: str, inner: str) -> str:
    return (
        f'  <td class="diff-marker" data-marker="{marker}"></td>\n'
        f'  <td class="diff-{kind} diff-side-{side}">{_div(inner)}</td>\n'
    )


def _line_cells(op: _Op, ops: list[_Op], marker: str, side: str, lines: tuple[str, str]) -> str:
    """A wholly deleted or added line; a moved one links to its other end and shows the
    words changed on the way. `lines` is (this line, the other end's line or "")."""
    kind = "deletedline" if side == "deleted" else "addedline"
    line, other = lines
    if op.moved is None:
        return _side_cells(marker, kind, side, html.escape(line, False))
    direction = "left" if side == "deleted" else "right"
    anchor = f'<a name="{_anchor(op)}"></a>'
    link = f"#{_anchor(ops[op.moved])}"
    if line == other:
        inner = html.escape(line, False)
    else:
        inner = word_diff(line, other)[0] if side == "deleted" else word_diff(other, line)[1]
    return (
        f'  <td class="diff-marker"><a class="mw-diff-movedpara-{direction}" '
        f'href="{link}">&#x26AB;</a></td>\n'
        f'  <td class="diff-{kind} diff-side-{side}"><div>{anchor}{inner}</div></td>\n'
    )


def _anchor(op: _Op) -> str:
    return f"movedpara_{op.old}_0_lhs" if op.old is not None else f"movedpara_{op.new}_0_rhs"


def _div(inner: str) -> str:
    return f"<div>{inner}</div>" if inner else "<br />"


def word_diff(old_line: str, new_line: str) -> tuple[str, str]:
    """The two sides of a changed line, word changes wrapped in `<del>` / `<ins>`."""
    a, b = tokens(old_line), tokens(new_line)
    left: list[str] = []
    right: list[str] = []
    for tag, i1, i2, j1, j2 in word_opcodes(a, b):
        old_part = html.escape("".join(a[i1:i2]), False)
        new_part = html.escape("".join(b[j1:j2]), False)
        if tag == "equal":
            left.append(old_part)
            right.append(new_part)
            continue
        if old_part:
            left.append(f'<del class="diffchange diffchange-inline">{old_part}</del>')
        if new_part:
            right.append(f'<ins class="diffchange diffchange-inline">{new_part}</ins>')
    return "".join(left), "".join(right)
