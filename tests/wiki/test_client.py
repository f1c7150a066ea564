"""The API client against the local API server over loopback HTTP, faults included."""

from __future__ import annotations

import asyncio
import dataclasses
import json
import socket
from pathlib import Path

from replay.feed import FeedEntry, api_key
from tests.wiki.helpers import FAST, HOST, SITE, fixtures_with, rig
from wiki.client import (
    SKIP_REASONS,
    THREAD_ABOVE_BYTES,
    FetchResult,
    MediaWikiClient,
    compare_params,
    revision_params,
)
from wiki.diffparse import added_wikitext, parse_table_diff
from wiki.fixtures import ApiFixtures
from wiki.server import ApiServer
from wiki.site import Site

OLD = "== Talk ==\nHello there.\nUnchanged line.\n"
NEW = "== Talk ==\nHello there, friend.\nUnchanged line.\nHis phone is 555-0100.\n"


def _server() -> ApiServer:
    return ApiServer(fixtures_with((10, OLD), (11, NEW), (20, "First text of a new page.\n")))


def _fetched(result: FetchResult) -> None:
    assert result.skipped is None
    assert result.added == ", friend\nHis phone is 555-0100."
    assert result.removed == ""


async def test_compare_gives_added_text_and_sends_etiquette() -> None:
    async with rig(_server()) as r:
        result = await r.client.fetch_added(SITE, 10, 11)
    _fetched(result)
    assert result.attempts == 1
    assert [f.whole_line for f in result.fragments] == [False, True]
    assert result.fragments[0].line == "Hello there, friend."
    call = r.server.calls[0]
    assert call.host == HOST
    assert call.params["action"] == "compare"
    assert (call.params["fromrev"], call.params["torev"]) == ("10", "11")
    assert call.params["maxlag"] == "5"
    assert call.params["formatversion"] == "2"
    assert call.params["prop"] == "diff|ids|title|user"
    assert call.user_agent.startswith("outingwatch/")
    assert "(tests@example.org)" in call.user_agent
    assert r.recorder.requests == [("compare", "200")]


async def test_page_creation_takes_the_whole_content() -> None:
    async with rig(_server()) as r:
        result = await r.client.fetch_added(SITE, None, 20)
    assert result.skipped is None
    assert result.added == "First text of a new page."
    call = r.server.calls[0]
    assert call.params["action"] == "query"
    assert call.params["rvslots"] == "main"
    assert call.params["rvprop"] == "ids|user|content"


async def test_removed_text_is_kept_apart() -> None:
    server = ApiServer(fixtures_with((1, "keep\nmy secret 555-0199\n"), (2, "keep\n")))
    async with rig(server) as r:
        result = await r.client.fetch_added(SITE, 1, 2)
    assert result.added == ""
    assert result.removed == "my secret 555-0199"


async def test_server_errors_are_retried_then_succeed() -> None:
    server = _server()
    server.faults.fail_next = 2
    async with rig(server) as r:
        result = await r.client.fetch_added(SITE, 10, 11)
    _fetched(result)
    assert result.attempts == 3
    assert r.recorder.retries == ["server_error", "server_error"]
    assert [status for _, status in r.recorder.requests] == ["503", "503", "200"]


async def test_server_errors_past_the_attempts_skip() -> None:
    server = _server()
    server.faults.fail_next = 10
    async with rig(server, max_attempts=3) as r:
        result = await r.client.fetch_added(SITE, 10, 11)
    assert result.skipped == "server_error"
    assert len(server.calls) == 3
    assert r.recorder.skips == ["server_error"]


async def test_429_waits_as_retry_after_says() -> None:
    server = _server()
    server.faults.rate_limit_next = 1
    server.faults.retry_after_s = 7
    async with rig(server) as r:
        result = await r.client.fetch_added(SITE, 10, 11)
    _fetched(result)
    assert r.recorder.retries == ["rate_limited"]
    assert r.recorder.waits == [7.0]


async def test_retry_after_is_capped() -> None:
    server = _server()
    server.faults.rate_limit_next = 1
    server.faults.retry_after_s = 3600
    async with rig(server, max_retry_after_s=90.0) as r:
        await r.client.fetch_added(SITE, 10, 11)
    assert r.recorder.waits == [90.0]


async def test_maxlag_error_is_retried_after_its_retry_after() -> None:
    server = _server()
    server.faults.maxlag_next = 2
    async with rig(server) as r:
        result = await r.client.fetch_added(SITE, 10, 11)
    _fetched(result)
    assert r.recorder.retries == ["maxlag", "maxlag"]
    assert r.recorder.waits == [5.0, 5.0]


async def test_backoff_grows_without_retry_after() -> None:
    server = _server()
    server.faults.fail_next = 3
    async with rig(server, backoff_base_s=1.0, backoff_cap_s=3.0) as r:
        await r.client.fetch_added(SITE, 10, 11)
    low, mid, high = r.recorder.waits
    assert 0.5 <= low <= 1.0
    assert 1.0 <= mid <= 2.0
    assert 1.5 <= high <= 3.0


async def test_timeout_is_retried_then_skipped() -> None:
    server = _server()
    server.faults.slow_next = 2
    server.faults.delay_s = 1.0
    async with rig(server, timeout_s=0.1, max_attempts=2) as r:
        result = await r.client.fetch_added(SITE, 10, 11)
    assert result == FetchResult(skipped="timeout", attempts=2)
    assert r.recorder.retries == ["timeout"]
    assert r.recorder.skips == ["timeout"]


async def test_one_timeout_then_success() -> None:
    server = _server()
    server.faults.slow_next = 1
    server.faults.delay_s = 1.0
    async with rig(server, timeout_s=0.2) as r:
        result = await r.client.fetch_added(SITE, 10, 11)
    _fetched(result)
    assert r.recorder.retries == ["timeout"]


async def test_hidden_revision_for_a_public_client_is_missingcontent() -> None:
    server = _server()
    server.faults.hidden[11] = "suppressed"
    async with rig(server) as r:
        result = await r.client.fetch_added(SITE, 10, 11)
    assert result.skipped == "missingcontent"
    assert result.added == ""
    assert len(server.calls) == 1  # not an error worth retrying
    assert r.recorder.skips == ["missingcontent"]


async def test_hidden_revision_for_a_privileged_client_is_flagged() -> None:
    server = _server()
    server.faults.privileged = True
    server.faults.hidden |= {11: "suppressed", 21: "texthidden"}
    server.fixtures.add_revision(HOST, 21, server.fixtures.revisions[(HOST, 11)])
    async with rig(server) as r:
        suppressed = await r.client.fetch_added(SITE, 10, 11)
        hidden = await r.client.fetch_added(SITE, 10, 21)
    assert (suppressed.skipped, hidden.skipped) == ("suppressed", "texthidden")
    assert suppressed.added == hidden.added == ""


async def test_hidden_new_page_is_skipped_from_query_flags() -> None:
    server = _server()
    server.faults.hidden[20] = "texthidden"
    async with rig(server) as r:
        result = await r.client.fetch_added(SITE, None, 20)
    assert result.skipped == "texthidden"


async def test_unknown_revisions_are_nosuchrevid() -> None:
    async with rig(_server()) as r:
        compared = await r.client.fetch_added(SITE, 10, 999)
        created = await r.client.fetch_added(SITE, None, 999)
    assert compared.skipped == created.skipped == "nosuchrevid"
    assert r.recorder.skips == ["nosuchrevid", "nosuchrevid"]


async def test_forbidden_is_skipped_without_retry() -> None:
    server = _server()
    server.faults.fail_next = 1
    server.faults.fail_status = 403
    async with rig(server) as r:
        result = await r.client.fetch_added(SITE, 10, 11)
    assert result.skipped == "forbidden"
    assert result.attempts == 1
    assert r.recorder.retries == []


async def test_oversized_answer_is_cut_and_what_arrived_is_read() -> None:
    server = _server()
    server.faults.oversize_bytes = 3 << 20
    async with rig(server, max_response_bytes=64 << 10) as r:
        result = await r.client.fetch_added(SITE, 10, 11)
    assert result.truncated
    assert result.skipped is None
    assert result.added == ", friend\nHis phone is 555-0100."


async def test_oversized_page_creation_is_cut() -> None:
    server = ApiServer(fixtures_with((30, "Opening line.\n" + "more text\n" * 50_000)))
    async with rig(server, max_response_bytes=10_000) as r:
        result = await r.client.fetch_added(SITE, None, 30)
    assert result.truncated
    assert result.added.startswith("Opening line.\nmore text\n")
    assert len(result.added) < 10_000


async def test_requests_per_host_never_exceed_the_limit() -> None:
    server = _server()
    other = Site("https://de.wikipedia.org", "/w", "de.wikipedia.org")
    server.fixtures.revisions |= {("de.wikipedia.org", k): v for (_, k), v in
                                  server.fixtures.revisions.items()}  # fmt: skip
    server.faults.slow_all = True
    server.faults.delay_s = 0.05
    async with rig(server, per_host=3) as r:
        results = await asyncio.gather(
            *(r.client.fetch_added(site, 10, 11) for site in [SITE, other] * 8)
        )
    assert all(result.skipped is None for result in results)
    assert server.max_in_flight[HOST] == 3
    assert server.max_in_flight["de.wikipedia.org"] == 3


async def test_recorded_answers_from_a_feed_are_served() -> None:
    params = compare_params(5, 6)
    body = {"compare": {"fromrevid": 5, "torevid": 6, "body": (
        '<tr><td colspan="2" class="diff-empty diff-side-deleted"></td>'
        '<td class="diff-marker" data-marker="+"></td>'
        '<td class="diff-addedline diff-side-added"><div>recorded line</div></td></tr>')}}
    entry = FeedEntry(data="{}", api={api_key(HOST, params): {"status": 200, "body": body}})
    async with rig(ApiServer(ApiFixtures.from_feed([entry]))) as r:
        result = await r.client.fetch_added(SITE, 5, 6)
    assert result.added == "recorded line"


async def test_revisions_from_a_feed_are_diffed() -> None:
    data = '{"server_name": "en.wikipedia.org", "title": "X", "revision": {"old": 1, "new": 2}}'
    entry = FeedEntry(data=data, revisions={"1": "a\n", "2": "a\nb added\n"})
    async with rig(ApiServer(ApiFixtures.from_feed([entry]))) as r:
        result = await r.client.fetch_added(SITE, 1, 2)
    assert result.added == "b added"


async def test_every_skip_reason_is_known_and_content_free() -> None:
    server = _server()
    server.faults.hidden[11] = "texthidden"
    async with rig(server) as r:
        results = [await r.client.fetch_added(SITE, 10, rev) for rev in (11, 404)]
    for result in results:
        assert result.skipped in SKIP_REASONS
        assert result.added == result.removed == ""
        assert result.fragments == ()


def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
    return port


async def test_connection_refused_is_retried_then_skipped() -> None:
    nowhere = f"http://127.0.0.1:{_closed_port()}"
    async with rig(_server(), max_attempts=2, api_base_url=nowhere) as r:
        result = await r.client.fetch_added(SITE, 10, 11)
    assert result.skipped == "http_error"
    assert r.recorder.retries == ["network"]
    assert r.recorder.requests == [("compare", "connection_error")] * 2


def _stored(body: object, status: int = 200) -> ApiServer:
    key = api_key(HOST, compare_params(1, 2))
    return ApiServer(ApiFixtures.from_feed(
        [FeedEntry(data="{}", api={key: {"status": status, "body": body}})]))  # fmt: skip


async def test_unexpected_answers_are_bad_responses() -> None:
    shapes = [[1, 2], {"compare": "x"}, {"compare": {"body": 5}}, {"other": 1}]
    outcomes = []
    for shape in shapes:
        async with rig(_stored(shape)) as r:
            outcomes.append((await r.client.fetch_added(SITE, 1, 2)).skipped)
    assert outcomes == ["bad_response"] * len(shapes)


async def test_unknown_api_error_code_is_api_error() -> None:
    async with rig(_stored({"error": {"code": "internal_api_error_DBQueryError"}})) as r:
        result = await r.client.fetch_added(SITE, 1, 2)
    assert result.skipped == "api_error"


async def test_not_found_status_is_http_error_without_retry() -> None:
    async with rig(_stored({"x": 1}, status=404)) as r:
        result = await r.client.fetch_added(SITE, 1, 2)
    assert result.skipped == "http_error"
    assert r.recorder.retries == []


async def test_large_answer_is_read_off_the_event_loop_thread_and_complete() -> None:
    server = _server()
    server.faults.oversize_bytes = 3 * THREAD_ABOVE_BYTES
    async with rig(server) as r:
        result = await r.client.fetch_added(SITE, 10, 11)
    _fetched(result)
    assert not result.truncated


async def test_without_a_base_url_the_wiki_host_comes_from_the_host_header() -> None:
    server = ApiServer(fixtures_with((10, OLD), (11, NEW), host="127.0.0.1"))
    async with rig(server) as r:
        # a loopback wiki: on the allow-list for this test, the one place plain http is taken
        config = dataclasses.replace(FAST, api_base_url=None, wiki_hosts=("127.0.0.1",))
        async with MediaWikiClient(config) as direct:
            result = await direct.fetch_added(Site(r.api.base_url, "/w", "127.0.0.1"), 10, 11)
    _fetched(result)
    assert server.calls[0].host == "127.0.0.1"


REAL = Path(__file__).resolve().parents[3] / "shared" / "fixtures"


async def test_real_recorded_answers_in_formatversion_1() -> None:
    """Real answers (www.wikidata.org, formatversion=1: `compare["*"]`, pages keyed by id)."""
    bodies = REAL / "compare_diffs/editgroups_wikidata_compare_bodies"
    body = (bodies / "tagging_death.html").read_text()
    query_path = REAL / "query_revisions/editgroups_wikidata_query_revisions_rvslots_main_2.json"
    query = json.loads(query_path.read_text())
    revid = next(iter(query["query"]["pages"].values()))["revisions"][0]["revid"]
    api = {api_key(HOST, compare_params(1, 2)): {"status": 200, "body": {"compare": {"*": body}}},
           api_key(HOST, revision_params(revid)): {"status": 200, "body": query}}  # fmt: skip
    server = ApiServer(ApiFixtures.from_feed([FeedEntry(data="{}", api=api)]))
    async with rig(server) as r:
        compared = await r.client.fetch_added(SITE, 1, 2)
        created = await r.client.fetch_added(SITE, None, revid)
    assert compared.skipped is None
    assert compared.added == added_wikitext(parse_table_diff(body))
    assert len(compared.fragments) == 9
    assert created.skipped is None
    assert created.added.startswith('{"type":"item"')


async def test_cut_formatversion_1_answer_is_read_as_far_as_it_arrived() -> None:
    body = (REAL / "compare_diffs/editgroups_wikidata_compare_bodies/tagging_ice_skating.html")
    text = body.read_text()
    server = _stored({"compare": {"*": text}})
    async with rig(server, max_response_bytes=len(text) // 2) as r:
        result = await r.client.fetch_added(SITE, 1, 2)
    assert result.truncated
    assert result.skipped is None
    assert 0 < len(result.fragments) < len(parse_table_diff(text).added)
