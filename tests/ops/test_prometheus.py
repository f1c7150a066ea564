"""A real Prometheus scrapes the running service and finds the target up and its metrics."""

from __future__ import annotations

from pathlib import Path

import aiohttp
import pytest
from aiohttp import web
from pytest_aiohttp import AiohttpServer

from metrics.http import metrics_handler
from metrics.instruments import Metrics
from tests.ops.prom import prometheus, wait_for
from tests.support import require_program

pytestmark = pytest.mark.promtool
JOB = "outingwatch-test"


async def test_prometheus_scrapes_the_service(
    aiohttp_server: AiohttpServer, tmp_path: Path
) -> None:
    binary = require_program("prometheus", "prometheus")
    metrics = Metrics()
    metrics.event_received()
    metrics.event_skipped("canary")
    app = web.Application()
    app.router.add_get("/metrics", metrics_handler(metrics))
    server = await aiohttp_server(app, host="127.0.0.1")
    async with prometheus(binary, tmp_path, f"127.0.0.1:{server.port}", JOB) as base, \
            aiohttp.ClientSession() as session:
        up = await wait_for(session, base, f'up{{job="{JOB}"}} == 1')
        assert up, (tmp_path / "prometheus.log").read_text()[-2000:]
        received = await wait_for(session, base, "outingwatch_events_received_total")
        assert received[0]["value"][1] == "1"
        skipped = await wait_for(
            session, base, 'outingwatch_events_skipped_total{reason="canary",kind="filtered"}')
        assert skipped[0]["value"][1] == "1"
        names = await wait_for(session, base, 'count({__name__=~"outingwatch_.+"})')
        assert int(names[0]["value"][1]) > 20
