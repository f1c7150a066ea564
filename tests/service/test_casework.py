"""Known values and cases through the whole service: a value added through the API flags any
later edit holding it (added text or summary, any wiki) at the top of the queue, and is found
nowhere in clear afterwards (database files, logs, metrics); requests sharing a strong value
across wikis form one case, and the repeat scores higher."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

import aiohttp
import pytest

from store.model import ListFilter
from tests.service.feeds import BENIGN, FeedBuilder
from tests.service.rig import Running, local_servers, running, settings_for

NAME = "Quentin Abernathy-Voss"
EMAIL = "qav.private77@example.net"
SECRETS = ("quentin", "abernathy", "qav.private", "private77")
DOXX = ("The person behind Railfan works night shifts, reach them on +44 20 7946 0322 or "
        "dox.target@example.org.")


def feed() -> tuple[FeedBuilder, dict[str, tuple[str, int]]]:
    built = FeedBuilder()
    keys = {
        "benign": built.edit(BENIGN[0]),
        "name": built.edit(f"Thanks, I met {NAME} at the meetup, lovely talk about signals."),
        "summary": built.edit(BENIGN[1], comment=f"per email from {EMAIL}"),
        "dewiki": built.edit(f"Ich habe {NAME.upper()} heute getroffen.", wiki="dewiki",
                             host="de.wikipedia.org"),
        "first": built.edit(DOXX),
        "second": built.edit(DOXX),  # the same text on the same page: the same base score
        "third": built.edit(DOXX),
        "other": built.edit(BENIGN[2]),
    }
    return built, keys


def database_bytes(folder: Path) -> bytes:
    return b"".join(p.read_bytes() for p in folder.glob("queue.sqlite3*")).lower()


async def api(service: Running, method: str, path: str, token: str,
              body: object = None) -> tuple[int, dict[str, Any]]:
    headers = {"Authorization": f"Bearer {token}"}
    async with service.session.request(method, service.base_url + path, json=body,
                                       headers=headers) as response:
        return response.status, await response.json()


async def test_known_values_flag_later_edits_and_cases_link_repeats(
    tmp_path: Path, caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    built, keys = feed()
    local = await local_servers(built.entries)
    settings = settings_for(local, tmp_path)
    try:
        async with running(settings) as service:
            token = await service.service.store.add_user("oversighter")
            for kind, value in (("name", NAME), ("email", EMAIL)):
                status, body = await api(service, "POST", "/api/v1/known-values", token,
                                         {"type": kind, "value": value})
                assert status == 201, body
            status, _ = await api(service, "POST", "/api/v1/known-values", token,
                                  {"type": "phone", "value": "020 7946 0000"})
            assert status == 400  # a national number needs its wiki
            await service.until_drained(len(built.entries))
            requests = await service.service.store.list_requests(ListFilter(limit=50))
            _, known = await api(service, "GET", "/api/v1/known-values", token)
            _, cases = await api(service, "GET", "/api/v1/cases", token)
            _, cases_now = await api(service, "GET", "/api/v1/cases", token)
            case_id = cases_now["cases"][0]["id"]
            _, case_page = await api(service, "GET", f"/api/v1/requests?case={case_id}", token)
            _, metrics = await service.get("/metrics")
            _, listed = await api(service, "GET", "/api/v1/requests?limit=50", token)
    finally:
        await local.close()
    by_rev = {r.rev_id: r for r in requests}
    for name in ("name", "summary", "dewiki"):
        hit = by_rev[keys[name][1]]
        assert hit.score == 1.0
        assert hit.tier == "likely"  # whatever the model made of the rest of the edit
        assert "known value" in hit.reasons[0]
    assert keys["benign"][1] not in by_rev
    top = [r["rev_id"] for r in listed["requests"]][:3]
    assert set(top) == {keys["name"][1], keys["summary"][1], keys["dewiki"][1]}
    # the case: one phone and one email on three pages; each repeat scores higher
    linked = sorted((by_rev[keys[k][1]] for k in ("first", "second", "third")),
                    key=lambda r: r.score)
    base = linked[0].score
    assert [r.score for r in linked] == pytest.approx([base, 1 - (1 - base) / 2,
                                                        1 - (1 - base) / 4])
    assert [sum("earlier request" in x for x in r.reasons) for r in linked] == [0, 1, 1]
    listed_cases = cases["cases"]
    assert isinstance(listed_cases, list)
    assert len(listed_cases) == 1
    members = {m["request_id"] for m in listed_cases[0]["members"]}
    assert members == {r.id for r in linked}
    assert {r["id"] for r in case_page["requests"]} == members
    assert "outingwatch_known_value_matches_total 3.0" in metrics
    assert sum(k["matches"] for k in known["known_values"]) >= 0
    # never in clear: database files, logs, metrics, API answers about known values
    stored = database_bytes(tmp_path)
    logs = caplog.text.lower()
    for secret in SECRETS:
        assert secret.encode() not in stored, secret
        assert secret not in logs, secret
        assert secret not in metrics.lower(), secret
        assert secret not in str(known).lower(), secret


async def test_known_values_api_refuses_bad_input_without_echoing_it(tmp_path: Path) -> None:
    built, _ = feed()
    local = await local_servers(built.entries[:1])
    try:
        async with running(settings_for(local, tmp_path)) as service:
            token = await service.service.store.add_user("oversighter")
            bad = [
                {"type": "threat", "value": NAME},
                {"type": "name", "value": ""},
                {"type": "name", "value": "x" * 501},
                {"type": "name", "value": NAME, "wiki": "Not A Wiki"},
                {"type": "name"},
                {"type": "name", "value": NAME, "extra": 1},
            ]
            answers = [await api(service, "POST", "/api/v1/known-values", token, b)
                       for b in bad]
            async with aiohttp.ClientSession() as anonymous, anonymous.post(
                    service.base_url + "/api/v1/known-values",
                    json={"type": "name", "value": NAME}) as response:
                unauthenticated = response.status
            status, added = await api(service, "POST", "/api/v1/known-values", token,
                                      {"type": "name", "value": NAME})
            again = await api(service, "POST", "/api/v1/known-values", token,
                              {"type": "name", "value": f"  {NAME.lower()} "})
            known_id = added["known_value"]["id"]
            removed = await api(service, "DELETE", f"/api/v1/known-values/{known_id}", token)
            gone = await api(service, "DELETE", f"/api/v1/known-values/{known_id}", token)
    finally:
        await local.close()
    assert [status for status, _ in answers] == [400] * len(bad)
    assert all("quentin" not in str(body).lower() for _, body in answers)
    assert unauthenticated == 401
    assert status == 201
    assert again[0] == 200  # the same value, normalised: one entry
    assert (removed[0], gone[0]) == (200, 404)
