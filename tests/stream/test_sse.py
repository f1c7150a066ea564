from __future__ import annotations

import itertools

from hypothesis import given, settings
from hypothesis import strategies as st

from stream.sse import Frame, SSEParser

REAL = (
    b":ok\n\n"
    b"event: message\n"
    b'id: [{"topic":"eqiad.mediawiki.recentchange","partition":0,"timestamp":1}]\n'
    b'data: {"a":1}\n\n'
)


def feed_all(chunks: list[bytes], max_frame_bytes: int = 1 << 20) -> list[Frame]:
    parser = SSEParser(max_frame_bytes)
    return [frame for chunk in chunks for frame in parser.feed(chunk)]


def test_comment_then_event() -> None:
    frame_id = '[{"topic":"eqiad.mediawiki.recentchange","partition":0,"timestamp":1}]'
    assert feed_all([REAL]) == [Frame("message", b'{"a":1}', frame_id)]


def test_crlf_cr_and_lf_line_ends_are_equivalent() -> None:
    expected = feed_all([REAL])
    assert feed_all([REAL.replace(b"\n", b"\r\n")]) == expected
    assert feed_all([REAL.replace(b"\n", b"\r")]) == expected


def test_multiline_data_fields_without_value_and_without_space() -> None:
    frames = feed_all([b"data:a\ndata\ndata:  b\nevent:error\nid\nretry: 5\nzz: 1\n\n"])
    assert frames == [Frame("error", b"a\n\n b", "")]


def test_unterminated_frame_is_not_emitted() -> None:
    assert feed_all([b"data: x\n"]) == []


def test_id_persists_as_last_event_id_but_nul_ids_are_ignored() -> None:
    parser = SSEParser()
    parser.feed(b"id: 7\ndata: a\n\n")
    frames = parser.feed(b"id: 8\0\ndata: b\n\n")
    assert frames == [Frame("message", b"b", None)]
    assert parser.last_event_id == "7"


def test_oversize_frame_is_reported_once_and_memory_stays_bounded() -> None:
    parser = SSEParser(max_frame_bytes=100)
    frames = parser.feed(b"id: 1\ndata: ")
    for _ in range(1000):
        frames += parser.feed(b"x" * 1000)
        assert len(parser._rest) <= 101
    frames += parser.feed(b"\nid: 2\n\ndata: ok\n\n")
    assert frames == [Frame("message", None, "2", too_large=True), Frame("message", b"ok", None)]


def test_invalid_utf8_in_id_does_not_raise() -> None:
    assert feed_all([b"id: \xff\ndata: \xfe\n\n"]) == [Frame("message", b"\xfe", "\ufffd")]


def split(data: bytes, cuts: list[int]) -> list[bytes]:
    points = sorted({c % (len(data) + 1) for c in cuts})
    bounds = [0, *points, len(data)]
    return [data[a:b] for a, b in itertools.pairwise(bounds)]


SSE_BYTES = st.lists(
    st.sampled_from([b"data: x", b"data", b"id: 1", b"id:\xff", b":c", b"event: e", b"\r", b"\n",
                     b"\r\n", b"data: " + b"y" * 40, b"", b"\x00"]),
).map(b"".join)


@settings(max_examples=300)
@given(st.binary(max_size=400) | SSE_BYTES, st.lists(st.integers(0, 500), max_size=12),
       st.sampled_from([16, 64, 1 << 20]))
def test_any_chunking_gives_the_same_frames(data: bytes, cuts: list[int], limit: int) -> None:
    assert feed_all(split(data, cuts), limit) == feed_all([data], limit)


@settings(max_examples=200)
@given(st.lists(st.binary(max_size=100), max_size=20))
def test_arbitrary_bytes_never_raise(chunks: list[bytes]) -> None:
    frames = feed_all(chunks, 64)
    assert all(isinstance(frame, Frame) for frame in frames)
