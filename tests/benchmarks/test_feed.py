"""The benchmark feed: the asked size and mix, real envelopes, and an API answer for every edit."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from benchmarks.e2e.feed import FeedSpec, build_with_outing, edit_id, ensure_feed
from replay.feed import FeedEntry, api_key
from stream.events import RecentChange, decode
from wiki.client import MediaWikiClient, compare_params, revision_params
from wiki.config import ApiConfig
from wiki.fixtures import ApiFixtures
from wiki.server import ApiServer, serve_api
from wiki.site import Site

SPEC = FeedSpec(events=600, outing_every=100, seed=7)


@pytest.fixture(scope="module")
def built() -> tuple[list[FeedEntry], tuple[str, ...]]:
    return build_with_outing(SPEC)


def events(entries: list[FeedEntry]) -> list[dict[str, Any]]:
    return [json.loads(entry.data) for entry in entries]


def answer_key(event: dict[str, Any]) -> str:
    revision = event["revision"]
    params = (revision_params(revision["new"]) if event["type"] == "new"
              else compare_params(revision["old"], revision["new"]))  # fmt: skip
    return api_key(event["server_name"], params)


def corpus_outing(shared_dir: Path) -> set[tuple[str, str]]:
    """(title, added text) of the corpus records labelled as outing."""
    lines = (shared_dir / "corpus" / "dev-edits.jsonl").read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in lines if line.strip()]
    return {(r["title"], r["added"].strip()) for r in records if r["expect"]["flag"]}


def test_counts_add_up_and_refuse_impossible_mixes() -> None:
    assert sum(FeedSpec(events=20_000).counts().values()) == 20_000
    assert FeedSpec(events=20_000).counts()["outing"] == 100
    with pytest.raises(ValueError, match="too few"):
        FeedSpec(events=3, background=0.9).counts()


def test_size_and_outing_share(built: tuple[list[FeedEntry], tuple[str, ...]]) -> None:
    entries, outing = built
    assert len(entries) == SPEC.events
    assert len(outing) == SPEC.events // SPEC.outing_every
    ids = {edit_id(entry.data) for entry in entries}
    assert set(outing) <= ids


def test_every_edit_has_its_answer_in_the_feed(
        built: tuple[list[FeedEntry], tuple[str, ...]]) -> None:  # fmt: skip
    entries, _ = built
    fixtures = ApiFixtures.from_feed(entries)
    edits = [e for e in events(entries) if e.get("type") in ("edit", "new")]
    assert len(edits) > SPEC.events // 2
    missing = [e["meta"]["id"] for e in edits if answer_key(e) not in fixtures.answers]
    assert missing == []


def test_envelopes_decode_as_current_recentchange(
        built: tuple[list[FeedEntry], tuple[str, ...]]) -> None:  # fmt: skip
    entries, _ = built
    decoded = [decode(entry.data.encode()) for entry in entries]
    changes = [event for event in decoded if isinstance(event, RecentChange)]
    assert len(changes) == len(entries) - SPEC.counts()["canary"]
    kinds = Counter(event.type for event in changes)
    assert {"edit", "categorize", "log"} <= set(kinds)
    assert len({event.wiki for event in changes}) >= 3
    meta_ids = Counter(event.meta.id for event in changes)
    assert sum(n - 1 for n in meta_ids.values()) == SPEC.counts()["duplicate"]


async def test_an_outing_edit_comes_back_through_the_local_api(
        built: tuple[list[FeedEntry], tuple[str, ...]], shared_dir: Path) -> None:  # fmt: skip
    entries, outing = built
    wanted = {e["meta"]["id"]: e for e in events(entries) if edit_id(json.dumps(e)) in outing}
    event = next(e for e in wanted.values() if e["type"] == "edit")
    site = Site(event["server_url"], event["server_script_path"], event["server_name"])
    async with serve_api(ApiServer(ApiFixtures.from_feed(entries))) as api:
        client = MediaWikiClient(ApiConfig(api_base_url=api.base_url))
        try:
            result = await client.fetch_added(site, event["revision"]["old"],
                                              event["revision"]["new"])  # fmt: skip
        finally:
            await client.close()
    assert result.skipped is None
    assert (event["title"], result.added.strip()) in corpus_outing(shared_dir)


def test_ensure_feed_writes_once_and_reuses(tmp_path: Path) -> None:
    spec = FeedSpec(events=120, outing_every=40, seed=3)
    first = ensure_feed(spec, tmp_path)
    written = first.path.stat().st_mtime_ns
    again = ensure_feed(spec, tmp_path)
    assert again.path.stat().st_mtime_ns == written
    assert again.events == first.events == 120
    assert again.outing_ids == first.outing_ids
    assert len(first.outing_ids) == 3
