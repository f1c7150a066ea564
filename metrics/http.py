"""The /metrics endpoint and the request-counting middleware, on the service's own app."""

from __future__ import annotations

import logging
import time
from collections.abc import Awaitable, Callable

from aiohttp import web
from aiohttp.typedefs import Handler, Middleware
from prometheus_client import generate_latest
from prometheus_client.exposition import CONTENT_TYPE_PLAIN_0_0_4

from metrics.instruments import Metrics

log = logging.getLogger(__name__)

Refresh = Callable[[], Awaitable[None]]
UNMATCHED = "unmatched"


def metrics_handler(metrics: Metrics, refresh: Refresh | None = None) -> Handler:
    """A handler rendering `metrics.registry`, after refreshing the values computed at scrape."""

    async def handle(request: web.Request) -> web.Response:
        if refresh is not None:
            await _refresh(refresh)
        body = generate_latest(metrics.registry)
        return web.Response(body=body, headers={"Content-Type": CONTENT_TYPE_PLAIN_0_0_4})

    return handle


async def _refresh(refresh: Refresh) -> None:
    try:
        await refresh()
    except Exception as exc:  # a slow or broken store must not take the metrics down
        log.warning("metrics refresh failed: %s", type(exc).__name__)


def route_template(request: web.Request) -> str:
    """The matched route's template (`/api/requests/{id}`), never the raw path."""
    resource = request.match_info.route.resource
    if resource is None:
        return UNMATCHED
    return resource.canonical


def request_counter(metrics: Metrics) -> Middleware:
    """Middleware counting every answer by route template, method and status."""

    @web.middleware
    async def count(request: web.Request, handler: Handler) -> web.StreamResponse:
        started = time.perf_counter()
        status = 500
        try:
            response = await handler(request)
            status = response.status
            return response
        except web.HTTPException as exc:
            status = exc.status
            raise
        finally:
            seconds = time.perf_counter() - started
            metrics.api_request(route_template(request), request.method, status, seconds)

    return count
