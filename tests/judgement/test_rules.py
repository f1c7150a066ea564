"""The judgement's rules, table-driven, in phrasings and languages the dev corpus does not use."""

from __future__ import annotations

from typing import Any

import pytest

from judgement.judge import Judge
from tests.judgement.conftest import edit

USER_TALK: dict[str, Any] = {"namespace": 3, "title": "User talk:Quietbrook"}
NOTICEBOARD: dict[str, Any] = {"namespace": 4, "title": "Wikipedia:Administrators' noticeboard"}
ARTICLE: dict[str, Any] = {"namespace": 0, "title": "Ashby"}
FILE: dict[str, Any] = {"namespace": 6, "title": "File:Garden.jpg", "wiki": "commonswiki"}
OWN_PAGE: dict[str, Any] = {"namespace": 2, "title": "User:Brook Stone"}
OWN_TALK: dict[str, Any] = {"namespace": 3, "title": "User talk:Brook Stone"}
SIG = " --[[User:Brook Stone|Brook Stone]] ([[User talk:Brook Stone|talk]]) 10:00, 1 May 2024 (UTC)"

FLAGGED = [
    ("second person name and employer",
     "Everyone on the project knows you are Margaret Okoye, the pharmacist at Linden Road Clinic."
     + SIG, USER_TALK, {"name", "workplace"}),
    ("account equated with a full name and a home",
     "Quietbrook is Tobias Wendt and he lives at 14 Orchard Lane, Pemberton." + SIG,
     NOTICEBOARD, {"name", "address"}),
    ("French real name and employer",
     "Inutile de te cacher, ton vrai nom est Julien Marchand et tu travailles chez "
     "Boulangerie Marchand à Lyon." + SIG, USER_TALK, {"name"}),
    ("Spanish real name and home",
     "El usuario Rio Claro tiene como nombre real Carmen Ruiz Ortega y vive en la Calle Mayor 12, "
     "Valladolid." + SIG, NOTICEBOARD, {"address"}),
    ("German obfuscated private email",
     "Ich habe deine private Adresse gefunden: k.brandt(at)example(dot)org" + SIG,
     USER_TALK, {"email"}),
    ("the addressee's phone number",
     "I got your number from the choir list, 07700 900123, so expect a call." + SIG,
     USER_TALK, {"phone"}),
    ("account tied to an IP",
     "Stormpetrel keeps editing logged out as 198.51.100.44 to dodge the block." + SIG,
     NOTICEBOARD, {"ip_address"}),
    ("private resident's home and mobile in an article",
     "Local resident Peter Hale lives at 3 Mill Street, Ashby, and his mobile is 07700 900777.",
     ARTICLE, {"address", "phone"}),
    ("neighbour's home address in a file description",
     "{{Information|description={{en|1=My neighbour Sandra Ellis in front of her house, "
     "Rosenweg 4, 12345 Beispielstadt.}}|source={{own}}|author=[[User:Brook Stone|Brook Stone]]}}",
     FILE, {"address"}),
    ("the addressee's birth date",
     "Happy birthday! Born on 4 May 1985, right? Found it on your Facebook." + SIG,
     USER_TALK, {"birth_date"}),
    ("the addressee's social profile",
     "Your Instagram @quietbrook.photos has exactly the same pictures." + SIG,
     USER_TALK, {"profile"}),
    ("Spanish second person name and employer",
     "Sé que eres María López Herrera y trabajas en el Hospital Central de Burgos." + SIG,
     USER_TALK, {"name", "workplace"}),
    ("German second person employer and home",
     "Du arbeitest doch bei der Stadtbibliothek Kassel und wohnst in der Gartenstraße 9." + SIG,
     USER_TALK, {"workplace", "address"}),
    ("French home address of the addressee",
     "Tu habites au 12 rue des Lilas, je t'ai vu sortir ce matin." + SIG,
     USER_TALK, {"address"}),
    ("the person behind an account",
     "The person behind the Quietbrook account is Tobias Wendt from Pemberton." + SIG,
     NOTICEBOARD, {"name"}),
    ("Italian real name and job",
     "Il vero nome di Quietbrook è Marco Bellini, lavora come infermiere all'Ospedale San Luca."
     + SIG, {**NOTICEBOARD, "wiki": "itwiki"}, {"name"}),
    ("Portuguese home of an account",
     "A Quietbrook mora na Rua Augusta 120, Lisboa, toda a gente sabe." + SIG,
     {**NOTICEBOARD, "wiki": "ptwiki"}, {"address"}),
    ("Dutch phone number of the addressee",
     "Jouw telefoonnummer is 06 12345678, heb ik van de clubsite." + SIG,
     {**USER_TALK, "wiki": "nlwiki"}, {"phone"}),
    ("account equated with an IP",
     "User:Quietbrook is the same person as IP 203.0.113.77, look at the times." + SIG,
     NOTICEBOARD, {"ip_address"}),
    ("a user's professional profile on a noticeboard",
     "Check his LinkedIn: linkedin.com/in/tobias-wendt-1984, Quietbrook is clearly him." + SIG,
     NOTICEBOARD, {"profile"}),
    ("account equated with a name by an equals sign",
     "Quietbrook = Daniel Kowalski, it's obvious from the uploads." + SIG, NOTICEBOARD, {"name"}),
    ("a relative's home address given to the addressee",
     "Your mum's address is 4 Heron Close, Dunford, I've seen it on the electoral roll." + SIG,
     USER_TALK, {"address"}),
    ("a private person's number on a noticeboard",
     "Her ex-husband's number is 07700 900111, someone should ring him." + SIG,
     NOTICEBOARD, {"phone"}),
    ("a linked account's job and employer",
     "Note that [[User:Quietbrook]] works as a receptionist at Dunford Dental." + SIG,
     NOTICEBOARD, {"workplace"}),
    ("a name introduced next to the uploader",
     "The uploader is the daughter of the bakery owner, her name is Lisa Brandt." + SIG,
     NOTICEBOARD, {"name"}),
    ("a number someone is told to ring privately",
     "Contact him privately at 07700 900432, he won't mind.", {"namespace": 1, "title": "Talk:X"},
     {"phone"}),
    ("the addressee's professional profile naming an employer",
     "Your LinkedIn (Senior Conservator, Dunford Museum Trust, linkedin.example.com/in/qb-cons)"
     " says it all." + SIG, USER_TALK, {"profile"}),
    ("a child's birth date",
     "Team photo, front row: Mia Lowe (b. 9 March 2014) and Sam Hart (b. 1 June 2013).",
     {"namespace": 0, "title": "Ashby juniors", "wiki": "commonswiki"}, {"birth_date"}),
]

NOT_FLAGGED = [
    ("self-disclosure on own user page",
     "Hi, I'm Laura Chen, a nurse at St Mary's Hospital. Email me at laura.chen@example.com.",
     {**OWN_PAGE, "title": "User:Laura C", "user": "Laura C"}),
    ("own phone on own talk page", "You can reach me on 07700 900555 before the meetup." + SIG,
     OWN_TALK),
    ("own logged-out IP admitted",
     "Sorry, the edit from 203.0.113.99 was me, I forgot to log in." + SIG, NOTICEBOARD),
    ("museum contact in an article",
     "The Harbour Museum is at 5 Quay Street, Westport; tel. 01632 960123, "
     "info@harbour-museum.example.", ARTICLE),
    ("historical person's dates",
     "John Smithers (3 April 1820 – 5 June 1890) was a botanist born in Leeds.", ARTICLE),
    ("public figure's birth date in an article",
     "Anna Berg (born 12 July 1971) is a Swedish politician and member of the Riksdag.", ARTICLE),
    ("VRT note with a Wikimedia role address",
     "Permission arrived from the photographer; copies go to permissions-commons@wikimedia.org."
     + SIG, NOTICEBOARD),
    ("IP range block", "Blocked 203.0.113.0/24 for six months as an open proxy." + SIG,
     NOTICEBOARD),
    ("own conflict-of-interest declaration",
     "{{Connected contributor|Brook Stone|employer=Acme Ltd}} I work for Acme Ltd, the subject "
     "of this article, so I will only suggest changes here." + SIG,
     {"namespace": 1, "title": "Talk:Acme Ltd"}),
    ("photo credit of a historical photographer",
     "{{Information|description={{en|1=Harbour, 1931.}}|date=1931|source=Archive"
     "|author=Photo: Karl Jansen (1901–1977)}}", FILE),
    ("company infobox",
     "{{Infobox company | name = Acme | hq_location = 10 Market Street, Dunford "
     "| key_people = Jane Roe (CEO)}}", ARTICLE),
    ("second person without personal data",
     "You keep reverting my edits without a word. Please discuss on the talk page." + SIG,
     USER_TALK),
    ("an organisation's number given to the addressee",
     "You can call the museum's front desk on 01632 960000 for the scans." + SIG, USER_TALK),
    ("an organisation's profile on a user talk page",
     "The museum's Instagram @harbourmuseum.example reposted your photo!" + SIG, USER_TALK),
    ("a public figure's birth date on an article talk page",
     "Her date of birth is 3 May 1975 according to her official website." + SIG,
     {"namespace": 1, "title": "Talk:Anna Berg"}),
    ("a street address asked of the addressee, not their home",
     "Could you photograph the church at 5 Market Street, Ashby, next week?" + SIG, USER_TALK),
    ("tourist office contact in an article",
     "Contact the Dunford Tourist Office at info@visitdunford.example or +44 1632 960222.",
     ARTICLE),
    ("French self-description on own user page",
     "Je m'appelle Hélène Dubois, j'habite à Lyon et je travaille comme bibliothécaire.",
     {"namespace": 2, "title": "Utilisateur:Hélène D", "user": "Hélène D", "wiki": "frwiki"}),
    ("a proxy range that belongs to an institution",
     "The IP 198.51.100.0/24 belongs to a university proxy; I asked for a softblock." + SIG,
     NOTICEBOARD),
    ("a footballer's lead sentence",
     "'''Karl Brenner''' (born 5 June 1962) is a German footballer who played for Hamburger SV.",
     ARTICLE),
    ("own paid-editing disclosure",
     "{{Paid|employer=Acme Ltd}} I am employed by Acme Ltd as a marketing assistant.", OWN_PAGE),
    ("a spam hotline reported on a noticeboard",
     "Spambot keeps adding +1 800 555 0199 to airport pages, please blacklist." + SIG,
     NOTICEBOARD),
    ("the writer's own email on someone else's talk page",
     "You can email me at brook.stone@example.com if that is easier." + SIG, USER_TALK),
    ("an IP without an account", "203.0.113.5 is an open proxy, blocked for a year." + SIG,
     NOTICEBOARD),
    ("a checkuser result between accounts",
     "Confirmed: Quietbrook = Stormpetrel = Oakleaf. Blocked and tagged." + SIG, NOTICEBOARD),
    ("a user's job repeated from their own user page",
     "Per WP:COI, Quietbrook declared on their user page that they work for Acme Ltd." + SIG,
     NOTICEBOARD),
    ("a public professional in a file description",
     "Dr. Jane Roe, director of the Dunford Observatory, opened the exhibition on 3 May 2023.",
     FILE),
    ("an article subject's job on its talk page",
     "The article's subject works as a professor at Dunford University, per the source." + SIG,
     {"namespace": 1, "title": "Talk:Anna Berg"}),
    ("organisation contact on a talk page",
     "The council's press office answers quickly: press@dunford-council.example." + SIG,
     {"namespace": 1, "title": "Talk:Dunford"}),
]


@pytest.mark.parametrize(("case", "added", "where", "types"), FLAGGED, ids=[c[0] for c in FLAGGED])
def test_flags(rules_judge: Judge, case: str, added: str, where: dict[str, Any],
               types: set[str]) -> None:
    decision = rules_judge.judge(edit(added, **where)).decision
    assert decision.flag, case
    assert types <= set(decision.types), (case, decision.types)
    assert decision.reasons


@pytest.mark.parametrize(("case", "added", "where"), NOT_FLAGGED, ids=[c[0] for c in NOT_FLAGGED])
def test_does_not_flag(rules_judge: Judge, case: str, added: str, where: dict[str, Any]) -> None:
    decision = rules_judge.judge(edit(added, **where)).decision
    assert not decision.flag, (case, decision.types, decision.reasons)


def test_removed_only_never_flags(rules_judge: Judge) -> None:
    record = edit("", removed="Her home address is 3 Mill Street, Ashby; mobile 07700 900777.")
    assert not rules_judge.judge(record).decision.flag


def test_threat_alone_flags(rules_judge: Judge) -> None:
    added = "Revert me once more and I will publish your real name and address." + SIG
    decision = rules_judge.judge(edit(added, **USER_TALK)).decision
    assert decision.flag
    assert "threat" in decision.types
