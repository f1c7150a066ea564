"""Cue phrase matching: the first-character lookahead and grouping must not change
what matches."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from judgement.config import JudgeConfig, load_config
from judgement.cues import Cues, compile_phrases
from judgement.judge import Judge

PHRASES = ("real name", "lives at", "'s address", "İstanbul office", "ſtreet", "kelvin", "real",
           "re al", "a", "at his", "’s", "k")
# first characters that are case variants of each other ("s"/"ſ", "i"/"ı"): not grouped
VARIANTS = ("saaaa", "ſ a", "s", "in", "ıt is", "street")


def _plain_alternation(phrases: tuple[str, ...]) -> re.Pattern[str]:
    """The same phrases without lookahead or grouping: the reference the fast pattern must
    equal."""
    ordered = sorted(set(phrases), key=len, reverse=True)
    words = "|".join(r"\s+".join(map(re.escape, p.split())) for p in ordered if p[0] not in "'’")
    attached = "|".join(r"\s+".join(map(re.escape, p.split())) for p in ordered if p[0] in "'’")
    branches = [rf"(?:(?<![\w'’])|(?<=\w['’])(?=\w{{3}}))(?:{words})"] if words else []
    branches += [rf"(?:{attached})"] if attached else []
    return re.compile(rf"(?:{'|'.join(branches)})(?![\w'’])", re.IGNORECASE)


@given(st.text(alphabet="realnmivstdhİıſSKkKA' \n’x", max_size=60))
def test_fast_pattern_matches_exactly_what_the_alternation_matches(text: str) -> None:
    for phrases in (PHRASES, VARIANTS):
        fast, reference = compile_phrases(phrases), _plain_alternation(phrases)
        assert [m.span() for m in fast.finditer(text)] == [
            m.span() for m in reference.finditer(text)]


def test_phrases_match_case_insensitively_on_word_bounds() -> None:
    pattern = compile_phrases(PHRASES)
    text = "His REAL  NAME is x; Jane's address; surreal name; KELVIN"
    assert [text[m.start() : m.end()] for m in pattern.finditer(text)] == [
        "REAL  NAME", "'s address", "KELVIN"]


def test_no_phrases_never_match() -> None:
    assert compile_phrases(["", "  "]).search("anything") is None


def test_unknown_category_has_no_spans() -> None:
    cues = Cues(load_config())
    assert cues.spans("no such category", "real name") == []
    assert cues.spans("identity", "his real name is") != []


def test_case_variant_first_characters_keep_the_phrase_order() -> None:
    """"ſ a" is longer than "s" and comes first: grouping by "s" would match "s" alone."""
    assert [m.span() for m in compile_phrases(VARIANTS).finditer("s a")] == [(0, 3)]
    assert [m.span() for m in _plain_alternation(VARIANTS).finditer("s a")] == [(0, 3)]


def _cues_from(phrases: tuple[str, ...]) -> Cues:
    config = load_config()
    data = {**config.data, "cues": {"probe": list(phrases)}, "language_cues": {}}
    return Cues(type(config)(data, config.source))


KEYED = ("real name", "lives at", "e-mail", "n°", "straße", "ÉCOLE du", "at his", "zwölf",
         "åre", "kin")
# phrases opening with a sign or an apostrophe, keyed by that character; "°" also opens a word
MARKED = ("'s address", "’s", "'re", "=", "† 19", "°c", "real name", "re", "n°", "°")


@given(st.text(alphabet="realnmivstdhİıſSKkKAÉéEcoòuß°-' \n’xµμΣςẛṡﬅﬆκϰ—…Åå=†19", max_size=60))
def test_skipping_by_first_word_never_drops_a_match(text: str) -> None:
    for phrases in (KEYED, PHRASES, VARIANTS, MARKED, ("ṡtar", "real", "kin")):
        cues, pattern = _cues_from(phrases), compile_phrases(phrases)
        assert cues.spans("probe", text) == [m.span() for m in pattern.finditer(text)]
        assert cues.spans("probe", text, cues.index(text)) == cues.spans("probe", text)


def test_categories_without_their_first_words_are_skipped() -> None:
    cues = _cues_from(KEYED)
    assert cues._keys.keys["probe"] == frozenset({"real", "lives", "e", "n", "straße", "école",
                                                  "at", "zwölf", "åre", "kin"})
    assert _cues_from(("ṡtar", "real"))._keys.keys["probe"] is None  # ṡ folds onto ẛ
    def starts(text: str) -> list[int] | None:
        return cues._keys.starts("probe", cues.index(text))

    assert starts("nothing of the kind here") == []
    assert starts("at home, her REAL  name is") == [0, 13]
    assert cues.spans("probe", "at home, her REAL  name is") == [(13, 23)]
    assert starts("ſtrange text") is None  # odd case rules: all offsets


def test_phrases_opening_with_a_sign_are_keyed_by_it() -> None:
    cues = _cues_from(MARKED)
    assert cues._keys.keys["probe"] == frozenset({"'", "’", "=", "†", "°", "real", "re", "n"})
    assert cues._keys.marks == frozenset({"'", "’", "=", "†", "°"})
    text = "x = 1, the user's address † 19 x"
    assert cues._keys.starts("probe", cues.index(text)) == [2, 15, 26]
    assert cues.spans("probe", text) == [(2, 3), (15, 25), (26, 30)]


def test_languages_without_cues_of_their_own_share_one_scan(judge: Judge) -> None:
    own = set(judge.config.data["language_cues"])
    assert {"fr", "de"} <= own
    assert "sv" not in own
    assert "fi" not in own
    assert judge.cues("sv") is judge.cues("fi")
    assert judge.cues("fr") is not judge.cues("de")
    text = "Sie wohnt in der Nähe. Her real name is on the list."
    for category in judge.config["cues"]:
        assert judge.cues("sv").spans(category, text) == Cues(judge.config, "sv").spans(
            category, text)


def test_warm_builds_every_cue_scan_before_the_first_edit(config: JudgeConfig) -> None:
    fresh = Judge(config)
    assert not fresh._cues
    fresh.warm()
    assert set(fresh._cues) == {"", *config.data["language_cues"]}
