"""The queue's contract, run on every backend (SQLite always, PostgreSQL where it answers)."""

from __future__ import annotations

import asyncio
import contextlib
import sqlite3

import asyncpg
import pytest

from store.base import QueueStore
from store.errors import (
    ClaimedByOther,
    InvalidInput,
    InvalidTransition,
    NotFound,
    SchemaTooNew,
    StoreFailure,
    UserExists,
)
from store.model import ListFilter
from store.open import open_store
from stream.position import Position
from tests.store.factory import Clock, make_request

DAY = 86_400


async def test_enqueue_is_idempotent_by_wiki_and_revision(store: QueueStore) -> None:
    first = await store.enqueue(make_request(7))
    again = await store.enqueue(make_request(7, score=0.9))
    other_wiki = await store.enqueue(make_request(7, wiki="dewiki"))
    assert first[1] is True
    assert again == (first[0], False)
    assert other_wiki[1] is True
    assert other_wiki[0] != first[0]
    listed = await store.list_requests(ListFilter())
    assert sorted((r.wiki, r.rev_id, r.score) for r in listed) == [
        ("dewiki", 7, 0.5), ("enwiki", 7, 0.5)]


async def test_stored_request_round_trips(store: QueueStore) -> None:
    req = make_request(11, types=("email", "phone"), fingerprints=("ab" * 32,))
    request_id, _ = await store.enqueue(req)
    got = await store.get(request_id)
    assert (got.wiki, got.rev_id, got.rc_id, got.title, got.user, got.excerpt) == (
        req.wiki, req.rev_id, req.rc_id, req.title, req.user, req.excerpt)
    assert (got.types, got.reasons, got.event_time) == (req.types, req.reasons, req.event_time)
    assert (got.state, got.claimed_by, got.outcome, got.linked) == ("pending", None, None, ())
    assert "fingerprints" not in got.to_json()


async def test_position_commits_with_the_request(store: QueueStore) -> None:
    assert await store.load_position() is None
    await store.enqueue(make_request(1), Position("[1]", 1000))
    assert await store.load_position() == Position("[1]", 1000)
    await store.enqueue(make_request(1), Position("[2]", 2000))  # duplicate still moves it
    assert await store.load_position() == Position("[2]", 2000)
    assert await store.load_position(consumer="other") is None


async def test_a_failed_position_write_rolls_the_request_back(store: QueueStore) -> None:
    # 2**70 fits no BIGINT: the position write fails after the request row was inserted
    with pytest.raises(StoreFailure) as info:
        await store.enqueue(make_request(5), Position("[5]", 2**70))
    assert str(info.value) in ("database error: OverflowError", "database error: DataError")
    assert info.value.__suppress_context__
    assert await store.list_requests(ListFilter()) == []
    assert await store.load_position() is None


async def test_position_adapter_serves_the_consumer(store: QueueStore) -> None:
    positions = store.positions("mirror")
    await positions.save(Position('[{"offset":3}]', 42))
    assert await positions.load() == Position('[{"offset":3}]', 42)
    assert await store.load_position() is None


async def test_skips_are_recorded_once_with_the_position(store: QueueStore) -> None:
    assert await store.record_skip("enwiki", 9, "texthidden", Position("[9]", 9)) is True
    assert await store.record_skip("enwiki", 9, "texthidden", Position("[10]", 10)) is False
    assert await store.load_position() == Position("[10]", 10)
    assert (await store.stats())["skips"] == 1


async def test_lifecycle_claim_release_resolve(store: QueueStore) -> None:
    request_id, _ = await store.enqueue(make_request(1))
    claimed = await store.claim(request_id, "alice", 300)
    assert (claimed.state, claimed.claimed_by) == ("claimed", "alice")
    released = await store.release(request_id, "alice")
    assert (released.state, released.claimed_by) == ("pending", None)
    await store.claim(request_id, "alice", 300)
    done = await store.resolve(request_id, "alice", "suppressed", "done via revdel")
    assert (done.state, done.outcome, done.note, done.claimed_by) == (
        "suppressed", "suppressed", "done via revdel", None)
    assert done.resolved_at is not None
    with pytest.raises(InvalidTransition):
        await store.claim(request_id, "bob", 300)
    with pytest.raises(InvalidTransition):
        await store.resolve(request_id, "alice", "dismissed")


async def test_release_without_claim_and_unknown_ids_are_refused(store: QueueStore) -> None:
    request_id, _ = await store.enqueue(make_request(1))
    with pytest.raises(InvalidTransition):
        await store.release(request_id, "alice")
    with pytest.raises(NotFound):
        await store.get(request_id + 100)
    with pytest.raises(NotFound):
        await store.claim(request_id + 100, "alice", 60)
    with pytest.raises(InvalidInput):
        await store.resolve(request_id, "alice", "deleted")
    with pytest.raises(InvalidInput):
        await store.claim(request_id, "alice", 0)


async def test_another_oversighters_live_claim_is_refused(store: QueueStore) -> None:
    request_id, _ = await store.enqueue(make_request(1))
    await store.claim(request_id, "alice", 300)
    for attempt in (store.claim(request_id, "bob", 300), store.release(request_id, "bob"),
                    store.resolve(request_id, "bob", "dismissed")):
        with pytest.raises(ClaimedByOther) as info:
            await attempt
        assert info.value.holder == "alice"
    assert (await store.get(request_id)).claimed_by == "alice"


async def test_an_expired_lease_counts_as_pending(store: QueueStore, clock: Clock) -> None:
    request_id, _ = await store.enqueue(make_request(1))
    await store.claim(request_id, "alice", 60)
    clock.advance(59)
    assert (await store.get(request_id)).state == "claimed"
    clock.advance(2)
    expired = await store.get(request_id)
    assert (expired.state, expired.claimed_by) == ("pending", None)
    assert [r.id for r in await store.list_requests(ListFilter(states=("pending",)))] == [
        request_id]
    assert await store.depth_by_state() == {"pending": 1}
    assert (await store.claim(request_id, "bob", 60)).claimed_by == "bob"


async def test_renewing_ones_own_claim_extends_the_lease(store: QueueStore, clock: Clock) -> None:
    request_id, _ = await store.enqueue(make_request(1))
    first = await store.claim(request_id, "alice", 60)
    clock.advance(30)
    renewed = await store.claim(request_id, "alice", 60)
    assert renewed.lease_until == (first.lease_until or 0) + 30_000


async def test_every_state_change_is_audited(store: QueueStore) -> None:
    request_id, _ = await store.enqueue(make_request(1))
    await store.claim(request_id, "alice", 60)
    await store.release(request_id, "alice")
    await store.claim(request_id, "bob", 60)
    await store.resolve(request_id, "bob", "already-hidden", "oversighted earlier")
    trail = [(a.actor, a.from_state, a.to_state, a.note) for a in await store.audit(request_id)]
    assert trail == [
        ("outingwatch", None, "pending", None),
        ("alice", "pending", "claimed", None),
        ("alice", "claimed", "pending", None),
        ("bob", "pending", "claimed", None),
        ("bob", "claimed", "already-hidden", "oversighted earlier"),
    ]
    assert all(a.at > 0 and a.request_id == request_id for a in await store.audit(request_id))


async def test_purge_clears_old_excerpts_and_keeps_the_audit(
        store: QueueStore, clock: Clock) -> None:
    old, _ = await store.enqueue(make_request(1))
    open_one, _ = await store.enqueue(make_request(2))
    await store.record_skip("enwiki", 99, "texthidden")
    await store.resolve(old, "alice", "dismissed", "not outing")
    clock.advance(29 * DAY)
    assert await store.purge(30) == 0
    assert (await store.stats())["skips"] == 1
    clock.advance(2 * DAY)
    assert await store.purge(30) == 1
    assert (await store.stats())["skips"] == 0
    purged = await store.get(old)
    assert (purged.excerpt, purged.reasons, purged.note) == ("", (), None)
    assert (purged.state, purged.outcome) == ("dismissed", "dismissed")
    assert [a.to_state for a in await store.audit(old)] == ["pending", "dismissed"]
    assert (await store.get(open_one)).excerpt == make_request(2).excerpt
    assert await store.purge(30) == 0


async def test_priority_is_score_then_age(store: QueueStore, clock: Clock) -> None:
    low, _ = await store.enqueue(make_request(1, score=0.4))
    clock.advance(1)
    high_old, _ = await store.enqueue(make_request(2, score=0.9))
    clock.advance(1)
    high_new, _ = await store.enqueue(make_request(3, score=0.9))
    ids = [r.id for r in await store.list_requests(ListFilter(states=("pending",)))]
    assert ids == [high_old, high_new, low]


async def test_filters(store: QueueStore) -> None:
    a, _ = await store.enqueue(make_request(1, wiki="enwiki", score=0.9, types=("phone",)))
    b, _ = await store.enqueue(make_request(2, wiki="dewiki", score=0.6, types=("email", "name")))
    c, _ = await store.enqueue(make_request(3, wiki="enwiki", score=0.3, types=("email",)))
    await store.claim(c, "alice", 60)

    async def ids(**kwargs: object) -> list[int]:
        return [r.id for r in await store.list_requests(ListFilter(**kwargs))]  # type: ignore[arg-type]

    assert await ids(wiki="enwiki") == [a, c]
    assert await ids(type="email") == [b, c]
    assert await ids(min_score=0.5) == [a, b]
    assert await ids(states=("claimed",)) == [c]
    assert await ids(states=("pending",)) == [a, b]
    assert await ids(states=("pending", "claimed"), type="email", wiki="enwiki") == [c]
    assert await ids(limit=1, offset=1) == [b]
    for bad in ({"states": ("open",)}, {"limit": 0}, {"limit": 10_000}, {"offset": -1}):
        with pytest.raises(InvalidInput):
            await ids(**bad)


async def test_requests_sharing_a_fingerprint_are_linked(store: QueueStore) -> None:
    same, other = "f" * 64, "0" * 64
    a, _ = await store.enqueue(make_request(1, fingerprints=(same, other)))
    b, _ = await store.enqueue(make_request(2, wiki="dewiki", fingerprints=(same,)))
    c, _ = await store.enqueue(make_request(3, fingerprints=("1" * 64,)))
    assert (await store.get(a)).linked == (b,)
    assert (await store.get(b)).linked == (a,)
    assert (await store.get(c)).linked == ()
    listed = {r.id: r.linked for r in await store.list_requests(ListFilter())}
    assert listed == {a: (b,), b: (a,), c: ()}


async def test_tokens_verify_until_revoked(store: QueueStore) -> None:
    token = await store.add_user("Alice")
    assert token.startswith("ow_")
    assert len(token) > 40
    assert await store.verify_token(token) == "Alice"
    assert await store.verify_token(token + "x") is None
    assert await store.verify_token("") is None
    with pytest.raises(UserExists):
        await store.add_user("Alice")
    assert await store.revoke_user("Alice") is True
    assert await store.revoke_user("Alice") is False
    assert await store.verify_token(token) is None
    [info] = await store.list_users()
    assert (info.name, info.active) == ("Alice", False)
    renewed = await store.add_user("Alice")
    assert await store.verify_token(renewed) == "Alice"
    assert await store.verify_token(token) is None
    with pytest.raises(InvalidInput):
        await store.add_user("bad\nname")


async def test_sessions_expire_and_die_with_the_user(store: QueueStore, clock: Clock) -> None:
    await store.add_user("alice")
    session = await store.create_session("alice", 3600)
    assert await store.session_user(session) == "alice"
    assert await store.session_user(session + "x") is None
    clock.advance(3601)
    assert await store.session_user(session) is None
    fresh = await store.create_session("alice", 3600)
    await store.delete_session(fresh)
    assert await store.session_user(fresh) is None
    live = await store.create_session("alice", 3600)
    await store.revoke_user("alice")
    assert await store.session_user(live) is None


async def test_stats_count_effective_states(store: QueueStore) -> None:
    a, _ = await store.enqueue(make_request(1))
    b, _ = await store.enqueue(make_request(2))
    await store.enqueue(make_request(3))
    await store.claim(a, "alice", 60)
    await store.resolve(b, "alice", "dismissed")
    stats = await store.stats()
    assert stats["by_state"] == {"pending": 1, "claimed": 1, "dismissed": 1}
    assert stats["total"] == 3
    assert stats["oldest_pending_age_s"] == 0


async def test_concurrent_claims_have_exactly_one_winner(
        store: QueueStore, database_url: str, clock: Clock) -> None:
    # a second store on the same database stands for a second replica
    replica = await open_store(database_url, clock=clock)
    try:
        for rev in range(1, 6):
            request_id, _ = await store.enqueue(make_request(rev))
            results = await asyncio.gather(
                store.claim(request_id, "alice", 60), replica.claim(request_id, "bob", 60),
                return_exceptions=True)
            winners = [r for r in results if not isinstance(r, BaseException)]
            losers = [r for r in results if isinstance(r, BaseException)]
            assert len(winners) == 1, results
            assert len(losers) == 1
            assert isinstance(losers[0], ClaimedByOther)
            assert (await store.get(request_id)).claimed_by == winners[0].claimed_by
    finally:
        await replica.close()


async def test_migrate_is_idempotent(store: QueueStore) -> None:
    request_id, _ = await store.enqueue(make_request(1))
    await store.migrate()
    assert (await store.get(request_id)).rev_id == 1


async def test_a_newer_schema_is_refused(database_url: str, clock: Clock) -> None:
    store = await open_store(database_url, clock=clock)
    await store.close()
    await _set_schema_version(database_url, 9999)
    try:
        with pytest.raises(SchemaTooNew):
            await open_store(database_url, clock=clock)
    finally:
        await _set_schema_version(database_url, None)


async def _set_schema_version(url: str, version: int | None) -> None:
    """Add (or remove) a schema_version row from a 'future' release, outside the store."""
    statement = ("INSERT INTO schema_version (version, applied_at) VALUES (9999, 0)"
                 if version is not None else "DELETE FROM schema_version WHERE version = 9999")
    if url.startswith("sqlite:///"):
        with contextlib.closing(sqlite3.connect(url.removeprefix("sqlite:///"))) as conn:
            conn.execute(statement)
            conn.commit()
        return
    conn = await asyncpg.connect(url)
    try:
        await conn.execute(statement)
    finally:
        await conn.close()
