"""One family rendering → one edit record in the corpus format, placed on a page of its kind
and set inside surrounding text, so that style cannot give the label away.
"""

from __future__ import annotations

import random
from typing import Any

from synth.context import Context
from synth.expand import render
from synth.family import Family
from synth.lexicon import LEXICON
from synth.pages import Place, place, signature
from synth.values import values_for

DISCUSSION_KINDS = ("user_talk", "article_talk", "noticeboard", "spi", "checkuser", "deletion",
                    "steward", "rename")
# Outing is posted anywhere: vandalism in articles, dossiers drafted in one's own sandbox; a
# share of every outing family lands there, so the page alone never clears an edit.
ELSEWHERE = 0.12
CONTEXT_BEFORE = 0.6  # shares of talk posts with another comment before and after them
CONTEXT_AFTER = 0.35
SUMMARIES = {"en": "new section", "de": "Neuer Abschnitt", "fr": "nouvelle section",
             "es": "nueva sección", "it": "nuova sezione", "pt": "nova seção",
             "nl": "nieuw kopje", "pl": "nowa sekcja"}


def record(family: Family, rng: random.Random, context: Context, rid: str,
           removed: bool = False) -> dict[str, Any]:
    """A record of `family`; with `removed`, its sentence is what the edit took out (a revert)."""
    v = values_for(family.lang, rng)
    kind = rng.choice(family.kinds)
    if family.exemption == "self_disclosure" and kind == "user_talk" and rng.random() < 0.5:
        v["target"] = v["editor"]  # the owner answering on their own talk page
    if family.flag and rng.random() < ELSEWHERE:
        kind = rng.choice(("article", "own_user_page", "user_page"))
    sentence = render(rng.choice(family.templates), v, rng)
    comment = ""
    summary = kind == "summary"
    if summary:  # the service judges an edit summary as a text of its own
        kind = rng.choice(("user_talk", "article_talk", "noticeboard", "article", "user_page"))
    where = place(kind, family.lang, v, rng)
    body = sentence if summary else compose(kind, family.lang, where, sentence, v,
                                                 context=context, rng=rng)
    flag = family.flag and not removed
    added, taken = body, ""
    if removed:
        added, taken = _revert_note(family.lang, context, rng), body
    return {
        "id": rid, "wiki": where.wiki, "server_name": where.server_name,
        "namespace": where.namespace, "title": where.title, "user": where.user,
        "type": "new" if kind in ("file", "wikidata") and rng.random() < 0.5 else "edit",
        "comment": comment or _summary(kind, family.lang, v, rng),
        "added": added, "removed": taken,
        "expect": {"flag": flag, "types": list(family.types) if flag else []},
        "note": f"synthetic, family {family.id}" + (", reverted" if removed else ""),
        "family": family.id,
    }


def compose(kind: str, lang: str, where: Place, sentence: str, v: dict[str, str], *,
            context: Context, rng: random.Random) -> str:
    if kind == "file":
        return _file_page(lang, sentence, v, rng)
    if kind == "wikidata":
        return _wikidata(lang, sentence, v, rng)
    if kind in ("user_page", "own_user_page"):
        babel = rng.choice(["", f"{{{{Babel|{lang}|en-2}}}}\n", "{{User wikipedia}}\n"])
        return babel + sentence
    if kind == "article":
        return _around(sentence, context.prose(lang, rng), context.prose(lang, rng), rng)
    return _post(lang, sentence, v, context, rng)


def _post(lang: str, sentence: str, v: dict[str, str], context: Context,
          rng: random.Random) -> str:
    header = rng.choice(["", "", f"== {v['target']} ==\n", f"== {v['article']} ==\n"])
    indent = rng.choice(["", "", ":", "::", "*"])
    post = f"{indent}{sentence} {signature(lang, v, rng)}"
    # Most posts sit among other comments, as on a real talk page: a post alone is shorter
    # than the real comments that are negatives, and the model would learn length for label.
    before = context.talk(lang, rng) if rng.random() < CONTEXT_BEFORE else ""
    after = context.talk(lang, rng) if rng.random() < CONTEXT_AFTER else ""
    return header + "\n\n".join(p for p in (before, post, after) if p)


def _around(sentence: str, before: str, after: str, rng: random.Random) -> str:
    parts = [p for p in (before if rng.random() < 0.5 else "", sentence,
                         after if rng.random() < 0.4 else "") if p]
    return "\n\n".join(parts)


def _file_page(lang: str, sentence: str, v: dict[str, str], rng: random.Random) -> str:
    author = rng.choice([f"[[User:{v['editor']}|{v['editor']}]]", "{{own}}", v["editor"]])
    return ("=={{int:filedesc}}==\n{{Information\n"
            f"|description={{{{{lang}|1={sentence}}}}}\n|date={v['year']}\n|source={{{{own}}}}\n"
            f"|author={author}\n}}}}\n\n=={{{{int:license-header}}}}==\n"
            + rng.choice(["{{self|cc-by-sa-4.0}}", "{{cc-by-4.0}}", "{{self|cc-zero}}"]))


def _wikidata(lang: str, sentence: str, v: dict[str, str], rng: random.Random) -> str:
    if "\n" in sentence or sentence.count(":") >= 2:
        return sentence
    field = rng.choice(["description", "label", "alias"])
    return f"{field} ({lang}): {sentence}"


def _revert_note(lang: str, context: Context, rng: random.Random) -> str:
    return context.talk(lang, rng) if rng.random() < 0.6 else ""


def _summary(kind: str, lang: str, v: dict[str, str], rng: random.Random) -> str:
    if kind in DISCUSSION_KINDS:
        return rng.choice([f"/* {v['target']} */ {SUMMARIES[lang]}", "", SUMMARIES[lang]])
    if kind == "wikidata":
        return rng.choice(["/* wbeditentity-update:0| */", "/* wbsetdescription-add:1|"
                           f"{lang} */", "/* wbcreateclaim-create:1| */"])
    return rng.choice(["", "", str(LEXICON[lang]["ns"]["talk_word"])])
