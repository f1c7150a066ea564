"""The local EventStreams server speaks the protocol PROTOCOL.md describes."""

from __future__ import annotations

import asyncio
from pathlib import Path

import aiohttp
import orjson

from replay.feed import FeedEntry
from stream.eventid import CODFW, EQIAD
from stream.faults import ServerSettings
from stream.server import serve
from stream.sse import Frame, SSEParser
from tests.stream.helpers import entries, meta_id, real_events


async def read_frames(response: aiohttp.ClientResponse) -> tuple[bytes, list[Frame]]:
    parser, frames, body = SSEParser(), [], b""
    async for chunk in response.content.iter_any():
        body += chunk
        frames += parser.feed(chunk)
    return body, frames


async def get(url: str, **kwargs: object) -> tuple[int, dict[str, str], bytes]:
    async with aiohttp.ClientSession() as session, session.get(url, **kwargs) as response:  # type: ignore[arg-type]
        return response.status, dict(response.headers), await response.read()


async def test_stream_format_ok_comment_and_json_array_ids(shared_dir: Path) -> None:
    events = real_events(shared_dir, 3)
    async with (serve(entries(events)) as server, aiohttp.ClientSession() as session,
                session.get(server.url) as response):
        assert response.status == 200
        assert response.headers["Content-Type"] == "text/event-stream; charset=utf-8"
        assert response.headers["Cache-Control"] == "no-cache"
        body, frames = await read_frames(response)
    assert body.startswith(b":ok\n\nevent: message\nid: [")
    ids = [orjson.loads(f.data or b"")["meta"]["id"] for f in frames]
    assert ids == [meta_id(e) for e in events]
    first = orjson.loads(frames[0].id or "")
    assert [item["topic"] for item in first] == [EQIAD, CODFW]
    assert first[1] == {"topic": CODFW, "partition": 0, "offset": -1}
    stamps = [orjson.loads(f.id or "")[0]["timestamp"] for f in frames]
    assert stamps == sorted(set(stamps))


async def test_last_event_id_resumes_after_it_and_since_starts_at_a_time(shared_dir: Path) -> None:
    events = real_events(shared_dir, 8)
    async with serve(entries(events)) as server:
        served = server.feed.served
        _, _, body = await get(server.url, headers={"Last-Event-ID": served[2].id})
        assert body.count(b"\nid: ") == 5
        crafted = orjson.dumps([{"topic": EQIAD, "partition": 0,
                                 "timestamp": served[5].timestamp}]).decode()
        _, _, body = await get(server.url, headers={"Last-Event-ID": crafted})
        assert body.count(b"\nid: ") == 3
        by_offset = orjson.dumps([{"topic": EQIAD, "partition": 0, "offset": 7},
                                  {"topic": CODFW, "partition": 0, "timestamp": 1}]).decode()
        _, _, body = await get(server.url, headers={"Last-Event-ID": by_offset})
        assert body.count(b"\nid: ") == 1
        _, _, body = await get(server.url, params={"since": str(served[4].timestamp)})
        assert body.count(b"\nid: ") == 4


async def test_errors_are_json_problems(shared_dir: Path) -> None:
    async with serve(entries(real_events(shared_dir, 2))) as server:
        status, _, body = await get(server.url, headers={"Last-Event-ID": "[{not json"})
        assert status == 400
        assert set(orjson.loads(body)) == {"status", "type", "title", "detail", "method", "uri"}
        unknown = orjson.dumps([{"topic": "eqiad.other", "partition": 0, "offset": 1}]).decode()
        status, _, _ = await get(server.url, headers={"Last-Event-ID": unknown})
        assert status == 404
        status, _, body = await get(server.base_url + "/v2/stream/nosuchstream")
        assert status == 400
        assert orjson.loads(body)["status"] == 400
        status, _, _ = await get(server.url, params={"since": "yesterday-ish"})
        assert status == 400


async def test_recorded_ids_are_kept_and_resumable(shared_dir: Path) -> None:
    recorded = '[{"topic":"codfw.mediawiki.recentchange","partition":0,"timestamp":1520000000001}]'
    events = real_events(shared_dir, 2)
    feed = [FeedEntry(data=orjson.dumps(events[0]).decode(), id=recorded),
            FeedEntry(data=orjson.dumps(events[1]).decode())]
    async with serve(feed) as server:
        _, _, body = await get(server.url)
        assert f"id: {recorded}\n".encode() in body
        _, _, body = await get(server.url, headers={"Last-Event-ID": recorded})
        assert body.count(b"\nid: ") == 1


async def test_connections_are_cut_and_too_many_get_429(shared_dir: Path) -> None:
    settings = ServerSettings(cut_after_s=0.3, keep_open=True, max_connections=1)
    async with serve(entries(real_events(shared_dir, 2)), settings) as server:
        async with aiohttp.ClientSession() as session, session.get(server.url) as first:
            await first.content.readuntil(b"\n\n")
            status, _, _ = await get(server.url)
            assert status == 429
            async with asyncio.timeout(10):
                rest = await first.content.read()  # ends cleanly at the cut
        assert rest.count(b"\nid: ") == 2
        status, _, _ = await get(server.url)
        assert status == 200


async def test_paced_feed_and_injected_failures_for_the_next_connections(shared_dir: Path) -> None:
    events = real_events(shared_dir, 5)
    async with serve(entries(events), ServerSettings(pace=500)) as server:
        server.feed.fail_next(2, 503, retry_after="7")
        statuses = []
        for _ in range(2):
            status, headers, _ = await get(server.url)
            statuses.append((status, headers.get("Retry-After")))
        status, _, body = await get(server.url)
    assert statuses == [(503, "7"), (503, "7")]
    assert status == 200
    assert [f.data for f in SSEParser().feed(body)] == [e.data.encode() for e in entries(events)]


async def test_without_a_position_the_live_end_or_the_start(shared_dir: Path) -> None:
    events = real_events(shared_dir, 4)
    async with serve(entries(events), ServerSettings(start_at_end=True)) as server:
        _, _, at_end = await get(server.url)
        after_last = str(server.feed.served[-1].timestamp + 1)
        _, _, past_end = await get(server.url, params={"since": after_last})
        _, _, from_start = await get(server.url, params={"since": "2000-01-01T00:00:00Z"})
    assert at_end == b":ok\n\n"
    assert past_end == b":ok\n\n"
    assert from_start.count(b"\nid: ") == 4
