"""The webhook: content-free body, signed, never blocking, bounded, failures counted."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from dataclasses import dataclass, field

import orjson
import pytest
from aiohttp import web

from tests.store.factory import make_request
from tests.web.server import serving
from web.notify import SIGNATURE_HEADER, WebhookConfig, WebhookNotifier, verify

SECRET = "webhook-secret"


@dataclass
class Receiver:
    bodies: list[bytes] = field(default_factory=list)
    headers: list[dict[str, str]] = field(default_factory=list)
    gate: asyncio.Event = field(default_factory=asyncio.Event)
    arrived: asyncio.Event = field(default_factory=asyncio.Event)

    async def ok(self, request: web.Request) -> web.Response:
        self.bodies.append(await request.read())
        self.headers.append(dict(request.headers))
        return web.Response(status=204)

    async def slow(self, request: web.Request) -> web.Response:
        self.arrived.set()
        await self.gate.wait()
        return await self.ok(request)

    async def broken(self, request: web.Request) -> web.Response:
        return web.Response(status=500)


@pytest.fixture
async def receiver() -> AsyncIterator[tuple[Receiver, str]]:
    rec = Receiver()
    app = web.Application()
    app.router.add_post("/ok", rec.ok)
    app.router.add_post("/slow", rec.slow)
    app.router.add_post("/broken", rec.broken)
    async with serving(app) as url:
        yield rec, url
        rec.gate.set()  # let held handlers end so the server shuts down at once


def notifier(url: str, **kwargs: object) -> WebhookNotifier:
    return WebhookNotifier(WebhookConfig(url=url, queue_url="https://queue.example.org/",
                                         secret=SECRET, **kwargs))  # type: ignore[arg-type]


async def test_the_body_carries_no_personal_information(receiver: tuple[Receiver, str]) -> None:
    rec, url = receiver
    hook = notifier(url + "/ok")
    req = make_request(5, score=0.93, types=("phone", "name"), title="User talk:Jane Doe",
                       user="Stalker", excerpt="call [PHONE]")
    assert hook.notify(17, req) is True
    await hook.close()
    [body] = rec.bodies
    assert orjson.loads(body) == {
        "event": "suppression_request", "id": 17, "wiki": "enwiki", "score": 0.93,
        "types": ["phone", "name"], "link": "https://queue.example.org/#request-17",
    }
    for secret_text in (b"Jane Doe", b"Stalker", b"PHONE]", b"Talk"):
        assert secret_text not in body
    assert verify(SECRET, rec.headers[0][SIGNATURE_HEADER], body)
    assert (hook.sent, hook.failed, hook.dropped) == (1, 0, 0)


async def test_below_the_score_nothing_is_sent(receiver: tuple[Receiver, str]) -> None:
    rec, url = receiver
    hook = notifier(url + "/ok", min_score=0.9)
    assert hook.notify(1, make_request(1, score=0.89)) is False
    await hook.close()
    assert rec.bodies == []


async def test_notify_never_waits_for_the_receiver(receiver: tuple[Receiver, str]) -> None:
    rec, url = receiver
    hook = notifier(url + "/slow", max_pending=2)
    assert hook.notify(1, make_request(1, score=0.9)) is True
    assert hook.notify(2, make_request(2, score=0.9)) is True
    assert hook.notify(3, make_request(3, score=0.9)) is False  # backlog bounded
    await rec.arrived.wait()
    assert rec.bodies == []  # the receiver is still holding the first POST
    rec.gate.set()
    await hook.close(grace_s=10)
    assert sorted(orjson.loads(b)["id"] for b in rec.bodies) == [1, 2]
    assert (hook.sent, hook.dropped) == (2, 1)


async def test_timeouts_and_errors_are_counted(receiver: tuple[Receiver, str]) -> None:
    _, url = receiver
    slow = notifier(url + "/slow", timeout_s=0.2)
    broken = notifier(url + "/broken")
    slow.notify(1, make_request(1, score=0.9))
    broken.notify(2, make_request(2, score=0.9))
    await slow.close(grace_s=10)
    await broken.close(grace_s=10)
    assert (slow.sent, slow.failed, broken.sent, broken.failed) == (0, 1, 0, 1)


async def test_close_cancels_what_is_still_pending(receiver: tuple[Receiver, str]) -> None:
    rec, url = receiver
    hook = notifier(url + "/slow", timeout_s=60)
    hook.notify(1, make_request(1, score=0.9))
    await rec.arrived.wait()
    await hook.close(grace_s=0.05)
    assert (hook.sent, hook.failed) == (0, 0)


def test_config_from_env() -> None:
    assert WebhookConfig.from_env({}) is None
    config = WebhookConfig.from_env({
        "OUTINGWATCH_WEBHOOK_URL": "https://hooks.example.org/x",
        "OUTINGWATCH_PUBLIC_ORIGIN": "https://queue.example.org",
        "OUTINGWATCH_WEBHOOK_MIN_SCORE": "0.5"})
    assert config is not None
    assert (config.url, config.min_score, config.secret) == (
        "https://hooks.example.org/x", 0.5, None)
