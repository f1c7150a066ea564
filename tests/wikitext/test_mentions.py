"""Accounts the text mentions: links, templates, signatures, localized namespaces."""

from __future__ import annotations

import pytest

from wikitext import find_timestamps, link_target, normalise_account, to_plain

LINKS = [
    ("User:Kestrelmoor", ("Kestrelmoor", "user")),
    ("User talk:Kestrelmoor", ("Kestrelmoor", "user_talk")),
    ("user_talk:kestrel_moor", ("Kestrel moor", "user_talk")),
    ("User:Kestrelmoor/sandbox", ("Kestrelmoor", "user")),
    ("Special:Contributions/192.0.2.66", ("192.0.2.66", "contribs")),
    ("Special:Contributions/2001:db8::a12", ("2001:DB8::A12", "contribs")),
    ("Spezial:Beiträge/192.0.2.66", ("192.0.2.66", "contribs")),
    ("Utilisateur:Jean", ("Jean", "user")),
    ("Discussion utilisateur:Jean", ("Jean", "user_talk")),
    ("Benutzer:Kranichflug", ("Kranichflug", "user")),
    ("Benutzerin:Anna", ("Anna", "user")),
    ("Benutzer Diskussion:Kranichflug", ("Kranichflug", "user_talk")),
    ("Usuario:Pablo", ("Pablo", "user")),
    ("Usuaria:Ana", ("Ana", "user")),
    ("Usuario discusión:Pablo", ("Pablo", "user_talk")),
    ("Utente:Lupo Grigio", ("Lupo Grigio", "user")),
    ("Discussioni utente:Lupo Grigio", ("Lupo Grigio", "user_talk")),
    ("Usuário:Cascata Azul", ("Cascata Azul", "user")),
    ("Gebruiker:Zeebries", ("Zeebries", "user")),
    ("U:Short", ("Short", "user")),
    ("UT:Short", ("Short", "user_talk")),
    ("c:User talk:Quillon", ("Quillon", "user_talk")),
    (":en:User:Someone", ("Someone", "user")),
    ("User:Kestrelmoor#Section", ("Kestrelmoor", "user")),
    ("Help:Contents", None),
    ("Userbox", None),
    ("User:", None),
]


@pytest.mark.parametrize(("title", "expected"), LINKS)
def test_link_target(title: str, expected: tuple[str, str] | None) -> None:
    assert link_target(title) == expected


def test_normalise_account() -> None:
    assert normalise_account("  mühl_bachtal ") == "Mühl bachtal"
    assert normalise_account("2001:db8:0:0::1") == "2001:DB8::1"
    assert normalise_account("") == ""


SIGNED = (
    "You reverted me. --[[User:Kestrelmoor|Kestrelmoor]] "
    "([[User talk:Kestrelmoor|talk]]) 15:27, 9 January 2024 (UTC)"
)


def test_english_signature_is_marked_and_is_the_editor() -> None:
    p = to_plain(SIGNED, editor="Kestrelmoor")
    kinds = [(m.account, m.kind, m.is_editor) for m in p.mentions]
    assert kinds == [
        ("Kestrelmoor", "signature", True),
        ("Kestrelmoor", "user_talk", True),
    ]
    sig = p.mentions[0]
    assert p.text[sig.start:sig.end] == "Kestrelmoor"
    (ts,) = p.timestamps
    assert p.text[ts[0]:ts[1]] == "15:27, 9 January 2024 (UTC)"


def test_signature_of_someone_else_is_not_the_editor() -> None:
    p = to_plain(SIGNED, editor="Other_user")
    assert p.mentions[0].kind == "signature"
    assert not any(m.is_editor for m in p.mentions)


@pytest.mark.parametrize(
    ("wikitext", "account"),
    [
        ("Text. --[[Benutzer:Kranichflug|Kranichflug]] ([[Benutzer Diskussion:Kranichflug|"
         "Diskussion]]) 21:14, 4. Mär. 2024 (CET)", "Kranichflug"),
        ("Testo. --[[Utente:Lupo Grigio|Lupo Grigio]] ([[Discussioni utente:Lupo Grigio|msg]])"
         " 18:05, 12 feb 2024 (CET)", "Lupo Grigio"),
        ("Texto. [[Usuário:Cascata Azul|Cascata Azul]] ([[Usuário Discussão:Cascata Azul|"
         "discussão]]) 22h41min de 3 de abril de 2024 (UTC)", "Cascata Azul"),
        ("Texte. [[Utilisateur:Jean|Jean]] ([[Discussion utilisateur:Jean|discuter]]) "
         "9 janvier 2024 à 15:27 (CET)", "Jean"),
        ("Tekst. [[Gebruiker:Zeebries|Zeebries]] ([[Overleg gebruiker:Zeebries|overleg]]) "
         "9 jan 2024 15:27 (CEST)", "Zeebries"),
    ],
)
def test_localized_signatures(wikitext: str, account: str) -> None:
    p = to_plain(wikitext, editor=account)
    sigs = [m for m in p.mentions if m.kind == "signature"]
    assert [(m.account, m.is_editor) for m in sigs] == [(account, True)]
    assert len(p.timestamps) == 1


def test_mention_in_body_is_not_a_signature() -> None:
    src = "It is [[User:Fennick]] logged out: [[Special:Contributions/203.0.113.77]]. " + SIGNED
    p = to_plain(src, editor="Kestrelmoor")
    kinds = {(m.account, m.kind) for m in p.mentions}
    assert ("Fennick", "user") in kinds
    assert ("203.0.113.77", "contribs") in kinds
    assert ("Kestrelmoor", "signature") in kinds
    fennick = next(m for m in p.mentions if m.account == "Fennick")
    assert p.text[fennick.start:fennick.end] == "User:Fennick"
    assert not fennick.is_editor


@pytest.mark.parametrize(
    ("wikitext", "expected"),
    [
        ("{{u|Vireo Patch}} said so", [("Vireo Patch", "user", "Vireo Patch")]),
        ("{{user|Vireo_Patch}}", [("Vireo Patch", "user", "Vireo_Patch")]),
        ("{{ping|Alder Creek|Meridian Sway}} hi", [
            ("Alder Creek", "ping", "Alder Creek"), ("Meridian Sway", "ping", "Meridian Sway"),
        ]),
        ("{{reply to|Sorrel Kite}} ok", [("Sorrel Kite", "ping", "Sorrel Kite")]),
        ("{{re|Sorrel Kite}} ok", [("Sorrel Kite", "ping", "Sorrel Kite")]),
        ("{{userlinks|GlenmoorPR}}", [("GlenmoorPR", "user", "GlenmoorPR")]),
        ("{{IPvandal|203.0.113.77}}", [("203.0.113.77", "contribs", "203.0.113.77")]),
    ],
)
def test_mention_templates(wikitext: str, expected: list[tuple[str, str, str]]) -> None:
    p = to_plain(wikitext)
    assert [(m.account, m.kind, p.text[m.start:m.end]) for m in p.mentions] == expected


def test_own_author_credit_is_the_editor() -> None:
    p = to_plain("{{Information\n|author=[[User:Polderkant|Polderkant]]\n}}", editor="polderkant")
    (m,) = p.mentions
    assert (m.account, m.kind, m.is_editor) == ("Polderkant", "user", True)


@pytest.mark.parametrize(
    "text",
    ["15:27, 9 January 2024 (UTC)", "21:14, 4. Mär. 2024 (CET)", "06:52, 12 March 2024 (UTC)",
     "22h41min de 3 de abril de 2024 (UTC)", "10:00, 1 July 2024 (CEST)"],
)
def test_find_timestamps(text: str) -> None:
    (span,) = find_timestamps("signed " + text)
    assert span[1] == len("signed " + text)
    assert span[0] <= len("signed ") + 2


def test_no_timestamp_without_time_or_year() -> None:
    assert find_timestamps("the office (UTC) is closed in 2024") == ()
    assert find_timestamps("meet at 10:30 (CET)") == ()
