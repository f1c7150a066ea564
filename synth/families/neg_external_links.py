"""Hard negatives: a public figure's article whose external links include the official social
profile, written as labelled links (`[url Official Instagram account]`), one family per language.

The plain text the judgement reads keeps a labelled profile link's address (so an editor's
profile posted that way is still seen); this family is the exemption that goes with it: a
public figure's own official account, linked from the article about them.
"""

from __future__ import annotations

from synth.family import Family

# (language, external links heading, lead (JOB: where the occupation goes), label, occupations)
_LANGUAGES = (
    ("en", "External links", "is a [British|Irish|Canadian|Australian] JOB",
     "[Official {platform} account|{public_name} on {platform}|Official {platform}]",
     "darts player|singer-songwriter|Paralympic swimmer|stand-up comedian|politician"),
    ("de", "Weblinks", "ist [deutsche|österreichische|Schweizer] JOB",
     "[Offizieller {platform}-Account|{public_name} auf {platform}|Offizielles Profil]",
     "Handballspieler|Sängerin|Politiker|Schauspielerin|Skispringer"),
    ("fr", "Liens externes", "est JOB [de nationalité française|originaire de {town}|belge]",
     "[Compte {platform} officiel|Profil officiel sur {platform}|{public_name} sur "
     "{platform}]",
     "chanteuse|cycliste|humoriste|homme politique|judoka"),
    ("es", "Enlaces externos", "es JOB [de nacionalidad española|nacida en {town}|argentina]",
     "[Cuenta oficial en {platform}|Perfil oficial de {public_name}|{platform} oficial]",
     "nadadora paralímpica|futbolista|cantautor|actriz|ciclista"),
    ("it", "Collegamenti esterni", "è JOB [di nazionalità italiana|nata a {town}|svizzera]",
     "[Profilo ufficiale su {platform}|Account {platform} ufficiale|{public_name} su "
     "{platform}]",
     "pallavolista|cantante|sciatore|attrice|politico"),
    ("pt", "Ligações externas", "é JOB [de nacionalidade portuguesa|natural de {town}|brasileira]",
     "[Perfil oficial no {platform}|Conta oficial de {public_name}|{platform} oficial]",
     "futebolista|cantora|surfista|atriz|político"),
    ("nl", "Externe links", "is een [Nederlandse|Vlaamse|Belgische] JOB",
     "[Officieel {platform}-account|{public_name} op {platform}|Officieel profiel]",
     "darter|zangeres|schaatser|cabaretier|politicus"),
    ("pl", "Linki zewnętrzne", "– JOB[ z {town}|]",
     "[Oficjalny profil na {platform}|Konto {public_name} w serwisie {platform}|Oficjalny "
     "{platform}]",
     "skoczek narciarski|piosenkarka|siatkarz|aktorka|polityk"),
)


def _family(lang: str, heading: str, lead: str, label: str, jobs: str) -> Family:
    link, says = rf"* \[{{profile_url}} {label}\]", lead.replace("JOB", f"[{jobs}]")
    return Family(
        id=f"{lang}.neg.public_figure.external_links", lang=lang, flag=False,
        exemption="public_figure", kinds=("article",),
        templates=(
            f"'''{{public_name}}''' ({{town}}, {{dob}}) {says}.\n"
            f"== {heading} ==\n{link}",
            f"== {heading} ==\n* [[:d:Q{{birth_year}}|Wikidata]]\n{link}",
            f"'''{{public_name}}''' {says} ({{town}}).\n\n== {heading} ==\n{link}\n"
            r"* \[https://www.example.org/ [Official website|Website]\]",
        ),
    )


FAMILIES = tuple(_family(*spec) for spec in _LANGUAGES)
