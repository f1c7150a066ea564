"""A poison edit in a replay costs only itself. With a short judge timeout, an edit that takes
too long (200,000 characters of templates and links after an email address) gets the quick
pass and a request marked "could not be fully judged"; the genuine outing edits in flight with
it are judged in full and queued; no edit is skipped as judge_error."""

from __future__ import annotations

from pathlib import Path

from judgement.quick import NOT_FULLY_JUDGED
from stream.faults import ServerSettings
from tests.service.feeds import BENIGN, OUTING, FeedBuilder
from tests.service.rig import local_servers, running, settings_for

# Dense templates with links in their parameters: the parser's slowest well-formed markup per
# character. The text is cut at 200,000 characters, so density is what makes it slow: the
# first poison (a link and a template every 37 characters) went from 0.5-0.9 s to 0.45 s
# as the judgement got faster, close to the budget; this one takes about twice as long.
POISON = ("Mail her at jane.roe@example.org, she is the one. "
          + "{{g|d=[[e]]}}" * 16_000)


async def test_a_poison_edit_costs_only_itself(tmp_path: Path) -> None:
    feed = FeedBuilder()
    outing = [feed.edit(OUTING[0]), feed.edit(OUTING[1])]
    poison = feed.edit(POISON)
    outing += [feed.edit(OUTING[1] + " Again."), feed.edit(OUTING[0] + " Again.")]
    for n in range(4):
        feed.edit(BENIGN[n])
    local = await local_servers(feed.entries, ServerSettings(keep_open=True))
    # judge_timeout 1.6 s and batches of 2: each edit may take 0.4 s in its worker (the
    # poison takes 0.7-0.8 s on an idle machine, a genuine outing edit a few tens of ms)
    settings = settings_for(local, tmp_path, judge_timeout=1.6, batch_size=2)
    try:
        async with running(settings) as service:
            await service.until_drained(len(feed.entries))
            summary = service.summary()
            queued = {(r.wiki, r.rev_id): r for r in await service.requests()}
    finally:
        await local.close()
    assert summary.handled_total == len(feed.entries)
    assert "judge_error" not in summary.skipped
    assert set(queued) == {*outing, poison}
    assert queued[poison].reasons[0] == NOT_FULLY_JUDGED
    assert queued[poison].types == ("email",)
    assert "jane.roe@example.org" not in queued[poison].excerpt
    for key in outing:
        assert NOT_FULLY_JUDGED not in queued[key].reasons
