"""A replay feed whose outing edits are known: labelled corpus edits (flagged and not) among
the frames a real feed also carries (canaries, bots, logs, another wiki's categorize, malformed
JSON, a truncated frame, a revision the API no longer has). It ends on a judged edit, so that a
saved position equal to the last frame's id means the whole feed was handled."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import orjson

from replay.feed import FeedEntry
from tests.service.feeds import BENIGN, FeedBuilder

CORPUS = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "dev-edits.jsonl"


@dataclass(frozen=True, slots=True)
class KnownFeed:
    entries: list[FeedEntry]
    judged: list[tuple[str, int]]  # (wiki, rev_id) of every edit that reaches the judgement
    labelled_outing: frozenset[tuple[str, int]]  # the corpus says these are outing
    no_user: frozenset[tuple[str, int]]  # edits whose event carries no `user`


def corpus_records(flagged: int, unflagged: int) -> list[dict[str, object]]:
    """The first `flagged` outing and `unflagged` harmless edits of the corpus, interleaved."""
    records = [json.loads(line) for line in CORPUS.read_text().splitlines() if line.strip()]
    edits = [r for r in records if r.get("type") == "edit" and r.get("expect")]
    yes = [r for r in edits if r["expect"]["flag"]][:flagged]
    no = [r for r in edits if not r["expect"]["flag"]][:unflagged]
    mixed: list[dict[str, object]] = []
    for index in range(max(len(yes), len(no))):
        mixed += yes[index:index + 1] + no[index:index + 1]
    return mixed


def _edit(feed: FeedBuilder, record: dict[str, object], drop_user: bool) -> tuple[str, int]:
    fields = {"wiki": record["wiki"], "host": record["server_name"],
              "namespace": record["namespace"], "title": record["title"],
              "user": record["user"], "comment": record["comment"]}
    key = feed.edit(str(record["added"]), **fields)
    if drop_user:  # EventStreams redacts `user` on listed pages: the key is absent
        event = orjson.loads(feed.entries[-1].data)
        del event["user"]
        last = feed.entries[-1]
        feed.entries[-1] = FeedEntry(data=orjson.dumps(event).decode(), revisions=last.revisions)
    return key


def _noise(feed: FeedBuilder, index: int) -> None:
    kinds = index % 6
    if kinds == 0:
        feed.canary()
    elif kinds == 1:
        feed.other(bot=True, revision={"old": 1, "new": 2})
    elif kinds == 2:
        feed.other(type="log", log_type="block", log_action="block", log_params=[])
    elif kinds == 3:
        feed.raw('{"$schema": "/mediawiki/recentchange/1.0.0", "meta": {"id": "trunc')
    elif kinds == 4:
        feed.other(type="categorize", wiki="commonswiki", host="commons.wikimedia.org")
    else:
        feed.raw("{not json at all")


def known_feed(flagged: int = 10, unflagged: int = 10) -> KnownFeed:
    feed = FeedBuilder()
    labelled: set[tuple[str, int]] = set()
    no_user: set[tuple[str, int]] = set()
    for index, record in enumerate(corpus_records(flagged, unflagged)):
        drop_user = index % 7 in (3, 4)  # outing and harmless edits alike
        key = _edit(feed, record, drop_user)
        if record["expect"]["flag"]:  # type: ignore[index]
            labelled.add(key)
        if drop_user:
            no_user.add(key)
        if index % 5 == 2:
            feed.duplicate_of_last()  # the same meta.id delivered twice
        _noise(feed, index)
        if index == 5:
            feed.hidden()
    feed.edit(BENIGN[0] + " (the last edit of the feed)")
    return KnownFeed(feed.entries, feed.judged, frozenset(labelled), frozenset(no_user))
