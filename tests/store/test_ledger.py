"""The ledger's contract on both backends: judged revisions, suppressions seen once, requests
resolved by the wiki, the proxies, the report's rows and retention."""

from __future__ import annotations

import pytest

from store.base import QueueStore
from store.ledger import (
    WIKI_ACTOR,
    LedgerRow,
    Suppression,
    band,
    ledger_for,
)
from store.model import ListFilter
from stream.position import Position
from tests.store.factory import Clock, make_request

NOW_MS = 1_700_000_000_000


def row(rev_id: int, score: float, flagged: bool, wiki: str = "enwiki",
        kind: str = "") -> LedgerRow:
    return LedgerRow(wiki, rev_id, score, "likely" if flagged else "none",
                     kind or ("email" if flagged else ""), flagged, NOW_MS - 60_000)


def hidden(rev_id: int, wiki: str = "enwiki") -> Suppression:
    return Suppression(wiki, rev_id, ("text",), True, NOW_MS + 3_600_000)


async def test_a_suppression_is_recorded_once_with_its_position(store: QueueStore) -> None:
    ledger = ledger_for(store)
    await ledger.add_judged([row(1, 0.2, False)])
    first = await ledger.record_suppression(hidden(1), Position("[1]", 5))
    again = await ledger.record_suppression(hidden(1), Position("[2]", 6))
    assert first.new
    assert first.missed
    assert first.score == pytest.approx(0.2)
    assert not again.new
    assert not again.missed
    assert await store.load_position() == Position("[2]", 6)  # the repeat still moves it


async def test_a_queued_request_is_resolved_by_the_wiki_with_an_audit_row(
    store: QueueStore,
) -> None:
    ledger = ledger_for(store)
    request_id, _ = await store.enqueue(make_request(9, score=0.9))
    await ledger.add_judged([row(9, 0.9, True)])
    outcome = await ledger.record_suppression(hidden(9))
    got = await store.get(request_id)
    audit = await store.audit(request_id)
    assert outcome.flagged
    assert outcome.resolved_request == request_id
    assert outcome.edit_time == NOW_MS - 60_000
    assert (got.state, got.outcome, got.claimed_by) == ("already-hidden", "already-hidden", None)
    assert (audit[-1].actor, audit[-1].from_state) == (WIKI_ACTOR, "pending")
    assert await store.list_requests(ListFilter(states=("pending",))) == []


async def test_a_claimed_request_is_resolved_too_and_a_resolved_one_left_alone(
    store: QueueStore,
) -> None:
    ledger = ledger_for(store)
    claimed, _ = await store.enqueue(make_request(3))
    done, _ = await store.enqueue(make_request(4))
    await store.claim(claimed, "Oversighter", 600)
    await store.resolve(done, "Oversighter", "suppressed")
    first = await ledger.record_suppression(hidden(3))
    second = await ledger.record_suppression(hidden(4))
    assert first.resolved_request == claimed
    assert first.flagged  # a request without a ledger row counts as flagged
    assert second.resolved_request is None
    assert (await store.get(done)).outcome == "suppressed"


async def test_proxies_count_flagged_suppressed_and_misses(store: QueueStore,
                                                          clock: Clock) -> None:
    ledger = ledger_for(store)
    await ledger.add_judged([row(1, 0.9, True), row(2, 0.8, True), row(3, 0.1, False),
                             row(4, 0.4, False), row(5, 0.7, True, wiki="dewiki")])
    await ledger.add_judged([row(1, 0.1, False)])  # the first judgement stands
    for rev_id in (1, 3, 4):
        await ledger.record_suppression(hidden(rev_id))
    await ledger.record_suppression(hidden(99))  # never judged: outside recall
    since = int(clock() * 1000) - 1
    proxies = await ledger.proxies(since)
    assert (proxies.flagged, proxies.flagged_suppressed) == (3, 1)
    assert (proxies.suppressed_judged, proxies.suppressed_flagged) == (3, 1)
    assert proxies.precision == pytest.approx(1 / 3)
    assert proxies.recall == pytest.approx(1 / 3)
    data = await ledger.report(since)
    assert data.flagged == {("enwiki", "email"): (2, 1), ("dewiki", "email"): (1, 0)}
    assert sorted((s.rev_id, s.flagged) for s in data.suppressed) == [
        (1, True), (3, False), (4, False)]
    assert data.unjudged == {"enwiki": 1}
    assert (await ledger.proxies(since + 10_000)).flagged == 0  # the window excludes them


async def test_retention_drops_old_ledger_rows(store: QueueStore, clock: Clock) -> None:
    ledger = ledger_for(store)
    await ledger.add_judged([row(1, 0.5, False)])
    await ledger.record_suppression(hidden(1))
    clock.advance(31 * 86_400)
    await ledger.add_judged([row(2, 0.5, False)])
    assert await ledger.purge(30) == 2
    assert await ledger.purge(30) == 0
    assert (await ledger.report(0)).suppressed == []


async def test_resolved_rows_name_the_actor(store: QueueStore) -> None:
    ledger = ledger_for(store)
    by_hand, _ = await store.enqueue(make_request(1, types=("phone", "name")))
    await store.enqueue(make_request(2))
    await store.resolve(by_hand, "Oversighter", "dismissed")
    await ledger.record_suppression(hidden(2))
    data = await ledger.report(0)
    assert sorted((r.rev_id, r.outcome, r.actor, r.types) for r in data.resolved) == [
        (1, "dismissed", "Oversighter", ("phone", "name")),
        (2, "already-hidden", WIKI_ACTOR, ("email",))]


def test_bands() -> None:
    assert [band(s) for s in (0.0, 0.05, 0.1, 0.55, 0.99, 1.0, 1.7)] == [
        "0.0-0.1", "0.0-0.1", "0.1-0.2", "0.5-0.6", "0.9-1.0", "0.9-1.0", "0.9-1.0"]
