"""A local MediaWiki Action API: compare, query (revisions, tokens), login and revisiondelete.

Answers come from a replay feed's recorded answers or are computed from its revision texts
(diffs in wikidiff2's table markup). Routes: `/{host}/w/api.php` (what the client's
`api_base_url` option sends, the wiki's host in the path) and `/w/api.php` (the wiki's host taken
from the Host header). Faults (wiki.faults.ApiFaults) can be changed while it runs, and every
call, `revisiondelete` ones apart too, is recorded for tests to check.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
from collections import Counter
from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import Any

from aiohttp import web

from core.loopback import start_app
from replay.feed import api_key, read_feed
from wiki import answers
from wiki.faults import ApiFaults
from wiki.fixtures import ApiFixtures, Revision
from wiki.serverauth import SESSION_COOKIE, ServerAuth

_FILLER_ROW = (
    '<tr>\n  <td class="diff-marker"></td>\n  <td class="diff-context diff-side-deleted">'
    '<div>unchanged filler line</div></td>\n  <td class="diff-marker"></td>\n'
    '  <td class="diff-context diff-side-added"><div>unchanged filler line</div></td>\n</tr>\n'
)


@dataclass(frozen=True, slots=True)
class RecordedCall:
    host: str
    method: str
    params: dict[str, str]
    user: str | None
    user_agent: str = ""


class ApiServer:
    def __init__(
        self,
        fixtures: ApiFixtures | None = None,
        faults: ApiFaults | None = None,
        auth: ServerAuth | None = None,
    ) -> None:
        self.fixtures = fixtures or ApiFixtures()
        self.faults = faults or ApiFaults()
        self.auth = auth or ServerAuth()
        self.calls: list[RecordedCall] = []
        self.revision_deletes: list[RecordedCall] = []
        self.in_flight: Counter[str] = Counter()
        self.max_in_flight: Counter[str] = Counter()

    def app(self) -> web.Application:
        app = web.Application()
        app.router.add_route("*", "/{host}/w/api.php", self._handle)
        app.router.add_route("*", "/w/api.php", self._handle)
        return app

    async def _handle(self, request: web.Request) -> web.StreamResponse:
        host = request.match_info.get("host") or (request.host.split(":")[0])
        params = dict(request.query)
        if request.method == "POST":
            params |= {k: v for k, v in (await request.post()).items() if isinstance(v, str)}
        agent, user = request.headers.get("User-Agent", ""), self.auth.user(request)
        self.calls.append(RecordedCall(host, request.method, params, user, agent))
        self.in_flight[host] += 1
        self.max_in_flight[host] = max(self.max_in_flight[host], self.in_flight[host])
        try:
            delay = self.faults.delay()
            if delay:
                await asyncio.sleep(delay)
            return self._fault(params) or await self._dispatch(host, params, request)
        finally:
            self.in_flight[host] -= 1

    def _fault(self, params: dict[str, str]) -> web.Response | None:
        if self.faults.take("fail_next"):
            return web.Response(status=self.faults.fail_status, text="Wikimedia Error")
        if self.faults.take("rate_limit_next"):
            headers = {"Retry-After": str(self.faults.retry_after_s)}
            return web.Response(status=429, text="Too Many Requests", headers=headers)
        if "maxlag" in params and self.faults.take("maxlag_next"):
            lag = int(params["maxlag"]) + 2
            headers = {"Retry-After": str(self.faults.maxlag_retry_after_s),
                       "X-Database-Lag": str(lag)}  # fmt: skip
            return _json(answers.maxlag(lag), headers)
        return None

    async def _dispatch(
        self, host: str, params: dict[str, str], request: web.Request
    ) -> web.Response:
        action = params.get("action", "")
        if action == "compare":
            return self._compare(host, params)
        if action == "query" and params.get("meta") == "tokens":
            return self._tokens(params, request)
        if action == "query" and params.get("prop") == "revisions":
            return self._revisions(host, params)
        if action == "login" and request.method == "POST":
            return self._login(params, request)
        if action == "revisiondelete" and request.method == "POST":
            return self._revision_delete(host, params, request)
        info = f'Unrecognized value for parameter "action": {action}.'
        return _json(answers.error("badvalue", info))

    def _stored(self, host: str, params: dict[str, str]) -> web.Response | None:
        stored = self.fixtures.answers.get(api_key(host, params))
        if stored is None:
            return None
        return web.json_response(stored.body, status=stored.status, headers=dict(stored.headers))

    def _compare(self, host: str, params: dict[str, str]) -> web.Response:
        ids = [params.get("fromrev", ""), params.get("torev", "")]
        if not all(rev.isdigit() for rev in ids):
            return _json(answers.error("badinteger", "Invalid value for an integer parameter."))
        from_rev, to_rev = int(ids[0]), int(ids[1])
        hidden = self.faults.hidden
        for rev in (from_rev, to_rev):
            if rev in hidden and not self.faults.privileged:
                return _json(answers.missingcontent(rev))
        stored = self._stored(host, params)
        if stored is not None:
            return stored
        sides = {rev: self.fixtures.revisions.get((host, rev)) for rev in (from_rev, to_rev)}
        for rev, revision in sides.items():
            if revision is None:
                return _json(answers.nosuchrevid(rev))
        found = {rev: revision for rev, revision in sides.items() if revision is not None}
        return _json(self._pad(answers.compare(found, from_rev, to_rev, hidden)))

    def _pad(self, payload: dict[str, Any]) -> dict[str, Any]:
        body = payload["compare"]["body"]
        missing = self.faults.oversize_bytes - len(body.encode())
        if missing > 0:
            payload["compare"]["body"] = body + _FILLER_ROW * (missing // len(_FILLER_ROW) + 1)
        return payload

    def _revisions(self, host: str, params: dict[str, str]) -> web.Response:
        revids = [rev for rev in params.get("revids", "").split("|") if rev]
        if not revids or not all(rev.isdigit() for rev in revids):
            return _json(answers.error("badinteger", "Invalid value for an integer parameter."))
        stored = self._stored(host, params)
        if stored is not None:
            return stored
        found: dict[int, Revision] = {}
        missing: list[str] = []
        for rev in revids:
            revision = self.fixtures.revisions.get((host, int(rev)))
            if revision is None:
                missing.append(rev)
            else:
                found[int(rev)] = revision
        return _json(answers.revisions(found, missing, self.faults.hidden))

    def _tokens(self, params: dict[str, str], request: web.Request) -> web.Response:
        session = self.auth.start_session(request)
        tokens: dict[str, str] = {}
        for kind in params.get("type", "csrf").split("|"):
            if kind == "login":
                tokens["logintoken"] = self.auth.login_token(session)
            elif kind == "csrf":
                tokens["csrftoken"] = self.auth.csrf_token(request)
        response = _json({"batchcomplete": True, "query": {"tokens": tokens}})
        response.set_cookie(SESSION_COOKIE, session, httponly=True)
        return response

    def _login(self, params: dict[str, str], request: web.Request) -> web.Response:
        return _json(self.auth.login(request, params))

    def _revision_delete(
        self, host: str, params: dict[str, str], request: web.Request
    ) -> web.Response:
        user = self.auth.user(request)
        self.revision_deletes.append(RecordedCall(host, request.method, params, user))
        if params.get("token") != self.auth.csrf_token(request) or user is None:
            code = "badtoken" if user is not None else "permissiondenied"
            return _json(answers.error(code, "The request was refused."))
        ids = [rev for rev in params.get("ids", "").split("|") if rev.isdigit()]
        hidden = "suppressed" if params.get("suppress") == "yes" else "texthidden"
        for rev in ids:
            if "content" in params.get("hide", "").split("|"):
                self.faults.hidden[int(rev)] = hidden
        items = [{"status": "Success", "id": int(rev), "type": "revision"} for rev in ids]
        return _json({"revisiondelete": {"status": "Success", "type": "revision", "items": items}})


def _json(payload: dict[str, Any], headers: dict[str, str] | None = None) -> web.Response:
    headers = dict(headers or {})
    error = payload.get("error")
    if isinstance(error, dict):
        headers["MediaWiki-API-Error"] = str(error.get("code"))
    return web.json_response(payload, headers=headers)


@dataclass
class RunningApi:
    server: ApiServer
    runner: web.AppRunner
    host: str
    port: int

    @property
    def base_url(self) -> str:
        """What to give the client as `api_base_url`."""
        return f"http://{self.host}:{self.port}"


async def start_api_server(server: ApiServer, host: str = "127.0.0.1", port: int = 0) -> RunningApi:
    """Serve on host:port (0 = a free port) until the returned runner is cleaned up."""
    runner, bound = await start_app(server.app(), host, port)
    return RunningApi(server, runner, host, bound)


@contextlib.asynccontextmanager
async def serve_api(
    server: ApiServer, host: str = "127.0.0.1", port: int = 0
) -> AsyncIterator[RunningApi]:
    """Run the local API server on a free port for the duration of the block."""
    running = await start_api_server(server, host, port)
    try:
        yield running
    finally:
        await running.runner.cleanup()


async def _serve_forever(feed: str, host: str, port: int) -> None:
    server = ApiServer(ApiFixtures.from_feed(read_feed(feed)))
    async with serve_api(server, host, port) as running:
        print(f"local MediaWiki API on {running.base_url}/{{host}}/w/api.php", flush=True)
        await asyncio.Event().wait()


def main(argv: list[str] | None = None) -> int:
    """`python -m wiki.server [FEED] [--port N]`: serve a replay feed's answers until Ctrl-C."""
    parser = argparse.ArgumentParser(prog="python -m wiki.server", description=main.__doc__)
    parser.add_argument("feed", nargs="?", default="replay/demo/demo-feed.ndjson.gz")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=0, help="0 = a free port")
    args = parser.parse_args(argv)
    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(_serve_forever(args.feed, args.host, args.port))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
