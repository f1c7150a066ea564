"""The parts the judgement borrows from other packages, gathered so tests can see them."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from detectors.finding import Finding


@dataclass(frozen=True, slots=True)
class Parts:
    to_plain: Callable[[str, str], Any]  # (wikitext, editor) → wikitext.PlainText
    excerpt: Callable[[str, Sequence[Finding]], str]
    fingerprint: Callable[[bytes, str, str, tuple[str, ...]], str]  # (key, type, value, regions)
    regions: Callable[[str], tuple[str, ...]]


def default_parts() -> Parts:
    import importlib

    import wikitext
    from detectors.profile import is_profile_link
    from detectors.regions import regions_for

    # imported by name: redaction/ is another package's work and lands on its own schedule
    excerpt = importlib.import_module("redaction.excerpt").excerpt
    fingerprint = importlib.import_module("redaction.fingerprint").fingerprint

    def plain(source: str, editor: str) -> Any:
        return wikitext.to_plain(source, editor=editor, link_kept=is_profile_link)

    def masked(text: str, findings: Sequence[Finding]) -> str:
        return str(excerpt(text, list(findings)))

    def keyed(key: bytes, kind: str, value: str, regions: tuple[str, ...]) -> str:
        return str(fingerprint(key, kind, value, regions))

    return Parts(plain, masked, keyed, regions_for)
