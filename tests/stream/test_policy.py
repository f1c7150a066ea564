"""Reconnect policy, filters, deduplication and the position file, on their own."""

from __future__ import annotations

import random
from datetime import UTC, datetime
from email.utils import format_datetime
from pathlib import Path

import pytest

from stream.config import ConsumerConfig
from stream.events import Meta, RecentChange
from stream.filestore import FilePositionStore, PositionFileError
from stream.filters import EventFilter, RecentIds, choice
from stream.position import Position
from stream.reconnect import Backoff, parse_retry_after


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def test_backoff_is_capped_exponential_with_full_jitter() -> None:
    backoff = Backoff(base_s=1, cap_s=8, rng=random.Random(1), clock=Clock())
    ceilings = [1, 2, 4, 8, 8, 8]
    for ceiling in ceilings:
        assert 0 <= backoff.delay() <= ceiling
    assert backoff.attempt == len(ceilings)
    top = Backoff(base_s=1, cap_s=8, rng=random.Random(2), clock=Clock())
    assert max(top.delay() for _ in range(200)) <= 8


def test_backoff_resets_after_a_healthy_connection_only() -> None:
    clock = Clock()
    backoff = Backoff(base_s=1, cap_s=64, healthy_reset_s=30, clock=clock)
    for _ in range(5):
        backoff.delay()
    backoff.connected()
    clock.now += 5
    backoff.delay()
    assert backoff.attempt == 6
    backoff.connected()
    clock.now += 31
    backoff.delay()
    assert backoff.attempt == 1


def test_retry_after_is_honoured_and_bounded() -> None:
    backoff = Backoff(base_s=0.1, cap_s=1, max_retry_after_s=100, clock=Clock())
    assert backoff.delay(retry_after=7) >= 7
    assert backoff.delay(retry_after=10_000) == 100


def test_parse_retry_after() -> None:
    now = datetime(2026, 1, 1, tzinfo=UTC)
    later = format_datetime(datetime(2026, 1, 1, 0, 0, 30, tzinfo=UTC), usegmt=True)
    assert parse_retry_after("12") == 12
    assert parse_retry_after(later, now=now.timestamp()) == 30
    assert parse_retry_after("soon") is None
    assert parse_retry_after(None) is None


def change(**values: object) -> RecentChange:
    fields: dict[str, object] = {
        "meta": Meta(id="m", dt="2025-01-01T00:00:00Z", time_ms=0), "id": 1, "type": "edit",
        "namespace": 0, "title": "T", "wiki": "commonswiki", "server_url": "https://c",
        "server_name": "c", "server_script_path": "/w", "timestamp": 0, "bot": False,
    }
    fields.update(values)
    return RecentChange(**fields)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("event", "reason"),
    [
        (change(), None),
        (change(type="new"), None),
        (change(wiki="enwiki"), "wiki"),
        (change(type="log"), "type"),
        (change(bot=True), "bot"),
    ],
)
def test_default_filter(event: RecentChange, reason: str | None) -> None:
    assert EventFilter().reason(event) == reason


def test_filter_all_values_and_namespaces() -> None:
    everything = EventFilter(choice(["*"]), frozenset({2}), choice(["*"]), include_bots=True)
    assert everything.reason(change(wiki="enwiki", type="log", bot=True, namespace=2)) is None
    assert everything.reason(change(namespace=0)) == "namespace"
    assert choice([" enwiki ", "", "dewiki"]) == frozenset({"enwiki", "dewiki"})


def test_recent_ids_remember_a_bounded_window() -> None:
    recent = RecentIds(3)
    assert [recent.seen(i) for i in "abca"] == [False, False, False, True]
    recent.seen("d")
    recent.seen("e")
    assert len(recent) == 3
    assert recent.seen("b") is False


async def test_position_file_round_trip_and_atomic_replace(tmp_path: Path) -> None:
    store = FilePositionStore(tmp_path / "pos.json")
    assert await store.load() is None
    await store.save(Position('[{"topic":"t"}]', 5))
    await store.save(Position('[{"topic":"u"}]', 6))
    assert await FilePositionStore(tmp_path / "pos.json").load() == Position('[{"topic":"u"}]', 6)
    assert not (tmp_path / "pos.json.tmp").exists()


async def test_an_unreadable_position_file_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "pos.json").write_text("{broken")
    with pytest.raises(PositionFileError):
        await FilePositionStore(tmp_path / "pos.json").load()


def test_consumer_config_maps_to_a_filter() -> None:
    assert ConsumerConfig().event_filter() == EventFilter()
    everything = ConsumerConfig(wikis=(), namespaces=(), types=("all",)).event_filter()
    assert everything == EventFilter(None, None, None, include_bots=False)
