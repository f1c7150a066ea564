"""revision-visibility-change events shaped as EventStreams publishes them (schema
mediawiki/revision/visibility-change 1.0.1), for replay feeds and tests: a suppression of a
revision that a feed's recentchange event created. A suppression's performer is redacted, as
EventStreams does; a plain RevisionDelete by an administrator keeps it.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from typing import Any

import orjson

from replay.feed import FeedEntry
from stream.visibility import PARTS, SCHEMA_PREFIX, STREAM

SCHEMA = f"{SCHEMA_PREFIX}1.0.1"


def _bits(hidden: Iterable[str]) -> dict[str, bool]:
    gone = set(hidden)
    return {part: part not in gone for part in PARTS}


def visibility_event(
    change: dict[str, Any], dt: str, *, hide: tuple[str, ...] = ("text",),
    suppressed: bool = True, already: tuple[str, ...] = (),
) -> dict[str, Any]:
    """The event hiding `hide` of the revision `change` (a recentchange event) created."""
    revision = change.get("revision") or {}
    domain = str(change.get("server_name", ""))
    event: dict[str, Any] = {
        "$schema": SCHEMA,
        "meta": {"id": str(uuid.uuid5(uuid.NAMESPACE_URL, f"{change['wiki']}/{revision['new']}/"
                                      f"{','.join(hide)}/{dt}")),
                 "dt": dt, "domain": domain, "stream": STREAM,
                 "uri": f"https://{domain}/wiki/{change.get('title', '')}"},
        "database": change["wiki"],
        "page_id": int(change.get("id") or 1),
        "page_is_redirect": False,
        "page_namespace": change.get("namespace", 0),
        "page_title": change.get("title", ""),
        "rev_id": revision["new"],
        "rev_parent_id": revision.get("old") or 0,
        "rev_timestamp": dt,
        "prior_state": {"visibility": _bits(already)},
        "visibility": _bits((*already, *hide)),
    }
    if not suppressed:
        event["performer"] = {"user_text": "An administrator", "user_groups": ["*", "sysop"],
                              "user_is_bot": False}
    return event


def visibility_entry(change: dict[str, Any], dt: str, **options: Any) -> FeedEntry:
    return FeedEntry(data=orjson.dumps(visibility_event(change, dt, **options)).decode())
