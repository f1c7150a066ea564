"""Outing split over consecutive edits by the same account on the same page: an edit that says
too little alone is judged with the account's previous edits there, and the request lists every
revision; the same words from someone else, or elsewhere, stay unflagged."""

from __future__ import annotations

from pathlib import Path

from tests.service.feeds import FeedBuilder
from tests.service.rig import local_servers, running, settings_for

NAMED = "Railfan's real name is Tobias Brenner."
WORKPLACE = "His employer is Norbridge Logistics, he is a dispatcher there."


async def test_a_split_outing_is_judged_together(tmp_path: Path) -> None:
    feed = FeedBuilder()
    _, first = feed.edit(NAMED, user="Stalker")
    _, second = feed.edit(WORKPLACE, user="Stalker")
    _, elsewhere = feed.edit(WORKPLACE, user="Stalker", title="User talk:Signalbox")
    _, someone_else = feed.edit(WORKPLACE, user="Bystander")
    local = await local_servers(feed.entries)
    try:
        async with running(settings_for(local, tmp_path, fetch_concurrency=1)) as service:
            await service.until_drained(len(feed.entries))
            requests = {r.rev_id: r for r in await service.requests()}
    finally:
        await local.close()
    assert first in requests
    split = requests[second]
    assert split.reasons[0].startswith("split over 2 edits")
    assert f"r{first}" in split.reasons[0]
    assert f"r{second}" in split.reasons[0]
    assert elsewhere not in requests
    assert someone_else not in requests
