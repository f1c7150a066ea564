"""Where an edit was made: the kind of page, whose page it is, whether it is the editor's own."""

from __future__ import annotations

from dataclasses import dataclass

from core.edit import EditRecord

# Wikis whose main namespace is not an encyclopedia (galleries on Commons, project pages on Meta)
NON_ENCYCLOPEDIC = ("commonswiki", "metawiki", "wikidatawiki", "specieswiki", "mediawikiwiki",
                    "outreachwiki", "incubatorwiki", "foundationwiki")
# Wikis whose main namespace holds requests and coordination rather than content
PROJECT_MAIN = ("metawiki",)
CONTENT = "content"
DISCUSSION = "discussion"
USER = "user"
USER_TALK = "user_talk"
ARTICLE = "article"


@dataclass(frozen=True, slots=True)
class Page:
    kind: str  # article | content | discussion | user | user_talk
    owner: str  # the account a user or user-talk page belongs to, else ""
    own: bool  # the editor edits their own user or user-talk page
    editor: str
    language: str
    namespace: int = 0

    @property
    def encyclopedic(self) -> bool:
        return self.kind == ARTICLE

    @property
    def discussion_like(self) -> bool:
        return self.kind in (DISCUSSION, USER, USER_TALK) and not self.own


def page_of(record: EditRecord) -> Page:
    owner = _owner(record) if record.namespace in (2, 3) else ""
    own = bool(owner) and _same_account(owner, record.user)
    return Page(_kind(record), owner, own, record.user, language_of(record.wiki),
                record.namespace)


def _kind(record: EditRecord) -> str:
    namespace = record.namespace
    if namespace == 2:
        return USER
    if namespace == 3:
        return USER_TALK
    if namespace == 0 and record.wiki in PROJECT_MAIN:
        return DISCUSSION
    if namespace == 0:
        return CONTENT if record.wiki in NON_ENCYCLOPEDIC else ARTICLE
    if namespace % 2 == 1 or namespace == 4:
        return DISCUSSION
    return CONTENT


def _owner(record: EditRecord) -> str:
    _, _, rest = record.title.partition(":")
    return rest.split("/", 1)[0].strip()


def _same_account(a: str, b: str) -> bool:
    return a.replace("_", " ").strip().casefold() == b.replace("_", " ").strip().casefold()


def language_of(wiki: str) -> str:
    """"dewiki" → "de"; multilingual wikis (commons, meta, wikidata) → "en"."""
    if wiki in NON_ENCYCLOPEDIC or not wiki.endswith("wiki"):
        return "en"
    return wiki[: -len("wiki")].replace("_", "-") or "en"
