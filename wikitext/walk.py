"""Walks a mwparserfromhell tree, writing plain text and what it mentions into a Builder.

Node offsets come from the parser's exact round trip: `str(node)` is the node's source, so
each node starts where the previous one ended.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

import mwparserfromhell
from mwparserfromhell.nodes import (
    Argument,
    Comment,
    ExternalLink,
    Heading,
    HTMLEntity,
    Node,
    Tag,
    Template,
    Text,
    Wikilink,
)
from mwparserfromhell.wikicode import Wikicode

from wikitext.accounts import link_target, normalise_account
from wikitext.builder import Builder
from wikitext.links import caption_start, link_kind, shown_title
from wikitext.plain import TemplateParam
from wikitext.tables import MAX_HEADER, Table
from wikitext.templates import MENTION_TEMPLATES, is_function, normalise_name

MAX_DEPTH = 150
LinkTest = Callable[[str], bool]  # does an external link's address belong in the plain text?
DROPPED_TAGS = frozenset({
    "ref", "references", "math", "chem", "ce", "score", "timeline", "templatedata", "graph",
    "mapframe", "maplink", "hiero", "categorytree", "inputbox", "charinsert", "indicator",
    "section", "templatestyles", "style", "script",
})
BLOCK_TAGS = frozenset({
    "p", "div", "li", "dd", "dt", "ul", "ol", "dl", "tr", "table", "caption", "blockquote",
    "center", "pre", "poem", "h1", "h2", "h3", "h4", "h5", "h6", "gallery",
})
# Kept only on request (to_plain(keep_hidden=True)): a reader does not see them on the
# page, but they are in the revision, and outing hides there too.
HIDDEN_TAGS = frozenset({"ref"})
CELL_TAGS = frozenset({"td", "th"})
BREAK_TAGS = frozenset({"br", "hr"})
ENTITY_FIXES = {"\xa0": " ", "\u202f": " ", "\u2009": " ", "\xad": "", "\u200b": ""}

# "| name = value" lines of a template whose opening is not in the added text.
_PARAM_LINE = re.compile(r"[ \t]*\|(?![-+}])[ \t]*([^=|\n{}\[\]<>]{1,80}?)[ \t]*=[ \t]*")
_OPEN_LINE = re.compile(r"[ \t]*\{\{[ \t]*([^{}|\n=]{1,100}?)[ \t]*")
_CLOSE_LINE = re.compile(r"[ \t]*\}\}[ \t]*")


@dataclass(slots=True)
class _Orphan:
    template: str = ""
    param: str = ""
    start: int = -1


class Walker:
    def __init__(self, source: str, builder: Builder, keep_hidden: bool = False,
                 link_kept: LinkTest | None = None) -> None:
        self.source = source
        self.b = builder
        self.keep_hidden = keep_hidden
        self.link_kept = link_kept
        self.orphan = _Orphan()
        self.tables: list[Table] = []

    def run(self, code: Wikicode, base: int) -> None:
        self.nodes(code.nodes, base, 0, top=True)
        self._close_orphan()

    def nodes(self, nodes: Iterable[Node], pos: int, depth: int, top: bool = False) -> int:
        for node in nodes:
            text = str(node)
            if depth <= MAX_DEPTH:
                self.node(node, text, pos, depth, top)
            pos += len(text)
        return pos

    def node(self, node: Node, text: str, pos: int, depth: int, top: bool) -> None:
        if isinstance(node, Text):
            self._text(text, pos) if top else self.b.copy(text, pos)
        elif isinstance(node, Template):
            self._template(node, pos, depth)
        elif isinstance(node, Wikilink):
            self._wikilink(node, pos, depth)
        elif isinstance(node, ExternalLink):
            self._external(node, pos, depth)
        elif isinstance(node, Tag):
            self._tag(node, pos, depth)
        elif isinstance(node, HTMLEntity):
            self._entity(node, text, pos)
        elif isinstance(node, Heading):
            self._heading(node, pos, depth)
        elif isinstance(node, Argument) and node.default is not None:
            self.nodes(node.default.nodes, pos + 4 + len(str(node.name)), depth + 1)
        elif isinstance(node, Comment) and self.keep_hidden:
            self._hidden(lambda: self.b.copy(str(node.contents), pos + 4), pos)
        # Comments (unless kept) and anything unknown render nothing.

    # --- text and the loose lines of templates the edit only partly added -----------------

    def _text(self, text: str, pos: int) -> None:
        i = 0
        while i < len(text):
            nl = text.find("\n", i)
            end = nl if nl >= 0 else len(text)
            if pos + i == 0 or self.source[pos + i - 1] == "\n":
                i = self._line_start(text, i, end, pos)
            self.b.copy(text[i:end], pos + i)
            if nl < 0:
                return
            self._close_orphan()
            self.b.copy("\n", pos + nl)
            i = nl + 1

    def _line_start(self, text: str, i: int, end: int, pos: int) -> int:
        if _CLOSE_LINE.fullmatch(text, i, end):
            self.orphan.template = ""
            return end
        opened = _OPEN_LINE.fullmatch(text, i, end)
        if opened:
            self.orphan.template = normalise_name(opened.group(1))
            return end
        param = _PARAM_LINE.match(text, i, end)
        if param:
            self._close_orphan()
            self.orphan.param = normalise_name(param.group(1))
            self._label(param.group(1), pos + param.start(1), pos + param.end(1), True)
            self.orphan.start = self.b.length
            return param.end()
        return i

    def _label(self, key: str, src: int, at: int, space: bool) -> None:
        """A named parameter's name, kept before its value as "name: " ("PESEL: ...",
        "employer: ..."): what a value is, an infobox or Wikidata-like template says only
        there. The ": " is written at source offset `at` (the "=", or the key's end) and
        covers no source character. Positional parameters ("1") have no name worth keeping."""
        if not key or key.isdigit():
            return
        if self.b.length and self.b.last != "\n":
            self.b.make("\n", src, src)
        self.b.copy(key, src)
        self.b.make(": " if space else ":", at, at)

    def _close_orphan(self) -> None:
        o = self.orphan
        if o.start >= 0:
            params = [TemplateParam(o.param, o.start, self.b.length)]
            self.b.template(o.template, o.start, params)
        o.start = -1

    # --- templates ----------------------------------------------------------------------

    def _template(self, node: Template, pos: int, depth: int) -> None:
        raw = str(node.name)
        name = normalise_name(raw)
        if is_function(name):
            return
        if name in MENTION_TEMPLATES:
            self._mention_template(node, name, pos + 2 + len(raw), depth)
            return
        start, params = self.b.length, []
        p = pos + 2 + len(raw)
        for param in node.params:
            key = str(param.name)
            self.b.separate("\n" if param.showkey else " ", p)
            vpos = p + 1 + (len(key) + 1 if param.showkey else 0)
            if param.showkey and str(param.value).strip():
                lead = len(key) - len(key.lstrip())
                self._label(key.strip(), p + 1 + lead, vpos - 1,
                            not str(param.value)[:1].isspace())
            pstart = self.b.length
            self.nodes(param.value.nodes, vpos, depth + 1)
            if self.b.length > pstart:
                params.append(TemplateParam(normalise_name(key), pstart, self.b.length))
            p += 1 + len(str(param))
        self.b.template(name, params[0].start if params else start, params)

    def _mention_template(self, node: Template, name: str, p: int, depth: int) -> None:
        kind, every = MENTION_TEMPLATES[name]
        start, params, seen = self.b.length, [], 0
        for param in node.params:
            key = str(param.name)
            positional = not param.showkey or key.strip().isdigit()
            vpos = p + 1 + (len(key) + 1 if param.showkey else 0)
            p += 1 + len(str(param))
            account = normalise_account(str(param.value))
            if not positional or not account or (seen and not every):
                continue
            self.b.separate(", " if seen else " ", vpos)
            pstart = self.b.length
            self.nodes(param.value.nodes, vpos, depth + 1)
            self.b.mention(account, kind, pstart)
            params.append(TemplateParam(key.strip(), pstart, self.b.length))
            seen += 1
        self.b.template(name, params[0].start if params else start, params)

    # --- links ----------------------------------------------------------------------------

    def _wikilink(self, node: Wikilink, pos: int, depth: int) -> None:
        title = str(node.title)
        kind = link_kind(title, node.text is not None)
        tpos = pos + 2
        start = self.b.length
        if kind == "file":
            self._caption(node, tpos + len(title) + 1, depth)
        elif kind == "shown":
            self._link_label(node, title, tpos, depth)
        target = link_target(title)
        if target is not None:
            self.b.mention(target[0], target[1], start)

    def _link_label(self, node: Wikilink, title: str, tpos: int, depth: int) -> None:
        if node.text is not None and str(node.text).strip():
            self.nodes(node.text.nodes, tpos + len(title) + 1, depth + 1)
            return
        i, shown = shown_title(title, pipe_trick=node.text is not None)
        self.b.copy(shown, tpos + i)

    def _caption(self, node: Wikilink, text_pos: int, depth: int) -> None:
        if node.text is None:
            return
        found = caption_start(node.text.nodes)
        if found is None:
            return
        index, offset_in_node = found
        nodes = node.text.nodes
        pos = text_pos + sum(len(str(n)) for n in nodes[:index])
        first = str(nodes[index])[offset_in_node:]
        self.b.copy(first, pos + offset_in_node)
        self.nodes(nodes[index + 1:], pos + len(str(nodes[index])), depth + 1)

    def _external(self, node: ExternalLink, pos: int, depth: int) -> None:
        url = str(node.url)
        if not node.brackets:
            self.nodes(node.url.nodes, pos, depth + 1)
        elif node.title is None:
            self.nodes(node.url.nodes, pos + 1, depth + 1)
        else:
            tpos = pos + 1 + len(url) + (0 if node.suppress_space else 1)
            if self.link_kept is not None and self.link_kept(url):
                self.nodes(node.url.nodes, pos + 1, depth + 1)
                self.b.separate(" ", tpos)
            self.nodes(node.title.nodes, tpos, depth + 1)

    # --- tags, entities, headings ------------------------------------------------------------

    def _tag(self, node: Tag, pos: int, depth: int) -> None:
        name = str(node.tag).strip().lower()
        if name in HIDDEN_TAGS and self.keep_hidden and node.contents is not None:
            off = pos + _open_length(node)
            self._hidden(lambda: self.nodes(node.contents.nodes, off, depth + 1), pos)
            return
        if name in DROPPED_TAGS:
            return
        if name in BREAK_TAGS:
            self.b.separate("\n", pos)
        if node.self_closing or node.contents is None:
            return
        off = pos + _open_length(node)
        sep = " " if name in CELL_TAGS else "\n" if name in BLOCK_TAGS else ""
        if sep:
            self.b.separate(sep, pos)
        start = self._table_before(name, pos)
        if name == "gallery":
            self._gallery(str(node.contents), off)
        else:
            self.nodes(node.contents.nodes, off, depth + 1)
        self._table_after(name, start)
        if sep:
            self.b.separate(sep, off + len(str(node.contents)))

    def _table_before(self, name: str, pos: int) -> int:
        """Opens a table, starts a row, or puts a data cell's column label before it."""
        if name == "table":
            self.tables.append(Table())
        elif self.tables and name == "tr":
            self.tables[-1].row()
        elif self.tables and name == "td" and (label := self.tables[-1].label()):
            self.b.make(f"{label}: ", pos, pos)
        return self.b.length

    def _table_after(self, name: str, start: int) -> None:
        if name == "table":
            self.tables.pop()
        elif self.tables and name == "th":
            self.tables[-1].header(self.b.since(start, MAX_HEADER * 2))

    def _hidden(self, walk: Callable[[], object], pos: int) -> None:
        """Text a reader does not see (a reference, a comment), kept apart on its own line."""
        self.b.separate("\n", pos)
        walk()
        self.b.separate("\n", pos)

    def _gallery(self, contents: str, off: int) -> None:
        line_start = 0
        for line in contents.split("\n"):
            bar = line.find("|")
            if bar >= 0 and line[bar + 1:].strip():
                self.b.separate("\n", off + line_start)
                sub = mwparserfromhell.parse(line[bar + 1:])
                self.nodes(sub.nodes, off + line_start + bar + 1, 1)
            line_start += len(line) + 1

    def _entity(self, node: HTMLEntity, text: str, pos: int) -> None:
        try:
            value = node.normalize()
        except (ValueError, OverflowError):
            value = text
        self.b.make(ENTITY_FIXES.get(value, value), pos, pos + len(text))

    def _heading(self, node: Heading, pos: int, depth: int) -> None:
        self.b.separate("\n", pos)
        self.nodes(node.title.nodes, pos + node.level, depth + 1)


def _open_length(node: Tag) -> int:
    attrs = sum(len(str(a)) for a in node.attributes)
    padding = len(node.padding or "")
    if node.wiki_markup:
        return len(node.wiki_markup) + attrs + padding + len(node.wiki_style_separator or "")
    return 1 + len(str(node.tag)) + attrs + padding + 1
