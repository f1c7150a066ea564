"""Hard negatives: many people's names in a row, with nothing private about any of them and no
account tied to them: list articles of notable people, and credits, squads and authors lists.
Two families per language; real list articles are a common source of name-only false flags.
"""

from __future__ import annotations

from synth.family import Family

# (language, a list article's lead, its section heading, credits and rosters)
_LANGUAGES = (
    ("en",
     "This is a [list|partial list] of [notable|well-known] [anthropologists|painters|chess "
     "players|composers|architects][ from {town}|][, in alphabetical order|].",
     "[A–Z|Notable people|See also]",
     "[Cast|Starring|Directed by|Authors|Squad|Editorial board|Contributors]: {names_list}"
     "[.|]"),
    ("de",
     "Diese Liste [enthält|führt] [bekannte|bedeutende] [Ethnologen|Maler|Schachspieler|"
     "Komponisten|Architekten][ aus {town}|][ in alphabetischer Reihenfolge|] auf.",
     "[A–Z|Persönlichkeiten|Siehe auch]",
     "[Besetzung|Regie|Autoren|Kader|Herausgeber|Mitwirkende]: {names_list}[.|]"),
    ("fr",
     "Cette page [est une liste|recense une liste] [d'anthropologues|de peintres|de joueurs "
     "d'échecs|de compositeurs|d'architectes] [célèbres|notables][ originaires de {town}|].",
     "[A à Z|Personnalités|Voir aussi]",
     "[Distribution|Réalisation|Auteurs|Effectif|Comité de rédaction|Contributeurs] : "
     "{names_list}[.|]"),
    ("es",
     "[Esta es una lista|Lista] de [antropólogos|pintores|ajedrecistas|compositores|"
     "arquitectos] [destacados|notables][ nacidos en {town}|][, por orden alfabético|].",
     "[A–Z|Personajes destacados|Véase también]",
     "[Reparto|Dirección|Autores|Plantilla|Consejo editorial|Colaboradores]: {names_list}"
     "[.|]"),
    ("it",
     "[Questa è una lista|Elenco] di [antropologi|pittori|scacchisti|compositori|architetti] "
     "[celebri|noti][ nati a {town}|][, in ordine alfabetico|].",
     "[A–Z|Personalità|Voci correlate]",
     "[Interpreti|Regia|Autori|Rosa|Comitato di redazione|Collaboratori]: {names_list}[.|]"),
    ("pt",
     "[Esta é uma lista|Lista] de [antropólogos|pintores|enxadristas|compositores|"
     "arquitetos] [notáveis|conhecidos][ naturais de {town}|][, por ordem alfabética|].",
     "[A–Z|Personalidades|Ver também]",
     "[Elenco|Direção|Autores|Plantel|Conselho editorial|Colaboradores]: {names_list}[.|]"),
    ("nl",
     "Dit is een [lijst|alfabetische lijst] van [bekende|noemenswaardige] [antropologen|"
     "schilders|schakers|componisten|architecten][ uit {town}|].",
     "[A–Z|Bekende inwoners|Zie ook]",
     "[Rolverdeling|Regie|Auteurs|Selectie|Redactie|Medewerkers]: {names_list}[.|]"),
    ("pl",
     "[Poniżej znajduje się lista|Lista] [znanych|wybitnych] [antropologów|malarzy|"
     "szachistów|kompozytorów|architektów][ związanych z {town}|][ w porządku alfabetycznym|].",
     "[A–Z|Znane osoby|Zobacz też]",
     "[Obsada|Reżyseria|Autorzy|Skład|Redakcja|Współpracownicy]: {names_list}[.|]"),
)


def _families(lang: str, lead: str, heading: str, credits: str) -> tuple[Family, Family]:
    listing = Family(
        id=f"{lang}.neg.public_figure.list_article", lang=lang, flag=False,
        exemption="public_figure", kinds=("article",),
        templates=(f"{lead}\n\n== {heading} ==\n{{names_bullets}}", "{names_bullets}",
                   f"{lead} {{names_list}}."),
    )
    roster = Family(
        id=f"{lang}.neg.no_tie.credits_roster", lang=lang, flag=False, exemption="no_tie",
        kinds=("article", "file"),
        templates=(credits, f"{credits}\n{credits}", f"'''{{article}}''' ({{year}}).\n{credits}"),
    )
    return listing, roster


FAMILIES = tuple(f for spec in _LANGUAGES for f in _families(*spec))
