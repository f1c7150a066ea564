"""What the service should do with a feed, worked out without the service: the consumer's
rules applied to each frame, the diffs fetched straight from the local API, and the edits judged
by `outingwatch scan`'s code path in this process."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from core.edit import EditRecord
from judgement.batch import judge_lines
from judgement.config import JudgeConfig
from judgement.judged import Judged
from pipeline.adapters import edit_record
from replay.feed import FeedEntry
from stream.events import Canary, EventError, RecentChange, decode
from stream.filters import EventFilter
from wiki.client import MediaWikiClient
from wiki.config import ApiConfig
from wiki.site import Site

EVERY_WIKI = EventFilter(wikis=None, namespaces=None, types=frozenset({"edit", "new"}),
                         include_bots=False)


@dataclass
class Expected:
    records: list[EditRecord] = field(default_factory=list)
    skipped: Counter[str] = field(default_factory=Counter)


def _wanted(entry: FeedEntry, rules: EventFilter, seen: set[str],
            expected: Expected) -> RecentChange | None:
    try:
        event = decode(entry.data)
    except EventError as exc:
        expected.skipped[exc.reason] += 1
        return None
    if isinstance(event, Canary):
        expected.skipped["canary"] += 1
        return None
    reason = rules.reason(event) or ("duplicate" if event.meta.id in seen else None)
    if reason is not None:
        expected.skipped[reason] += 1
        return None
    seen.add(event.meta.id)
    return event


async def expect(entries: Sequence[FeedEntry], api_base: str,
                 rules: EventFilter = EVERY_WIKI) -> Expected:
    expected = Expected()
    seen: set[str] = set()
    async with MediaWikiClient(ApiConfig(api_base_url=api_base)) as client:
        for entry in entries:
            event = _wanted(entry, rules, seen, expected)
            if event is None:
                continue
            site = Site(event.server_url, event.server_script_path, event.server_name)
            old = None if event.type == "new" else event.rev_old
            fetched = await client.fetch_added(site, old, event.rev_new or 0)
            if fetched.skipped is not None:
                expected.skipped[fetched.skipped] += 1
            elif not fetched.added.strip():
                expected.skipped["no_added_text"] += 1
            else:
                expected.records.append(edit_record(event, fetched))
    return expected


def scan(records: Sequence[EditRecord], config: JudgeConfig) -> list[Judged]:
    """`outingwatch scan`'s code path, in this process, on the records as JSON lines."""
    lines = [json.dumps({
        "id": r.id, "wiki": r.wiki, "server_name": r.server_name, "namespace": r.namespace,
        "title": r.title, "user": r.user, "type": r.type, "comment": r.comment,
        "added": r.added, "removed": r.removed}) for r in records]
    return list(judge_lines(lines, config, 0))
