"""The composition root: one aiohttp app running the whole service.

Consumer → diff fetch → judgement (process pool) → queue (pipeline/). Two HTTP ports: the
oversighters' queue API and page on one, /metrics, /healthz and /readyz (SREs, the orchestrator)
on the other, each with its own connection limits (web/guard.py). Background work starts in the
queue app's `cleanup_ctx` and stops there: stop reading, finish in-flight events within the grace
period, save the position, close the pool and the store.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal
from collections.abc import AsyncIterator, Awaitable, Callable, Coroutine
from dataclasses import dataclass
from typing import Any

from aiohttp import web

from core.settings import Settings
from metrics.http import metrics_handler, request_counter
from metrics.instruments import Metrics
from metrics.observers import MetricsApiObserver, MetricsStreamObserver
from pipeline.adapters import (
    DiffFetcher,
    PoolJudge,
    StoreSink,
    judge_config,
    make_judge,
    make_notifier,
)
from pipeline.feedback import Feedback, make_cases, make_ledger
from pipeline.known import KnownValues
from pipeline.split import SplitEdits
from pipeline.stages import Pipeline, PipelineConfig
from store.base import QueueStore
from store.election import LEADER, Elector, Fenceable, LeaseBackend, Timing
from store.leader import holder_name
from store.oneprocess import ProcessLock
from store.open import make_store, sqlite_path
from stream.config import ConsumerConfig
from stream.consumer import Consumer
from web.casework import KNOWN_SETUP, KnownSetup
from web.config import WebConfig
from web.context import QUEUE
from web.guard import GuardedSite, Limits, hide_server_version
from web.routes import setup_queue_app, suppressor_from
from wiki.client import MediaWikiClient
from wiki.config import ApiConfig
from wiki.route import is_loopback

log = logging.getLogger(__name__)
PURGE_EVERY_S = 3600.0


@dataclass(frozen=True, slots=True)
class Readiness:
    stream_connected: bool
    model_loaded: bool
    store_writable: bool
    role: str = LEADER

    @property
    def ready(self) -> bool:
        """A standby serves the queue without a stream; a leader needs one."""
        stream_ok = self.stream_connected or self.role != LEADER
        return stream_ok and self.model_loaded and self.store_writable


def consumer_config(settings: Settings) -> ConsumerConfig:
    return ConsumerConfig(
        url=settings.stream_url, contact=settings.contact, since=settings.since,
        wikis=settings.wikis or ("*",), namespaces=settings.namespaces or None,
        types=settings.types, include_bots=settings.include_bots,
        idle_timeout_s=settings.stream_idle_timeout, buffer_size=settings.buffer_size,
    )


def api_config(settings: Settings) -> ApiConfig:
    return ApiConfig(
        contact=settings.contact, api_base_url=settings.api_base_url,
        per_host=settings.per_host_concurrency, timeout_s=settings.request_timeout,
        max_response_bytes=settings.max_response_bytes, wiki_hosts=settings.wiki_hosts,
    )


def pipeline_config(settings: Settings) -> PipelineConfig:
    # two pool calls per worker: while a worker judges one batch the next waits in the pool's
    # queue, so it never idles while the event loop takes the answer and sends more
    return PipelineConfig(
        fetch_concurrency=settings.fetch_concurrency, judge_tasks=2 * settings.workers,
        batch_size=settings.batch_size, buffer_size=settings.buffer_size,
        position_every=settings.position_every, position_seconds=settings.position_seconds,
    )


class Service:
    """The background half of the app: the pipeline and the parts it owns.

    On PostgreSQL every replica warms its judgement pool, then campaigns for the stream's lease
    (store/election.py): the leader reads and judges, the others stand by and serve the queue.
    On SQLite the one process leads (a second one is refused: store/oneprocess.py).
    """

    def __init__(self, settings: Settings, metrics: Metrics, store: QueueStore) -> None:
        self.settings = settings
        self.metrics = metrics
        self.store = store
        self.stream_observer = MetricsStreamObserver(metrics)
        self.failed = asyncio.Event()  # the stream gave up or a stage broke: the process exits
        self.error: BaseException | None = None
        self.pipeline: Pipeline | None = None
        self._judge: PoolJudge | None = None
        self._client: MediaWikiClient | None = None
        self._notifier = make_notifier(settings)
        self.feedback = Feedback(make_ledger(store), metrics, settings.ledger_days)
        self.cases = make_cases(store)
        self.known = KnownValues(self.cases, judge_config(settings).fingerprint_key)
        self._consumer: Consumer | None = None
        self._task: asyncio.Task[None] | None = None
        self._roles: asyncio.Task[None] | None = None
        self._purge: asyncio.Task[None] | None = None
        self._store_ready = False
        self._reading = asyncio.Lock()  # start and stop of reading never interleave
        self._stopping = False
        self.elector = make_elector(store, settings, self._lead, self._step_down)
        self._process_lock = make_process_lock(store, settings)
        metrics.role.source = self.role

    def role(self) -> tuple[str, int]:
        """(leader | standby, term) now; the one SQLite process always leads."""
        if self.elector is None:
            return LEADER, 0
        return self.elector.role, self.elector.term or 0

    def drained(self) -> bool:
        """Every event read so far is recorded (nothing buffered, nothing in flight)."""
        buffered = self._consumer.buffered if self._consumer is not None else 0
        return buffered == 0 and (self.pipeline is None or self.pipeline.idle)

    def readiness(self) -> Readiness:
        store_ok = self._store_ready and (self.pipeline is None or self.pipeline.store_ok)
        return Readiness(
            stream_connected=self.stream_observer.connected,
            model_loaded=self._judge is not None and self._judge.ready,
            store_writable=store_ok, role=self.role()[0],
        )

    async def refresh_metrics(self) -> None:
        """Called by /metrics before rendering: queue depth is state, read at scrape time."""
        stats = await self.store.stats()
        self.metrics.queue_depth.update(stats["by_state"], stats.get("oldest_pending_age_s"))
        await self.feedback.refresh()

    async def start(self) -> None:
        if self._process_lock is not None:
            self._process_lock.acquire()
            log.info("queue on SQLite: one process reads and serves; replicas need PostgreSQL")
        await self.store.migrate()
        self._store_ready = True
        self._client = MediaWikiClient(api_config(self.settings), MetricsApiObserver(self.metrics))
        self._judge = make_judge(self.settings, self.metrics.pool_restarts.inc)
        self.metrics.pool_workers.set(self.settings.workers)
        self._roles = asyncio.create_task(self._begin(self._judge), name="roles")
        self._purge = asyncio.create_task(self._purge_loop(), name="retention")
        log.info("service started", extra={"workers": self.settings.workers})

    async def _begin(self, judge: PoolJudge) -> None:
        """Load the model in every worker, then lead (one process) or campaign (replicas)."""
        try:
            await judge.warm()
            log.info("judgement pool ready", extra={"workers": self.settings.workers})
            if self.elector is None:
                await self._lead(None)
            else:
                await self.elector.run()
        except asyncio.CancelledError:
            raise
        except Exception as exc:
            log.error("service stopped reading: %s", type(exc).__name__)
            self._fail(exc)

    async def _lead(self, term: int | None) -> None:
        """Read the stream from the shared position, every intake write naming `term`."""
        async with self._reading:
            if self._stopping or self.pipeline is not None or self._judge is None:
                return
            if isinstance(self.store, Fenceable):
                self.store.fence(term)
            start = await self.store.load_position()
            assert self._client is not None
            self.pipeline = Pipeline(
                pipeline_config(self.settings), DiffFetcher(self._client), self._judge,
                StoreSink(self.store, self._notifier, self.feedback.ledger, self.cases),
                self.metrics, start=start, on_failure=self._fail, known=self.known,
                split=SplitEdits(),
            )
            self.pipeline.start()
            self._task = asyncio.create_task(self._run(self.pipeline), name="reader")

    async def _step_down(self) -> None:
        """Leadership lost: stop at once; what was not recorded is read again by the leader."""
        await self._stop_reading(drain=False)

    async def _run(self, pipeline: Pipeline) -> None:
        """Read the stream into the pipeline."""
        try:
            consumer = Consumer(
                consumer_config(self.settings), self.store.positions(), self.stream_observer
            )
            self._consumer = consumer
            self.metrics.buffer_items.labels(buffer="stream").set_function(
                lambda: consumer.buffered)
            await pipeline.consume(consumer)
        except asyncio.CancelledError:
            raise
        except Exception as exc:
            log.error("service stopped reading: %s", type(exc).__name__)
            self._fail(exc)

    async def _purge_loop(self) -> None:
        """Retention: excerpts of requests resolved longer ago than the limit are purged hourly."""
        while True:
            try:
                purged = await self.store.purge(self.settings.retention_days)
                await self.feedback.purge()
            except Exception as exc:  # the next hour tries again; the queue keeps working
                log.warning("retention purge failed: %s", type(exc).__name__)
            else:
                if purged:
                    log.info("retention purge: %d excerpts removed", purged,
                             extra={"count": purged})
            await asyncio.sleep(PURGE_EVERY_S)

    def _fail(self, error: BaseException) -> None:
        self.error = error
        self.failed.set()

    async def stop(self) -> None:
        """Stop reading, finish in-flight events within the grace period, save the position,
        then hand leadership over (a standby takes over at once) and close."""
        self._stopping = True
        await _cancel(self._purge)
        if self.elector is None or not self.elector.leading():
            await _cancel(self._roles)
        await self._stop_reading(drain=True)  # a leader keeps renewing its lease meanwhile
        await _cancel(self._roles)
        if self.elector is not None:
            await self.elector.release()
        await self._close_parts()
        log.info("service stopped")

    async def _stop_reading(self, drain: bool) -> None:
        async with self._reading:
            await _cancel(self._task)
            self._task = None
            if self._consumer is not None:
                await self._consumer.aclose()
                self._consumer = None
            pipeline, self.pipeline = self.pipeline, None
            if pipeline is None:
                return
            if drain and not await pipeline.drain(self.settings.shutdown_grace):
                log.warning("shutdown grace period over; unfinished events will be read again")
            await pipeline.close()

    async def _close_parts(self) -> None:
        if self._judge is not None:
            await self._judge.close()
        if self._client is not None:
            await self._client.close()
        if self._notifier is not None:
            await self._notifier.close()
        await self.store.close()
        if self._process_lock is not None:
            self._process_lock.release()


def make_elector(
    store: QueueStore, settings: Settings, on_elected: Callable[[int], Awaitable[None]],
    on_lost: Callable[[], Awaitable[None]],
) -> Elector | None:
    """An elector on a store that can hold the stream's lease (PostgreSQL), else None."""
    if not isinstance(store, LeaseBackend):
        return None
    return Elector(store, holder_name(), Timing(settings.leader_lease),
                   on_elected=on_elected, on_lost=on_lost)


def make_process_lock(store: QueueStore, settings: Settings) -> ProcessLock | None:
    path = sqlite_path(settings.database) if getattr(store, "dialect", "") == "sqlite" else None
    return ProcessLock(path) if path is not None else None


async def _cancel(task: asyncio.Task[None] | None) -> None:
    if task is None or task.done():
        return
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        current = asyncio.current_task()
        if current is not None and current.cancelling():
            raise


SETTINGS = web.AppKey("settings", Settings)
METRICS = web.AppKey("metrics", Metrics)
SERVICE = web.AppKey("service", Service)
OPS = web.AppKey("ops", web.Application)
OPS_PATHS = frozenset({"/metrics", "/healthz", "/readyz"})  # served on the operations port


async def healthz(request: web.Request) -> web.Response:
    return web.json_response({"alive": True})


async def readyz(request: web.Request) -> web.Response:
    state = request.app[SERVICE].readiness()
    body = {
        "ready": state.ready, "stream_connected": state.stream_connected,
        "model_loaded": state.model_loaded, "store_writable": state.store_writable,
        "role": state.role,
    }
    return web.json_response(body, status=200 if state.ready else 503)


async def _lifecycle(app: web.Application) -> AsyncIterator[None]:
    service = app[SERVICE]
    await service.start()
    yield
    await service.stop()


def create_app(
    settings: Settings, web_config: WebConfig | None = None, store: QueueStore | None = None
) -> web.Application:
    """The service as the queue's app (its background work runs while it runs); the operations
    app (metrics, health) is `app[OPS]`, served on its own port by `serve`."""
    metrics = Metrics()
    web_config = web_config or WebConfig(public_origin=settings.public_origin)
    suppressor = suppressor_from(web_config, api_config(settings).route)
    store = store if store is not None else make_store(settings.database)
    service = Service(settings, metrics, store)
    app = web.Application(middlewares=[request_counter(metrics)])
    app[SETTINGS] = settings
    app[METRICS] = metrics
    app[SERVICE] = service
    app[KNOWN_SETUP] = KnownSetup(service.known.key, service.known.invalidate)
    setup_queue_app(app, store, web_config, suppressor)
    app.cleanup_ctx.append(_lifecycle)
    app[OPS] = ops_app(service)
    return app


def ops_app(service: Service) -> web.Application:
    """/metrics, /healthz, /readyz: for SREs and the orchestrator, never the queue's content."""
    ops = web.Application(middlewares=[request_counter(service.metrics)])
    ops[SERVICE] = service
    ops.router.add_get("/metrics", metrics_handler(service.metrics, service.refresh_metrics))
    ops.router.add_get("/healthz", healthz)
    ops.router.add_get("/readyz", readyz)
    return ops


def limits(settings: Settings) -> Limits:
    return Limits(max_connections=settings.max_connections,
                  header_timeout_s=settings.header_timeout,
                  keepalive_timeout_s=settings.keepalive_timeout)


@dataclass
class Listening:
    runners: list[web.AppRunner]
    sites: list[GuardedSite]
    port: int  # the queue
    ops_port: int  # metrics and health

    async def close(self) -> None:
        for runner in reversed(self.runners):
            await runner.cleanup()


async def start_http(app: web.Application, host: str, port: int,
                     ops_port: int | None = None) -> Listening:
    """Both apps on their ports, each behind its connection guard. The queue app starts first
    (migrations, the pool) so that /healthz answers only once the service runs."""
    settings = app[SETTINGS]
    hide_server_version()
    bounds = limits(settings)
    listening = Listening([], [], 0, 0)
    try:
        for served, asked in ((app, port), (app[OPS], settings.ops_port if ops_port is None
                                            else ops_port)):
            runner = web.AppRunner(served, handle_signals=False, access_log=None,
                                   keepalive_timeout=bounds.keepalive_timeout_s)
            await runner.setup()
            listening.runners.append(runner)
            site = GuardedSite(runner, host, asked, bounds)
            await site.start()
            listening.sites.append(site)
        listening.port, listening.ops_port = (_bound_port(r, 0) for r in listening.runners)
    except BaseException:
        await listening.close()
        raise
    return listening


def warn_if_exposed(settings: Settings, web_config: WebConfig) -> None:
    """Off loopback, a session cookie without Secure can leak over plain http."""
    if is_loopback(settings.listen_host) or web_config.https or web_config.secure_cookies:
        return
    log.warning("listening on a non-loopback address without an https OUTINGWATCH_PUBLIC_ORIGIN "
                "or OUTINGWATCH_SECURE_COOKIES=true: session cookies are not marked Secure and "
                "no HSTS is sent; put the queue behind TLS and set OUTINGWATCH_PUBLIC_ORIGIN")


async def serve(
    app: web.Application, host: str, port: int, stop: asyncio.Event | None = None,
    on_listening: Callable[[Listening], None] | None = None,
) -> int:
    """Run `app` until SIGTERM/SIGINT (or `stop`), then shut down gracefully; the exit code.

    Start-up (migrations, pool) happens before the port opens; a stream that gives up for good
    (refused User-Agent, bad URL) ends the process with 1 so that the orchestrator notices.
    """
    stop = stop or asyncio.Event()
    _on_signals(stop)
    warn_if_exposed(app[SETTINGS], app[QUEUE].config)
    listening = await start_http(app, host, port)
    try:
        log.info("listening on %s:%d (metrics and health on port %d)", host, listening.port,
                 listening.ops_port, extra={"port": listening.port,
                                            "ops_port": listening.ops_port})
        if on_listening is not None:
            on_listening(listening)
        service = app[SERVICE]
        await _first(stop.wait(), service.failed.wait())
    finally:
        await listening.close()
    return 1 if app[SERVICE].failed.is_set() else 0


def _bound_port(runner: web.AppRunner, asked: int) -> int:
    for address in runner.addresses:
        if isinstance(address, tuple) and len(address) >= 2:
            return int(address[1])
    return asked


def _on_signals(stop: asyncio.Event) -> None:
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGTERM, signal.SIGINT):
        with contextlib.suppress(NotImplementedError, RuntimeError):
            loop.add_signal_handler(signum, stop.set)


async def _first(*waits: Coroutine[Any, Any, Any]) -> None:
    tasks = [asyncio.create_task(wait) for wait in waits]
    try:
        await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    finally:
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
