"""What a wikilink shows: files and categories hide, language links hide, others show a label."""

from __future__ import annotations

import re
from collections.abc import Sequence

from mwparserfromhell.nodes import Node, Text

FILE_NS = frozenset({
    "file", "image", "media", "datei", "bild", "fichier", "archivo", "imagen", "immagine",
    "ficheiro", "arquivo", "imagem", "bestand", "afbeelding", "plik", "файл", "ファイル",
})
CATEGORY_NS = frozenset({
    "category", "kategorie", "catégorie", "categoría", "categoria", "categorie", "kategoria",
    "категория", "カテゴリ",
})
_LANGUAGE = re.compile(r"[a-z]{2,3}(?:-[a-z]{2,8}){0,2}")
_OPTION = re.compile(
    r"\s*(?:thumb|thumbnail|frame|framed|frameless|border|left|right|center|centre|none|"
    r"upright(?:[ =]?[0-9.]+)?|baseline|sub|super|top|text-top|middle|bottom|text-bottom|"
    r"\d*x?\d+ ?px|(?:alt|link|page|lang|class|upright)=.*)\s*",
    re.IGNORECASE,
)


def link_kind(title: str, has_text: bool) -> str:
    """"file" (only its caption shows), "hidden" (category, language link) or "shown"."""
    stripped = title.strip()
    if stripped.startswith(":"):
        return "shown"
    prefix, sep, _ = stripped.partition(":")
    if not sep:
        return "shown"
    key = " ".join(prefix.replace("_", " ").split()).lower()
    if key in FILE_NS:
        return "file"
    if key in CATEGORY_NS:
        return "hidden"
    if not has_text and _LANGUAGE.fullmatch(prefix.strip()):
        return "hidden"
    return "shown"


def link_display_start(title: str, pipe_trick: bool) -> int:
    """Where a bare link's shown title starts: after a leading ':'; for [[A:b|]], after 'A:'."""
    i = len(title) - len(title.lstrip(" :"))
    if pipe_trick:
        colon = title.rfind(":")
        i = max(i, colon + 1)
    return i


def shown_title(title: str, pipe_trick: bool) -> tuple[int, str]:
    """What a link without a label shows, and where in `title` it starts: the title after its
    leading ':' (`link_display_start`), for [[A:b#c|]] without the section, trailing spaces
    dropped."""
    i = link_display_start(title, pipe_trick)
    shown = title[i:].split("#", 1)[0] if pipe_trick else title[i:]
    return i, shown.rstrip()


def caption_start(nodes: Sequence[Node]) -> tuple[int, int] | None:
    """(node index, offset in it) where a file link's caption starts: after the last '|'.

    None when there is no caption or the last part is an image option (thumb, 200px, alt=...).
    """
    if not nodes:
        return None
    for index in range(len(nodes) - 1, -1, -1):
        node = nodes[index]
        if isinstance(node, Text) and "|" in node.value:
            offset = node.value.rfind("|") + 1
            return _unless_option(nodes, index, offset)
    return _unless_option(nodes, 0, 0)


def _unless_option(nodes: Sequence[Node], index: int, offset: int) -> tuple[int, int] | None:
    tail = str(nodes[index])[offset:] + "".join(str(n) for n in nodes[index + 1:])
    if not tail.strip() or _OPTION.fullmatch(tail):
        return None
    return index, offset
