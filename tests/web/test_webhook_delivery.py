"""The webhook over real HTTP: never follows a redirect with its signed body, signs with a
timestamp that a receiver checks against a replay window, and tells each wiki's receiver only
of that wiki's requests."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator

import pytest
from aiohttp import web

from tests.store.factory import make_request
from tests.web.server import serving
from web.notify import SIGNATURE_HEADER, WebhookConfig, WebhookNotifier, signature, verify

SECRET = "webhook-secret-0123456789"


@pytest.fixture
async def receiver() -> AsyncIterator[tuple[str, list[tuple[str, bytes, str]]]]:
    seen: list[tuple[str, bytes, str]] = []

    async def record(request: web.Request) -> web.Response:
        seen.append((request.path, await request.read(), request.headers.get(SIGNATURE_HEADER, "")))
        if request.path == "/moved":
            raise web.HTTPTemporaryRedirect("/elsewhere")
        return web.Response(status=204)

    app = web.Application()
    for path in ("/hook", "/moved", "/elsewhere"):
        app.router.add_post(path, record)
    async with serving(app) as url:
        yield url, seen


async def drained(hook: WebhookNotifier) -> None:
    for _ in range(200):  # a guard against a hang only
        if hook.sent + hook.failed >= 1:
            return
        await asyncio.sleep(0.02)


async def test_a_redirect_is_not_followed(
        receiver: tuple[str, list[tuple[str, bytes, str]]]) -> None:
    url, seen = receiver
    hook = WebhookNotifier(WebhookConfig(url=url + "/moved", queue_url="q", secret=SECRET,
                                         min_score=0))
    assert hook.notify(1, make_request(1))
    await drained(hook)
    await hook.close()
    assert [path for path, _, _ in seen] == ["/moved"]
    assert (hook.sent, hook.failed) == (0, 1)


async def test_the_signature_carries_a_time_and_expires(
        receiver: tuple[str, list[tuple[str, bytes, str]]]) -> None:
    url, seen = receiver
    hook = WebhookNotifier(WebhookConfig(url=url + "/hook", queue_url="q", secret=SECRET,
                                         min_score=0))
    assert hook.notify(1, make_request(1))
    await drained(hook)
    await hook.close()
    [(_, body, header)] = seen
    stamp = int(header.split(",")[0].removeprefix("t="))
    assert abs(stamp - time.time()) < 60
    assert verify(SECRET, header, body)
    assert not verify(SECRET, header, body + b" ")  # the body is signed
    assert not verify("another-secret-000000", header, body)
    assert not verify(SECRET, header, body, now=stamp + 301)  # replayed later
    assert not verify(SECRET, header.replace(f"t={stamp}", f"t={stamp + 1}"), body)
    old = signature(SECRET, body, stamp - 3600)
    assert not verify(SECRET, old, body, now=stamp)
    for junk in ("", "sha256=abc", "t=,v1=", "t=\u0661\u0662,v1=00"):
        assert not verify(SECRET, junk, body)


async def test_each_receiver_hears_only_of_its_wikis(
        receiver: tuple[str, list[tuple[str, bytes, str]]]) -> None:
    url, seen = receiver
    hook = WebhookNotifier(WebhookConfig(url=url + "/hook", queue_url="q", min_score=0,
                                         wikis=frozenset({"dewiki"})))
    assert not hook.notify(1, make_request(1, wiki="enwiki"))
    assert hook.notify(2, make_request(2, wiki="dewiki"))
    await drained(hook)
    await hook.close()
    assert [b'"wiki":"dewiki"' in body for _, body, _ in seen] == [True]


def test_the_recipients_come_from_the_environment() -> None:
    config = WebhookConfig.from_env({"OUTINGWATCH_WEBHOOK_URL": "https://h.example/x",
                                     "OUTINGWATCH_WEBHOOK_WIKIS": "enwiki, dewiki"})
    assert config is not None
    assert config.wikis == frozenset({"enwiki", "dewiki"})
