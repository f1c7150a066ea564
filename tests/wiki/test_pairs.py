"""The 250 real revision pairs: added text fetched through the local API over HTTP.

What the pipeline extracts (server-side diff in wikidiff2 markup, JSON over HTTP, client-side
table parsing) must agree with the independent multiset line difference of each pair
(tests/wiki/linecheck.py states the comparison), and must equal parsing the same diff in-process,
so HTTP and JSON lose nothing.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from tests.wiki.goldens import load_revision_pairs
from tests.wiki.helpers import SITE, fixtures_with, rig
from tests.wiki.linecheck import problems
from wiki.client import FetchResult
from wiki.differ import table_diff
from wiki.diffparse import DiffText, added_wikitext, parse_table_diff
from wiki.server import ApiServer

PAIRS = load_revision_pairs(Path(__file__).resolve().parents[3] / "shared")


@pytest.fixture(scope="module")
def fetched() -> list[FetchResult]:
    revisions = []
    for index, (_, old, new) in enumerate(PAIRS):
        revisions += [(2 * index + 1, old), (2 * index + 2, new)]
    server = ApiServer(fixtures_with(*revisions))

    async def fetch_all() -> list[FetchResult]:
        async with rig(server, timeout_s=60.0) as r:
            calls = (r.client.fetch_added(SITE, 2 * i + 1, 2 * i + 2) for i in range(len(PAIRS)))
            return list(await asyncio.gather(*calls))

    return asyncio.run(fetch_all())


def test_all_pairs_are_here() -> None:
    assert len(PAIRS) == 250


@pytest.mark.parametrize("index", range(len(PAIRS)), ids=[label for label, _, _ in PAIRS])
def test_added_text_agrees_with_the_line_difference(fetched: list[FetchResult], index: int) -> None:
    _, old, new = PAIRS[index]
    result = fetched[index]
    assert result.skipped is None
    assert not result.truncated
    assert problems(old, new, DiffText(result.fragments)) == []
    local = parse_table_diff(table_diff(old, new))
    assert result.fragments == local.added
    assert result.added == added_wikitext(local)


def test_most_pairs_add_something(fetched: list[FetchResult]) -> None:
    assert sum(bool(result.added) for result in fetched) > 200
    assert sum(bool(result.removed) for result in fetched) > 100
