"""A faulty run's queue against the fault-free run's: lost, duplicated, skipped with a reason."""

from __future__ import annotations

from dataclasses import dataclass

from metrics.vocab import SKIP_KINDS
from tests.reliability.queue import Key, QueueState

HIDDEN_KIND = "hidden"


@dataclass(frozen=True, slots=True)
class Difference:
    lost: frozenset[Key]  # queued without the fault, neither queued nor skipped with it
    duplicated: int  # request rows beyond one per revision, or requests created more than once
    extra: frozenset[Key]  # queued with the fault only
    retyped: frozenset[Key]  # queued both times, with different types
    skipped: dict[Key, str]  # queued without the fault, skipped (with this reason) with it
    unexpected_skips: dict[Key, str]  # skips that are not for a revision the fault hid

    @property
    def clean(self) -> bool:
        return not (self.lost or self.duplicated or self.extra or self.retyped
                    or self.skipped or self.unexpected_skips)

    def describe(self) -> str:
        return (f"lost {sorted(self.lost)}, duplicated {self.duplicated}, "
                f"extra {sorted(self.extra)}, retyped {sorted(self.retyped)}, "
                f"skipped {self.skipped}, unexpected skips {self.unexpected_skips}")


def compare(expected: QueueState, got: QueueState, hidden: frozenset[Key] = frozenset()
            ) -> Difference:
    """`hidden`: revisions the fault hid; they must be skips of the hidden kind, not requests."""
    want = {key: types for key, types in expected.requests.items() if key not in hidden}
    skipped = {key: got.skips[key] for key in want if key not in got.requests and key in got.skips}
    lost = frozenset(key for key in want if key not in got.requests and key not in skipped)
    unexpected = {key: reason for key, reason in got.skips.items()
                  if key not in expected.skips and not _hidden_skip(key, reason, hidden)}
    missing_hidden = frozenset(key for key in hidden if not _hidden_skip(
        key, got.skips.get(key, ""), hidden))
    return Difference(
        lost=lost | missing_hidden,
        duplicated=got.rows - len(got.requests) + got.audit_extra,
        extra=frozenset(key for key in got.requests if key not in want),
        retyped=frozenset(key for key in want
                          if key in got.requests and got.requests[key] != want[key]),
        skipped=skipped,
        unexpected_skips=unexpected,
    )


def _hidden_skip(key: Key, reason: str, hidden: frozenset[Key]) -> bool:
    return key in hidden and SKIP_KINDS.get(reason) == HIDDEN_KIND
