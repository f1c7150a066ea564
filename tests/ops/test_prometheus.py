"""A real Prometheus (Debian's package) scrapes the running service and finds the target up and
the service's metrics present, with the values the service reports."""

from __future__ import annotations

from pathlib import Path

import aiohttp
import pytest

from tests.ops.prom import prometheus, wait_for
from tests.service.feeds import standard_feed
from tests.service.rig import local_servers, running, settings_for
from tests.support import require_program

pytestmark = pytest.mark.promtool
JOB = "outingwatch-test"


async def test_prometheus_scrapes_the_running_service(tmp_path: Path) -> None:
    binary = require_program("prometheus", "prometheus")
    feed = standard_feed()
    local = await local_servers(feed.entries)
    try:
        (tmp_path / "service").mkdir()
        async with running(settings_for(local, tmp_path / "service")) as service:
            await service.until_drained(len(feed.entries))
            target = service.ops_url.removeprefix("http://")  # the operations port
            async with prometheus(binary, tmp_path, target, JOB) as base, \
                    aiohttp.ClientSession() as session:
                up = await wait_for(session, base, f'up{{job="{JOB}"}} == 1')
                assert up, (tmp_path / "prometheus.log").read_text()[-2000:]
                received = await wait_for(
                    session, base, f'outingwatch_events_received_total{{job="{JOB}"}}')
                depth = await wait_for(
                    session, base, 'outingwatch_queue_depth{state="pending"}')
                names = await wait_for(session, base, 'count({__name__=~"outingwatch_.+"})')
                queued = len(await service.requests())
    finally:
        await local.close()
    assert received[0]["value"][1] == str(len(feed.entries))
    assert depth[0]["value"][1] == str(queued)
    assert int(names[0]["value"][1]) > 20
