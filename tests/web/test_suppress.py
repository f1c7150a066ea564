"""Suppress from the queue through the local MediaWiki API server, which records the call."""

from __future__ import annotations

import os
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from tests.store.factory import make_request
from tests.web.conftest import QueueEnv, start_env
from web.config import DEFAULT_REASON, WebConfig
from web.suppress import CredentialsError, Suppressor, load_credentials
from wiki.revisiondelete import BotPassword, OAuthToken
from wiki.route import ApiRoute
from wiki.server import ApiServer, serve_api
from wiki.serverauth import ServerAuth

OAUTH = "oauth-secret-of-alice"
BOT_PASSWORD = "bot-password-of-bob"


@dataclass
class Setup:
    env: QueueEnv
    wiki: ApiServer


@pytest.fixture
async def setup(tmp_path: Path) -> AsyncIterator[Setup]:
    wiki = ApiServer(auth=ServerAuth(bot_passwords={"Bob@outingwatch": BOT_PASSWORD},
                                     oauth_tokens={OAUTH: "Alice"}))
    async with serve_api(wiki) as running:
        suppressor = Suppressor({
            "alice": OAuthToken(OAUTH),
            "bob": BotPassword("Bob@outingwatch", BOT_PASSWORD),
            "carol": OAuthToken("a token the wiki does not know"),
        }, route=ApiRoute(running.base_url))
        async for env in start_env(tmp_path, WebConfig(), suppressor):
            for name in ("carol", "dave"):
                env.tokens[name] = await env.store.add_user(name)
            yield Setup(env, wiki)


async def post(env: QueueEnv, user: str, path: str,
               json: object = None) -> tuple[int, dict[str, Any]]:
    async with env.http.post(env.url + path, headers=env.auth(user), json=json) as response:
        return response.status, await response.json()


@pytest.mark.parametrize(("user", "wiki_user"), [("alice", "Alice"), ("bob", "Bob")])
async def test_suppress_calls_revisiondelete_and_resolves(
        setup: Setup, user: str, wiki_user: str) -> None:
    rid, _ = await setup.env.store.enqueue(make_request(4242))
    status, body = await post(setup.env, user, f"/api/v1/requests/{rid}/suppress",
                              {"reason": "outing: phone number"})
    assert status == 200, body
    assert (body["request"]["state"], body["request"]["outcome"]) == ("suppressed", "suppressed")
    [call] = setup.wiki.revision_deletes
    assert (call.host, call.method, call.user) == ("en.wikipedia.org", "POST", wiki_user)
    token = call.params.pop("token")
    assert token.endswith("+\\")
    assert len(token) > 2
    assert call.params == {
        "action": "revisiondelete", "type": "revision", "ids": "4242", "hide": "content",
        "suppress": "yes", "reason": "outing: phone number", "format": "json",
        "formatversion": "2",
    }
    trail = [(a.actor, a.to_state) for a in await setup.env.store.audit(rid)]
    assert trail[-2:] == [(user, "claimed"), (user, "suppressed")]


async def test_default_reason_is_the_configured_one(setup: Setup) -> None:
    rid, _ = await setup.env.store.enqueue(make_request(7))
    assert (await post(setup.env, "alice", f"/api/v1/requests/{rid}/suppress"))[0] == 200
    assert setup.wiki.revision_deletes[0].params["reason"] == DEFAULT_REASON


async def test_a_refusal_is_shown_and_the_request_stays_claimed(setup: Setup) -> None:
    rid, _ = await setup.env.store.enqueue(make_request(8))
    status, body = await post(setup.env, "carol", f"/api/v1/requests/{rid}/suppress")
    assert status == 502
    assert body["error"] == (
        "the wiki refused the suppression (not_logged_in); the request stays claimed")
    stored = await setup.env.store.get(rid)
    assert (stored.state, stored.claimed_by) == ("claimed", "carol")


async def test_an_unreachable_wiki_is_shown_and_the_request_stays_claimed(
        tmp_path: Path) -> None:
    suppressor = Suppressor({"alice": OAuthToken(OAUTH)}, route=ApiRoute("http://127.0.0.1:9"),
                            timeout_s=5)
    async for env in start_env(tmp_path, WebConfig(), suppressor):
        rid, _ = await env.store.enqueue(make_request(9))
        status, body = await post(env, "alice", f"/api/v1/requests/{rid}/suppress")
        assert status == 502
        assert "http_error" in body["error"]
        assert OAUTH not in body["error"]
        assert (await env.store.get(rid)).claimed_by == "alice"


async def test_without_credentials_or_against_a_claim_nothing_is_called(setup: Setup) -> None:
    rid, _ = await setup.env.store.enqueue(make_request(10))
    status, body = await post(setup.env, "dave", f"/api/v1/requests/{rid}/suppress")
    assert (status, body["error"]) == (409, "no suppression credentials are configured for you")
    assert (await post(setup.env, "bob", f"/api/v1/requests/{rid}/claim"))[0] == 200
    status, _ = await post(setup.env, "alice", f"/api/v1/requests/{rid}/suppress")
    assert status == 403
    assert setup.wiki.revision_deletes == []
    assert (await setup.env.store.get(rid)).claimed_by == "bob"


def write(path: Path, text: str, mode: int) -> Path:
    path.write_text(text)
    os.chmod(path, mode)
    return path


def test_credentials_file(tmp_path: Path) -> None:
    good = write(tmp_path / "creds.json", '{"a": {"oauth_token": "t"}, '
                 '"b": {"username": "B@bot", "bot_password": "p"}}', 0o600)
    assert load_credentials(good) == {"a": OAuthToken("t"), "b": BotPassword("B@bot", "p")}
    with pytest.raises(CredentialsError, match="chmod 600"):
        load_credentials(write(tmp_path / "open.json", "{}", 0o644))
    for text in ('{"a": {"password": "s3cret-value"}}', '{"a": {"oauth_token": ""}}', "[]",
                 '{"s3cret-value"'):
        with pytest.raises(CredentialsError) as info:
            load_credentials(write(tmp_path / "bad.json", text, 0o600))
        assert "s3cret-value" not in str(info.value)
