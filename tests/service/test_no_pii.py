"""A feed full of planted personal information goes through the whole service; none of it may
come out in the logs (JSON on stdout, worker processes' stderr), /metrics or webhook bodies."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import orjson
import pytest
from aiohttp import web
from pytest_aiohttp import AiohttpServer

from core.logs import setup_logging
from tests.service.feeds import FeedBuilder
from tests.service.rig import local_servers, running, settings_for

PLANTED = {
    "email": "zelda.quixote42@example.org",
    "phone": "+44 20 7946 0999",
    "name": "Zelda Quixote",
    "address": "17 Marigold Crescent",
    "birth": "7 March 1984",
    "user": "Quillon Vantablack",
    "title": "Ossifrage Pemberton",
    "comment": "ring 0161 496 0777",
    "handle": "instagram.com/zq_private_acct",
}


def planted_feed() -> FeedBuilder:
    feed = FeedBuilder()
    outing = (f"Her real name is {PLANTED['name']}, born {PLANTED['birth']}, she lives at "
              f"{PLANTED['address']}, Leeds. Email {PLANTED['email']}, phone {PLANTED['phone']}, "
              f"see {PLANTED['handle']}.")
    feed.edit(outing, user=PLANTED["user"], title=f"User talk:{PLANTED['title']}",
              comment=PLANTED["comment"])
    feed.edit(f"{PLANTED['name']} works at Grindlewood Bakery, call {PLANTED['phone']}",
              user=PLANTED["user"])
    feed.edit("A harmless reply.", user=PLANTED["user"], comment=PLANTED["comment"])
    feed.raw('{"meta": {"id": "' + PLANTED["email"] + '"}, "title": "' + PLANTED["name"])
    feed.other(bot=True, user=PLANTED["user"], title=PLANTED["title"],
               revision={"old": 1, "new": 2})
    feed.other(namespace="not a number " + PLANTED["name"], title=PLANTED["title"])
    feed.raw(orjson.dumps({"meta": {"id": "x", "dt": PLANTED["birth"]},
                           "user": PLANTED["user"]}).decode())
    feed.hidden()
    return feed


async def test_no_planted_value_reaches_logs_metrics_or_webhooks(
    tmp_path: Path, capfd: pytest.CaptureFixture[str], aiohttp_server: AiohttpServer
) -> None:
    bodies: list[bytes] = []

    async def hook(request: web.Request) -> web.Response:
        bodies.append(await request.read())
        return web.Response(status=204)

    receiver = web.Application()
    receiver.router.add_post("/hook", hook)
    hook_server = await aiohttp_server(receiver, host="127.0.0.1")
    feed = planted_feed()
    handler = setup_logging("DEBUG")
    local = await local_servers(feed.entries)
    settings = settings_for(local, tmp_path, log_level="DEBUG", webhook_min_score=0.0,
                            webhook_url=f"http://127.0.0.1:{hook_server.port}/hook")
    try:
        async with running(settings) as service:
            await service.until_drained(len(feed.entries))
            queued = await service.requests()
            _, metrics_text = await service.get("/metrics")
            await service.until(lambda: len(bodies) >= len(queued))
    finally:
        await local.close()
        logging.getLogger().removeHandler(handler)
    captured = capfd.readouterr()
    logs = captured.out + captured.err
    assert queued, "the planted outing should be queued"
    assert len(bodies) == len(queued)
    assert '"level"' in logs
    assert "outingwatch_events_received_total" in metrics_text
    outputs = {"logs": logs, "metrics": metrics_text,
               "webhooks": b"\n".join(bodies).decode()}
    for where, text in outputs.items():
        for kind, value in PLANTED.items():
            assert value not in text, f"planted {kind} found in {where}"
            assert value.split()[-1] not in text or kind in ("birth", "phone", "comment"), \
                f"part of planted {kind} found in {where}"
    for body in bodies:
        assert set(json.loads(body)) == {"event", "id", "wiki", "score", "types", "link"}
