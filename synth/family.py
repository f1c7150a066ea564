"""A phrasing family: one way of saying something, with many surface variants.

A family is the unit of breadth and of the evaluation split: the model is scored on families it
never saw. Its templates use a small grammar (see `synth.expand`):

- `[a|b|c]` picks one alternative at random (alternatives may be empty and may nest);
- `{slot}` is replaced by an invented value of the record (see `synth.values.SLOTS`).

`types` are the outing types the family's sentence carries (the corpus vocabulary); a family with
`flag=False` is a hard negative (`types` empty) and names the exemption it exercises.
"""

from __future__ import annotations

from dataclasses import dataclass

from detectors.finding import TYPES

# Where a family's sentence can be posted (see synth.pages for namespaces and titles).
KINDS = (
    "user_talk",      # someone else's user talk page
    "article_talk",   # an article's talk page
    "noticeboard",    # administrators' noticeboard, vandalism reports
    "spi",            # sockpuppet investigation
    "checkuser",      # checkuser request
    "deletion",       # deletion discussion
    "steward",        # steward requests on Meta
    "rename",         # rename (username change) requests on Meta
    "file",           # a Commons file description page
    "wikidata",       # a Wikidata item's statements
    "user_page",      # another account's user page (vandalism)
    "own_user_page",  # the editor's own user page (self-disclosure)
    "article",        # an encyclopedia article
    "summary",        # in an edit summary only (the added text is neutral)
)
EXEMPTIONS = (
    "self_disclosure", "public_org", "public_figure", "historical", "photo_credit", "vrt",
    "fiction", "business", "warning", "no_tie", "removed", "example", "neutral", "consented",
)
LANGUAGES = ("en", "de", "fr", "es", "it", "pt", "nl", "pl")


@dataclass(frozen=True, slots=True)
class Family:
    id: str                      # unique, e.g. "en.phone.call_on"
    lang: str                    # one of LANGUAGES
    templates: tuple[str, ...]   # surface variants of the same way of saying it
    kinds: tuple[str, ...]       # pages where it is written
    types: tuple[str, ...] = ()  # outing types carried (empty for negatives)
    flag: bool = True
    exemption: str = ""          # for negatives: which exemption of the corpus rules

    def __post_init__(self) -> None:
        problems = _problems(self)
        if problems:
            raise ValueError(f"family {self.id}: {'; '.join(problems)}")


def outing(fid: str, kinds: tuple[str, ...], types: tuple[str, ...], *templates: str) -> Family:
    """An outing family; its language is the id's first part ("de.address.…")."""
    return Family(id=fid, lang=fid.split(".", 1)[0], templates=templates, kinds=kinds,
                  types=types)


def negative(fid: str, exemption: str, kinds: tuple[str, ...], *templates: str) -> Family:
    """A hard-negative family exercising `exemption`; its language is the id's first part."""
    return Family(id=fid, lang=fid.split(".", 1)[0], templates=templates, kinds=kinds,
                  flag=False, exemption=exemption)


def _problems(f: Family) -> list[str]:
    found = []
    if f.lang not in LANGUAGES:
        found.append(f"unknown language {f.lang!r}")
    if not f.templates:
        found.append("no templates")
    found += [f"unknown kind {k!r}" for k in f.kinds if k not in KINDS]
    found += [f"unknown type {t!r}" for t in f.types if t not in TYPES]
    if f.flag and not f.types:
        found.append("an outing family needs types")
    if not f.flag and (f.types or f.exemption not in EXEMPTIONS):
        found.append("a negative family has no types and names an exemption")
    if not f.kinds:
        found.append("no kinds")
    return found
