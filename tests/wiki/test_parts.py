"""Small parts of the client: URLs, settings, Retry-After, cut JSON, recording."""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from typing import Any

import pytest

from replay.feed import FeedEntry, api_key
from tests.wiki.helpers import HOST, SITE, fixtures_with, rig
from wiki.config import ENV_NAMES, ApiConfig, api_config_from_env
from wiki.fixtures import ApiFixtures
from wiki.partial import partial_string
from wiki.server import ApiServer
from wiki.site import Site
from wiki.transport import retry_after


def test_api_url_of_the_wiki_and_through_a_base_url() -> None:
    site = Site("https://commons.wikimedia.org", "/w", "commons.wikimedia.org")
    assert site.api_url() == "https://commons.wikimedia.org/w/api.php"
    assert site.api_url("http://127.0.0.1:8080/") == (
        "http://127.0.0.1:8080/commons.wikimedia.org/w/api.php")  # fmt: skip
    assert Site("https://de.wikipedia.org").host == "de.wikipedia.org"


def test_settings_from_environment() -> None:
    env = {"OUTINGWATCH_API_PER_HOST": "2", "OUTINGWATCH_API_BASE_URL": "http://x:1",
           "OUTINGWATCH_API_MAX_RESPONSE_BYTES": "1000", "OUTINGWATCH_CONTACT": "ops@example.org",
           "OUTINGWATCH_API_TIMEOUT_S": "2.5"}  # fmt: skip
    config = api_config_from_env(env, maxlag=3)
    assert config == ApiConfig(contact="ops@example.org", api_base_url="http://x:1", per_host=2,
                               timeout_s=2.5, max_response_bytes=1000, maxlag=3)  # fmt: skip
    assert ENV_NAMES["api_base_url"] == "OUTINGWATCH_API_BASE_URL"
    assert api_config_from_env({"OUTINGWATCH_API_BASE_URL": ""}).api_base_url is None


def test_retry_after_seconds_and_dates() -> None:
    assert retry_after({"Retry-After": "12"}) == 12.0
    assert retry_after({}) is None
    assert retry_after({"Retry-After": "soon"}) is None
    later = format_datetime(datetime.now(UTC) + timedelta(seconds=60), usegmt=True)
    waited = retry_after({"Retry-After": later})
    assert waited is not None
    assert 50 <= waited <= 61


@pytest.mark.parametrize("cut", range(30, 90))
def test_cut_json_gives_the_start_of_the_string(cut: int) -> None:
    full = json.dumps({"compare": {"fromid": 1, "body": 'a "q" \\ é 😀 <tr>end</tr>'}}).encode()
    value = partial_string(full[:cut], "body")
    whole = 'a "q" \\ é 😀 <tr>end</tr>'
    assert value is None or whole.startswith(value)
    assert partial_string(full, "body") == whole


def test_cut_json_without_the_key() -> None:
    assert partial_string(b'{"compare": {"fromid": 1, "bo', "body") is None


class _Tape:
    def __init__(self) -> None:
        self.answers: dict[str, dict[str, Any]] = {}

    def record(
        self, host: str, params: Mapping[str, str], status: int, payload: Mapping[str, Any]
    ) -> None:
        self.answers[api_key(host, params)] = {"status": status, "body": dict(payload)}


async def test_recorded_answers_replay_the_same_result() -> None:
    tape = _Tape()
    server = ApiServer(fixtures_with((1, "a\n"), (2, "a\nnew words\n")))
    async with rig(server, recorder=tape) as r:
        live = await r.client.fetch_added(SITE, 1, 2)
    assert live.added == "new words"
    key = f"{HOST} action=compare&prop=diff|ids|title|user&fromrev=1&torev=2"
    assert list(tape.answers) == [key]
    replayed = ApiServer(ApiFixtures.from_feed([FeedEntry(data="{}", api=tape.answers)]))
    async with rig(replayed) as r:
        again = await r.client.fetch_added(SITE, 1, 2)
    assert again == live
