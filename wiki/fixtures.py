"""What the local API server knows: recorded answers and revision texts, from a replay feed."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

import orjson

from replay.feed import FeedEntry


@dataclass(frozen=True, slots=True)
class Revision:
    text: str
    title: str = "Page"
    namespace: int = 0
    user: str = ""
    page_id: int = 1
    parent_id: int = 0


@dataclass(frozen=True, slots=True)
class StoredAnswer:
    status: int
    headers: Mapping[str, str]
    body: Any


@dataclass
class ApiFixtures:
    answers: dict[str, StoredAnswer] = field(default_factory=dict)  # replay.feed.api_key -> answer
    revisions: dict[tuple[str, int], Revision] = field(default_factory=dict)  # (host, revid)

    @classmethod
    def from_feed(cls, entries: Iterable[FeedEntry]) -> ApiFixtures:
        fixtures = cls()
        for entry in entries:
            fixtures.add_entry(entry)
        return fixtures

    def add_entry(self, entry: FeedEntry) -> None:
        for key, answer in entry.api.items():
            if isinstance(answer, Mapping):
                self.answers[key] = _stored(answer)
        if entry.revisions:
            self._add_revisions(entry)

    def _add_revisions(self, entry: FeedEntry) -> None:
        event = _event(entry.data)
        host = str(event.get("server_name") or "")
        revision = event.get("revision") if isinstance(event.get("revision"), dict) else {}
        parents = {str(revision.get("new")): int(revision.get("old") or 0)} if revision else {}
        for revid, text in entry.revisions.items():
            if str(revid).isdigit() and isinstance(text, str):
                self.revisions[(host, int(revid))] = Revision(
                    text, str(event.get("title") or "Page"), _int(event.get("namespace")),
                    str(event.get("user") or ""), _page_id(event), parents.get(str(revid), 0),
                )  # fmt: skip

    def add_revision(self, host: str, rev_id: int, revision: Revision) -> None:
        self.revisions[(host, rev_id)] = revision


def _stored(answer: Mapping[str, Any]) -> StoredAnswer:
    headers = answer.get("headers")
    return StoredAnswer(
        int(answer.get("status", 200)),
        {str(k): str(v) for k, v in headers.items()} if isinstance(headers, Mapping) else {},
        answer.get("body"),
    )


def _event(data: str) -> dict[str, Any]:
    try:
        event = orjson.loads(data)
    except orjson.JSONDecodeError:
        return {}
    return event if isinstance(event, dict) else {}


def _int(value: Any) -> int:
    return value if isinstance(value, int) else 0


def _page_id(event: Mapping[str, Any]) -> int:
    """Events carry no page id; a stable stand-in from the title keeps answers consistent."""
    return 1 + sum(map(ord, str(event.get("title") or ""))) % 10_000_000
