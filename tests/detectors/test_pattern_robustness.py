"""Every pattern detector, on any text: never raises, spans inside the text, and returns on
pathological input (the regexes are bounded, so these finish; no timing is asserted)."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from detectors.base import Detector, TextContext
from detectors.email import EmailDetector
from detectors.finding import TYPES
from detectors.id_number import IdNumberDetector
from detectors.ip_address import IpAddressDetector
from detectors.phone import PhoneDetector
from detectors.profile import ProfileDetector
from detectors.threat import ThreatDetector

DETECTORS: list[Detector] = [
    EmailDetector(), PhoneDetector(), IpAddressDetector(), ProfileDetector(), ThreatDetector(),
    IdNumberDetector(),
]
IDS = [d.name for d in DETECTORS]

# Text made of the characters the regexes care about, so hypothesis reaches the validators.
ALPHABET = st.sampled_from([
    *"0123456789 .-+@()[]:/#abcdefxyzATDO＠．\n\u00a0–",
    " at ", " dot ", "tel ", "example", "com", "ISBN ", "@user", "instagram.com/", "passport ",
    "I know where you live", "2001:db8::", "ssn ",
])
TEXTS = st.one_of(st.text(max_size=300), st.lists(ALPHABET, max_size=80).map("".join))

PATHOLOGICAL = [
    "1" * 100_000,
    "@" * 50_000,
    "." * 50_000,
    "@." * 25_000,
    " " * 100_000,
    "a" * 100_000,
    "a@" * 30_000,
    "a.b " * 25_000,
    "1." * 50_000,
    "1 " * 50_000,
    "+1 (" * 20_000,
    ":" * 50_000,
    "a:" * 30_000,
    " at " * 20_000,
    " at example dot" * 5_000,
    "@a@a." * 10_000,
    "x" * 10_000 + "@" + "y." * 10_000,
    "a#" * 30_000,
    "u/" * 30_000,
    "instagram.com/" * 5_000,
    "Discord: " * 10_000,
    "a-" * 50_000,
    "I will " * 10_000 + "your name",
    "your real name " * 5_000,
    "I'll post your " * 5_000,
    "ich stelle deinen Namen " * 3_000,
    "I know where you live. " * 3_000,
    "passport " * 10_000,
    "SSN 123-45-6789 " * 3_000,
    "A1" * 50_000,
    "DE89 " * 20_000,
    "@ab " * 50_000,
    "0000 " * 40_000,
]


def check(detector: Detector, text: str) -> None:
    for finding in detector.detect(TextContext(text, regions=("GB", "US", "DE"))):
        assert 0 <= finding.start < finding.end <= len(text)
        assert 0.0 <= finding.confidence <= 1.0
        assert finding.type in TYPES
        assert finding.detector == detector.name


@pytest.mark.parametrize("detector", DETECTORS, ids=IDS)
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=TEXTS)
def test_never_raises_and_spans_lie_in_the_text(detector: Detector, text: str) -> None:
    check(detector, text)


@pytest.mark.parametrize("detector", DETECTORS, ids=IDS)
@pytest.mark.parametrize("text", PATHOLOGICAL, ids=range(len(PATHOLOGICAL)))
def test_pathological_input_returns(detector: Detector, text: str) -> None:
    check(detector, text)
