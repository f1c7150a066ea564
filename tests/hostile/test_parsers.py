"""Hostile bytes and text through the parsers that meet the outside world first: the SSE parser
and event decoder (frames damaged anywhere in a feed), the diff table parser, the wikitext
stripper. Nothing escapes but the documented error; the output invariants hold."""

from __future__ import annotations

import contextlib
import json

import orjson
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from stream.events import EventError, RecentChange, decode
from stream.sse import SSEParser
from tests.service.feeds import standard_feed
from wiki.diffparse import added_wikitext, parse_table_diff
from wikitext import to_plain

FEW = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
EVENTS = [e.data for e in standard_feed().entries
          if e.data.startswith('{"$schema"') and '"domain":"canary"' not in e.data]
FRAMES = [f"event: message\nid: [{n}]\ndata: {data}\n\n".encode() for n, data in
          enumerate(EVENTS)]
DAMAGE = st.one_of(
    st.binary(max_size=60).map(lambda b: b.replace(b"\n", b" ").replace(b"\r", b" ")),
    st.sampled_from([b"data: {not json", b"data: \xff\xfe\xfd", b"event: error\ndata: x",
                     b"data: [1,2", b'data: {"meta": {"id": 3}}', b"id: \x00", b"data:",
                     b"retry: x", b":comment"]),
)


def _chunks(data: bytes, cuts: list[int]) -> list[bytes]:
    points = sorted({c % (len(data) + 1) for c in cuts})
    return [data[a:b] for a, b in zip([0, *points], [*points, len(data)], strict=True)]


@FEW
@given(st.lists(st.tuples(st.integers(0, len(FRAMES)), DAMAGE), max_size=8),
       st.lists(st.integers(0, 1 << 20), max_size=10))
def test_damaged_frames_anywhere_leave_every_intact_event_readable(
    damage: list[tuple[int, bytes]], cuts: list[int]
) -> None:
    frames = list(FRAMES)
    for at, junk in sorted(damage, reverse=True):
        frames.insert(at, junk + b"\n\n")  # a damaged frame, terminated like any other
    parser = SSEParser()
    read = [f for chunk in _chunks(b"".join(frames), cuts) for f in parser.feed(chunk)]
    events: list[RecentChange] = []
    reasons: list[str] = []
    for frame in read:
        try:
            decoded = decode(frame.data or b"")
        except EventError as err:
            reasons.append(err.reason)
            continue
        if isinstance(decoded, RecentChange) and frame.id is not None and frame.id.startswith(
                "["):
            events.append(decoded)
    assert [e.meta.id for e in events] == \
        [orjson.loads(data)["meta"]["id"] for data in EVENTS]
    assert all(reason.isidentifier() for reason in reasons)  # a code, never content


@FEW
@given(st.sampled_from(EVENTS), st.integers(0, 2000), st.binary(max_size=20))
def test_truncated_or_spliced_events_raise_only_event_error(
    data: str, cut: int, junk: bytes
) -> None:
    raw = data.encode()
    for damaged in (raw[:cut], raw[:cut] + junk + raw[cut:], junk + raw, raw.replace(b'"', b"")):
        with contextlib.suppress(EventError):
            decode(damaged)


@FEW
@given(st.recursive(st.none() | st.booleans() | st.integers() | st.floats() | st.text(),
                    lambda inner: st.lists(inner, max_size=4)
                    | st.dictionaries(st.text(max_size=8), inner, max_size=4), max_leaves=20),
       st.sampled_from(EVENTS))
def test_any_json_value_in_any_field_raises_only_event_error(value: object, data: str) -> None:
    event = orjson.loads(data)
    for key in ("meta", "type", "namespace", "title", "user", "revision", "timestamp", "wiki"):
        changed = {**event, key: value}
        with contextlib.suppress(EventError):
            decode(json.dumps(changed))


_CELLS = st.sampled_from([
    "<tr>", "</tr>", '<td class="diff-addedline diff-side-added">', '<td class="diff-marker" '
    'data-marker="+">', '<td class="diff-deletedline">', "<div>", "</div>", "</td>",
    '<ins class="diffchange diffchange-inline">', "</ins>", "<del>", "</del>", "&lt;", "&amp;",
    "&#x1F600;", "&#99999999;", '<a class="mw-diff-movedpara-left">', "text ", "\n", "<", ">",
    '"', "<!--", "-->", "<script>", "\x00",
])


@FEW
@given(st.lists(_CELLS | st.text(max_size=10), max_size=120).map("".join))
def test_diff_parser_fragments_are_slices_of_their_lines(body: str) -> None:
    diff = parse_table_diff(body)
    for fragment in diff.added:
        assert 0 <= fragment.start <= fragment.end <= len(fragment.line)
        assert fragment.line[fragment.start:fragment.end] == fragment.text
    assert isinstance(added_wikitext(diff), str)


_WIKITEXT = st.sampled_from([
    "[[", "]]", "{{", "}}", "|", "=", "''", "'''", "<ref>", "</ref>", "<!--", "-->", "&nbsp;",
    "&#x41;", "[http://x.example y]", "~~~~", "[[User:A|B]]", "{{tl|a=b}}", "\n*", "\n:",
    "<nowiki>", "</nowiki>", "<br/>", "{|", "|}", "\n|-", "__TOC__", "\ufeff", "\u202e", "\x00",
    "\udcff",
])


@FEW
@given(st.lists(_WIKITEXT | st.text(max_size=8), max_size=150).map("".join),
       st.text(max_size=10))
def test_wikitext_offset_map_is_monotonic_and_inside_the_source(source: str, editor: str) -> None:
    plain = to_plain(source, editor)
    text = plain.text
    assert len(plain.source_offsets) == len(text) == len(plain.source_ends)
    offsets = list(plain.source_offsets)
    assert offsets == sorted(offsets)
    assert all(0 <= o <= len(source) for o in offsets)
    spans = [(m.start, m.end) for m in plain.mentions]
    spans += [(t.start, t.end) for t in plain.templates]
    for start, end in [*spans, *plain.timestamps]:
        assert 0 <= start <= end <= len(text)
