"""Every detector by name; the judgement's configuration picks which ones run.

Entries are "module:Class" so a detector module is imported only when chosen. A detector
whose module is missing is reported by `build` (never silently dropped).
"""

from __future__ import annotations

import importlib
from collections.abc import Iterable

from detectors.base import Detector

REGISTRY: dict[str, str] = {
    "email": "detectors.email:EmailDetector",
    "phone": "detectors.phone:PhoneDetector",
    "phone_words": "detectors.spelled:SpelledPhoneDetector",
    "id_number": "detectors.id_number:IdNumberDetector",
    "ip_address": "detectors.ip_address:IpAddressDetector",
    "profile": "detectors.profile:ProfileDetector",
    "threat": "detectors.threat:ThreatDetector",
    "address": "detectors.address:AddressDetector",
    "birth_date": "detectors.birth_date:BirthDateDetector",
    "workplace": "detectors.workplace:WorkplaceDetector",
    "name": "detectors.ner:NameDetector",
}
# Detectors that read TextContext.doc (spaCy entities); the rest are pure patterns.
NEEDS_DOC = frozenset({"name"})


def create(name: str) -> Detector:
    """A new detector `name`; KeyError if unknown, ImportError if its module is missing."""
    module_name, _, class_name = REGISTRY[name].partition(":")
    module = importlib.import_module(module_name)
    detector: Detector = getattr(module, class_name)()
    return detector


def build(names: Iterable[str]) -> tuple[list[Detector], list[str]]:
    """The detectors `names` that can be created, and the names that could not."""
    made: list[Detector] = []
    missing: list[str] = []
    for name in names:
        try:
            made.append(create(name))
        except (KeyError, ImportError, AttributeError):
            missing.append(name)
    return made, missing
