"""Accumulates plain text with its offset map, mentions and templates while markup is walked."""

from __future__ import annotations

import html
import re
from array import array
from dataclasses import dataclass, field

from wikitext.plain import Mention, TemplateParam, TemplateUse

# Soft hyphens and zero-width characters hide an email or a number from the detectors.
INVISIBLE = re.compile(r"[\xad\u200b-\u200d\u2060\ufeff]")
# Entities the parser leaves as text (HTML5 names such as &commat; and &period;).
ENTITY = re.compile(r"&(?:[A-Za-z][A-Za-z0-9]{1,31}|#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6});")
# Lone surrogates cannot be encoded downstream; NUL stops the C tokenizer.
UNSAFE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff]")


@dataclass(slots=True)
class Builder:
    parts: list[str] = field(default_factory=list)
    starts: array[int] = field(default_factory=lambda: array("q"))
    ends: array[int] = field(default_factory=lambda: array("q"))
    mentions: list[Mention] = field(default_factory=list)
    templates: list[TemplateUse] = field(default_factory=list)
    length: int = 0
    last: str = "\n"

    def copy(self, text: str, src: int) -> None:
        """Text copied verbatim from wikitext offset `src` (entities left in it decoded)."""
        if "&" in text and ENTITY.search(text):
            self._copy_decoded(text, src)
        else:
            self._copy_plain(text, src)

    def make(self, text: str, src: int, src_end: int) -> None:
        """Text the conversion produced for the markup at [src, src_end)."""
        text = INVISIBLE.sub("", UNSAFE.sub("\ufffd", text))
        if not text:
            return
        self.parts.append(text)
        self.starts.extend([src] * len(text))
        self.ends.extend([src_end] * len(text))
        self._grow(text)

    def separate(self, sep: str, src: int) -> None:
        """Make sure what follows does not run into what precedes (table cells, parameters)."""
        if self.length and not self.last.isspace():
            self.make(sep, src, src)

    def since(self, start: int, limit: int = 80) -> str:
        """The plain text added since the length was `start`; "" when longer than `limit`."""
        wanted = self.length - start
        if wanted <= 0 or wanted > limit:
            return ""
        tail: list[str] = []
        have = 0
        for part in reversed(self.parts):
            tail.append(part)
            have += len(part)
            if have >= wanted:
                break
        return "".join(reversed(tail))[-wanted:]

    def mention(self, account: str, kind: str, start: int) -> None:
        self.mentions.append(Mention(account, kind, start, self.length))

    def template(self, name: str, start: int, params: list[TemplateParam]) -> None:
        self.templates.append(TemplateUse(name, start, self.length, tuple(params)))

    def _copy_decoded(self, text: str, src: int) -> None:
        i = 0
        for m in ENTITY.finditer(text):
            value = html.unescape(m.group())
            if value != m.group():
                self._copy_plain(text[i:m.start()], src + i)
                self.make(" " if value == "\xa0" else value, src + m.start(), src + m.end())
                i = m.end()
        self._copy_plain(text[i:], src + i)

    def _copy_plain(self, text: str, src: int) -> None:
        if not text:
            return
        if INVISIBLE.search(text):
            i = 0
            for m in INVISIBLE.finditer(text):
                self._copy_plain(text[i:m.start()], src + i)
                i = m.end()
            text, src = text[i:], src + i
            if not text:
                return
        self.parts.append(text)
        self.starts.extend(range(src, src + len(text)))
        self.ends.extend(range(src + 1, src + len(text) + 1))
        self._grow(text)

    def _grow(self, text: str) -> None:
        self.length += len(text)
        self.last = text[-1]
