from __future__ import annotations

from prometheus_client import generate_latest
from prometheus_client.parser import text_string_to_metric_families

from metrics import vocab
from metrics.instruments import Metrics
from metrics.suppression import BANDS, SEEN_OUTCOMES, WINDOW


def families(metrics: Metrics) -> dict[str, object]:
    text = generate_latest(metrics.registry).decode()
    return {family.name: family for family in text_string_to_metric_families(text)}


def samples(metrics: Metrics, name: str) -> list[tuple[dict[str, str], float]]:
    text = generate_latest(metrics.registry).decode()
    return [
        (sample.labels, sample.value)
        for family in text_string_to_metric_families(text)
        for sample in family.samples
        if sample.name == name
    ]


def test_text_format_parses_and_follows_prometheus_naming() -> None:
    metrics = Metrics()
    metrics.event_received()
    metrics.event_skipped("texthidden")
    metrics.stage_time("diff_fetch", 0.02)
    text = generate_latest(metrics.registry).decode()
    names = {sample.name for f in text_string_to_metric_families(text) for sample in f.samples}
    assert all(name.startswith("outingwatch_") for name in names)
    assert "outingwatch_events_received_total" in names
    assert "outingwatch_stage_seconds_bucket" in names
    assert "outingwatch_build_info" in names
    kinds = {f.name: f.type for f in text_string_to_metric_families(text)}
    assert all(name.endswith(("_seconds", "_timestamp_seconds")) for name, kind in kinds.items()
               if kind == "histogram")


def test_two_instances_in_one_process_do_not_collide() -> None:
    first, second = Metrics(), Metrics()
    first.event_received()
    first.event_received()
    assert samples(first, "outingwatch_events_received_total")[0][1] == 2
    assert samples(second, "outingwatch_events_received_total")[0][1] == 0


def test_label_values_never_leave_their_vocabulary() -> None:
    metrics = Metrics()
    metrics.event_skipped("Jane Doe lives at 12 Elm Street")
    metrics.flagged(["email", "jane@example.org"])
    metrics.reconnected("http_5xx")
    metrics.reconnected("Bearer secret")
    metrics.buffer_overflowed("+44 20 7946 0958")
    metrics.stage_time("User:Jane", 1.0)
    metrics.detector_time("phone", 0.1)
    metrics.detector_time("Jane Doe <jane@example.org>", 0.1)
    for wiki, band in (("enwiki", "0.3-0.4"), ("Jane Doe", "jane@example.org")):
        metrics.suppressions.suppression(wiki, new=True, judged=True, flagged=False, band=band,
                                         seconds=None, resolved=False)
    allowed = {
        "reason": vocab.SKIP_REASONS | vocab.RECONNECT_REASONS, "kind": vocab.SKIP_KIND_VALUES,
        "type": vocab.FLAG_TYPES, "buffer": vocab.BUFFERS, "stage": vocab.STAGES,
        "detector": {"phone", vocab.OTHER}, "outcome": vocab.OUTCOMES,
        "status": set(SEEN_OUTCOMES), "band": {*BANDS, vocab.OTHER}, "window": {WINDOW},
        "wiki": {"enwiki", vocab.OTHER},
    }
    text = generate_latest(metrics.registry).decode()
    seen = 0
    label_values: list[str] = []
    for family in text_string_to_metric_families(text):
        for sample in family.samples:
            label_values += sample.labels.values()
            for name, value in sample.labels.items():
                if name in allowed:
                    assert value in allowed[name], (sample.name, name, value)
                    seen += 1
    assert seen > 50
    assert "Jane" not in text
    assert "example.org" not in text
    # the phone's digits in no label (a sample's value, a timestamp, may hold them by chance)
    assert "7946 0958" not in text
    assert not any("7946" in value for value in label_values)
    other = samples(metrics, "outingwatch_events_skipped_total")
    assert ({"reason": "other", "kind": "error"}, 1.0) in other


def test_skip_kinds_classify_errors_for_the_alerts() -> None:
    metrics = Metrics()
    metrics.event_skipped("fetch_error")
    metrics.event_skipped("suppressed")
    values = {
        (labels["reason"], labels["kind"]): value
        for labels, value in samples(metrics, "outingwatch_events_skipped_total")
    }
    assert values[("fetch_error", "error")] == 1
    assert values[("suppressed", "hidden")] == 1


def test_queue_depth_is_what_the_last_refresh_saw() -> None:
    metrics = Metrics()
    metrics.queue_depth.update({"pending": 3, "claimed": 1, "Jane Doe": 2})
    rows = samples(metrics, "outingwatch_queue_depth")
    depth = {labels["state"]: value for labels, value in rows}
    assert depth["pending"] == 3
    assert depth["claimed"] == 1
    assert depth["other"] == 2
    assert depth["suppressed"] == 0


def test_lag_follows_the_newest_event_time() -> None:
    import time

    metrics = Metrics()
    assert str(samples(metrics, "outingwatch_stream_lag_seconds")[0][1]) == "nan"
    metrics.event_time(int((time.time() - 120) * 1000))
    metrics.event_time(int((time.time() - 600) * 1000))  # an older event does not raise the lag
    lag = samples(metrics, "outingwatch_stream_lag_seconds")[0][1]
    assert 119 <= lag < 300


def test_end_to_end_latency_is_observed_per_outcome() -> None:
    import time

    metrics = Metrics()
    metrics.event_handled("queued", int((time.time() - 2) * 1000))
    counts = {
        labels["outcome"]: value
        for labels, value in samples(metrics, "outingwatch_end_to_end_latency_seconds_count")
    }
    assert counts == {"queued": 1.0}
    handled = samples(metrics, "outingwatch_events_handled_total")
    assert ({"outcome": "queued"}, 1.0) in handled
