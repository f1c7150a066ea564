"""Scopes per wiki, token expiry and the user audit, on SQLite and PostgreSQL, through the store
and through `outingwatch users`."""

from __future__ import annotations

import asyncio

import pytest

from cli.main import main
from store.base import QueueStore
from store.errors import InvalidInput
from store.model import Identity, ListFilter
from store.open import open_store
from tests.store.factory import Clock, make_request


async def test_a_token_and_its_sessions_carry_the_scope(store: QueueStore) -> None:
    token = await store.add_user("alice", ("enwiki", "commonswiki"))
    steward = await store.add_user("stella")
    assert await store.identify_token(token) == Identity(
        "alice", frozenset({"enwiki", "commonswiki"}))
    assert await store.identify_token(steward) == Identity("stella", None)
    session = await store.create_session("alice", 600)
    assert await store.identify_session(session) == Identity(
        "alice", frozenset({"enwiki", "commonswiki"}))
    assert await store.set_scope("alice", ("dewiki",), "cli:root") is True
    assert await store.identify_token(token) == Identity("alice", frozenset({"dewiki"}))
    assert await store.identify_session(session) == Identity("alice", frozenset({"dewiki"}))
    assert await store.set_scope("nobody", None) is False
    for bad in ((), ("EnWiki",), ("en wiki",), ("x",)):
        with pytest.raises(InvalidInput):
            await store.add_user("bob", bad)


async def test_changes_to_users_are_audited(store: QueueStore) -> None:
    await store.add_user("alice", ("enwiki",), actor="cli:ops")
    await store.set_scope("alice", None, "cli:ops")
    await store.revoke_user("alice", "cli:lead")
    log = [(e.actor, e.user, e.action, e.detail) for e in await store.user_audit()]
    assert log == [("cli:ops", "alice", "added", 'wikis: ["enwiki"]'),
                   ("cli:ops", "alice", "scope", "wikis: all"),
                   ("cli:lead", "alice", "revoked", None)]


async def test_tokens_expire(store: QueueStore, clock: Clock) -> None:
    token = await store.add_user("alice", None, expires_at=int((clock.now + 60) * 1000))
    session = await store.create_session("alice", 3600)
    assert await store.verify_token(token) == "alice"
    clock.advance(61)
    assert await store.verify_token(token) is None
    assert await store.session_user(session) is None  # a session dies with its token
    [info] = await store.list_users()
    assert info.expires_at == int((clock.now - 1) * 1000)


async def test_lists_stats_and_links_keep_to_the_scope(store: QueueStore) -> None:
    shared = "f" * 64
    en, _ = await store.enqueue(make_request(1, wiki="enwiki", fingerprints=(shared,)))
    de, _ = await store.enqueue(make_request(2, wiki="dewiki", fingerprints=(shared,)))
    await store.record_skip("dewiki", 9, "texthidden")
    listed = await store.list_requests(ListFilter(scope=("enwiki",)))
    assert [r.id for r in listed] == [en]
    assert (listed[0].linked, listed[0].linked_wikis) == ((de,), ("dewiki",))
    assert await store.list_requests(ListFilter(scope=())) == []
    assert await store.list_requests(ListFilter(scope=("enwiki",), wiki="dewiki")) == []
    scoped = await store.stats(("enwiki",))
    assert (scoped["by_state"], scoped["skips"]) == ({"pending": 1}, 0)
    assert (await store.stats(("dewiki",)))["skips"] == 1
    assert (await store.stats())["total"] == 2


def test_users_cli_scopes(empty_database_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    url = empty_database_url
    with pytest.raises(SystemExit):  # a scope must be chosen
        main(["users", "--database", url, "add", "alice"])
    capsys.readouterr()
    assert main(["users", "--database", url, "add", "alice", "--wikis", "enwiki,commonswiki",
                 "--expires-days", "30"]) == 0
    token = capsys.readouterr().out.strip()
    assert main(["users", "--database", url, "add", "stella", "--all-wikis"]) == 0
    assert main(["users", "--database", url, "add", "bob", "--wikis", "Not A Wiki"]) == 2
    assert main(["users", "--database", url, "scope", "alice", "--wikis", "dewiki"]) == 0
    assert main(["users", "--database", url, "scope", "nobody", "--all-wikis"]) == 1
    capsys.readouterr()
    assert main(["users", "--database", url, "list"]) == 0
    listing = capsys.readouterr().out
    assert "alice\tactive\twikis dewiki\tadded " in listing
    assert "\texpires " in listing
    assert "stella\tactive\tall wikis\t" in listing
    assert main(["users", "--database", url, "log"]) == 0
    log = capsys.readouterr().out
    assert "\talice\tadded\twikis: [\"commonswiki\",\"enwiki\"]" in log
    assert "\talice\tscope\twikis: [\"dewiki\"]" in log
    assert "\tcli:" in log
    assert asyncio.run(_identify(url, token)) == Identity("alice", frozenset({"dewiki"}))


async def _identify(url: str, token: str) -> Identity | None:
    store = await open_store(url)
    try:
        return await store.identify_token(token)
    finally:
        await store.close()
