"""The whole labelled corpus and real dumps go through without error and keep what matters."""

from __future__ import annotations

import bz2
import html
import json
import re
from pathlib import Path

import pytest

from wikitext import PlainText, to_plain
from wikitext.builder import Builder
from wikitext.fallback import strip as linear_strip

_TEXT = re.compile(r"<text[^>]*>(.*?)</text>", re.DOTALL)


def corpus(shared_dir: Path) -> list[dict[str, str]]:
    path = shared_dir / "corpus" / "dev-edits.jsonl"
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def check_map(src: str, p: PlainText) -> None:
    offsets = list(p.source_offsets)
    assert offsets == sorted(offsets)
    for i, c in enumerate(p.text):
        if p.source_ends[i] - p.source_offsets[i] == 1:
            assert src[p.source_offsets[i]] == c


def test_every_corpus_edit_converts(shared_dir: Path) -> None:
    records = corpus(shared_dir)
    assert len(records) >= 200
    for r in records:
        p = to_plain(r["added"], editor=r["user"])
        check_map(r["added"], p)
        assert not p.fallback
        assert "[[" not in p.text
        assert "{{" not in p.text


def test_corpus_signatures_name_their_signer(shared_dir: Path) -> None:
    """The last signature of an added comment is the editor's (earlier ones may quote others)."""
    signed = 0
    for r in corpus(shared_dir):
        p = to_plain(r["added"], editor=r["user"])
        signatures = [m for m in p.mentions if m.kind == "signature"]
        if signatures:
            signed += 1
            assert signatures[-1].is_editor, r["id"]
    assert signed >= 80


def test_corpus_contact_details_survive(shared_dir: Path) -> None:
    """Emails and phone numbers inside templates and links reach the plain text intact."""
    for r in corpus(shared_dir):
        plain = to_plain(r["added"]).text
        for email in re.findall(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", r["added"]):
            assert email in plain, r["id"]


def dump_texts(shared_dir: Path, limit: int) -> list[str]:
    texts: list[str] = []
    for path in sorted((shared_dir / "fixtures" / "wikitext").iterdir()):
        opener = bz2.open if path.suffix == ".bz2" or ".bz2" in path.name else open
        with opener(path, "rt", encoding="utf-8", errors="replace") as f:
            data = f.read(3_000_000)
        texts += [html.unescape(m.group(1)) for m in _TEXT.finditer(data)][:limit]
    return texts


def test_real_dumps_convert(shared_dir: Path) -> None:
    texts = dump_texts(shared_dir, limit=15)
    assert len(texts) >= 20
    for src in texts:
        p = to_plain(src)
        check_map(src[: len(src)], p)
        assert len(p.text) <= len(src)


def test_real_talk_comments_convert(shared_dir: Path) -> None:
    data = (shared_dir / "fixtures" / "talk_comments" / "wikidetox_conversations_job1_x1000.js")
    text = data.read_text(encoding="utf-8")
    decoder = json.JSONDecoder()
    comments = []
    for m in re.finditer(r'"content": ', text):
        value, _ = decoder.raw_decode(text, m.end())
        comments.append(value)
        if len(comments) == 1_000:
            break
    assert len(comments) == 1_000
    for src in comments:
        p = to_plain(src)
        check_map(src, p)


@pytest.mark.parametrize("src", ["[[a|b]] {{c|d}} <i>e</i> &#64; ''f''", "x|y"])
def test_linear_stripper_keeps_text(src: str) -> None:
    b = Builder()
    linear_strip(src, 0, b)
    text = "".join(b.parts)
    assert "[[" not in text
    assert "{{" not in text
    assert "<i>" not in text
    assert len(b.starts) == len(text)
