"""Every field that can out someone, through the whole service over the real protocol: an edit
summary, a move's target title, a new account's name; the request names the field, its links
point at the log entry, and the page learns what to tick."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from store.entries import LOG_BASE
from tests.service.feeds import BENIGN, FeedBuilder
from tests.service.rig import Running, local_servers, running, settings_for

SUMMARY = "as discussed, Railfan is Jane Roe, phone 07700 900461, email jane.roe77@example.com"
MOVE_TARGET = "User:Railfan is Tobias Brenner tel +44 20 7946 0321 tobias.b@example.net"
ACCOUNT = "User:Margaret Ellison m.ellison77@example.com 07700 900462"


def feed() -> FeedBuilder:
    built = FeedBuilder()
    built.edit(BENIGN[0])
    built.edit(BENIGN[1], comment=SUMMARY)
    built.other(type="log", log_type="move", log_action="move", log_id=501, namespace=2,
                title="User:Railfan", comment="moving", log_params={"target": MOVE_TARGET})
    built.other(type="log", log_type="newusers", log_action="create", log_id=502,
                namespace=2, title=ACCOUNT, comment="", log_params=[])
    built.other(type="log", log_type="block", log_action="block", log_id=503, log_params=[])
    built.edit(BENIGN[2], comment="/* Sources */ fixed a citation")
    return built


async def api(service: Running, path: str, token: str) -> dict[str, Any]:
    async with service.session.get(service.base_url + path,
                                   headers={"Authorization": f"Bearer {token}"}) as response:
        assert response.status == 200
        body: dict[str, Any] = await response.json()
        return body


async def test_summaries_moves_and_account_names_are_judged(tmp_path: Path) -> None:
    built = feed()
    local = await local_servers(built.entries)
    settings = settings_for(local, tmp_path, types=("edit", "new", "log"))
    try:
        async with running(settings) as service:
            await service.until_drained(len(built.entries))
            token = await service.service.store.add_user("oversighter")
            listed = (await api(service, "/api/v1/requests?limit=50", token))["requests"]
            ids = ",".join(str(r["id"]) for r in listed)
            extra = await api(service, f"/api/v1/case-of?ids={ids}", token)
            summary = service.summary()
    finally:
        await local.close()
    by_rev = {r["rev_id"]: r for r in listed}
    assert set(by_rev) == {5003, LOG_BASE + 501, LOG_BASE + 502}
    edit, move, account = by_rev[5003], by_rev[LOG_BASE + 501], by_rev[LOG_BASE + 502]
    assert all(reason.startswith("edit summary: ") for reason in edit["reasons"])
    assert any(reason.startswith("page title: ") for reason in move["reasons"])
    assert any(reason.startswith("account name: ") for reason in account["reasons"])
    fields = extra["fields"]
    assert fields[str(edit["id"])]["hide"] == ["comment"]
    assert fields[str(move["id"])]["fields"] == ["title"]
    assert fields[str(account["id"])]["fields"] == ["username"]
    assert "Special%3ABlock" in fields[str(account["id"])]["hide_user_url"]
    assert "type=logging" in move["revisiondelete_url"]
    assert "ids=501" in move["revisiondelete_url"]
    assert "logid=502" in account["diff_url"]
    for request in (edit, move, account):  # masked: the excerpt shows no value
        assert "07700" not in request["excerpt"]
        assert "@example" not in request["excerpt"]
    assert summary.skipped.get("filtered", 0) >= 1  # the block: a log entry not judged
