from __future__ import annotations

from aiohttp import web
from prometheus_client.parser import text_string_to_metric_families
from pytest_aiohttp import AiohttpClient

from metrics.http import metrics_handler, request_counter
from metrics.instruments import Metrics


async def test_metrics_endpoint_refreshes_at_scrape_and_counts_route_templates(
    aiohttp_client: AiohttpClient,
) -> None:
    metrics = Metrics()
    depth = {"pending": 0}

    async def refresh() -> None:
        depth["pending"] += 1
        metrics.queue_depth.update(depth)

    async def item(request: web.Request) -> web.Response:
        return web.Response(text="ok")

    app = web.Application(middlewares=[request_counter(metrics)])
    app.router.add_get("/metrics", metrics_handler(metrics, refresh))
    app.router.add_get("/items/{name}", item)
    client = await aiohttp_client(app)
    assert (await client.get("/items/Jane_Doe")).status == 200
    assert (await client.get("/no/such/Jane_Doe")).status == 404
    await client.get("/metrics")
    response = await client.get("/metrics")
    assert response.headers["Content-Type"].startswith("text/plain; version=0.0.4")
    text = await response.text()
    assert "Jane" not in text
    values = {
        (sample.name, tuple(sorted(sample.labels.items()))): sample.value
        for family in text_string_to_metric_families(text) for sample in family.samples
    }
    assert values[("outingwatch_queue_depth", (("state", "pending"),))] == 2
    ok = (("method", "GET"), ("route", "/items/{name}"), ("status", "200"))
    assert values[("outingwatch_api_requests_total", ok)] == 1
    missing = (("method", "GET"), ("route", "unmatched"), ("status", "404"))
    assert values[("outingwatch_api_requests_total", missing)] == 1


async def test_a_failing_refresh_does_not_break_the_scrape(aiohttp_client: AiohttpClient) -> None:
    metrics = Metrics()

    async def broken() -> None:
        raise ConnectionError("database gone")

    app = web.Application()
    app.router.add_get("/metrics", metrics_handler(metrics, broken))
    client = await aiohttp_client(app)
    response = await client.get("/metrics")
    assert response.status == 200
    assert "outingwatch_events_received_total" in await response.text()
