"""Build the vendored surrounding text (synth/context/*.txt.gz) from ../shared/fixtures.

Talk comments come from the first wikidetox file only, articles from the even-numbered pages of
the enwiki extract: the other files and pages stay out of training, for measuring flags on real
text. Run once by hand: `python -m synth.build_context` (the result is committed).
"""

from __future__ import annotations

import bz2
import gzip
import json
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
FIXTURES = SHARED / "fixtures"

OUT = Path(__file__).with_name("context")
TALK_SOURCE = FIXTURES / "talk_comments" / "wikidetox_conversations_job1_x1000.js"
ARTICLE_SOURCE = FIXTURES / "wikitext" / \
    "gensim_enwiki-latest-pages-articles1.xml-p000000010p000030302-shortened.bz2"


# surrounding text must not carry contact details of its own (real IPs, emails, numbers)
_CONTACT = re.compile(r"\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}|@|\d[\d\s().-]{6,}\d")


def talk() -> list[str]:
    body = TALK_SOURCE.read_text(encoding="utf-8")
    data = json.loads(body[body.index("[") : body.rindex("]") + 1])
    found = []
    for conversation in data:
        for comment in conversation.values():
            text = str(comment.get("content") or "")
            text = re.sub(r"\[WIKI_LINK: ([^\]@]*)@([^\]]*)\]", r"[[\1|\2]]", text)
            text = re.sub(r"\[WIKI_LINK: ([^\]]*)\]", r"[[\1]]", text)
            text = re.sub(r"\[EXTERNAL_LINK: [^\]]*\]", "", text).strip()
            if 40 <= len(text) <= 600 and "==" not in text and not _CONTACT.search(text):
                found.append(text)
    return found


def articles() -> list[str]:
    root = ET.fromstring(bz2.decompress(ARTICLE_SOURCE.read_bytes()))  # noqa: S314 - our fixture
    found = []
    for number, (_, text) in enumerate(pages(root)):
        if number % 2:
            continue
        for raw in text.split("\n\n"):
            para = raw.strip()
            if 120 <= len(para) <= 900 and not para.startswith(("{{", "{|", "[[", "|", "*", "=")):
                found.append(para)
    return found


def pages(root: ET.Element) -> Iterator[tuple[str, str]]:
    """(title, latest text) of each page of a MediaWiki XML export."""
    for page in root.iter():
        if not page.tag.endswith("}page"):
            continue
        title = next((e.text or "" for e in page.iter() if e.tag.endswith("}title")), "")
        texts = [e.text or "" for e in page.iter() if e.tag.endswith("}text")]
        if texts:
            yield title, texts[-1]


def write(name: str, lines: list[str]) -> None:
    OUT.mkdir(exist_ok=True)
    payload = "\n".join(json.dumps(line, ensure_ascii=False) for line in lines) + "\n"
    (OUT / f"{name}.jsonl.gz").write_bytes(gzip.compress(payload.encode("utf-8"), mtime=0))


if __name__ == "__main__":
    write("en_talk", talk()[:5000])
    write("en_article", articles()[:2500])
