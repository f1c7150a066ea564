from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from pipeline.watermark import Watermark
from stream.position import Position


def pos(n: int) -> Position:
    return Position(f"id-{n}", n)


def test_advances_only_over_the_finished_prefix() -> None:
    mark = Watermark(pos(-1))
    seqs = [mark.add(pos(n)) for n in range(4)]
    assert mark.after(seqs[1]) == pos(-1)
    assert mark.finish(seqs[1]) == pos(-1)
    assert mark.finish(seqs[2]) == pos(-1)
    assert mark.after(seqs[0]) == pos(2)
    assert mark.finish(seqs[0]) == pos(2)
    assert mark.in_flight == 1
    assert mark.finish(seqs[3]) == pos(3)
    assert mark.in_flight == 0


@given(st.permutations(list(range(12))))
def test_any_finishing_order_gives_the_contiguous_prefix(order: list[int]) -> None:
    mark = Watermark()
    for n in range(12):
        mark.add(pos(n))
    done: set[int] = set()
    for seq in order:
        expected_after = mark.after(seq)
        assert mark.finish(seq) == expected_after
        done.add(seq)
        prefix = 0
        while prefix in done:
            prefix += 1
        assert mark.position == (pos(prefix - 1) if prefix else None)
