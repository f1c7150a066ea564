"""Outing split over consecutive edits by the same account on the same page: an edit that says
too little alone is judged with the account's previous edits there, and the request lists every
revision; the same words from someone else, or elsewhere, stay unflagged, and a later edit does
not queue the same outing again."""

from __future__ import annotations

from pathlib import Path

from tests.service.feeds import FeedBuilder
from tests.service.rig import local_servers, running, settings_for

NAMED = "Tobias Brenner, Norbridge Logistics"  # alone: a name and employer, of nobody here
TIE = "^ that's your real name, isn't it"  # alone: whose name, but no name
MORE = "employer: Norbridge Logistics"


async def test_a_split_outing_is_judged_together(tmp_path: Path) -> None:
    feed = FeedBuilder()
    _, first = feed.edit(NAMED, user="Stalker")
    _, elsewhere = feed.edit(TIE, user="Stalker", title="User talk:Signalbox")
    _, someone_else = feed.edit(TIE, user="Bystander")
    _, second = feed.edit(TIE, user="Stalker")
    _, third = feed.edit(MORE, user="Stalker")
    local = await local_servers(feed.entries)
    try:
        async with running(settings_for(local, tmp_path, fetch_concurrency=1)) as service:
            await service.until_drained(len(feed.entries))
            requests = {r.rev_id: r for r in await service.requests()}
            metrics = (await service.get("/metrics"))[1]
    finally:
        await local.close()
    assert set(requests) == {second}  # no request for any edit alone, none again for the third
    split = requests[second]
    assert split.revisions == (first, second)
    assert split.to_json()["revisions"] == [first, second]
    assert split.reasons[0].startswith(f"split over 2 edits by the same account on this page "
                                       f"within 10 minutes (r{first}, r{second})")
    assert "outingwatch_split_joins_total 1.0" in metrics
    assert {elsewhere, someone_else, third}.isdisjoint(requests)
