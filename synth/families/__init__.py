"""Every phrasing family: each module here holds `FAMILIES`, a tuple of `synth.family.Family`."""

from __future__ import annotations

import importlib
import pkgutil

from synth.family import Family


def all_families() -> tuple[Family, ...]:
    found: list[Family] = []
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        module = importlib.import_module(f"{__name__}.{info.name}")
        found.extend(getattr(module, "FAMILIES", ()))
    ids = [f.id for f in found]
    duplicated = {i for i in ids if ids.count(i) > 1}
    if duplicated:
        raise ValueError(f"duplicate family ids: {sorted(duplicated)}")
    return tuple(found)
