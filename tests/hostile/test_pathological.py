"""Pathological input through the whole judgement (wikitext, every detector, NER, rules, excerpt),
the diff parser and the SSE parser, each case in a worker process under a wall-clock limit.

The limit is a hang detector (catastrophic regex backtracking, a parser that loops), not a speed
assertion: it is generous for a loaded two-core machine; speed lives in benchmarks/.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import signal
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.hostile import worker

HANG_S = 60.0
INVALID_UTF8 = (b"\xff\xfe\xc3\x28\xa0\xa1\xe2\x28\xa1\xf0\x28\x8c\xbc" * 8_000).decode(
    "utf-8", "surrogateescape")
CONTROL = "".join(chr(c) for c in [*range(32), 127, 0x85, 0x2028, 0x2029, 0x202E, 0xFEFF]) * 4_000
TEXTS: dict[str, str] = {
    "100,000 digits": "7" * 100_000,
    "digits with separators": "0 7-7.0(0)" * 20_000,
    "a long run of @": "@" * 200_000,
    "a long run of dots": "." * 200_000,
    "@ and dots alternating": "@." * 100_000,
    "an email-like chain": "a@b." * 50_000,
    "spelled-out at/dot": " at example dot" * 20_000,
    "deeply nested templates": "{{a|" * 5_000 + "x" + "}}" * 5_000,
    "unclosed templates": "{{" * 100_000,
    "100k [[": "[[" * 100_000,
    "nested links and refs": ("[[User:A|<ref>{{b|[[c]]" * 3_000),
    "1 MB without spaces": ("abcdefghij0123456789" * 50_000),
    "1 MB of one letter": "x" * 1_000_000,
    "invalid UTF-8 (surrogate-escaped)": INVALID_UTF8,
    "control characters": CONTROL,
    "many short lines": "Margaret Ellison\n" * 30_000,
    "a huge table": "{|\n" + "|-\n| a || b || 07700 900461\n" * 20_000 + "|}",
}
ROW = ('<tr>\n  <td class="diff-marker" data-marker="+"></td>\n  <td class="diff-addedline '
       'diff-side-added"><div>call 07700 900461 or write to a.b@example.com {{x|[[y]]}}'
       '</div></td>\n</tr>\n')
BIG_DIFF = ROW * (10_000_000 // len(ROW) + 1)  # 10 MB of added rows
NASTY_DIFF = "<tr><td class='diff-addedline'><div>" + "<ins>" * 100_000 + "x" + "<td>" * 50_000


# Repeated to the judgement's text cap: each made one detector's time quadratic in the text
# (a word start followed by an unbounded run that backtracks, or per-finding whole-text work).
TEXT_CAP = 200_000
UNITS = ("A-", "Nurse-", "Ab-Cd-", "Ää-", "Flat 12 no. 3 ", "12 Ab Cd ", "ul. Ab ", "via de ",
         "Kaiser-Ring-", "1 A-", "my name is ", "card number 4111 ", "x[at]y[.]", "(dot) ",
         "a = Bxy bei Cxy ", "ist Koch bei ")


def at_cap(unit: str) -> str:
    return (unit * (TEXT_CAP // len(unit) + 1))[:TEXT_CAP]


@pytest.fixture(scope="module")
def pool() -> Iterator[ProcessPoolExecutor]:
    executor = ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn"))
    pid = executor.submit(worker.pid).result(timeout=HANG_S)
    try:
        yield executor
    finally:
        executor.shutdown(wait=False, cancel_futures=True)
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGKILL)  # a hung case leaves it busy; nothing else to wait for


def _within_limit(pool: ProcessPoolExecutor, call: Callable[..., Any], *args: Any
                  ) -> dict[str, Any]:
    future = pool.submit(call, *args)
    try:
        result: dict[str, Any] = future.result(timeout=HANG_S)
    except FutureTimeout:
        pytest.fail(f"no answer within {HANG_S} s: a hang")
    return result


@pytest.mark.parametrize("name", sorted(TEXTS))
def test_pathological_text_is_judged(pool: ProcessPoolExecutor, name: str) -> None:
    summary = _within_limit(pool, worker.judge, TEXTS[name])
    assert summary["error"] == ""
    assert isinstance(summary["flag"], bool)
    assert len(summary["excerpt"]) <= 1_000


@pytest.mark.parametrize("unit", UNITS)
def test_repeated_units_at_the_text_cap_are_judged_in_full(pool: ProcessPoolExecutor,
                                                          unit: str) -> None:
    summary = _within_limit(pool, worker.judge, at_cap(unit))
    assert summary["error"] == ""
    assert summary["partial"] is False  # the full judgement finished, not the quick pass


# Units made of the characters that start words, join them and end them, in every case.
_UNIT = st.text(alphabet=st.sampled_from("Aa-ÄäNnU 12.,/@'’"), min_size=1, max_size=8)


@settings(max_examples=6, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(unit=_UNIT)
def test_generated_units_at_the_text_cap_are_judged_in_full(pool: ProcessPoolExecutor,
                                                           unit: str) -> None:
    summary = _within_limit(pool, worker.judge, at_cap(unit))
    assert summary["error"] == ""
    assert summary["partial"] is False


def test_pathological_text_in_title_and_comment_is_judged(pool: ProcessPoolExecutor) -> None:
    summary = _within_limit(pool, worker.judge, "a plain reply", "[[" * 50_000, "@." * 50_000)
    assert summary["error"] == ""


def test_a_10_mb_diff_is_parsed_and_judged(pool: ProcessPoolExecutor) -> None:
    summary = _within_limit(pool, worker.diff_then_judge, BIG_DIFF)
    assert summary["added_chars"] > 1_000_000
    assert summary["flag"] is True  # the phone and email in its rows are still found
    assert "07700 900461" not in summary["excerpt"]
    assert "a.b@example.com" not in summary["excerpt"]


def test_a_nested_broken_diff_is_parsed(pool: ProcessPoolExecutor) -> None:
    summary = _within_limit(pool, worker.diff_then_judge, NASTY_DIFF)
    assert summary["error"] == ""


@pytest.mark.parametrize("data", [
    b"data: " + b"\xff" * 2_000_000 + b"\n\n",
    b"data: {" * 300_000 + b"\n\n",
    (b"event: message\ndata: " + b"[" * 100_000 + b"\n\n") * 5,
    b"\r" * 1_000_000,
    b"\n" * 1_000_000,
    b"data: x\n" * 200_000 + b"\n",
    b":" * 3_000_000,
    bytes(range(256)) * 8_000,
], ids=["invalid utf-8", "open objects", "open arrays", "CRs", "LFs", "many data lines",
        "a long comment", "every byte"])
def test_hostile_stream_bytes_are_parsed_and_refused(pool: ProcessPoolExecutor, data: bytes
                                                     ) -> None:
    summary = _within_limit(pool, worker.stream_bytes, data)
    assert summary["refused"] == summary["frames"]  # none of it is a usable event
