"""What each edit added, fetched from the MediaWiki Action API.

Edits: `action=compare` between the event's old and new revisions, the table diff read by
wiki.diffparse. Page creations: `action=query&prop=revisions` for the new revision's content,
all of it added. The Action API is used rather than REST compare: it takes `maxlag`, speaks one
error format with the other calls (query, revisiondelete) and covers page creations; the REST
reader (wiki.restdiff) gives the same DiffText should it be wanted.

Revisions already hidden or suppressed, missing or refused are not errors: the result is
skipped with a reason from SKIP_REASONS and counted through the observer.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from types import TracebackType
from typing import Any

import aiohttp

from core.version import user_agent
from wiki.config import ApiConfig
from wiki.diffparse import AddedFragment, DiffText, added_wikitext, parse_table_diff
from wiki.diffparse import removed_wikitext as removed_text
from wiki.observer import ApiObserver, NullObserver
from wiki.partial import partial_string
from wiki.site import Site
from wiki.transport import AnswerRecorder, CallFailed, Reply, Transport, error_code

SKIP_REASONS = frozenset({
    "texthidden", "suppressed", "missingcontent", "nosuchrevid", "forbidden", "baddiff",
    "http_error", "timeout", "server_error", "rate_limited", "maxlag", "bad_response",
    "too_large", "api_error", "host_not_allowed",
})  # fmt: skip
THREAD_ABOVE_BYTES = 256 << 10
_HIDDEN_CODES = {"missingcontent": "missingcontent", "nosuchrevid": "nosuchrevid",
                 "permissiondenied": "forbidden", "baddiff": "baddiff"}  # fmt: skip


@dataclass(frozen=True, slots=True)
class FetchResult:
    added: str = ""  # the added wikitext, one fragment a line
    removed: str = ""  # deleted wikitext, kept apart: never judged as added
    fragments: tuple[AddedFragment, ...] = ()
    skipped: str | None = None  # a reason from SKIP_REASONS, or None when fetched
    truncated: bool = False  # the answer was cut at max_response_bytes: what arrived was read
    attempts: int = 0


def _from_diff(diff: DiffText, truncated: bool, attempts: int) -> FetchResult:
    return FetchResult(
        added_wikitext(diff), removed_text(diff), diff.added, None, truncated, attempts
    )


def content_diff(content: str) -> DiffText:
    """A page creation: every line is a wholly added line."""
    lines = content.split("\n")
    return DiffText(tuple(AddedFragment(line, line, 0, len(line), True) for line in lines))


class MediaWikiClient:
    """One keep-alive session for every wiki; use `async with` or call `close()`."""

    def __init__(
        self,
        config: ApiConfig,
        observer: ApiObserver | None = None,
        *,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,  # tests record the waits
        recorder: AnswerRecorder | None = None,  # gets every complete answer (recording)
    ) -> None:
        self._config = config
        self._recorder = recorder
        self._observer: ApiObserver = observer or NullObserver()
        self._sleep = sleep
        self._session: aiohttp.ClientSession | None = None
        self._transport: Transport | None = None

    async def __aenter__(self) -> MediaWikiClient:
        self._open()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.close()

    @property
    def session(self) -> aiohttp.ClientSession:
        """The shared session (revisiondelete and other callers reuse it)."""
        return self._open()[0]

    def _open(self) -> tuple[aiohttp.ClientSession, Transport]:
        if self._session is None or self._transport is None:
            headers = {"User-Agent": user_agent(self._config.contact), "Accept": "application/json"}
            jar = aiohttp.CookieJar(unsafe=True)  # a login session works with local servers too
            self._session = aiohttp.ClientSession(headers=headers, cookie_jar=jar)
            self._transport = Transport(
                self._config, self._session, self._observer, self._sleep, self._recorder
            )
        return self._session, self._transport

    async def close(self) -> None:
        if self._session is not None:
            await self._session.close()
        self._session = self._transport = None

    async def fetch_added(self, site: Site, old_rev: int | None, new_rev: int) -> FetchResult:
        """What revision `new_rev` added over `old_rev` (None or 0: a page creation)."""
        try:
            if old_rev:
                result = await self._compare(site, old_rev, new_rev)
            else:
                result = await self._creation(site, new_rev)
        except CallFailed as failure:
            result = FetchResult(skipped=failure.reason, attempts=failure.attempts)
        if result.skipped is not None:
            self._observer.on_skip(result.skipped)
        return result

    def _params(self, params: dict[str, str]) -> dict[str, str]:
        common = {"format": "json", "formatversion": "2", "maxlag": str(self._config.maxlag)}
        return params | common

    async def _compare(self, site: Site, old_rev: int, new_rev: int) -> FetchResult:
        reply = await self._open()[1].get(site, self._params(compare_params(old_rev, new_rev)))
        return await _read(compare_result, reply)

    async def _creation(self, site: Site, new_rev: int) -> FetchResult:
        reply = await self._open()[1].get(site, self._params(revision_params(new_rev)))
        return await _read(revision_result, reply)


async def _read(reader: Callable[[Reply], FetchResult], reply: Reply) -> FetchResult:
    """Small answers are read at once; a large one in a thread, so that the event loop still
    gets the interpreter every few milliseconds while the table is parsed."""
    if len(reply.raw) <= THREAD_ABOVE_BYTES:
        return reader(reply)
    return await asyncio.to_thread(reader, reply)


def compare_params(old_rev: int, new_rev: int) -> dict[str, str]:
    """The identifying parameters of an edit's diff (replay.feed.api_key of a recording)."""
    return {"action": "compare", "fromrev": str(old_rev), "torev": str(new_rev),
            "prop": "diff|ids|title|user"}  # fmt: skip


def revision_params(new_rev: int) -> dict[str, str]:
    """The identifying parameters of a page creation's content."""
    return {"action": "query", "prop": "revisions", "revids": str(new_rev),
            "rvprop": "ids|user|content", "rvslots": "main"}  # fmt: skip


def _error_skip(payload: Mapping[str, Any] | None, attempts: int) -> FetchResult | None:
    code = error_code(payload)
    if code is None:
        return None
    return FetchResult(skipped=_HIDDEN_CODES.get(code, "api_error"), attempts=attempts)


def _hidden(values: Mapping[str, Any], prefix: str = "") -> str | None:
    if values.get(f"{prefix}suppressed"):
        return "suppressed"
    if values.get(f"{prefix}texthidden"):
        return "texthidden"
    return None


def _cut_or_error(
    reply: Reply, key: str, to_diff: Callable[[str], DiffText]
) -> FetchResult | None:
    """An error answer, or a cut one (its text read as far as it arrived); else None."""
    skipped = _error_skip(reply.payload, reply.attempts)
    if skipped is not None or reply.payload is not None:
        return skipped
    text = partial_string(reply.raw, key)
    if text is None:
        return FetchResult(skipped="too_large", truncated=True, attempts=reply.attempts)
    return _from_diff(to_diff(text), True, reply.attempts)


def _text_key(raw: bytes, key: str) -> str:
    """The key of the text in the answer: `key`, or "*" in a formatversion=1 recording."""
    return key if f'"{key}"'.encode() in raw or b'"*"' not in raw else "*"


def compare_result(reply: Reply) -> FetchResult:
    """Read an `action=compare` answer (a cut one included) into a result."""
    early = _cut_or_error(reply, _text_key(reply.raw, "body"), parse_table_diff)
    if early is not None or reply.payload is None:
        return early or FetchResult(skipped="bad_response")
    compare = reply.payload.get("compare")
    if not isinstance(compare, Mapping):
        return FetchResult(skipped="bad_response", attempts=reply.attempts)
    body = compare.get("body", compare.get("*", ""))
    skipped = _hidden(compare, "to") or _hidden(compare, "from")
    if skipped is None and not isinstance(body, str):
        skipped = "bad_response"
    if skipped is not None:
        return FetchResult(skipped=skipped, attempts=reply.attempts)
    return _from_diff(parse_table_diff(body), reply.truncated, reply.attempts)


def revision_result(reply: Reply) -> FetchResult:
    """Read an `action=query&prop=revisions` answer (a cut one included) into a result."""
    early = _cut_or_error(reply, _text_key(reply.raw, "content"), content_diff)
    if early is not None or reply.payload is None:
        return early or FetchResult(skipped="bad_response")
    query = reply.payload.get("query")
    if not isinstance(query, Mapping):
        return FetchResult(skipped="bad_response", attempts=reply.attempts)
    if query.get("badrevids"):
        return FetchResult(skipped="nosuchrevid", attempts=reply.attempts)
    content, reason = _revision_content(query)
    if content is None:
        return FetchResult(skipped=reason, attempts=reply.attempts)
    return _from_diff(content_diff(content), reply.truncated, reply.attempts)


def _revision_content(query: Mapping[str, Any]) -> tuple[str | None, str]:
    """The main slot's text, or None and the reason it cannot be read."""
    try:
        revision = _pages(query)[0]["revisions"][0]
        main = revision["slots"]["main"]
    except (KeyError, IndexError, TypeError):
        return None, "missingcontent" if _page_missing(query) else "bad_response"
    if not isinstance(revision, Mapping) or not isinstance(main, Mapping):
        return None, "bad_response"
    hidden = _hidden(revision) or _hidden(main)
    if hidden is not None:
        return None, hidden
    content = main.get("content", main.get("*"))  # "*" in formatversion=1 recordings
    if main.get("textmissing") or not isinstance(content, str):
        return None, "missingcontent"
    return content, ""


def _pages(query: Mapping[str, Any]) -> list[Any]:
    """formatversion=2 lists the pages; formatversion=1 keys them by page id."""
    pages = query.get("pages")
    if isinstance(pages, Mapping):
        return list(pages.values())
    return pages if isinstance(pages, list) else []


def _page_missing(query: Mapping[str, Any]) -> bool:
    return any(isinstance(page, Mapping) and "missing" in page for page in _pages(query))
