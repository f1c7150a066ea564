"""Check-digit validators for national identifiers, bank accounts and cards.

Each takes the identifier with separators already removed (upper-case) and says whether its
check digits (and, where the format has them, its embedded date and issuance rules) hold.
Most come from python-stdnum, which maintains these formats; the few it lacks (German ID card
serial, UK driving licence, Singapore NRIC, US SSN issuance without stdnum's list of published
numbers) are here. A valid checksum is evidence, not proof: short checksums (mod 11, mod 23)
also pass one random string in 11 or 23, so the detector still wants context for those.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from types import ModuleType

from stdnum import iban as _iban
from stdnum import luhn as _luhn
from stdnum.br import cpf as _cpf
from stdnum.ca import sin as _sin
from stdnum.ch import ssn as _ch_ssn
from stdnum.cl import rut as _rut
from stdnum.de import idnr as _idnr
from stdnum.dk import cpr as _cpr
from stdnum.es import nif as _es_nif
from stdnum.fi import hetu as _hetu
from stdnum.fr import nir as _nir
from stdnum.gb import nhs as _nhs
from stdnum.in_ import aadhaar as _aadhaar
from stdnum.in_ import epic as _epic
from stdnum.in_ import pan as _pan
from stdnum.it import codicefiscale as _cf
from stdnum.kr import rrn as _rrn
from stdnum.mx import curp as _curp
from stdnum.nl import bsn as _bsn
from stdnum.no import fodselsnummer as _fnr
from stdnum.pl import pesel as _pesel
from stdnum.pt import cc as _pt_cc
from stdnum.pt import nif as _pt_nif
from stdnum.ro import cnp as _cnp
from stdnum.se import personnummer as _pnr
from stdnum.tr import tckimlik as _tckimlik
from stdnum.us import itin as _itin
from stdnum.za import idnr as _za_idnr

_SEPARATORS = re.compile(r"[\s.\-/]")


def compact(value: str) -> str:
    """Separators removed, upper-case: the form the hand-written checks below expect."""
    return _SEPARATORS.sub("", value).upper()


def _valid(module: ModuleType) -> Callable[[str], bool]:
    """The stdnum module's own check (it removes the separators its format allows)."""
    def valid(value: str) -> bool:
        try:
            return bool(module.is_valid(value))
        except Exception:  # a format module that trips over odd input says no, never raises
            return False

    return valid


luhn = _valid(_luhn)
iban = _valid(_iban)
french_nir = _valid(_nir)
spanish_dni = _valid(_es_nif)  # DNI, NIE and the other NIFs
italian_codice_fiscale = _valid(_cf)
german_tax_id = _valid(_idnr)
dutch_bsn = _valid(_bsn)
brazilian_cpf = _valid(_cpf)
uk_nhs_number = _valid(_nhs)
finnish_hetu = _valid(_hetu)
swedish_personnummer = _valid(_pnr)
korean_rrn = _valid(_rrn)
turkish_tckimlik = _valid(_tckimlik)
south_african_id = _valid(_za_idnr)
canadian_sin = _valid(_sin)
us_itin = _valid(_itin)
indian_epic = _valid(_epic)
indian_aadhaar = _valid(_aadhaar)
indian_pan = _valid(_pan)
polish_pesel = _valid(_pesel)
portuguese_nif = _valid(_pt_nif)
portuguese_cc = _valid(_pt_cc)
mexican_curp = _valid(_curp)
chilean_rut = _valid(_rut)
danish_cpr = _valid(_cpr)
norwegian_fnr = _valid(_fnr)
romanian_cnp = _valid(_cnp)
swiss_ahv = _valid(_ch_ssn)


def any_of(*checks: Callable[[str], bool]) -> Callable[[str], bool]:
    """Valid in any of several schemes that share a shape (eleven digits: CPF, PESEL...)."""
    return lambda value: any(check(value) for check in checks)


def card(value: str) -> bool:
    """A payment card: Luhn plus a known issuer prefix and one of its lengths."""
    digits = compact(value)
    if not (12 <= len(digits) <= 19 and digits.isdigit() and luhn(digits)):
        return False
    return any(digits.startswith(prefix) and len(digits) in lengths
               for prefixes, lengths in _ISSUERS for prefix in prefixes)


def _prefixes(lo: int, hi: int) -> tuple[str, ...]:
    return tuple(str(n) for n in range(lo, hi + 1))


_ISSUERS: tuple[tuple[tuple[str, ...], tuple[int, ...]], ...] = (
    (("4",), (13, 16, 19)),  # Visa
    (_prefixes(51, 55) + _prefixes(2221, 2720), (16,)),  # Mastercard
    (("34", "37"), (15,)),  # American Express
    (("6011", "65", *_prefixes(644, 649)), (16, 17, 18, 19)),  # Discover
    (_prefixes(3528, 3589), (16, 17, 18, 19)),  # JCB
    ((*_prefixes(300, 305), "36", "38", "39", "3095"), (14, 15, 16, 17, 18, 19)),  # Diners
    (("50", "56", "57", "58", "67", "6304", "6759"), tuple(range(12, 20))),  # Maestro
    (("62",), (16, 17, 18, 19)),  # UnionPay
)


def german_id_card(value: str) -> bool:
    """German ID card (Personalausweis) serial: 9 characters + check digit, weights 7-3-1."""
    value = compact(value)
    weights = (7, 3, 1)
    if len(value) != 10:
        return False
    total = sum(int(c, 36) * weights[i % 3] for i, c in enumerate(value[:9]))
    return value[9:].isdigit() and total % 10 == int(value[9])


def us_ssn_valid_area(digits: str) -> bool:
    """US SSN issuance rules: area not 000, 666 or 900-999; group not 00; serial not 0000.
    (stdnum also refuses numbers once printed in adverts; posted about someone, they are
    still an SSN.)"""
    digits = compact(digits)
    if len(digits) != 9 or not digits.isdigit():
        return False
    area, group, serial = digits[:3], digits[3:5], digits[5:]
    return area not in ("000", "666") and area[0] != "9" and group != "00" and serial != "0000"


def us_ssn_or_itin(digits: str) -> bool:
    return us_ssn_valid_area(digits) or us_itin(digits)


def uk_nino_valid_prefix(value: str) -> bool:
    """UK National Insurance prefix rules (D, F, I, Q, U, V never; O never second; some pairs)."""
    value = compact(value)
    prefix = value[:2]
    if any(c in "DFIQUV" for c in prefix) or prefix[1] == "O":
        return False
    return prefix not in ("BG", "GB", "KN", "NK", "NT", "TN", "ZZ")


_UK_DL = re.compile(
    r"^[A-Z9]{5}\d(?:[05][1-9]|[16][0-2])(?:0[1-9]|[12]\d|3[01])\d[A-Z9]{2}\d[A-Z]{2}$")


def uk_driving_licence(value: str) -> bool:
    """UK driving licence: surname, birth decade, month (+50 for women), day, year, initials."""
    return bool(_UK_DL.match(compact(value)))


_NRIC_WEIGHTS = (2, 7, 6, 5, 4, 3, 2)
_NRIC_LETTERS = {"ST": "JZIHGFEDCBA", "FG": "XWUTRQPNMLK", "M": "KLJNPQRTUWX"}


def singapore_nric(value: str) -> bool:
    """Singapore NRIC/FIN: prefix letter, seven digits, a mod-11 check letter."""
    value = compact(value)
    if len(value) != 9 or not value[1:8].isdigit():
        return False
    total = sum(int(d) * w for d, w in zip(value[1:8], _NRIC_WEIGHTS, strict=True))
    total += {"T": 4, "G": 4, "M": 3}.get(value[0], 0)
    for prefixes, letters in _NRIC_LETTERS.items():
        if value[0] in prefixes:
            return letters[total % 11] == value[8]
    return False
