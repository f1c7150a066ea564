"""The wikis' suppressions, followed in the same connection as recentchange: requests resolve by
themselves, misses are counted by wiki and band, the proxies are live metrics, and a SIGKILL in
the middle of it counts nothing twice."""

from __future__ import annotations

import asyncio
import json
import re
import sqlite3
import sys
from pathlib import Path

import aiohttp

from stream.faults import ServerSettings
from tests.reliability.process import ROOT, ServiceProcess
from tests.reliability.runner import service_env
from tests.service.rig import local_servers, running, settings_for
from tests.service.suppression_feed import (
    FLAGGED,
    SUPPRESSED_FLAGGED,
    SUPPRESSED_MISSED,
    SUPPRESSED_UNJUDGED,
    suppression_feed,
)

GUARD_S = 240.0  # only against a hang: the judgement pool starts twice on a loaded machine


def metric(text: str, name: str, **labels: str) -> float:
    wanted = ",".join(f'{k}="{v}"' for k, v in sorted(labels.items()))
    pattern = re.compile(rf"^{re.escape(name)}(\{{([^}}]*)\}})? (\S+)$", re.MULTILINE)
    for match in pattern.finditer(text):
        given = ",".join(sorted((match.group(2) or "").split(","))) if match.group(2) else ""
        if given == wanted:
            return float(match.group(3))
    raise AssertionError(f"no series {name}{{{wanted}}}")


def db_rows(path: Path, query: str) -> list[tuple[object, ...]]:
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=10)
    except sqlite3.OperationalError:
        return []
    try:
        return list(conn.execute(query))
    except sqlite3.OperationalError:
        return []
    finally:
        conn.close()


async def test_suppressions_resolve_requests_and_feed_the_proxies(tmp_path: Path) -> None:
    built = suppression_feed()
    local = await local_servers(built.feed.entries)
    settings = settings_for(local, tmp_path, stream_url=local.stream.both_url)
    try:
        async with running(settings) as service:
            await service.until_drained(len(built.feed.entries))
            requests = await service.requests()
            _, metrics = await service.get("/metrics")
    finally:
        await local.close()
    states = {r.rev_id: (r.state, r.outcome) for r in requests}
    resolved = {key[1] for key in built.suppressed} & set(states)
    assert len(requests) == FLAGGED
    assert {states[rev] for rev in resolved} == {("already-hidden", "already-hidden")}
    assert len(resolved) == SUPPRESSED_FLAGGED
    assert sum(state == "pending" for state, _ in states.values()) == FLAGGED - len(resolved)
    seen = "outingwatch_suppressions_seen_total"
    assert metric(metrics, seen, status="flagged") == SUPPRESSED_FLAGGED
    assert metric(metrics, seen, status="missed") == SUPPRESSED_MISSED
    assert metric(metrics, seen, status="unjudged") == SUPPRESSED_UNJUDGED
    assert metric(metrics, seen, status="repeat") == 1
    assert metric(metrics, "outingwatch_requests_resolved_by_wiki_total") == SUPPRESSED_FLAGGED
    assert metric(metrics, "outingwatch_precision_proxy", window="7d") == SUPPRESSED_FLAGGED / 4
    assert metric(metrics, "outingwatch_recall_proxy", window="7d") == 2 / 3
    assert metric(metrics, "outingwatch_detection_to_suppression_seconds_count") == 2
    misses = re.findall(r'^outingwatch_suppression_misses_total\{band="([^"]+)",wiki="enwiki"\} 1',
                        metrics, re.MULTILINE)
    assert len(misses) == 1
    assert "Railfan" not in metrics  # no title, user or text reaches a label
    await check_report(settings.database, tmp_path)


async def check_report(database: str, folder: Path) -> None:
    """`outingwatch report` on the replay's database: the same proxies, per wiki and type."""
    export = folder / "labels.ndjson"
    for extra in ([], ["--json", "--export", str(export)]):
        proc = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "cli.main", "report", "--database", database, "--since", "7d",
            *extra, cwd=ROOT, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE)
        out, err = await proc.communicate()
        assert proc.returncode == 0, err.decode()
        text = out.decode()
        if not extra:
            assert "precision proxy 0.50 (2 of 4 flagged" in text
            assert "recall proxy    0.67 (2 of 3" in text
            assert "suppressed on the wiki" in text
    report = json.loads(text)
    assert report["total"]["precision_proxy"] == 0.5
    assert report["total"]["recall_proxy"] == 2 / 3
    enwiki = {(r["wiki"], r["type"]): r for r in report["rows"]}[("enwiki", "all")]
    assert sum(enwiki["missed_by_band"].values()) == SUPPRESSED_MISSED
    assert report["suppressed_unjudged"] == {"enwiki": SUPPRESSED_UNJUDGED}
    outcomes = {(o["wiki"], o["type"]): o for o in report["outcomes"]}[("enwiki", "all")]
    assert outcomes["suppressed on the wiki"] == SUPPRESSED_FLAGGED
    records = [json.loads(line) for line in export.read_text().splitlines()]
    assert sorted((r["label"], r["source"], r["flagged"]) for r in records) == [
        ("outing", "wiki", False), ("outing", "wiki", True), ("outing", "wiki", True)]
    exported = export.read_text()
    for secret in ("Railfan", "Margaret", "Harrow", "07700", "example.com", "Helper"):
        assert secret not in exported  # content-free


def scraped_seen(text: str) -> float:
    return sum(metric(text, "outingwatch_suppressions_seen_total", status=o)
               for o in ("flagged", "missed", "unjudged"))


async def scrape(service: ServiceProcess, session: aiohttp.ClientSession) -> str:
    answer = await service.get(session, "/metrics")
    return answer[1] if answer is not None and answer[0] == 200 else ""


async def test_a_sigkill_mid_stream_neither_loses_nor_double_counts(tmp_path: Path) -> None:
    built = suppression_feed(benign=24)
    database = tmp_path / "queue.sqlite3"
    local = await local_servers(built.feed.entries, ServerSettings(keep_open=True, pace=3.0))
    env = service_env(local.stream.both_url, local.api.base_url, f"sqlite:///{database}")
    service = ServiceProcess(env, tmp_path / "service.log")
    before_kill = ""
    try:
        async with asyncio.timeout(GUARD_S), aiohttp.ClientSession() as session:
            await service.start()
            while len(db_rows(database, "SELECT rev_id FROM suppressions")) < 1:
                assert service.exited() is None, service.logs()[-2000:]
                before_kill = await scrape(service, session) or before_kill
                await asyncio.sleep(0.05)
            before_kill = await scrape(service, session) or before_kill
            service.kill()
            await service.wait_killed()
            await service.start()
            expected_rows = len(built.suppressed) + SUPPRESSED_UNJUDGED
            while not saved_past(database, built.last_time_ms) or len(db_rows(
                    database, "SELECT rev_id FROM suppressions")) < expected_rows:
                assert service.exited() is None, service.logs()[-2000:]
                await asyncio.sleep(0.2)
            after = await scrape(service, session)
            await service.stop()
    finally:
        await service.stop()
        await local.close()
    assert len(db_rows(database, "SELECT * FROM suppressions")) == expected_rows
    wiki_audits = db_rows(database, "SELECT request_id FROM audit WHERE actor = 'wiki'")
    assert len(wiki_audits) == SUPPRESSED_FLAGGED  # each resolved once
    assert len(set(wiki_audits)) == SUPPRESSED_FLAGGED
    # counters from both lives: never more than what happened (the second life counts the
    # suppressions the first recorded as repeats)
    assert scraped_seen(before_kill) >= 1
    counted = scraped_seen(before_kill) + scraped_seen(after)
    assert counted <= SUPPRESSED_FLAGGED + SUPPRESSED_MISSED + SUPPRESSED_UNJUDGED
    assert metric(after, "outingwatch_recall_proxy", window="7d") == 2 / 3  # from the ledger
    assert metric(after, "outingwatch_precision_proxy", window="7d") == SUPPRESSED_FLAGGED / 4


def saved_past(database: Path, last_ms: int) -> bool:
    rows = db_rows(database, "SELECT event_time_ms FROM positions")
    return bool(rows) and int(str(rows[0][0])) >= last_ms
