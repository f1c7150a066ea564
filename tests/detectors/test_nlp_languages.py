"""Per-language spaCy models, their labels, and NER over the whole text of discussion pages."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from core.edit import EditRecord
from detectors import nlp
from judgement.config import JudgeConfig, load_config
from judgement.entities import _NAME_SHAPED, _UPPER, name_shaped, recognise
from judgement.judge import Judge, _Pending


def test_models_come_from_the_config_and_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    models = {"fr": "fr_core_news_sm"}
    assert nlp.model_for("fr", models) == "fr_core_news_sm"
    assert nlp.model_for("pl", models) == nlp.DEFAULT_MODEL
    monkeypatch.setenv(nlp.MODELS_ENV, "pl=pl_core_news_sm, de = de_core_news_md")
    assert nlp.model_for("pl", models) == "pl_core_news_sm"
    assert nlp.model_for("de", models) == "de_core_news_md"


def test_a_missing_model_falls_back_to_the_default_without_downloading() -> None:
    assert not nlp.installed("xx_no_such_model_here")
    loaded = nlp.load_for("xx", {"xx": "xx_no_such_model_here"})
    assert loaded is nlp.load(nlp.model_name())


def test_french_names_come_from_the_french_model_as_person() -> None:
    text = "Ton père, Gérard Pouliquen, le plombier de Saint-Ferjus, sera ravi."
    (view,) = recognise(nlp.load_for("fr", {"fr": "fr_core_news_sm"}), [(text, [(0, len(text))])])
    persons = [text[e.start_char : e.end_char] for e in view.ents if e.label_ == "PERSON"]
    assert persons == ["Gérard Pouliquen"]


@pytest.mark.parametrize(("text", "shaped"), [
    ("he is John Smith from accounts", True),
    ("THIS USER IS PAUL OKONJO", True),
    ("please stop reverting my edits. thanks", False),
    ("Hello there, see the talk page", False),
])
def test_name_shaped_texts(text: str, shaped: bool) -> None:
    assert name_shaped(text) is shaped


_PIECES = ["John", "Smith", "PAUL", "OKONJO", "Éva", "Łukasz", "mary", " ", "\t", "\n", ". ",
           "! ", "x", "A", "DE", "O'Neil", "-", "1"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=12))
def test_name_shapes_are_found_the_same_without_the_capital_look_ahead(pieces: list[str]) -> None:
    text = "".join(pieces)
    gate = f"(?=[{_UPPER}])(?:"
    assert _NAME_SHAPED.pattern.startswith(gate)
    plain = re.compile(_NAME_SHAPED.pattern[len(gate):-1])
    assert [m.span() for m in _NAME_SHAPED.finditer(text)] == [
        m.span() for m in plain.finditer(text)]


def _windows(judge: Judge, namespace: int, added: str) -> list[tuple[int, int]]:
    record = EditRecord(id="t", wiki="enwiki", server_name="en.wikipedia.org",
                        namespace=namespace, title="Talk:X" if namespace else "X", user="Writer",
                        type="edit", comment="", added=added)
    pending = judge._guarded(judge._prepare, _Pending(record, {}))
    judge._read_wording([pending])
    return pending.windows


def _every_whole_text() -> JudgeConfig:
    """The config with the NER cascade off (tests/judgement/test_ner_cascade.py tests it)."""
    config = load_config()
    ner = {**config.data["ner"], "whole_text_min_text_score": 0}
    return JudgeConfig({**config.data, "ner": ner}, config.source)


def test_discussions_get_ner_over_the_whole_text_articles_only_around_candidates() -> None:
    judge = Judge(_every_whole_text(), nlp=lambda: None)
    added = "The person who keeps reverting is Marta Kowalska from the village. " * 3
    assert _windows(judge, 1, added)[0][0] == 0
    assert sum(hi - lo for lo, hi in _windows(judge, 1, added)) >= len(added.strip()) - 5
    assert _windows(judge, 0, added) == []  # an article without candidates or cues


def test_whole_text_ner_is_capped_per_edit() -> None:
    config = _every_whole_text()
    judge = Judge(config, nlp=lambda: None)
    added = "Some talk about Marta Kowalska and the Village Hall. " * 2000
    spans = _windows(judge, 1, added)
    assert sum(hi - lo for lo, hi in spans) <= int(config.data["ner_max_chars"])
