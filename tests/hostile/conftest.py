"""One real Judge (spaCy model included) for the hostile-input suite's in-process tests."""

from __future__ import annotations

from typing import Any

import pytest

from detectors import nlp
from judgement.config import load_config
from judgement.judge import Judge
from judgement.parts import default_parts


@pytest.fixture(scope="session")
def judge() -> Judge:
    return Judge(load_config(), default_parts())


@pytest.fixture(scope="session")
def spacy_nlp() -> Any:
    return nlp.load()
