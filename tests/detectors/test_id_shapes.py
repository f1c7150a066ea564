"""The identity-number shapes are written first character first (detectors/id_number.py):
each must find exactly what its plain form, the word-start check first, finds."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from detectors.id_number import _SCHEMES

PLAIN = (
    r"(?<![\w-])\d{3}[- ]\d{2}[- ]\d{4}(?![\w-])",
    r"(?<!\w)[A-Z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-D](?!\w)",
    r"(?<![\w.-])[12] ?\d{2} ?\d{2} ?(?:\d{2}|2[AB]) ?\d{3} ?\d{3} ?\d{2}(?![\w-])",
    r"(?<![\w-])(?:\d{8}|[XYZxyz]-?\d{7})-? ?[A-Za-z](?![\w-])",
    r"(?<!\w)[A-Za-z]{6}[\dLMNP-Vlmnp-v]{2}"
    r"[A-EHLMPR-Ta-ehlmpr-t][\dLMNP-Vlmnp-v]{2}[A-Za-z][\dLMNP-Vlmnp-v]{3}[A-Za-z](?!\w)",
    r"(?<![\w.-])\d{2} ?\d{3} ?\d{3} ?\d{3}(?![\w-])",
    r"(?<![\w-])[CFGHJKLMNPRTVWXYZ][CFGHJKLMNPRTVWXYZ0-9]{8}\d(?!\w)",
    r"(?<![\w.-])\d{4}\.?\d{2}\.?\d{3}(?![\w-])",
    r"(?<![\w.-])\d{3}[- ]\d{3}[- ]\d{3}(?![\w-])",
    r"(?<![\w.-])\d{3}\.\d{3}\.\d{3}-\d{2}(?![\w-])",
    r"(?<![\w.-])\d{11}(?![\w-])",
    r"(?<![\w.-])\d{13}(?![\w-])",
    r"(?<![\w.-])\d{3} ?\d{3} ?\d{4}(?![\w-])",
    r"(?<![\w.-])\d{4}[ -]?\d{4}[ -]?\d{4}(?![\w-])",
    r"(?<![\w.-])\d{6}[-+A-FU-Ya-fu-y]\d{3}[0-9A-Ya-y](?![\w-])",
    r"(?<![\w.-])(?:\d{2})?\d{6}[-+]\d{4}(?![\w-])",
    r"(?<![\w.-])\d{6}-\d{7}(?![\w-])",
    r"(?<!\w)[STFGM]\d{7}[A-Z](?!\w)",
    r"(?<!\w)[A-Z9]{5}\d{6}[A-Z9]{2}\d[A-Z]{2}(?!\w)",
    r"(?<!\w)[1-9][AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y\d]\d-?[AC-HJKMN"
    r"P-RT-Y][AC-HJKMNP-RT-Y\d]\d-?[AC-HJKMNP-RT-Y]{2}\d{2}(?!\w)",
    r"(?<!\w)[A-Z]{3}\d{7}(?!\w)",
    r"(?<!\w)[A-Z]{5}\d{4}[A-Z](?!\w)",
    r"(?<!\w)[A-Z]{4}\d{6}[HM][A-Z]{5}[A-Z\d]\d(?!\w)",
    r"(?<![\w.-])\d{1,2}\.\d{3}\.\d{3}-[\dkK](?![\w-])",
    r"(?<![\w.-])756\.\d{4}\.\d{4}\.\d{2}(?![\w-])",
    r"(?<![\w.-])\d{8} ?\d ?[A-Z]{2}\d(?![\w-])",
    r"(?<![\w.-])\d{2} ?\d{6} ?[A-Z] ?\d{3}(?![\w-])",
    r"(?<![\w-])[A-Za-z]{2}\d{2}(?:[ -]?[A-Za-z0-9]{4}){2,7}(?:[ -]?[A-Za-z0-9]{1,4})?(?![\w-])",
    r"(?<![\w.+-])\d(?:[ -]?\d){11,18}(?![\w-])",
)
TEXT = st.text(alphabet="0123456789 .-+/_xXyYZzAaBCDEFGHKLMNPRSTUVkK\n", max_size=40)


def test_every_shape_has_its_plain_form() -> None:
    assert len(PLAIN) == len(_SCHEMES)


@pytest.mark.parametrize("index", range(len(PLAIN)))
@given(text=TEXT)
def test_shape_matches_what_its_plain_form_matches(index: int, text: str) -> None:
    fast, plain = _SCHEMES[index].shape, re.compile(PLAIN[index])
    assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)]
