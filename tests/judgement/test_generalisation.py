"""The rules (the learned model's input and its fallback) on phrasings the dev corpus does not
hold: employers named without "works at", indirect exposure threats, organisations' own
contact lines, and hard negatives around them.

Each flagged case names the text that must not show in the excerpt (the queue's reviewers
see the excerpt, so the employer or number it gives away has to be masked there too).
"""

from __future__ import annotations

import importlib.util
from typing import Any

import pytest

from judgement.judge import Judge
from tests.judgement.conftest import edit
from tests.support import require

USER_TALK: dict[str, Any] = {"namespace": 3, "title": "User talk:Fernhollow"}
ES_USER_TALK: dict[str, Any] = {"namespace": 3, "title": "Usuario discusión:Fernhollow",
                                "wiki": "eswiki"}
NL_USER_TALK: dict[str, Any] = {"namespace": 3, "title": "Overleg gebruiker:Fernhollow",
                                "wiki": "nlwiki"}
NOTICEBOARD: dict[str, Any] = {"namespace": 4, "title": "Wikipedia:Administrators' noticeboard"}
ARTICLE: dict[str, Any] = {"namespace": 0, "title": "Dunmore"}
ARTICLE_TALK: dict[str, Any] = {"namespace": 1, "title": "Talk:Dunmore"}
OWN_PAGE: dict[str, Any] = {"namespace": 2, "title": "User:Brook Stone"}
OWN_TALK: dict[str, Any] = {"namespace": 3, "title": "User talk:Brook Stone"}
SIG = " --[[User:Brook Stone|Brook Stone]] 09:15, 2 June 2024 (UTC)"

# (case, added, where, types expected among the decision's, text the excerpt must hide)
FLAGGED = [
    ("job title then employer, no verb",
     "We all know you're Kieran Doyle, a paramedic at Harrowgate Ambulance Station." + SIG,
     USER_TALK, {"name", "workplace"}, "Harrowgate"),
    ("teaching verb with its class between verb and school, town after",
     "I know you teach Year 9 at Holloway Grammar School in Sefton." + SIG,
     USER_TALK, {"workplace"}, "Sefton"),
    ("the reader's practice named, and a call to it threatened",
     "Keep this up and I'll call your practice at Fenwick Dental Surgery." + SIG,
     USER_TALK, {"workplace", "threat"}, "Fenwick"),
    ("Spanish lower-case shop kind before its street name",
     "Sé que trabajas en la panadería de la plaza Mayor, no lo niegues." + SIG,
     ES_USER_TALK, {"workplace"}, "Mayor"),
    ("an account equated with a doctor and a hospital",
     "The user Fernhollow is Dr. Amara Nwosu, a registrar at St Luke's Hospital." + SIG,
     NOTICEBOARD, {"name", "workplace"}, "Luke"),
    ("the employer would like to know",
     "Your employer would love to know what you write here at night." + SIG,
     USER_TALK, {"threat"}, ""),
    ("Spanish ultimatum to publish everything",
     "Si continúas revirtiendo, lo publico todo en Twitter." + SIG,
     ES_USER_TALK, {"threat"}, ""),
    ("material held back against the reader",
     "I've kept screenshots of your old profile. Don't push me." + SIG,
     USER_TALK, {"threat"}, ""),
    ("Dutch threat to call the employer",
     "Nog een keer terugdraaien en ik bel je werkgever." + SIG,
     NL_USER_TALK, {"threat"}, ""),
]

NOT_FLAGGED = [
    ("a public figure's former job in an article",
     "The mayor, Harriet Quill, worked as a solicitor at Brennan & Co in Dunmore before "
     "entering politics.", ARTICLE),
    ("a quoted expert's post in an article",
     "Professor Lena Marsh, a researcher at the University of Bristol, told the BBC the "
     "findings were preliminary.", ARTICLE),
    ("an organisation's desk lines in an article",
     "The museum's visitor desk can be reached at +44 20 7946 0321 or "
     "visits@dunmore-museum.example.org.", ARTICLE),
    ("an organisation's contact on an article talk page",
     "You can reach the council's planning office at 01632 960 123 if the map is wrong." + SIG,
     ARTICLE_TALK),
    ("an organisation's enquiries mailbox on an article talk page",
     "The archive answered my question; their enquiries address is "
     "enquiries@dunmore-archive.example.org." + SIG, ARTICLE_TALK),
    ("own job on own user page",
     "I work as a pharmacist at Riverside Pharmacy in Hull and edit mostly on chemistry.",
     OWN_PAGE),
    ("own school on own talk page",
     "I teach chemistry at Holloway Grammar School, so replies may be slow in term time." + SIG,
     OWN_TALK),
    ("outing policy quoted",
     "Per WP:OUTING, saying that an editor works at a named company, or threatening to tell "
     "their employer, is forbidden." + SIG, NOTICEBOARD),
    ("a reported threat in quotation marks",
     'Another editor wrote "your employer would love to see how you edit" on my page; is '
     "that allowed?" + SIG, NOTICEBOARD),
    ("a Dutch promise to call back",
     "Ik bel je straks even over de bronnen, goed?" + SIG, NL_USER_TALK),
    ("an offer to post everything, not an ultimatum",
     "If you want, I'll post everything I found at the reliable sources noticeboard." + SIG,
     USER_TALK),
    ("having copies of a book",
     "I have copies of the 1998 edition if anyone needs a page number." + SIG, ARTICLE_TALK),
    ("advice to read a guideline with the manager",
     "Your manager might want to read the conflict-of-interest guideline first." + SIG,
     USER_TALK),
]


@pytest.mark.parametrize(("case", "added", "where", "types", "hidden"), FLAGGED,
                         ids=[c[0] for c in FLAGGED])
def test_flags_and_masks(rules_judge: Judge, case: str, added: str, where: dict[str, Any],
                         types: set[str], hidden: str) -> None:
    decision = rules_judge.judge(edit(added, **where)).decision
    assert decision.flag, case
    assert types <= set(decision.types), (case, decision.types)
    if hidden:
        assert hidden not in decision.excerpt, case


@pytest.mark.parametrize(("case", "added", "where"), NOT_FLAGGED, ids=[c[0] for c in NOT_FLAGGED])
def test_does_not_flag(rules_judge: Judge, case: str, added: str, where: dict[str, Any]) -> None:
    decision = rules_judge.judge(edit(added, **where)).decision
    assert not decision.flag, (case, decision.types, decision.reasons)


def test_excerpt_masks_data_judged_public_too(rules_judge: Judge) -> None:
    """Only the reader's number is personal, but the excerpt shows no employer either."""
    added = ("Your mobile is 07911 123456, right? The pharmacist at Linden Road Pharmacy "
             "gave it to me." + SIG)
    decision = rules_judge.judge(edit(added, **USER_TALK)).decision
    assert decision.flag
    assert [f.type for f in decision.findings] == ["phone"]
    assert "Linden" not in decision.excerpt
    assert "123456" not in decision.excerpt


def test_employer_stops_at_the_sentence_end(rules_judge: Judge) -> None:
    added = ("The user Fernhollow is Dr. Amara Nwosu, a registrar at St Luke's Hospital. Tell "
             "the others." + SIG)
    decision = rules_judge.judge(edit(added, **NOTICEBOARD)).decision
    workplace = [f for f in decision.findings if f.type == "workplace"]
    assert workplace
    assert added[workplace[0].start : workplace[0].end].endswith("Hospital")
    assert "Tell the others" in decision.excerpt


def test_the_pronoun_i_is_no_employer(rules_judge: Judge) -> None:
    added = ("Keep it up and I'll phone your manager. I know which firm you work for and I "
             "think they'd care." + SIG)
    decision = rules_judge.judge(edit(added, **USER_TALK)).decision
    assert decision.types == ("threat",)


def test_national_and_international_numbers_share_a_fingerprint(rules_judge: Judge) -> None:
    require(importlib.util.find_spec("redaction.fingerprint") is not None,
            "redaction.fingerprint", "the redaction package")
    texts = ("Your mobile is 07911 123456, isn't it?",
             "Your mobile is +44 7911 123456, isn't it?")
    prints = [rules_judge.judge(edit(t + SIG, **USER_TALK, wiki="enwiki")).decision.fingerprints
              for t in texts]
    assert prints[0]
    assert prints[0] == prints[1]
