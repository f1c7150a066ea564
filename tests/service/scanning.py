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
from judgement.decision import Decision
from judgement.judged import Judged
from pipeline.adapters import edit_record
from pipeline.fields import JUDGED_LOGS, combine, entry_key, field_records
from replay.feed import FeedEntry
from stream.events import Canary, EventError, RecentChange, decode
from stream.filters import EventFilter
from stream.visibility import VisibilityChange, decode_any
from wiki.client import MediaWikiClient
from wiki.config import ApiConfig
from wiki.site import Site

EVERY_WIKI = EventFilter(wikis=None, namespaces=None,
                         types=frozenset({"edit", "new", "log"}), include_bots=False)


@dataclass
class Expected:
    records: list[EditRecord] = field(default_factory=list)  # every field of every event
    skipped: Counter[str] = field(default_factory=Counter)
    events: list[tuple[str, list[str]]] = field(default_factory=list)  # (request key, fields)
    visibility_changes: int = 0  # the other stream's events: recorded, never judged

    def decisions(self, judged: Sequence[Judged]) -> dict[str, Decision]:
        """One decision an event, its fields combined as the service combines them."""
        by_id = {j.decision.id: j.decision for j in judged}
        out: dict[str, Decision] = {}
        start = 0
        for key, fields in self.events:
            records = self.records[start:start + len(fields)]
            start += len(fields)
            out[key], _ = combine(fields, [by_id[r.id] for r in records])
        return out


def _wanted(entry: FeedEntry, rules: EventFilter, seen: set[str],
            expected: Expected) -> RecentChange | None:
    try:
        if isinstance(decode_any(entry.data), VisibilityChange):
            expected.visibility_changes += 1
            return None
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
            if event.type == "log":
                _add(expected, event, None, "filtered" if event.log_type not in JUDGED_LOGS
                     else "no_revision")
                continue
            site = Site(event.server_url, event.server_script_path, event.server_name)
            old = None if event.type == "new" else event.rev_old
            fetched = await client.fetch_added(site, old, event.rev_new or 0)
            if fetched.skipped is not None:
                expected.skipped[fetched.skipped] += 1
                continue
            text = edit_record(event, fetched) if fetched.added.strip() else None
            _add(expected, event, text, "no_added_text")
    return expected


def _add(expected: Expected, event: RecentChange, text: EditRecord | None,
         otherwise: str) -> None:
    fields = [] if event.type == "log" and event.log_type not in JUDGED_LOGS else (
        field_records(event, text))
    if not fields or entry_key(event) is None:  # a log entry without its log id: no key
        expected.skipped[otherwise] += 1
        return
    expected.events.append((f"{event.wiki}:{entry_key(event)}", [name for name, _ in fields]))
    expected.records += [record for _, record in fields]


def scan(records: Sequence[EditRecord], config: JudgeConfig) -> list[Judged]:
    """`outingwatch scan`'s code path, in this process, on the records as JSON lines."""
    lines = [json.dumps({
        "id": r.id, "wiki": r.wiki, "server_name": r.server_name, "namespace": r.namespace,
        "title": r.title, "user": r.user, "type": r.type, "comment": r.comment,
        "added": r.added, "removed": r.removed}) for r in records]
    return list(judge_lines(lines, config, 0))
