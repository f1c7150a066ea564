"""Which types a flagged edit lists: the model's types where a detector found them, values found
with little doubt, and types the wording alone carries."""

from __future__ import annotations

import pytest

from detectors.finding import TYPES, Finding
from judgement.learned import listed
from judgement.model import Scores
from judgement.operating import Listing, OperatingPoints

LEVEL = 0.25
POINTS = OperatingPoints({"cautious": 0.8, "balanced": 0.4, "wide": 0.2},
                         dict.fromkeys(TYPES, LEVEL), {})


def scores(**types: float) -> Scores:
    return Scores(0.9, {t: types.get(t, 0.0) for t in TYPES})


def found(kind: str, confidence: float = 0.9) -> Finding:
    return Finding(kind, 0, 5, confidence, kind)


# (case, type scores, findings, listed from findings, listed from the wording)
CASES = [
    ("a found type at its level", {"name": 0.3}, [found("name")], ["name"], []),
    ("a type at its level but not found is not listed", {"name": 0.3, "email": 0.1},
     [found("email")], ["email"], []),
    ("a phone found with confidence, its score under its level",
     {"name": 0.6, "phone": 0.06}, [found("name"), found("phone", 0.7)], ["name", "phone"], []),
    ("a phone found with little confidence", {"name": 0.6, "phone": 0.06},
     [found("name"), found("phone", 0.3)], ["name"], []),
    ("a phone whose score is far under its level", {"name": 0.6, "phone": 0.01},
     [found("name"), found("phone", 0.9)], ["name"], []),
    ("a name is not a value: under its level it is not listed", {"email": 0.5, "name": 0.2},
     [found("email"), found("name")], ["email"], []),
    ("a threat in the wording alone, well over its level", {"threat": 0.6, "name": 0.5},
     [found("name")], ["name"], ["threat"]),
    ("a threat in the wording alone, just over its level", {"threat": 0.3, "name": 0.5},
     [found("name")], ["name"], []),
    ("nothing qualifies: the found type nearest its level",
     {"name": 0.2, "workplace": 0.1}, [found("name"), found("workplace")], ["name"], []),
]


@pytest.mark.parametrize(("case", "type_scores", "findings", "want_found", "want_worded"),
                         CASES, ids=[c[0] for c in CASES])
def test_types_listed(case: str, type_scores: dict[str, float], findings: list[Finding],
                      want_found: list[str], want_worded: list[str]) -> None:
    assert listed(scores(**type_scores), POINTS, findings) == (want_found, want_worded)


def test_the_listing_rules_come_from_the_config() -> None:
    strict = Listing.from_json({"values": ["email"], "min_confidence": 0.95, "worded": {}})
    points = OperatingPoints(POINTS.levels, POINTS.types, {}, listing=strict)
    assert listed(scores(name=0.6, phone=0.2, threat=0.9), points,
                  [found("name"), found("phone")]) == (["name"], [])
    assert Listing.from_json(None) == Listing()
