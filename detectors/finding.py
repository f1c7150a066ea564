"""The one value every detector returns."""

from __future__ import annotations

from dataclasses import dataclass

# The corpus vocabulary (../shared/corpus/README.md).
TYPES = (
    "email", "phone", "name", "address", "birth_date", "workplace",
    "id_number", "ip_address", "profile", "threat",
)


@dataclass(frozen=True, slots=True)
class Finding:
    """A span [start, end) of the plain text that may be personal information of `type`.

    It never holds the value itself: whoever needs it slices the text, so a finding can be
    logged, counted or sent between processes without carrying personal information.
    """

    type: str
    start: int
    end: int
    confidence: float
    detector: str
