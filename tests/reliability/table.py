"""A scenario's run, compared with the fault-free run, as one row of the fault table."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from replay.feed import FeedEntry
from tests.reliability.compare import Difference, compare
from tests.reliability.runner import Outcome, Scenario, run_scenario
from tests.reliability.scenarios import hidden_revisions

HEADER = ("fault", "events", "lost", "duplicated", "skipped (reason kept)", "longest recovery s")


@dataclass(frozen=True, slots=True)
class Row:
    scenario: Scenario
    outcome: Outcome
    difference: Difference

    @property
    def recovery_s(self) -> float:
        """The longest wait from a fault (or any moment) to the next judged edit."""
        return max([self.outcome.longest_gap_s, *self.outcome.recoveries])

    def cells(self) -> tuple[str, ...]:
        diff = self.difference
        return (self.scenario.name, str(self.outcome.events), str(len(diff.lost)),
                str(diff.duplicated + len(diff.extra)), str(len(diff.skipped)),
                f"{self.recovery_s:.1f}")


async def run_row(entries: list[FeedEntry], scenario: Scenario, baseline: Outcome, folder: Path,
                  database: str | None = None) -> Row:
    hidden = hidden_revisions(list(baseline.state.requests), scenario.hide)
    outcome = await run_scenario(entries, scenario, folder, database, hidden)
    hidden_keys = frozenset(key for key in baseline.state.requests if key[1] in hidden)
    return Row(scenario, outcome, compare(baseline.state, outcome.state, hidden_keys))


def render(rows: list[tuple[str, ...]]) -> str:
    table = [HEADER, *rows]
    widths = [max(len(row[i]) for row in table) for i in range(len(HEADER))]
    lines = ["| " + " | ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)) + " |"
             for row in table]
    lines.insert(1, "|" + "|".join("-" * (w + 2) for w in widths) + "|")
    return "\n".join(lines)
