"""The local server's pacing keeps to its schedule even when every sleep wakes late."""

from __future__ import annotations

import pytest

from stream.server import _Schedule


def _send_all(frames: int, pace: float, overshoot: float) -> float:
    """Simulated clock: each wait lasts `overshoot` longer than asked; return the end time."""
    schedule, now = _Schedule(), 0.0
    for _ in range(frames):
        now += schedule.delay(now, pace) + overshoot
    return now


@pytest.mark.parametrize("overshoot", [0.0, 0.001])
def test_400_frames_at_400_per_second_take_one_second_despite_late_wakeups(
    overshoot: float,
) -> None:
    # sleeping 1/pace after each frame would take 400 * (0.0025 + 0.001) = 1.4 s here
    assert _send_all(400, 400.0, overshoot) == pytest.approx(1.0 + overshoot, abs=1e-9)


def test_a_new_pace_starts_a_new_schedule() -> None:
    schedule = _Schedule()
    assert schedule.delay(0.0, 10.0) == pytest.approx(0.1)
    assert schedule.delay(0.1, 10.0) == pytest.approx(0.1)
    assert schedule.delay(5.0, 100.0) == pytest.approx(0.01)  # not 0 from the old backlog
