"""The known feed and the fault-free run every faulty run is compared with (once a session)."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from tests.reliability.feed import KnownFeed, known_feed
from tests.reliability.runner import Outcome, Scenario, run_scenario


@pytest.fixture(scope="session")
def feed() -> KnownFeed:
    return known_feed(flagged=8, unflagged=8)


@pytest.fixture(scope="session")
def baseline(feed: KnownFeed, tmp_path_factory: pytest.TempPathFactory) -> Outcome:
    folder: Path = tmp_path_factory.mktemp("fault-free")
    return asyncio.run(run_scenario(feed.entries, Scenario("fault-free"), folder))
