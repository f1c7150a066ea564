"""`outingwatch users` and `outingwatch purge` against a real SQLite file."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from cli.main import main
from store.open import open_store
from tests.store.factory import make_request


def run(*argv: str) -> int:
    return main(list(argv))


def test_users_add_list_revoke(empty_database_url: str,
                               capsys: pytest.CaptureFixture[str]) -> None:
    url = empty_database_url
    assert run("users", "--database", url, "add", "Alice Example", "--all-wikis") == 0
    token = capsys.readouterr().out.strip()
    assert token.startswith("ow_")
    assert run("users", "--database", url, "add", "Alice Example", "--all-wikis") == 1
    assert run("users", "--database", url, "list") == 0
    listing = capsys.readouterr().out
    assert "Alice Example\tactive" in listing
    assert token not in listing
    assert asyncio.run(_verify(url, token)) == "Alice Example"
    assert run("users", "--database", url, "revoke", "Alice Example") == 0
    assert run("users", "--database", url, "revoke", "Nobody") == 1
    assert asyncio.run(_verify(url, token)) is None
    assert run("users", "--database", url, "add", "bad\tname", "--all-wikis") == 2


def test_database_from_the_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("OUTINGWATCH_DATABASE", str(tmp_path / "env.sqlite3"))
    assert run("users", "add", "bob", "--wikis", "enwiki") == 0
    assert (tmp_path / "env.sqlite3").exists()


def test_purge_uses_days(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                         capsys: pytest.CaptureFixture[str]) -> None:
    url = f"sqlite:///{tmp_path / 'q.sqlite3'}"
    asyncio.run(_resolved_request(url))
    assert run("purge", "--database", url, "--days", "1") == 0
    assert "purged 0 request(s)" in capsys.readouterr().out
    assert run("purge", "--database", url, "--days", "0") == 0
    assert "purged 1 request(s)" in capsys.readouterr().out
    monkeypatch.setenv("OUTINGWATCH_RETENTION_DAYS", "many")
    assert run("purge", "--database", url) == 2
    with pytest.raises(SystemExit):
        run("purge", "--database", url, "--days", "-3")


async def _verify(url: str, token: str) -> str | None:
    store = await open_store(url)
    try:
        return await store.verify_token(token)
    finally:
        await store.close()


async def _resolved_request(url: str) -> None:
    store = await open_store(url)
    try:
        request_id, _ = await store.enqueue(make_request(1))
        await store.resolve(request_id, "alice", "dismissed")
    finally:
        await store.close()
