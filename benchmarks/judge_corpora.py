"""Real text from ../shared/fixtures as edit records: talk comments on talk pages, article
wikitext on articles. Shared by benchmarks/bench_judge.py and the flag review script.
"""

from __future__ import annotations

import bz2
import csv
import json
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

from core.edit import EditRecord
from synth.build_context import pages

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
FIXTURES = SHARED / "fixtures"
MAX_ARTICLE_CHARS = 20_000  # an edit rarely adds more; whole pages are cut here


def _record(rid: str, text: str, namespace: int, title: str, user: str = "") -> EditRecord:
    return EditRecord(id=rid, wiki="enwiki", server_name="en.wikipedia.org",
                      namespace=namespace, title=title, user=user, type="edit", comment="",
                      added=text)


def _talk_namespace(title: str) -> int:
    return 3 if title.startswith("User talk:") else 1 if title.startswith("Talk:") else 5


def wikidetox() -> Iterator[EditRecord]:
    for path in sorted((FIXTURES / "talk_comments").glob("wikidetox_conversations_*.js")):
        body = path.read_text(encoding="utf-8")
        data = json.loads(body[body.index("[") : body.rindex("]") + 1])
        for conversation in data:
            for cid, comment in conversation.items():
                title = str(comment.get("page_title") or "Talk:Unknown")
                yield _record(f"detox:{cid}", str(comment.get("content") or ""),
                              _talk_namespace(title), title, str(comment.get("user_text") or ""))


def jigsaw() -> Iterator[EditRecord]:
    for path in sorted((FIXTURES / "talk_comments").glob("detoxify_jigsaw_dummy_*.csv")):
        with path.open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle):
                yield _record(f"jigsaw:{row['id']}", row["comment_text"], 1, "Talk:Unknown")


def wikiconv() -> Iterator[EditRecord]:
    path = FIXTURES / "talk_comments" / "wikiconv_golden_conversations-00000-of-00001.ndjson"
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines()):
        obj = json.loads(line)
        title = "Talk:" + str(obj.get("page_title") or "Unknown")
        yield _record(f"wikiconv:{number}", str(obj.get("cleaned_content") or ""), 1, title,
                      str(obj.get("user_text") or ""))


def talk_comments() -> Iterator[EditRecord]:
    yield from wikidetox()
    yield from jigsaw()
    yield from wikiconv()


def articles() -> Iterator[EditRecord]:
    for path in sorted((FIXTURES / "wikitext").iterdir()):
        raw = bz2.decompress(path.read_bytes()) if path.suffix == ".bz2" else path.read_bytes()
        root = ET.fromstring(raw)  # trusted local fixtures
        for number, (title, text) in enumerate(pages(root)):
            if text.strip():
                yield _record(f"{path.stem}:{number}", text[:MAX_ARTICLE_CHARS], 0, title)


def real_text() -> Iterator[EditRecord]:
    yield from talk_comments()
    yield from articles()
