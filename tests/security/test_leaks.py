"""What the real service lets out after a run built to leak (tests/security/hostile_run.py):
no secret and no planted personal information in logs, /metrics, webhook notices or API errors;
no planted value unmasked in the queue's stored excerpts (read from the SQLite file itself);
every wiki-sourced field served back as JSON, never as HTML."""

from __future__ import annotations

import asyncio
import json
import sqlite3
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.security.hostile_run import SECRETS, XSS, HostileFeed, Seen, hostile_feed, hostile_run

STATIC = Path(__file__).resolve().parents[2] / "web" / "static"


@dataclass
class Ran:
    feed: HostileFeed
    seen: Seen
    database: Path


@pytest.fixture(scope="module")
def ran(tmp_path_factory: pytest.TempPathFactory) -> Ran:
    folder = tmp_path_factory.mktemp("hostile-run")
    feed = hostile_feed()
    seen = asyncio.run(hostile_run(folder, feed))
    return Ran(feed, seen, folder / "queue.sqlite3")


def _outputs(ran: Ran) -> dict[str, str]:
    outcome = ran.seen.outcome
    assert outcome is not None
    errors = [body.decode(errors="replace") for what, status, _, _, body in ran.seen.api
              if status >= 400]
    return {"logs": outcome.logs, "metrics": outcome.metrics,
            "webhook bodies": b"\n".join(ran.seen.webhook_bodies).decode(errors="replace"),
            "webhook headers": "\n".join(ran.seen.webhook_headers),
            "API errors": "\n".join(errors)}


def _rows(database: Path, query: str) -> list[tuple[str, ...]]:
    conn = sqlite3.connect(database)
    try:
        return [tuple(str(v) for v in row) for row in conn.execute(query)]
    finally:
        conn.close()


def test_the_run_did_what_it_should(ran: Ran) -> None:
    outcome = ran.seen.outcome
    assert outcome is not None
    assert len(ran.seen.request_ids) >= len(ran.feed.values) // 2  # the outing was queued
    assert ran.seen.webhook_bodies  # notices were sent (and half of them refused)
    assert "outingwatch_events_received_total" in outcome.metrics
    statuses = {what: status for what, status, _, _, _ in ran.seen.api}
    assert statuses["list"] == 200
    assert statuses["forged"] == 401
    assert statuses["csrf"] in (401, 403)
    assert statuses["sign in"] == 200
    assert statuses["suppress as alice"] in (200, 502)  # through her credentials to the wiki
    assert statuses["suppress as forged"] == 401


def test_no_secret_reaches_logs_metrics_webhooks_or_errors(ran: Ran) -> None:
    secrets = {**SECRETS, "oversighter token": ran.seen.token}
    for where, text in _outputs(ran).items():
        for kind, value in secrets.items():
            assert value not in text, f"the {kind} appears in the {where}"
            assert value[-16:] not in text, f"part of the {kind} appears in the {where}"


def test_no_planted_value_reaches_logs_metrics_webhooks_or_errors(ran: Ran) -> None:
    planted = [v for values in ran.feed.values for v in values.values()] + ran.feed.fields
    for where, text in _outputs(ran).items():
        for value in planted:
            assert value not in text, f"a planted value appears in the {where}"


def test_stored_excerpts_and_reasons_show_no_planted_value(ran: Ran) -> None:
    stored = _rows(ran.database, "SELECT excerpt, reasons, types FROM requests")
    assert stored
    for excerpt, reasons, _ in stored:
        for values in ran.feed.values:
            for kind, value in values.items():
                assert value not in excerpt, f"an unmasked {kind} in a stored excerpt"
                assert value not in reasons, f"a {kind} in stored reasons"
    for name in ("Zelda", "Featherstonehaugh", "Brennan", "Oakhurst"):
        assert all(name not in excerpt for excerpt, _, _ in stored), "an unmasked name"


def test_skips_positions_and_audit_hold_no_planted_value(ran: Ran) -> None:
    text = json.dumps([_rows(ran.database, f"SELECT * FROM {table}")
                       for table in ("skips", "positions", "audit", "fingerprints")])
    for values in ran.feed.values:
        for value in values.values():
            assert value not in text
    assert SECRETS["fingerprint key"] not in text


def test_wiki_sourced_fields_come_back_as_json_only(ran: Ran) -> None:
    assert ran.seen.api
    for what, status, content_type, nosniff, body in ran.seen.api:
        assert nosniff == "nosniff"
        if (what, status) == ("bad id", 404):  # no route matched: aiohttp's own plain 404
            assert content_type == "text/plain"
            assert b"<" not in body
            continue
        assert content_type == "application/json", (what, status, content_type)
        json.loads(body)  # a JSON document, whatever it carries
    listed = next(body for what, _, _, _, body in ran.seen.api if what == "list")
    requests = json.loads(listed)["requests"]
    assert any(XSS in r["title"] for r in requests)  # served verbatim, as data
    assert any(XSS in r["user"] for r in requests)
    assert all(isinstance(r["excerpt"], str) and isinstance(r["reasons"], list)
               for r in requests)


def test_a_wiki_name_carrying_markup_is_data_and_no_metric_label(ran: Ran) -> None:
    wikis = {wiki for (wiki,) in _rows(ran.database, "SELECT wiki FROM requests")}
    assert f"enwiki{XSS}" in wikis
    listed = next(body for what, _, _, _, body in ran.seen.api if what == "list")
    assert f"enwiki{XSS}" in {r["wiki"] for r in json.loads(listed)["requests"]}
    assert ran.seen.outcome is not None
    assert "<script" not in ran.seen.outcome.metrics


def test_the_page_script_writes_text_never_markup() -> None:
    script = (STATIC / "app.js").read_text()
    for sink in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(",
                 "new Function", "srcdoc", "setHTMLUnsafe"):
        assert sink not in script.replace("never innerHTML", ""), sink
    assert "textContent" in script
    page = (STATIC / "index.html").read_text()
    assert "<script>" not in page.replace(" ", "")  # no inline script (the CSP forbids it too)
