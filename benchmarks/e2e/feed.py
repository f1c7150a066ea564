"""The benchmark's replay feed: many events, real envelopes, real diffs, outing in realistic share.

Built from the demo builder's sources (replay.build_demo): the 250 wikidiff2 revision pairs and the
wikidetox talk comments (each edit a fresh revision id, talk comments continuing their threads),
the labelled corpus's outing edits (about 1 in `outing_every`), Commons background the consumer
filters (categorize, log, bot edits), canaries and a few duplicates. Every edit's MediaWiki API
answer is stored in its entry (FeedEntry.api), so the local API server answers from memory.
A diff is computed once per distinct revision pair; repeats reuse it under their own ids.
"""

from __future__ import annotations

import dataclasses
import json
import random
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from replay.build_demo import (
    Builder,
    Change,
    commons_background,
    corpus_changes,
    ordered,
    revision_pair_changes,
    talk_changes,
)
from replay.feed import FeedEntry, api_key, read_feed, write_feed
from wiki.client import compare_params

SEED = 20261125


@dataclass(frozen=True, slots=True)
class FeedSpec:
    events: int = 20_000
    outing_every: int = 200  # one outing edit in this many events
    background: float = 0.1  # share of events the consumer filters (categorize, logs, bots)
    talk_share: float = 0.5  # of the judged edits, the share that are talk comments
    seed: int = SEED

    def counts(self) -> dict[str, int]:
        """How many events of each kind (they add up to `events`)."""
        outing = max(1, round(self.events / self.outing_every))
        background = round(self.events * self.background)
        canary = max(1, self.events // 5000)
        duplicate = self.events // 2000
        edits = self.events - outing - background - canary - duplicate
        if edits < 1:
            raise ValueError("too few events for the requested mix")
        talk = round(edits * self.talk_share)
        return {"outing": outing, "background": background, "canary": canary,
                "duplicate": duplicate, "talk": talk, "article": edits - talk}  # fmt: skip

    @property
    def name(self) -> str:
        return f"feed-{self.events}-{self.outing_every}-{self.background}-{self.seed}"


def cycled(items: Sequence[Change], count: int, retitle: bool = False) -> Iterator[Change]:
    """`count` fresh copies of `items` in turn; later rounds of talk threads get new pages."""
    for index in range(count):
        round_, source = divmod(index, len(items))
        change = dataclasses.replace(items[source])
        if retitle and round_:
            change.title = f"{change.title}/Archive {round_}"
            assert change.thread is not None
            change.thread = (change.thread[0] + round_ * 1_000_000, change.thread[1])
        yield change


def outing_changes() -> list[Change]:
    """The corpus edits labelled as outing."""
    shared = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "dev-edits.jsonl"
    flagged = {
        obj["id"] for line in shared.read_text(encoding="utf-8").splitlines() if line.strip()
        if (obj := json.loads(line)).get("expect", {}).get("flag")
    }
    return [change for change in corpus_changes() if change.corpus_id in flagged]


def changes(spec: FeedSpec, rng: random.Random) -> list[Change]:
    counts = spec.counts()
    background = counts["background"]
    bots, logs = background * 3 // 10, background // 10
    talk = list(talk_changes(rng, 10**9))
    out = [*cycled(list(revision_pair_changes(rng)), counts["article"]),
           *cycled(talk, counts["talk"], retitle=True),
           *cycled(outing_changes(), counts["outing"]),
           *commons_background(rng, background - bots - logs, bots, logs)]  # fmt: skip
    out += [Change("canary", "canary", "canary") for _ in range(counts["canary"])]
    return ordered(out, rng)


class CachingBuilder(Builder):
    """The demo builder, computing each distinct diff once: a repeated revision pair reuses the
    answer under its own revision ids."""

    def __init__(self, rng: random.Random) -> None:
        super().__init__(rng)
        self.diffs: dict[tuple[str | None, str, bool], dict[str, Any]] = {}

    def _answers(
        self, change: Change, event: dict[str, Any], revs: tuple[int | None, int]
    ) -> dict[str, Any]:
        old_rev, new_rev = revs
        if old_rev is None or change.signer is not None:  # creations and talk: unique texts
            return super()._answers(change, event, revs)
        key = (change.old_text, change.new_text, change.corpus_id is None)
        cached = self.diffs.get(key)
        if cached is None:
            answer = super()._answers(change, event, revs)
            self.diffs[key] = next(iter(answer.values()))
            return answer
        body = {"compare": {**cached["body"]["compare"], "fromrevid": old_rev,
                            "torevid": new_rev}}  # fmt: skip
        params = compare_params(old_rev, new_rev)
        return {api_key(change.server_name, params): {**cached, "body": body}}


def with_duplicates(entries: list[FeedEntry], rng: random.Random, count: int) -> list[FeedEntry]:
    """EventStreams sometimes delivers an event twice: the same data (same meta.id) again."""
    out = list(entries)
    for _ in range(count):
        source = rng.randrange(max(1, len(entries) - 10))
        out.insert(min(len(out), source + rng.randint(1, 8)), FeedEntry(data=entries[source].data))
    return out


@dataclass(frozen=True, slots=True)
class FeedInfo:
    """What a run checks its outcome against."""

    path: Path
    events: int
    counts: dict[str, int]
    outing_ids: tuple[str, ...]  # wiki:rev of every outing edit

    def to_json(self) -> dict[str, Any]:
        return {"path": str(self.path), "events": self.events, "counts": self.counts,
                "outing_ids": list(self.outing_ids)}  # fmt: skip


def edit_id(data: str) -> str | None:
    """wiki:rev of an edit or page creation event, else None."""
    try:
        event = json.loads(data)
    except ValueError:
        return None
    revision = event.get("revision") if isinstance(event, dict) else None
    if not isinstance(revision, dict) or event.get("type") not in ("edit", "new"):
        return None
    return f"{event.get('wiki')}:{revision.get('new')}"


def ensure_feed(spec: FeedSpec, folder: Path) -> FeedInfo:
    """The feed for `spec` in `folder`, built unless a previous run left it there."""
    path, meta = folder / f"{spec.name}.ndjson.gz", folder / f"{spec.name}.json"
    if path.exists() and meta.exists():
        saved = json.loads(meta.read_text(encoding="utf-8"))
        return FeedInfo(path, saved["events"], saved["counts"], tuple(saved["outing_ids"]))
    folder.mkdir(parents=True, exist_ok=True)
    entries, outing = build_with_outing(spec)
    write_feed(path, entries)
    info = FeedInfo(path, len(entries), spec.counts(), outing)
    meta.write_text(json.dumps(info.to_json()), encoding="utf-8")
    return info


def build_with_outing(spec: FeedSpec) -> tuple[list[FeedEntry], tuple[str, ...]]:
    """The entries and the wiki:rev of each outing edit among them."""
    rng = random.Random(spec.seed)
    builder = CachingBuilder(rng)
    entries: list[FeedEntry] = []
    outing: list[str] = []
    for change in changes(spec, rng):
        entry = builder.entry(change)
        entries.append(entry)
        if change.corpus_id is not None:
            outing.append(edit_id(entry.data) or "")
    return with_duplicates(entries, rng, spec.counts()["duplicate"]), tuple(outing)


def load(info: FeedInfo, limit: int | None = None) -> list[FeedEntry]:
    entries = list(read_feed(info.path))
    return entries if limit is None else entries[:limit]
