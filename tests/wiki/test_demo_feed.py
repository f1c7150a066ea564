"""The bundled demo feed: its shape, its provenance map, and its diffs through the local API."""

from __future__ import annotations

import asyncio
import json
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from replay import build_demo
from replay.feed import FeedEntry, read_feed
from stream.visibility import STREAM as VISIBILITY
from tests.wiki.helpers import rig
from wiki.client import FetchResult
from wiki.fixtures import ApiFixtures
from wiki.server import ApiServer
from wiki.site import Site

CORPUS = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "dev-edits.jsonl"


@pytest.fixture(scope="module")
def entries() -> list[FeedEntry]:
    return list(read_feed(build_demo.FEED_PATH))


@pytest.fixture(scope="module")
def all_events(entries: list[FeedEntry]) -> list[dict[str, Any]]:
    return [json.loads(entry.data) for entry in entries]


@pytest.fixture(scope="module")
def events(all_events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The recentchange events (the suppressions at the end are another stream's)."""
    return [e for e in all_events if e["meta"].get("stream") != VISIBILITY]


def test_suppressions_follow_their_edits_and_other_fields_carry_outing(
    all_events: list[dict[str, Any]], events: list[dict[str, Any]],
) -> None:
    hidden = [e for e in all_events if e["meta"].get("stream") == VISIBILITY]
    revisions = {(e.get("wiki"), e["revision"].get("new")) for e in events if "revision" in e}
    assert len(hidden) >= 40
    assert all((e["database"], e["rev_id"]) in revisions for e in hidden)
    assert all_events[-len(hidden):] == hidden  # after every edit they hide
    assert sum("performer" not in e for e in hidden) >= 30  # suppressions, not admin hides
    logs = [e for e in events if e.get("type") == "log"]
    assert all(isinstance(e.get("log_id"), int) for e in logs)
    targets = [e["log_params"].get("target", "") for e in logs
               if e["log_type"] == "move" and isinstance(e["log_params"], dict)]
    assert sum(any(c.isdigit() for c in target) for target in targets) >= 2
    assert sum("@example" in e.get("comment", "") for e in events) >= 3


def test_size_and_count(entries: list[FeedEntry]) -> None:
    assert build_demo.FEED_PATH.stat().st_size < 5_000_000
    assert 1000 <= len(entries) <= 3000  # under 5 MB: NOTICE attributes its sources


def test_current_schema_envelopes(events: list[dict[str, Any]]) -> None:
    for event in events:
        assert event["$schema"] == "/mediawiki/recentchange/1.0.0"
        meta = event["meta"]
        assert meta["topic"] == "eqiad.mediawiki.recentchange"
        assert meta["stream"] == "mediawiki.recentchange"
        assert meta["dt"].endswith("Z")
        assert len(meta["dt"]) == len("2026-11-24T09:00:00.000Z")
    offsets = [event["meta"]["offset"] for event in events]
    assert len(set(offsets)) == len(offsets) - 12  # duplicates repeat their offsets


def test_mix_of_wikis_types_canaries_and_duplicates(events: list[dict[str, Any]]) -> None:
    wikis = Counter(event.get("wiki") for event in events)
    assert wikis.most_common(1)[0][0] == "commonswiki"
    assert wikis["commonswiki"] > len(events) / 2
    assert len(wikis) >= 8
    types = Counter(event.get("type") for event in events)
    assert min(types["log"], types["categorize"], types["new"]) > 0
    canaries = [event for event in events if event["meta"]["domain"] == "canary"]
    assert canaries
    assert all(set(event) == {"$schema", "meta"} for event in canaries)
    ids = Counter(event["meta"]["id"] for event in events)
    assert sum(count > 1 for count in ids.values()) == 12
    assert any(event.get("bot") for event in events)


def test_new_pages_have_only_new_revision_and_length(events: list[dict[str, Any]]) -> None:
    for event in events:
        if event.get("type") == "new":
            assert set(event["revision"]) == {"new"}
            assert set(event["length"]) == {"new"}


def test_every_corpus_record_is_mapped_to_its_event(events: list[dict[str, Any]]) -> None:
    records = [json.loads(line) for line in CORPUS.read_text().splitlines() if line.strip()]
    mapping = json.loads(build_demo.MAP_PATH.read_text())
    assert set(mapping) == {record["id"] for record in records}
    by_meta = {event["meta"]["id"]: event for event in events}
    for record in records:
        place = mapping[record["id"]]
        event = by_meta[place["meta_id"]]
        assert event["revision"]["new"] == place["rev_id"]
        assert (event["wiki"], event["title"], event["user"]) == (
            record["wiki"], record["title"], record["user"])  # fmt: skip
    assert sum(item["added_matches_record"] for item in mapping.values()) >= 235


async def _fetch_all(entries: list[FeedEntry], events: list[dict[str, Any]]) -> list[FetchResult]:
    async with rig(ApiServer(ApiFixtures.from_feed(entries)), per_host=8) as r:
        calls = [
            r.client.fetch_added(
                Site(event["server_url"], event["server_script_path"], event["server_name"]),
                event["revision"].get("old"), event["revision"]["new"],
            )
            for event in events
        ]  # fmt: skip
        return list(await asyncio.gather(*calls))


async def test_every_edit_diff_is_served_and_corpus_added_text_comes_back(
    entries: list[FeedEntry], events: list[dict[str, Any]]
) -> None:
    edits = [event for event in events if event.get("type") in ("edit", "new")]
    results = await _fetch_all(entries, edits)
    assert [result.skipped for result in results] == [None] * len(edits)
    records = {json.loads(line)["id"]: json.loads(line) for line in CORPUS.read_text().splitlines()}
    mapping = json.loads(build_demo.MAP_PATH.read_text())
    by_meta = {event["meta"]["id"]: result for event, result in zip(edits, results, strict=True)}
    for corpus_id, place in mapping.items():
        if place["added_matches_record"]:
            expected = records[corpus_id]["added"].strip("\n")
            assert by_meta[place["meta_id"]].added == expected


def test_the_bundled_file_is_what_the_script_builds(tmp_path: Path) -> None:
    entries, mapping = build_demo.build()
    build_demo.write(entries, mapping, tmp_path / "feed.ndjson.gz", tmp_path / "map.json")
    assert (tmp_path / "feed.ndjson.gz").read_bytes() == build_demo.FEED_PATH.read_bytes()
    assert (tmp_path / "map.json").read_text() == build_demo.MAP_PATH.read_text()
