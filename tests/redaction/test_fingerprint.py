"""Fingerprints: equivalent spellings link, different keys and types do not."""

from __future__ import annotations

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from redaction import fingerprint, normalise
from redaction.fingerprint import DIGEST_CHARS

KEY = b"test-key-1"
EN = ("GB", "US", "IE", "AU")

SAME = [
    ("phone", "+44 7700 900317", "07700 900317", EN),
    ("phone", "(541) 555-0162", "+1 541-555-0162", EN),
    ("phone", "0171 3920047", "+49 171 3920047", ("DE", "AT")),
    ("phone", "06-55508812", "+31 6 5550 8812", ("NL", "BE")),
    ("email", "Paul.Okonjo90@Example.com ", "paul.okonjo90@example.com", ()),
    ("email", "tw.photos [at] example [dot] net", "tw.photos@example.net", ()),
    ("email", "ｊｏ@example.org", "jo@example.org", ()),
    ("name", "Paul   OKONJO", "paul okonjo", ()),
    ("name", "Straße Müller", "STRASSE müller", ()),
    ("ip_address", "2001:DB8:0:0::A12", "2001:db8::a12", ()),
    ("ip_address", " 203.0.113.45", "203.0.113.45", ()),
    ("profile", "https://www.Instagram.com/renata.moura/", "instagram.com/renata.moura", ()),
    ("id_number", "54 087 219 463", "54087219463", ()),
]

DIFFERENT = [
    ("email", "paul.okonjo@example.com", "paulokonjo@example.com"),
    ("email", "jo+wiki@example.org", "jo@example.org"),
    ("phone", "+44 7700 900317", "+44 7700 900318"),
    ("name", "Paul Okonjo", "Paula Okonjo"),
]


@pytest.mark.parametrize(("type", "a", "b", "regions"), SAME)
def test_equivalent_forms_link(type: str, a: str, b: str, regions: tuple[str, ...]) -> None:
    assert normalise(type, a, regions) == normalise(type, b, regions)
    assert fingerprint(KEY, type, a, regions) == fingerprint(KEY, type, b, regions)


@pytest.mark.parametrize(("type", "a", "b"), DIFFERENT)
def test_different_values_do_not_link(type: str, a: str, b: str) -> None:
    assert fingerprint(KEY, type, a, EN) != fingerprint(KEY, type, b, EN)


def test_phone_normal_form_is_e164_and_region_string_works() -> None:
    assert normalise("phone", "07700 900317", "GB") == "+447700900317"
    assert normalise("phone", "not a number 12") == "12"


def test_type_is_part_of_the_fingerprint() -> None:
    assert fingerprint(KEY, "name", "x") != fingerprint(KEY, "workplace", "x")


def test_empty_key_is_refused_without_the_value_in_the_message() -> None:
    with pytest.raises(ValueError, match="key") as info:
        fingerprint(b"", "email", "secret@example.org")
    assert "secret" not in str(info.value)


@given(
    key1=st.binary(min_size=1, max_size=32),
    key2=st.binary(min_size=1, max_size=32),
    type=st.sampled_from(["email", "phone", "name", "ip_address", "profile", "address"]),
    value=st.text(max_size=60),
)
def test_fingerprints_are_hex_stable_and_keyed(
    key1: bytes, key2: bytes, type: str, value: str
) -> None:
    # HMAC pads short keys with zero bytes, so b"k" and b"k\0" are one key.
    assume(key1.rstrip(b"\0") != key2.rstrip(b"\0"))
    a = fingerprint(key1, type, value, EN)
    assert a == fingerprint(key1, type, value, EN)
    assert len(a) == DIGEST_CHARS
    assert set(a) <= set("0123456789abcdef")
    assert a != fingerprint(key2, type, value, EN)
