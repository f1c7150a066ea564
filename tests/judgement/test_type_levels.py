"""Type levels are read off the held-out outing edits by F-beta: recall weighs more."""

from __future__ import annotations

import pytest

from training import curves

# Six sure edits with the type, then the type in every third edit as the scores fall.
Y = [1] * 6 + [0] + [1, 0, 0] * 4 + [0]
P = [round(0.95 - 0.045 * i, 3) for i in range(len(Y))]


def test_f1_keeps_the_precise_threshold() -> None:
    assert curves.best_fbeta(Y, P, 1.0, 0.05, 0.95) == pytest.approx(0.635)


def test_beta_two_trades_precision_for_recall() -> None:
    assert curves.best_fbeta(Y, P, 2.0, 0.05, 0.95) == pytest.approx(0.23)


def test_the_floor_bounds_the_threshold() -> None:
    assert curves.best_fbeta(Y, P, 2.0, 0.6, 0.95) == pytest.approx(0.635)


def test_no_point_in_range_gives_the_middle() -> None:
    assert curves.best_fbeta([1, 0], [0.9, 0.1], 2.0, 0.3, 0.4) == 0.5
