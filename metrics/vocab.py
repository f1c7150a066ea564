"""The fixed vocabularies metric labels are drawn from.

A label value never comes from event content: anything outside these sets is counted as "other",
so a stage that invents a new reason cannot leak text into a label or explode the series count.
"""

from __future__ import annotations

from detectors.finding import TYPES
from stream import reconnect

OTHER = "other"

# Why an event was not judged. The kind says whether an SRE should care (alert on "error").
SKIP_KINDS: dict[str, str] = {
    # the stream: unusable frames and events
    "invalid_json": "unusable",
    "not_object": "unusable",
    "missing_field": "unusable",
    "bad_type": "unusable",
    "bad_time": "unusable",
    "too_large": "unusable",
    "bad_event": "unusable",
    "frame_too_large": "unusable",
    "error_event": "unusable",
    "event_name": "unusable",
    "no_data": "unusable",
    "canary": "filtered",
    "duplicate": "filtered",
    "filtered": "filtered",
    "wiki": "filtered",
    "namespace": "filtered",
    "type": "filtered",
    "bot": "filtered",
    "no_revision": "filtered",
    # the diff: revisions that cannot or need not be read
    "texthidden": "hidden",
    "suppressed": "hidden",
    "hidden": "hidden",
    "nosuchrevid": "hidden",
    "missingcontent": "hidden",
    "forbidden": "hidden",
    "not_found": "hidden",
    "baddiff": "error",
    "empty": "filtered",
    "no_added_text": "filtered",
    "fetch_error": "error",
    "http_error": "error",
    "timeout": "error",
    "maxlag": "error",
    "bad_response": "error",
    "too_many_retries": "error",
    "api_error": "error",
    "server_error": "error",
    "rate_limited": "error",
    "host_not_allowed": "filtered",  # the event named a wiki off the allow-list (wiki/route.py)
    # the service's own stages
    "judge_error": "error",
    "store_error": "error",
    "shutdown": "error",
    OTHER: "error",
}
SKIP_REASONS = frozenset(SKIP_KINDS)
SKIP_KIND_VALUES = frozenset(SKIP_KINDS.values())

RECONNECT_REASONS = frozenset((*reconnect.REASONS, OTHER))

STAGES = frozenset({
    "diff_fetch", "judgement", "enqueue", "position_save", OTHER,
    # inside the judgement (timed in the worker processes, recorded here)
    "judge_plain", "judge_cues", "judge_patterns", "judge_ner", "judge_decide", "judge_redact",
    "judge_score", "judge_quick",
})
OUTCOMES = frozenset({"queued", "not_flagged", "visibility_change", OTHER})
FLAG_TYPES = frozenset((*TYPES, OTHER))
QUEUE_STATES = frozenset({
    "pending", "claimed", "suppressed", "dismissed", "already-hidden", "duplicate", OTHER,
})
WIKI_ACTIONS = frozenset({"compare", "query", "revisiondelete", OTHER})
WIKI_RETRIES = frozenset({
    "timeout", "server_error", "rate_limited", "maxlag", "network", "http_error", OTHER,
})
BUFFERS = frozenset({"stream", "fetch", "judge", "record", OTHER})


def label(value: str | None, vocabulary: frozenset[str]) -> str:
    """`value` when it belongs to the vocabulary, otherwise "other"."""
    return value if value is not None and value in vocabulary else OTHER


def status_label(status: str) -> str:
    """An HTTP status code, or a word naming a failure (`timeout`), never anything longer."""
    if status.isdigit() and len(status) == 3:
        return status
    return status if status.isascii() and status.replace("_", "").isalpha() and len(status) <= 20 \
        else OTHER


def detector_label(name: str) -> str:
    """Detector names come from code (a registry), not from content; keep them short and plain."""
    plain = name.replace("_", "").replace("-", "").replace(".", "")
    return name if plain.isascii() and plain.isalnum() and len(name) <= 40 else OTHER
