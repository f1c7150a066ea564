"""Suppression requests against the local API server: the exact calls MediaWiki expects."""

from __future__ import annotations

import aiohttp

from tests.wiki.helpers import HOST, SITE, fixtures_with, rig
from wiki.revisiondelete import BotPassword, OAuthToken, suppress_revision
from wiki.server import ApiServer
from wiki.serverauth import ServerAuth


def _server() -> ApiServer:
    auth = ServerAuth(bot_passwords={"Oversighter@outingwatch": "s3cret-bot-pass"},
                      oauth_tokens={"owner-only-token": "Oversighter"})  # fmt: skip
    return ApiServer(fixtures_with((1, "a\n"), (2, "a\nprivate details\n")), auth=auth)


def _session() -> aiohttp.ClientSession:
    return aiohttp.ClientSession(cookie_jar=aiohttp.CookieJar(unsafe=True))


async def test_bot_password_login_then_suppress() -> None:
    server = _server()
    async with rig(server) as r, _session() as session:
        credentials = BotPassword("Oversighter@outingwatch", "s3cret-bot-pass")
        outcome = await suppress_revision(
            session, SITE, 2, "outing", credentials, api_base_url=r.api.base_url
        )
        after = await r.client.fetch_added(SITE, 1, 2)
    assert outcome.ok
    assert outcome.error is None
    (call,) = server.revision_deletes
    assert call.method == "POST"
    assert call.host == HOST
    assert call.user == "Oversighter"
    expected = {"action": "revisiondelete", "type": "revision", "ids": "2", "hide": "content",
                "suppress": "yes", "reason": "outing"}  # fmt: skip
    assert {k: call.params[k] for k in expected} == expected
    assert call.params["token"].endswith("+\\")
    assert len(call.params["token"]) > 2
    actions = [(c.method, c.params.get("action"), c.params.get("type")) for c in server.calls]
    assert actions == [("GET", "query", "login"), ("POST", "login", None),
                       ("GET", "query", "csrf"), ("POST", "revisiondelete", "revision"),
                       ("GET", "compare", None)]  # fmt: skip
    assert after.skipped == "missingcontent"


async def test_oauth_bearer_token_suppresses_without_login() -> None:
    server = _server()
    async with rig(server) as r, _session() as session:
        outcome = await suppress_revision(
            session, SITE, 2, "outing", OAuthToken("owner-only-token"), api_base_url=r.api.base_url
        )
    assert outcome.ok
    assert [c.params["action"] for c in server.calls] == ["query", "revisiondelete"]
    assert server.revision_deletes[0].user == "Oversighter"
    assert server.faults.hidden == {2: "suppressed"}


async def test_wrong_password_never_reaches_revisiondelete() -> None:
    server = _server()
    async with rig(server) as r, _session() as session:
        credentials = BotPassword("Oversighter@outingwatch", "wrong")
        outcome = await suppress_revision(
            session, SITE, 2, "x", credentials, api_base_url=r.api.base_url
        )
    assert outcome.ok is False
    assert outcome.error == "login_failed"
    assert server.revision_deletes == []
    assert "wrong" not in repr(credentials)


async def test_unknown_bearer_token_is_not_logged_in() -> None:
    server = _server()
    async with rig(server) as r, _session() as session:
        outcome = await suppress_revision(
            session, SITE, 2, "x", OAuthToken("nope"), api_base_url=r.api.base_url
        )
    assert (outcome.ok, outcome.error) == (False, "not_logged_in")
    assert server.revision_deletes == []


async def test_server_refusal_carries_only_the_code() -> None:
    server = _server()
    server.faults.fail_next = 1
    async with rig(server) as r, _session() as session:
        outcome = await suppress_revision(
            session, SITE, 2, "x", OAuthToken("owner-only-token"), api_base_url=r.api.base_url
        )
    assert (outcome.ok, outcome.error) == (False, "http_error")
