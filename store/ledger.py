"""The content-free ledger: which revisions were judged (score, tier, flagged) and which of them
the wikis later hid or suppressed. From it come the live precision and recall proxies, the misses
by wiki and score band, the report and the labelled export. Nothing in it names a person: a
revision is (wiki, rev id); kinds and tiers are fixed vocabularies.

A suppression is recorded once per revision (its row is the idempotency key), in the same
transaction as the stream position and as the resolution of a request still queued for it, so a
restart after any crash neither loses nor counts a suppression twice.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Protocol

from store.base import DEFAULT_CONSUMER
from stream.position import Position

WIKI_ACTOR = "wiki"  # the audit actor of a request resolved by a suppression on the wiki
WIKI_NOTE = "suppressed on the wiki"
BAND_WIDTH = 0.1
DAY_MS = 86_400_000


def band(score: float) -> str:
    """The score band a miss is counted in: "0.0-0.1" ... "0.9-1.0"."""
    low = min(int(max(score, 0.0) / BAND_WIDTH), int(1 / BAND_WIDTH) - 1) * BAND_WIDTH
    return f"{low:.1f}-{low + BAND_WIDTH:.1f}"


@dataclass(frozen=True, slots=True)
class LedgerRow:
    wiki: str
    rev_id: int
    score: float
    tier: str  # likely / possible / none
    kind: str  # the decision's main type ("" when none)
    flagged: bool
    event_time: int  # the edit's time, epoch ms


@dataclass(frozen=True, slots=True)
class Suppression:
    wiki: str
    rev_id: int
    hidden: tuple[str, ...]  # text, comment, user: the parts this change hid
    suppressed: bool  # the performer was redacted: oversight, not an admin's RevisionDelete
    event_time: int


@dataclass(frozen=True, slots=True)
class SuppressionOutcome:
    new: bool  # False: already recorded (a replay after a restart): count nothing
    judged: bool = False
    flagged: bool = False
    score: float | None = None
    kind: str = ""
    edit_time: int | None = None
    resolved_request: int | None = None  # a queued request this resolved

    @property
    def missed(self) -> bool:
        return self.new and self.judged and not self.flagged


@dataclass(frozen=True, slots=True)
class Proxies:
    flagged: int
    flagged_suppressed: int
    suppressed_judged: int
    suppressed_flagged: int

    @property
    def precision(self) -> float | None:
        return self.flagged_suppressed / self.flagged if self.flagged else None

    @property
    def recall(self) -> float | None:
        return self.suppressed_flagged / self.suppressed_judged if self.suppressed_judged else None


@dataclass(frozen=True, slots=True)
class SuppressedRow:
    wiki: str
    rev_id: int
    kind: str
    flagged: bool
    score: float
    tier: str


@dataclass(frozen=True, slots=True)
class ResolvedRow:
    wiki: str
    rev_id: int
    types: tuple[str, ...]
    score: float
    outcome: str
    actor: str  # an oversighter's resolution, or WIKI_ACTOR


@dataclass(frozen=True, slots=True)
class ReportData:
    since_ms: int
    flagged: dict[tuple[str, str], tuple[int, int]] = field(default_factory=dict)
    suppressed: list[SuppressedRow] = field(default_factory=list)
    unjudged: dict[str, int] = field(default_factory=dict)
    resolved: list[ResolvedRow] = field(default_factory=list)


class Ledger(Protocol):
    async def add_judged(self, rows: Sequence[LedgerRow]) -> None: ...

    async def record_suppression(
        self, suppression: Suppression, position: Position | None = None, *,
        consumer: str = DEFAULT_CONSUMER,
    ) -> SuppressionOutcome: ...

    async def proxies(self, since_ms: int) -> Proxies: ...

    async def report(self, since_ms: int) -> ReportData: ...

    async def purge(self, retention_days: float) -> int: ...


def ledger_for(store: object) -> Ledger:
    """The ledger sharing `store`'s database and connections."""
    from store.postgres import PostgresStore
    from store.sqlite import SqliteStore

    if isinstance(store, SqliteStore):
        from store.ledger_sqlite import SqliteLedger

        return SqliteLedger(store)
    if isinstance(store, PostgresStore):
        from store.ledger_postgres import PostgresLedger

        return PostgresLedger(store)
    raise TypeError(f"no ledger for {type(store).__name__}")
