"""Check-digit validators for national identifiers, bank accounts and cards.

Each takes the identifier with separators already removed (upper-case) and says whether its
check digits hold. A valid checksum is evidence, not proof: short checksums (mod 11, mod 23)
also pass one random string in 11 or 23, so the detector still wants context for those.
"""

from __future__ import annotations

_DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE"
_CF_ODD = {
    **dict(zip("0123456789", (1, 0, 5, 7, 9, 13, 15, 17, 19, 21), strict=True)),
    **dict(zip("ABCDEFGHIJKLMNOPQRSTUVWXYZ",
               (1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10,
                22, 25, 24, 23), strict=True)),
}


def luhn(digits: str) -> bool:
    """Payment cards (and others): the Luhn mod-10 sum."""
    total = 0
    for i, char in enumerate(reversed(digits)):
        value = int(char) * (2 if i % 2 else 1)
        total += value - 9 if value > 9 else value
    return total % 10 == 0


def card(digits: str) -> bool:
    """A payment card: Luhn plus a known issuer prefix and length."""
    if not (13 <= len(digits) <= 19 and luhn(digits)):
        return False
    head2, head4 = int(digits[:2]), int(digits[:4])
    return (
        digits[0] == "4"
        or 51 <= head2 <= 55 or 2221 <= head4 <= 2720  # Mastercard
        or head2 in (34, 37)  # American Express
        or digits.startswith(("6011", "65"))  # Discover
        or 3528 <= head4 <= 3589  # JCB
    )


def iban(value: str) -> bool:
    """IBAN: country code, two check digits, mod 97 of the rearranged number is 1."""
    if not (15 <= len(value) <= 34 and value[:2].isalpha() and value[2:4].isdigit()):
        return False
    rearranged = value[4:] + value[:4]
    number = "".join(str(int(c, 36)) for c in rearranged)
    return int(number) % 97 == 1


def french_nir(value: str) -> bool:
    """French social security number: 13 characters and a mod-97 key (Corsica 2A/2B)."""
    body, key = value[:13], value[13:]
    body = body.replace("2A", "19").replace("2B", "18")
    if not (body.isdigit() and key.isdigit() and len(key) == 2):
        return False
    return 97 - int(body) % 97 == int(key)


def spanish_dni(value: str) -> bool:
    """Spanish DNI (8 digits + letter) and NIE (X/Y/Z + 7 digits + letter)."""
    number = value[:-1]
    if number[:1] in ("X", "Y", "Z"):
        number = str("XYZ".index(number[0])) + number[1:]
    return number.isdigit() and _DNI_LETTERS[int(number) % 23] == value[-1]


def italian_codice_fiscale(value: str) -> bool:
    """Italian fiscal code: 15 characters and a check letter (odd/even position tables)."""
    total = 0
    for i, char in enumerate(value[:15]):
        if i % 2 == 0:
            total += _CF_ODD[char]
        else:
            total += int(char) if char.isdigit() else ord(char) - ord("A")
    return chr(ord("A") + total % 26) == value[15]


def german_tax_id(digits: str) -> bool:
    """German Steuer-ID: 11 digits, ISO 7064 MOD 11,10 check digit, no leading zero."""
    if len(digits) != 11 or digits[0] == "0":
        return False
    product = 10
    for char in digits[:10]:
        total = (int(char) + product) % 10 or 10
        product = (total * 2) % 11
    return (11 - product) % 10 == int(digits[10])


def dutch_bsn(digits: str) -> bool:
    """Dutch citizen service number: the 11-proof (weights 9..2 and -1)."""
    if len(digits) != 9 or digits == "000000000":
        return False
    weights = (9, 8, 7, 6, 5, 4, 3, 2, -1)
    return sum(int(d) * w for d, w in zip(digits, weights, strict=True)) % 11 == 0


def brazilian_cpf(digits: str) -> bool:
    """Brazilian CPF: 11 digits, two mod-11 check digits, not all the same digit."""
    if len(digits) != 11 or len(set(digits)) == 1:
        return False
    for size in (9, 10):
        total = sum(int(d) * w for d, w in zip(digits[:size], range(size + 1, 1, -1), strict=True))
        if (total * 10) % 11 % 10 != int(digits[size]):
            return False
    return True


def german_id_card(value: str) -> bool:
    """German ID card (Personalausweis) serial: 9 characters + check digit, weights 7-3-1."""
    weights = (7, 3, 1)
    total = sum(int(c, 36) * weights[i % 3] for i, c in enumerate(value[:9]))
    return value[9:].isdigit() and total % 10 == int(value[9])


def us_ssn_valid_area(digits: str) -> bool:
    """US SSN issuance rules: area not 000, 666 or 900-999; group not 00; serial not 0000."""
    area, group, serial = digits[:3], digits[3:5], digits[5:]
    return area not in ("000", "666") and area[0] != "9" and group != "00" and serial != "0000"


def uk_nino_valid_prefix(value: str) -> bool:
    """UK National Insurance prefix rules (D, F, I, Q, U, V never; O never second; some pairs)."""
    prefix = value[:2]
    if any(c in "DFIQUV" for c in prefix) or prefix[1] == "O":
        return False
    return prefix not in ("BG", "GB", "KN", "NK", "NT", "TN", "ZZ")


def uk_nhs_number(digits: str) -> bool:
    """UK NHS number: 10 digits, mod-11 check digit with weights 10..2 (check 10 is invalid)."""
    if len(digits) != 10:
        return False
    check = 11 - sum(int(d) * w for d, w in zip(digits[:9], range(10, 1, -1), strict=True)) % 11
    return (0 if check == 11 else check) == int(digits[9])
