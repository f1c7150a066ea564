"""The report's arithmetic and the labelled export, from ledger rows."""

from __future__ import annotations

import argparse

import pytest

from cli.report import since_ms
from store.ledger import WIKI_ACTOR, ReportData, ResolvedRow, SuppressedRow
from store.report import build_report, labelled


def data() -> ReportData:
    return ReportData(
        since_ms=0,
        flagged={("enwiki", "phone"): (3, 2), ("enwiki", "email"): (1, 0),
                 ("dewiki", "name"): (2, 1)},
        suppressed=[SuppressedRow("enwiki", 1, "phone", True, 0.9, "likely"),
                    SuppressedRow("enwiki", 2, "phone", True, 0.8, "likely"),
                    SuppressedRow("enwiki", 3, "", False, 0.35, "none"),
                    SuppressedRow("dewiki", 4, "name", True, 0.7, "possible")],
        unjudged={"frwiki": 2},
        resolved=[ResolvedRow("enwiki", 1, ("phone",), 0.9, "already-hidden", WIKI_ACTOR),
                  ResolvedRow("enwiki", 5, ("email",), 0.6, "dismissed", "Oversighter"),
                  ResolvedRow("enwiki", 6, ("email",), 0.6, "duplicate", "Oversighter"),
                  ResolvedRow("dewiki", 4, ("name",), 0.7, "suppressed", "Aufsicht")],
    )


def test_figures_per_wiki_type_and_total() -> None:
    report = build_report(data())
    total = report.totals()
    assert (total.flagged, total.flagged_suppressed) == (6, 3)
    assert total.precision == pytest.approx(0.5)
    assert (total.suppressed_judged, total.suppressed_flagged) == (4, 3)
    assert total.recall == pytest.approx(0.75)
    assert total.misses == {"0.3-0.4": 1}
    phone = report.by_key[("enwiki", "phone")]
    assert phone.precision == pytest.approx(2 / 3)
    assert phone.recall == 1.0
    assert report.by_key[("enwiki", "all")].recall == pytest.approx(2 / 3)
    assert report.outcomes[("enwiki", "all")] == {
        "suppressed on the wiki": 1, "not outing": 1, "duplicate": 1}
    assert report.to_json()["total"]["recall_proxy"] == pytest.approx(0.75)


def test_export_labels_without_content() -> None:
    records = list(labelled(data()))
    assert [(r["rev_id"], r["label"], r["source"], r["flagged"]) for r in records] == [
        (1, "outing", "wiki", True), (5, "not_outing", "oversighter", True),
        (6, "duplicate", "oversighter", True), (4, "outing", "oversighter", True),
        (3, "outing", "wiki", False)]
    assert all(set(r) <= {"wiki", "rev_id", "label", "source", "flagged", "score", "tier",
                          "types"} for r in records)


def test_since_takes_spans_and_dates() -> None:
    assert since_ms("7d", now_s=1_000_000.0) == (1_000_000 - 7 * 86_400) * 1000
    assert since_ms("36h", now_s=200_000.0) == (200_000 - 36 * 3600) * 1000
    assert since_ms("2026-01-01") == 1_767_225_600_000
    with pytest.raises(argparse.ArgumentTypeError):
        since_ms("last tuesday")
