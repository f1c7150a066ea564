"""Thin adapters from the stages' own interfaces to what the pipeline calls (pipeline.stages)."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Sequence
from concurrent.futures.process import BrokenProcessPool

from core.edit import EditRecord
from core.settings import Settings
from judgement.config import JudgeConfig, load_config
from judgement.decision import Decision
from judgement.judged import Judged
from judgement.pool import JudgePool
from pipeline.cases import case_keys, repeated
from pipeline.fields import JUDGED_LOGS, entry_key, field_records
from pipeline.stages import Fetched, Verdict
from store.base import QueueStore
from store.cases import CaseStore
from store.entries import TEXT
from store.ledger import Ledger, LedgerRow, Suppression, SuppressionOutcome
from store.model import SuppressionRequest, tier_of
from stream.events import RecentChange
from stream.position import Position
from stream.visibility import VisibilityChange
from web.notify import WebhookConfig, WebhookNotifier
from wiki.client import FetchResult, MediaWikiClient
from wiki.site import Site

log = logging.getLogger(__name__)


def edit_id(event: RecentChange) -> str:
    return f"{event.wiki}:{event.rev_new}"


def edit_record(event: RecentChange, fetched: FetchResult) -> EditRecord:
    """The judgement's input, the same type `outingwatch scan` reads from files."""
    return EditRecord(
        id=edit_id(event), wiki=event.wiki, server_name=event.server_name,
        namespace=event.namespace, title=event.title, user=event.user or "", type=event.type,
        comment=event.comment, added=fetched.added, removed=fetched.removed,
    )


class DiffFetcher:
    """The event's added text through the MediaWiki client, or the reason there is none."""

    def __init__(self, client: MediaWikiClient) -> None:
        self.client = client

    async def __call__(self, event: RecentChange) -> Fetched:
        if event.type == "log":
            return _fields(event, None, "filtered" if event.log_type not in JUDGED_LOGS
                           else "no_revision")
        if event.rev_new is None:
            return Fetched(None, "no_revision")
        site = Site(event.server_url, event.server_script_path, event.server_name)
        old = event.rev_old if event.type != "new" else None
        result = await self.client.fetch_added(site, old, event.rev_new)
        if result.skipped is not None:  # hidden already (its summary too, often): a recorded skip
            return Fetched(None, result.skipped)
        text = edit_record(event, result) if result.added.strip() else None
        return _fields(event, text, "no_added_text")


def _fields(event: RecentChange, text: EditRecord | None, otherwise: str) -> Fetched:
    """The event's fields to judge (store.entries), or `otherwise` when it has none."""
    if event.type == "log" and event.log_type not in JUDGED_LOGS:
        return Fetched(None, otherwise)
    fields = field_records(event, text)
    if not fields or entry_key(event) is None:
        return Fetched(None, otherwise)
    (field, first), *extra = fields
    return Fetched(first, field=field, extra=tuple(extra))


def suppression_request(event: RecentChange, decision: Decision,
                        revisions: tuple[int, ...] = ()) -> SuppressionRequest:
    return SuppressionRequest(
        wiki=event.wiki, rev_id=entry_key(event) or 0, rc_id=event.id,
        server_url=event.server_url, server_name=event.server_name,
        script_path=event.server_script_path, namespace=event.namespace, title=event.title,
        user=event.user or "", event_time=event.meta.time_ms, score=decision.score,
        types=decision.types, reasons=decision.reasons, excerpt=decision.excerpt,
        fingerprints=decision.fingerprints, revisions=revisions, tier=tier(decision),
    )


def tier(decision: Decision) -> str:
    """The judgement's tier (a flag without one: likely from store.model.LIKELY_SCORE)."""
    return tier_of(decision.tier, decision.score) if decision.flag else "none"


def ledger_row(event: RecentChange, decision: Decision) -> LedgerRow:
    """What the ledger keeps of a judged edit: no text, no value, no title, no user."""
    return LedgerRow(
        wiki=event.wiki, rev_id=entry_key(event) or 0, score=float(decision.score),
        tier=tier(decision), kind=decision.types[0] if decision.types else "",
        flagged=decision.flag, event_time=event.meta.time_ms,
    )


def suppression(event: VisibilityChange) -> Suppression:
    return Suppression(event.wiki, event.rev_id, event.hidden_now, not event.performer_shown,
                       event.meta.time_ms)


class StoreSink:
    """Outcomes into the queue store; each write carries the watermark position. A request
    created (not one already queued) is announced through the webhook, if one is configured.

    Judged edits go to the ledger (if there is one) in batches: rows wait here and are written
    before the next write that carries a position, so a position never covers an edit whose row
    is not written (a crash in between re-reads the edit; the row is written once)."""

    def __init__(self, store: QueueStore, notifier: WebhookNotifier | None = None,
                 ledger: Ledger | None = None, cases: CaseStore | None = None) -> None:
        self.store = store
        self.notifier = notifier
        self.ledger = ledger
        self.cases = cases
        self._rows: dict[tuple[str, int], LedgerRow] = {}

    def judged(self, event: RecentChange, decision: Decision) -> None:
        key = entry_key(event)
        if self.ledger is not None and key is not None:
            self._rows[(event.wiki, key)] = ledger_row(event, decision)

    async def _flush(self) -> None:
        if self.ledger is None or not self._rows:
            return
        rows = list(self._rows.values())
        await self.ledger.add_judged(rows)  # on failure the rows stay for the retry
        for row in rows:
            self._rows.pop((row.wiki, row.rev_id), None)

    async def enqueue(
        self, event: RecentChange, decision: Decision, position: Position | None,
        fields: tuple[str, ...] = (TEXT,), revisions: tuple[int, ...] = (),
    ) -> None:
        self.judged(event, decision)
        await self._flush()
        key = entry_key(event)
        if self.cases is not None and key is not None:
            if fields != (TEXT,):
                await self.cases.set_fields(event.wiki, key, fields)
            joined = await self.cases.join_case(event.wiki, key, case_keys(decision))
            if joined.case_id is not None:
                decision = repeated(decision, joined.earlier, joined.case_id)
        request = suppression_request(event, decision, revisions)
        request_id, created = await self.store.enqueue(request, position)
        if created and self.notifier is not None:
            self.notifier.notify(request_id, request)

    async def record_skip(
        self, event: RecentChange, reason: str, position: Position | None
    ) -> None:
        await self._flush()
        await self.store.record_skip(event.wiki, entry_key(event) or 0, reason, position)

    async def save_position(self, position: Position) -> None:
        await self._flush()
        await self.store.save_position(position)

    async def record_visibility(
        self, event: VisibilityChange, position: Position | None
    ) -> SuppressionOutcome:
        await self._flush()
        if self.ledger is None or not event.hides:
            if position is not None:
                await self.store.save_position(position)
            return SuppressionOutcome(new=False)
        return await self.ledger.record_suppression(suppression(event), position)


DETECTOR_PREFIX = "detector:"


def verdict(judged: Judged) -> Verdict:
    """The decision with its timings split into judgement sub-stages and detectors."""
    stages: dict[str, float] = {}
    detectors: dict[str, float] = {}
    for name, seconds in judged.timings.items():
        if name.startswith(DETECTOR_PREFIX):
            detectors[name.removeprefix(DETECTOR_PREFIX)] = seconds
        else:
            stages["judge_" + name] = seconds
    return Verdict(judged.decision, detectors, stages)


class PoolJudge:
    """The judgement process pool as the pipeline calls it.

    A slow edit costs only itself. Inside a worker each edit has its own deadline and gets the
    quick pass when it runs out (judgement/judge.py). A call that still outlasts `timeout_s`
    (a worker hung where no signal reaches it) has its pool replaced; its edits are judged
    again one by one on the new pool, and the one that times out alone gets the quick pass,
    marked "could not be fully judged". Calls that were waiting on the replaced pool run again
    on the new one: an edit in flight is never lost to another edit's timeout. A worker that
    dies (killed, out of memory) has its pool replaced and the call fails, so the pipeline
    retries its edits one by one and skips only an edit that fails again on its own."""

    def __init__(self, factory: Callable[[], JudgePool], timeout_s: float = 120.0,
                 on_replace: Callable[[], None] | None = None) -> None:
        self.factory = factory
        self.timeout_s = timeout_s
        self.on_replace = on_replace
        self.pool = factory()
        self.ready = False  # every worker has loaded the model
        self._warm = asyncio.Event()  # cleared while a replacement pool loads its model
        self._warm.set()

    async def warm(self) -> None:
        await self.pool.start()
        self.ready = True
        self._warm.set()

    async def __call__(self, records: Sequence[EditRecord]) -> list[Verdict]:
        """Verdicts in order; TimeoutError only when even the quick pass timed out."""
        return [verdict(one) for one in await self._judged(records)]

    async def _judged(self, records: Sequence[EditRecord]) -> list[Judged]:
        try:
            return await self._call(records, quick=False)
        except TimeoutError:
            log.error("judgement took over %.0f s; replacing the pool", self.timeout_s)
        if len(records) == 1:
            return await self._call(records, quick=True)
        return [await self._alone(record) for record in records]

    async def _alone(self, record: EditRecord) -> Judged:
        try:
            return (await self._call([record], quick=False))[0]
        except TimeoutError:
            log.error("one edit took over %.0f s; quick checks only", self.timeout_s)
        return (await self._call([record], quick=True))[0]

    async def _call(self, records: Sequence[EditRecord], quick: bool) -> list[Judged]:
        """One pool call; run again when the pool was replaced under it for another call. On
        its own timeout the pool is replaced and TimeoutError raised."""
        for _ in range(RERUNS):
            await self._warm.wait()
            pool = self.pool
            try:
                async with asyncio.timeout(self.timeout_s):
                    if quick:
                        return await pool.quick_batch(records)
                    return await pool.judge_batch(records)
            except TimeoutError:
                pool.terminate()
                await self._replace(pool)
                raise
            except BrokenProcessPool:
                if self.pool is not pool:
                    continue  # replaced for another call's edit: ours go again
                log.error("a judgement process died; replacing the pool")
                await self._replace(pool)
                raise
        raise BrokenProcessPool(f"judgement pool replaced {RERUNS} times during one call")

    async def _replace(self, broken: JudgePool) -> None:
        if self.pool is not broken:  # another call replaced it already
            return
        self.ready = False
        self._warm.clear()
        if self.on_replace is not None:
            self.on_replace()
        self.pool = self.factory()
        try:
            await asyncio.to_thread(broken.close)
            await self.warm()
        finally:
            self._warm.set()  # a pool that failed to start fails its calls, never hangs them

    async def close(self) -> None:
        await asyncio.to_thread(self.pool.close)  # joins the worker processes


RERUNS = 3


def judge_config(settings: Settings) -> JudgeConfig:
    """The packaged (or given) judgement config, with the service's model and key."""
    config = load_config(settings.judge_config)
    # one edit's share of a call: a batch of slow edits each gets the quick pass in the worker
    # before the call as a whole times out and its pool is replaced
    budget = settings.judge_timeout / (settings.batch_size + 2)
    data = {**config.data, "model": settings.spacy_model, "edit_budget_s": budget}
    if settings.fingerprint_key is not None:
        data["fingerprint_key"] = settings.fingerprint_key
    return JudgeConfig(data, config.source)


def make_judge(settings: Settings, on_replace: Callable[[], None] | None = None) -> PoolJudge:
    config = judge_config(settings)
    return PoolJudge(lambda: JudgePool(settings.workers, config), settings.judge_timeout,
                     on_replace)


def make_notifier(settings: Settings) -> WebhookNotifier | None:
    if settings.webhook_url is None:
        return None
    origin = settings.public_origin or f"http://{settings.listen_host}:{settings.port}"
    return WebhookNotifier(WebhookConfig(
        url=settings.webhook_url, queue_url=origin, min_score=settings.webhook_min_score,
        secret=settings.webhook_secret, contact=settings.contact,
        wikis=frozenset(settings.webhook_wikis) or None,
    ))
