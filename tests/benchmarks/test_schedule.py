"""Pace schedules: what the servers process is told and how many events a paced run needs."""

from __future__ import annotations

from benchmarks.e2e.__main__ import paced_schedules, schedule_text
from benchmarks.e2e.servers import parse_schedule


def test_schedule_round_trip() -> None:
    text, events = schedule_text([(40.0, 5.0), (400.0, 10.0), (40.0, 10.0)])
    assert text == "40:5,400:10,40:0"  # the last phase lasts until the feed's end
    assert events == 40 * 5 + 400 * 10 + 40 * 10
    assert parse_schedule(text) == [(40.0, 5.0), (400.0, 10.0), (40.0, 0.0)]


def test_burst_is_ten_times_the_live_rate() -> None:
    for quick in (True, False):
        schedules = paced_schedules(quick)
        live = schedules["live"][0][0]
        assert live == 40.0
        assert max(pace for pace, _ in schedules["burst"]) == 10 * live
        assert schedules["burst"][-1][0] == live  # back to the live rate: the backlog drains
