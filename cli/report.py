"""`outingwatch report [--since 7d] [--json] [--export FILE]`: what the wikis' own suppressions
and the oversighters' outcomes say about outingwatch, per wiki and type.

- precision proxy: flagged revisions later hidden or suppressed on the wiki, over flagged;
- recall proxy: suppressed revisions that were flagged, over suppressed revisions that were judged
  (a suppressed revision never judged, another namespace or a bot, counts apart), with the misses
  by score band;
- the oversighters' outcomes (suppressed, not outing, already hidden) and the requests the wiki
  resolved by itself.
`--export` writes the labelled, content-free records (NDJSON) for retraining.
"""

from __future__ import annotations

import argparse
import asyncio
import re
import sys
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import TextIO

import orjson

from store.ledger import ReportData, ledger_for
from store.open import ENV, open_store
from store.report import ALL, Figures, Report, build_report, labelled

_SPAN = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([smhdw])\s*$")
_UNIT_S = {"s": 1, "m": 60, "h": 3600, "d": 86_400, "w": 604_800}


def since_ms(text: str, now_s: float | None = None) -> int:
    """`7d`, `36h`, `90m` before now, or an ISO date/time (UTC unless it says otherwise)."""
    now = time.time() if now_s is None else now_s
    span = _SPAN.match(text)
    if span is not None:
        return int((now - float(span.group(1)) * _UNIT_S[span.group(2)]) * 1000)
    try:
        moment = datetime.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(
            "--since takes a span (7d, 36h, 90m) or an ISO date") from None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return int(moment.timestamp() * 1000)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--database", metavar="URL",
                        help=f"sqlite:///PATH or postgresql://... (default: ${ENV} or "
                             "sqlite:///var/outingwatch.sqlite3)")
    parser.add_argument("--since", default="7d", type=since_ms, metavar="SPAN|DATE",
                        help="the window: 7d, 36h, 90m or an ISO date (default 7d)")
    parser.add_argument("--json", action="store_true", help="print JSON instead of tables")
    parser.add_argument("--export", type=Path, metavar="FILE",
                        help="also write the labelled, content-free records (NDJSON) here")


def main(args: argparse.Namespace) -> int:
    data = asyncio.run(_read(args.database, args.since))
    report = build_report(data)
    if args.json:
        sys.stdout.write(orjson.dumps(report.to_json(), option=orjson.OPT_INDENT_2).decode())
        sys.stdout.write("\n")
    else:
        write_tables(report, sys.stdout)
    if args.export is not None:
        count = export(data, args.export)
        print(f"wrote {count} labelled record(s) to {args.export}", file=sys.stderr)
    return 0


async def _read(url: str | None, since: int) -> ReportData:
    store = await open_store(url)
    try:
        return await ledger_for(store).report(since)
    finally:
        await store.close()


def export(data: ReportData, path: Path) -> int:
    count = 0
    with path.open("wb") as out:
        for record in labelled(data):
            out.write(orjson.dumps(record) + b"\n")
            count += 1
    return count


def _ratio(value: float | None) -> str:
    return "-" if value is None else f"{value:.2f}"


def _bands(one: Figures) -> str:
    return " ".join(f"{b}:{n}" for b, n in sorted(one.misses.items())) or "-"


def write_tables(report: Report, out: TextIO) -> None:
    since = datetime.fromtimestamp(report.since_ms / 1000, UTC).strftime("%Y-%m-%d %H:%M UTC")
    total = report.totals()
    out.write(f"outingwatch report since {since}\n\n")
    out.write(f"precision proxy {_ratio(total.precision)} ({total.flagged_suppressed} of "
              f"{total.flagged} flagged later suppressed on the wiki)\n")
    out.write(f"recall proxy    {_ratio(total.recall)} ({total.suppressed_flagged} of "
              f"{total.suppressed_judged} judged revisions suppressed on the wiki were "
              "flagged)\n\n")
    header: tuple[str, ...] = (
        "wiki", "type", "flagged", "suppressed", "precision", "judged+supp", "caught", "recall",
        "missed by score band")
    rows: list[tuple[str, ...]] = [header, *[
        (wiki, kind, str(f.flagged), str(f.flagged_suppressed), _ratio(f.precision),
         str(f.suppressed_judged), str(f.suppressed_flagged), _ratio(f.recall), _bands(f))
        for (wiki, kind), f in sorted(report.by_key.items(), key=_order)]]
    _table(rows, out)
    if report.unjudged:
        listed = ", ".join(f"{w} {n}" for w, n in sorted(report.unjudged.items()))
        out.write(f"\nsuppressed on the wiki but never judged (outside the watch): {listed}\n")
    if report.outcomes:
        out.write("\noutcomes of the queue's requests\n")
        names = sorted({name for counts in report.outcomes.values() for name in counts})
        outcomes: list[tuple[str, ...]] = [("wiki", "type", *names), *[
            (wiki, kind, *(str(counts.get(name, 0)) for name in names))
            for (wiki, kind), counts in sorted(report.outcomes.items())]]
        _table(outcomes, out)


def _order(item: tuple[tuple[str, str], Figures]) -> tuple[str, bool, str]:
    (wiki, kind), _ = item
    return wiki, kind != ALL, kind


def _table(rows: list[tuple[str, ...]], out: TextIO) -> None:
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    for row in rows:
        out.write("  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True))
                  .rstrip() + "\n")
