"""The detectors' hard negatives judged whole: findings exist (a job, a warning), but whose
they are and what they threaten is the judgement's call, and none of these is outing."""

from __future__ import annotations

import pytest

from core.edit import EditRecord
from judgement.config import load_config
from judgement.judge import Judge


@pytest.fixture(scope="module")
def judge() -> Judge:
    return Judge(load_config())


def _record(wiki: str, namespace: int, title: str, user: str, added: str) -> EditRecord:
    return EditRecord(id="n", wiki=wiki, server_name="example.org", namespace=namespace,
                      title=title, user=user, type="edit", comment="", added=added)


SIG = " --[[User:Writer|Writer]] 10:00, 1 May 2026 (UTC)"
CASES = [
    ("self-disclosure on one's own user page", "enwiki", 2, "User:Writer",
     "I work as a nurse at Linden Road Clinic and edit medical articles."),
    ("self-disclosure, German", "dewiki", 2, "Benutzer:Writer",
     "Ich arbeite als Lehrerin an der Grundschule Lindenau."),
    ("self-disclosure, Polish", "plwiki", 2, "Wikipedysta:Writer",
     "Pracuję jako bibliotekarka w bibliotece miejskiej."),
    ("a public figure's job in an article", "enwiki", 0, "Jane Example",
     "Example worked as a research chemist at the Academy of Sciences in Berlin before "
     "entering politics."),
    ("an organisation's own contact line", "commonswiki", 6, "File:Hall.jpg",
     "Photo supplied by the Thamesbrook Museum press office, which handles all licensing "
     "questions."),
    ("a declared paid-editing employer on one's own page", "enwiki", 2, "User:Writer",
     "{{Paid|employer=Harlow Widgets Ltd|client=Harlow Widgets Ltd}} I am paid by Harlow "
     "Widgets Ltd to edit articles about its products."),
    ("a warning that threatens no exposure", "enwiki", 3, "User talk:Other",
     "If you revert again, I'll report you to ANI." + SIG),
    ("a warning that threatens no exposure, Dutch", "nlwiki", 3, "Overleg gebruiker:Other",
     "Als je nog een keer terugdraait, meld ik je op de verzoekpagina." + SIG),
]


@pytest.mark.parametrize(("case", "wiki", "namespace", "title", "added"), CASES,
                         ids=[c[0] for c in CASES])
def test_not_outing(judge: Judge, case: str, wiki: str, namespace: int, title: str,
                    added: str) -> None:
    decision = judge.judge(_record(wiki, namespace, title, "Writer", added)).decision
    assert not decision.flag, (case, decision.types, decision.score)
