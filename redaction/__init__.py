"""Masked excerpts and keyed fingerprints of finding values."""

from redaction.excerpt import excerpt
from redaction.fingerprint import fingerprint, normalise
from redaction.spans import LABELS, VISIBLE_TYPES

__all__ = ["LABELS", "VISIBLE_TYPES", "excerpt", "fingerprint", "normalise"]
