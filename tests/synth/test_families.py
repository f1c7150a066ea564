"""The synthetic corpus: families are well formed, broad, seeded and split by family."""

from __future__ import annotations

import random
import re
from collections import Counter
from functools import cache
from itertools import islice
from typing import Any

import pytest

from detectors.finding import TYPES
from synth.expand import TemplateError, choose, fill, render, slots_of
from synth.families import all_families
from synth.family import LANGUAGES, Family
from synth.generate import generate
from synth.values import SLOTS, values_for


@cache
def corpus() -> tuple[dict[str, Any], ...]:
    return tuple(generate(7))


def test_alternatives_nest_and_may_be_empty() -> None:
    seen = {choose("a[b|[c|d]|]e", random.Random(i)) for i in range(200)}
    assert seen == {"abe", "ace", "ade", "ae"}


def test_unclosed_group_and_unknown_slot_are_errors() -> None:
    with pytest.raises(TemplateError):
        choose("a[b|c", random.Random(1))
    with pytest.raises(TemplateError):
        fill("{nope}", {"name": "x"})


def test_family_rejects_bad_labels() -> None:
    with pytest.raises(ValueError, match="needs types"):
        Family("en.x.y", "en", ("t",), ("user_talk",))
    with pytest.raises(ValueError, match="exemption"):
        Family("en.x.y", "en", ("t",), ("user_talk",), flag=False, exemption="whatever")


def test_every_template_uses_known_slots_and_renders() -> None:
    rng = random.Random(3)
    for family in all_families():
        for template in family.templates:
            unknown = slots_of(template) - set(SLOTS)
            assert not unknown, (family.id, unknown)
            assert render(template, values_for(family.lang, rng), rng).strip(), family.id


def test_breadth_forty_families_per_type_across_eight_languages() -> None:
    families = all_families()
    per_type = Counter(t for f in families for t in f.types)
    assert all(per_type[t] >= 40 for t in TYPES), per_type
    assert {f.lang for f in families} == set(LANGUAGES)
    assert sum(not f.flag and f.exemption != "neutral" for f in families) >= 100


def test_corpus_size_and_type_counts() -> None:
    rows = corpus()
    outing = [r for r in rows if r["expect"]["flag"]]
    types = Counter(t for r in outing for t in r["expect"]["types"])
    assert len(rows) >= 6000
    assert len(outing) >= 2000
    assert all(types[t] >= 200 for t in TYPES), types
    wikis = {r["wiki"] for r in rows}
    assert {f"{lang}wiki" for lang in LANGUAGES} <= wikis
    assert {"commonswiki", "wikidatawiki", "metawiki"} <= wikis


def test_same_seed_same_corpus_other_seed_other_corpus() -> None:
    first = [r["added"] for r in corpus()[:300]]
    assert first == [r["added"] for r in islice(generate(7), 300)]
    assert first != [r["added"] for r in islice(generate(8), 300)]


def test_a_family_is_wholly_in_one_split() -> None:
    splits: dict[str, set[str]] = {}
    for row in corpus():
        if row["family"] != "real":
            splits.setdefault(row["family"], set()).add(row["split"])
    assert all(len(s) == 1 for s in splits.values())
    assert {"train", "eval"} <= {next(iter(s)) for s in splits.values()}


_EMAIL = re.compile(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)")
_IPV4 = re.compile(r"(?<![\d.])(\d{1,3}\.\d{1,3}\.\d{1,3})\.\d{1,3}(?![\d.])")


def test_every_value_is_invented() -> None:
    for row in corpus():
        if row["family"] == "real":
            continue
        text = row["added"] + row["removed"] + row["comment"]
        for domain in _EMAIL.findall(text):
            assert "example" in domain.split("."), (row["id"], row["family"])
        for net in _IPV4.findall(text):
            assert net in ("192.0.2", "198.51.100", "203.0.113"), (row["id"], row["family"])


def test_reverts_keep_outing_out_of_the_added_text() -> None:
    reverted = [r for r in corpus() if r["note"].endswith("reverted")]
    assert reverted
    assert all(not r["expect"]["flag"] and r["removed"] for r in reverted)


def test_wiki_markup_passes_through() -> None:
    out = render("[[User:{target}|{target}]] {{ping|{target}}} {{coi}} [a|a]",
                 {"target": "Fern"}, random.Random(1))
    assert out == "[[User:Fern|Fern]] {{ping|Fern}} {{coi}} a"


def test_a_backslash_makes_a_bracket_literal() -> None:
    rng = random.Random(2)
    assert choose(r"see \[{u} [her|his] page\] now", rng) in (
        "see [{u} her page] now", "see [{u} his page] now")
    assert choose(r"a \| b", rng) == "a | b"
