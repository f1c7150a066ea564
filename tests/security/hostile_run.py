"""One run of the real service (`outingwatch run`, a child process) built to leak if it can.

The feed is dense with planted personal information (in the added text, and in titles, user
names and edit summaries) and with script payloads in every wiki-sourced field. The service runs
with known secret values: the fingerprint (HMAC) key, the webhook secret, oversighters' OAuth
token and bot password, an oversighter's API token. While it runs, the API is used well and
badly (forged tokens carrying secret-looking values, a sign-in, suppressions through the local
wiki API, a webhook receiver that fails every other call). The tests then search the logs,
/metrics, webhook bodies, API error bodies and the queue database for any of it.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from pathlib import Path

import aiohttp
import orjson
from aiohttp import web

from store.open import open_store
from tests.reliability.process import free_port
from tests.reliability.runner import KEY, Outcome, Run, Scenario, run_scenario
from tests.service.feeds import BENIGN, FeedBuilder

XSS = '<script>alert("x")</script><img src=x onerror=alert(1)>'
SECRETS = {
    "webhook secret": "whsec-Zq7Secret-3c5e7a9b1d3f5a7c9e1b3d5f7a9c1e3b",
    "oauth token": "oauth-Zq7Secret-9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d",
    "bot password": "botpw-Zq7Secret-1f2e3d4c5b6a7f8e9d0c1b2a3f4e5d6c",
    "fingerprint key": KEY,
    "forged token": "ow_Zq7Forged-0a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6e",
}
NAMES = ("Zelda Quixote", "Ambrose Featherstonehaugh", "Odalys Brennan-Vuković", "Tamsin Oakhurst")


def planted(n: int) -> dict[str, str]:
    """Distinct planted values for edit `n`: what each must never show up as."""
    first, last = NAMES[n % len(NAMES)].split(" ", 1)
    return {
        "email": f"{first.lower()}.{last.lower()[:5]}{n}@example.org",
        "phone": f"+44 20 7946 0{n:03d}",
        "mobile": f"07700 900{n:03d}",
        "ip": f"203.0.113.{n + 10}",
        "address": f"{n + 11} Marigold Crescent",
        "postcode": f"LS6 {n % 9 + 1}QT",
        "birth": f"{n % 27 + 1} March 19{60 + n}",
        "ssn": f"078-05-{1120 + n}",
        "handle": f"instagram.com/zq_private_{n}",
    }


def outing_text(n: int, values: dict[str, str]) -> str:
    name = NAMES[n % len(NAMES)]
    return (f"{XSS} I know who you are: your real name is {name}, born {values['birth']}. "
            f"You live at {values['address']}, Leeds {values['postcode']}. Email "
            f"{values['email']}, phone {values['phone']} or mobile {values['mobile']}. "
            f"Your IP is {values['ip']}, SSN {values['ssn']}, see {values['handle']}.")


@dataclass
class HostileFeed:
    builder: FeedBuilder
    values: list[dict[str, str]]  # planted in the added text
    fields: list[str]  # planted in titles, user names, summaries


def hostile_feed(edits: int = 12) -> HostileFeed:
    feed = FeedBuilder()
    values: list[dict[str, str]] = []
    fields: list[str] = []
    for n in range(edits):
        found = planted(n)
        values.append(found)
        user, title = f"Quillon Vantablack{n}{XSS}", f"User talk:Ossifrage Pemberton{n}{XSS}"
        comment = f"{XSS} ring 0161 496 0{n:03d}"
        fields += [user.removesuffix(XSS), title.removesuffix(XSS).split(":", 1)[1],
                   comment.removeprefix(XSS + " ")]
        feed.edit(outing_text(n, found), user=user, title=title, comment=comment)
        feed.edit(BENIGN[n % len(BENIGN)], user=user, comment=comment)
    feed.edit(outing_text(99, planted(99)), wiki=f"enwiki{XSS}")  # refused by the store
    feed.raw('{"meta": {"id": "' + values[0]["email"] + '"}, "title": "' + NAMES[0])
    feed.edit(BENIGN[0])
    return HostileFeed(feed, values, fields)


@dataclass
class Seen:
    """Everything the run let out, for the tests to search."""

    outcome: Outcome | None = None
    token: str = ""
    webhook_bodies: list[bytes] = field(default_factory=list)
    webhook_headers: list[str] = field(default_factory=list)
    api: list[tuple[str, int, str, str, bytes]] = field(default_factory=list)  # what, status,
    # content type, X-Content-Type-Options, body
    request_ids: list[int] = field(default_factory=list)


@contextlib.asynccontextmanager
async def webhook_receiver(seen: Seen) -> AsyncIterator[str]:
    async def hook(request: web.Request) -> web.Response:
        seen.webhook_bodies.append(await request.read())
        seen.webhook_headers.append(repr(dict(request.headers)))
        return web.Response(status=500 if len(seen.webhook_bodies) % 2 else 204)

    app = web.Application()
    app.router.add_post("/hook", hook)
    runner = web.AppRunner(app)
    await runner.setup()
    port = free_port()
    await web.TCPSite(runner, "127.0.0.1", port).start()
    try:
        yield f"http://127.0.0.1:{port}/hook"
    finally:
        await runner.cleanup()


def credentials_file(folder: Path) -> Path:
    path = folder / "oversighters.json"
    path.write_bytes(orjson.dumps({
        "alice": {"oauth_token": SECRETS["oauth token"]},
        "bob": {"username": "Bob@outingwatch", "bot_password": SECRETS["bot password"]},
    }))
    os.chmod(path, 0o600)
    return path


async def _call(seen: Seen, http: aiohttp.ClientSession, what: str, method: str, url: str,
                **kwargs: object) -> bytes:
    async with http.request(method, url, **kwargs) as response:  # type: ignore[arg-type]
        body = await response.read()
        seen.api.append((what, response.status, response.content_type,
                         response.headers.get("X-Content-Type-Options", ""), body))
        return body


async def use_the_api(run: Run, seen: Seen) -> None:
    """Once the feed is handled: list, read, claim and suppress; forged and bad calls too."""
    await run.done.wait()
    base, good = run.service.url, {"Authorization": f"Bearer {seen.token}"}
    async with aiohttp.ClientSession() as http:
        listed = orjson.loads(await _call(seen, http, "list", "GET", f"{base}/api/v1/requests",
                                          headers=good))
        seen.request_ids = [r["id"] for r in listed["requests"]]
        for rid in seen.request_ids[:3]:
            await _call(seen, http, "get", "GET", f"{base}/api/v1/requests/{rid}", headers=good)
            await _call(seen, http, "audit", "GET", f"{base}/api/v1/requests/{rid}/audit",
                        headers=good)
        await _bad_calls(seen, http, base, good)
        await _suppressions(seen, http, base)


async def _bad_calls(seen: Seen, http: aiohttp.ClientSession, base: str,
                     good: dict[str, str]) -> None:
    forged = {"Authorization": f"Bearer {SECRETS['forged token']}"}
    await _call(seen, http, "forged", "GET", f"{base}/api/v1/requests", headers=forged)
    await _call(seen, http, "bad id", "GET", f"{base}/api/v1/requests/{XSS}", headers=good)
    await _call(seen, http, "bad query", "GET", f"{base}/api/v1/requests",
                params={"wiki": XSS, XSS: "1"}, headers=good)
    await _call(seen, http, "bad body", "POST", f"{base}/api/v1/requests/1/resolve",
                headers=good, data=XSS.encode())
    await _call(seen, http, "sign in", "POST", f"{base}/api/v1/session",
                headers={"Origin": base}, json={"token": seen.token})
    await _call(seen, http, "csrf", "POST", f"{base}/api/v1/requests/1/claim",
                headers={"Origin": "https://evil.example"})


async def _suppressions(seen: Seen, http: aiohttp.ClientSession, base: str) -> None:
    """Alice's OAuth token goes to the local wiki API (which refuses it); a forged token never
    reaches the credentials."""
    for who, rid in zip(("alice", "forged"), seen.request_ids[-2:], strict=False):
        token = seen.token if who == "alice" else SECRETS["forged token"]
        await _call(seen, http, f"suppress as {who}", "POST",
                    f"{base}/api/v1/requests/{rid}/suppress",
                    headers={"Authorization": f"Bearer {token}"}, json={})


async def hostile_run(folder: Path, feed: HostileFeed) -> Seen:
    seen = Seen()
    database = f"sqlite:///{folder / 'queue.sqlite3'}"
    store = await open_store(database)
    try:
        seen.token = await store.add_user("alice")
    finally:
        await store.close()
    async with webhook_receiver(seen) as hook:
        env = {"OUTINGWATCH_WEBHOOK_URL": hook, "OUTINGWATCH_WEBHOOK_MIN_SCORE": "0",
               "OUTINGWATCH_WEBHOOK_SECRET": SECRETS["webhook secret"],
               "OUTINGWATCH_SUPPRESS_CREDENTIALS_FILE": str(credentials_file(folder)),
               "OUTINGWATCH_LOG_LEVEL": "DEBUG"}

        async def action(run: Run) -> None:
            await use_the_api(run, seen)

        scenario = Scenario("hostile", env=env, action=action)
        seen.outcome = await run_scenario(feed.builder.entries, scenario, folder, database)
        await asyncio.sleep(0)
    return seen
