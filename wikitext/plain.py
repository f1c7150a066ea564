"""The result of turning added wikitext into plain text: text, offset map, mentions, templates."""

from __future__ import annotations

from array import array
from bisect import bisect_left
from dataclasses import dataclass, field

MENTION_KINDS = ("user", "user_talk", "contribs", "ping", "signature")


@dataclass(frozen=True, slots=True)
class Mention:
    """An account the text names; [start, end) is where its visible label sits in the plain text."""

    account: str
    kind: str
    start: int
    end: int
    is_editor: bool = False


@dataclass(frozen=True, slots=True)
class TemplateParam:
    """One parameter of a template: its name ("1", "2"... when positional) and its plain span."""

    name: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class TemplateUse:
    """A template; [start, end) is the plain text kept from its parameters. PlainText lists
    them by start, outer before inner.

    `name` is "" for the parameter lines of a template whose opening the edit did not add
    (an edit that changed one line of an infobox).
    """

    name: str
    start: int
    end: int
    params: tuple[TemplateParam, ...] = ()


@dataclass(frozen=True, slots=True, eq=False)
class PlainText:
    """Plain text for the detectors, with `source_offsets[i]` = wikitext offset of `text[i]`.

    Characters copied verbatim satisfy `wikitext[source_offsets[i]] == text[i]`; characters the
    conversion made (decoded entities, separators) point at the markup they came from. The map
    is non-decreasing. `source_ends[i]` is where the markup that produced `text[i]` ends
    (`source_offsets[i] + 1` for a verbatim character). `timestamps` are the signature
    timestamps found in the plain text.
    """

    text: str
    source_offsets: array[int]
    source_ends: array[int]
    mentions: tuple[Mention, ...] = ()
    templates: tuple[TemplateUse, ...] = ()
    timestamps: tuple[tuple[int, int], ...] = ()
    source_length: int = 0
    truncated: bool = False
    fallback: bool = field(default=False)

    def to_source(self, start: int, end: int) -> tuple[int, int]:
        """Map a plain span [start, end) to the smallest wikitext span holding its characters."""
        n = len(self.text)
        start, end = max(0, min(start, n)), max(0, min(end, n))
        if end <= start:
            anchor = self.source_offsets[start] if start < n else self.source_length
            return anchor, anchor
        first = self.source_offsets[start]
        return first, max(self.source_ends[end - 1], first)

    def templates_covering(self, start: int, end: int) -> tuple[TemplateUse, ...]:
        """Templates whose kept text holds the span [start, end), outermost first."""
        found = [t for t in self.templates if t.start <= start and end <= t.end and t.end > t.start]
        return tuple(sorted(found, key=lambda t: (t.start, -t.end)))

    def params_covering(
        self, start: int, end: int
    ) -> tuple[tuple[TemplateUse, TemplateParam], ...]:
        """(template, parameter) pairs whose value holds the span, outermost first: a finding
        inside {{Information|author=...}} gives (information, author)."""
        return tuple(
            (t, q)
            for t in self.templates_covering(start, end)
            for q in t.params
            if q.start <= start and end <= q.end
        )

    def mentions_in(self, start: int, end: int) -> tuple[Mention, ...]:
        """Mentions whose label overlaps the span [start, end)."""
        return tuple(m for m in self.mentions if m.start < end and start < m.end)

    def to_plain_offset(self, source_offset: int) -> int:
        """The first plain index whose source offset is >= `source_offset`."""
        return bisect_left(self.source_offsets, source_offset)
