"""Where API calls go. `replay` reaches only its own local API server, whatever the environment
says (a credentials file set, OUTINGWATCH_API_BASE_URL pointing at a "production" server that
records every call it gets); the service calls only wikis on the allow-list, over https."""

from __future__ import annotations

import asyncio
import os
import re
import signal
import sys
from pathlib import Path

import aiohttp
import orjson

from replay.feed import write_feed
from tests.reliability.process import ROOT
from tests.service.feeds import OUTING, FeedBuilder
from tests.service.rig import local_servers, running, settings_for
from wiki.server import ApiServer, serve_api
from wiki.serverauth import ServerAuth

DEMO_USER = "demo-oversighter"
BOT = ("Oversighter@outingwatch", "bot-password-that-must-stay-home")


async def read_until(process: asyncio.subprocess.Process, pattern: str,
                     seen: list[str]) -> re.Match[str]:
    assert process.stdout is not None
    while True:
        line = (await asyncio.wait_for(process.stdout.readline(), 300)).decode()
        assert line, "replay ended early:\n" + "".join(seen[-40:])
        seen.append(line)
        if found := re.search(pattern, line):
            return found


async def test_replay_suppresses_only_on_its_own_local_wiki(tmp_path: Path) -> None:
    feed = FeedBuilder()
    feed.edit(OUTING[0])
    feed_path = tmp_path / "feed.ndjson"
    write_feed(feed_path, feed.entries)
    credentials = tmp_path / "credentials.json"
    credentials.write_bytes(orjson.dumps(
        {DEMO_USER: {"username": BOT[0], "bot_password": BOT[1]}}))
    credentials.chmod(0o600)
    production = ApiServer(auth=ServerAuth(bot_passwords={BOT[0]: BOT[1]}))
    async with serve_api(production) as prod:
        env = {**os.environ, "OUTINGWATCH_SUPPRESS_CREDENTIALS_FILE": str(credentials),
               "OUTINGWATCH_API_BASE_URL": prod.base_url}
        process = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "cli.main", "replay", str(feed_path), "--port", "0",
            "--ops-port", "0", "--workers", "1", cwd=ROOT, env=env,
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.STDOUT)
        seen: list[str] = []
        try:
            base = (await read_until(process, r"queue page:\s+(http://\S+?)/ ", seen)).group(1)
            token = (await read_until(process, r"demo oversighter token: (\S+)", seen)).group(1)
            await read_until(process, r"feed drained", seen)
            status, answer = await _suppress_first(base, token)
        finally:
            process.send_signal(signal.SIGTERM)
            await asyncio.wait_for(process.wait(), 120)
    assert production.calls == []  # the bot password never left for the "real" wiki
    # the replay's own local wiki answered (it knows no bot passwords): a login refusal,
    # not a network failure, so the call was made, and made there
    assert (status, answer) == (502, {
        "error": "the wiki refused the suppression (login_failed); the request stays claimed"})


async def _suppress_first(base: str, token: str) -> tuple[int, object]:
    headers = {"Authorization": f"Bearer {token}"}
    async with aiohttp.ClientSession(headers=headers) as http:
        async with http.get(base + "/api/v1/requests") as listing:
            [request] = (await listing.json())["requests"]
        async with http.post(f"{base}/api/v1/requests/{request['id']}/suppress") as response:
            return response.status, await response.json()


async def test_the_service_calls_only_allowed_wikis_over_https(tmp_path: Path) -> None:
    feed = FeedBuilder()
    allowed = feed.edit("Thanks for the photo.")
    off_list = feed.edit("Thanks again.", wiki="evilwiki", host="wiki.attacker.example")
    look_alike = feed.edit("And again.", wiki="evil2wiki", host="en.wikipedia.org.attacker.example")
    plain_http = feed.edit("Once more.", server_url="http://en.wikipedia.org")
    local = await local_servers(feed.entries)
    try:
        async with running(settings_for(local, tmp_path)) as service:
            await service.until_drained(len(feed.entries))
            skipped = service.summary().skipped
        calls = [(c.host, c.params.get("torev")) for c in local.api.server.calls]
    finally:
        await local.close()
    assert skipped == {"host_not_allowed": 3}
    assert {torev for _, torev in calls} == {str(allowed[1])}
    assert not {off_list[1], look_alike[1], plain_http[1]} & {int(t or 0) for _, t in calls}
