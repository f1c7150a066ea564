"""The NER cascade: the text model's score decides whether NER reads a whole discussion.

Whole-text NER is the judgement's largest cost; most real talk reads as plain talk to the text
model, and outing almost never does. Values whose owner NER helps to tell (phones, emails...)
still open a window whatever the wording.
"""

from __future__ import annotations

from judgement.config import JudgeConfig
from judgement.judge import Judge, _Pending
from tests.judgement.conftest import edit

PLAIN_TALK = ("I reverted the last change to the infobox because the source given does not "
              "support the claim. Please discuss it here first. The Battle of Hastings section "
              "needs better citations too, see the Oxford History of England.")
OUTING = ("Stop hiding, everyone knows you are Maren Holloway and you work as a night nurse at "
          "Riverside General Hospital, I will tell them all.")


def _windows(judge: Judge, text: str) -> tuple[float | None, list[tuple[int, int]]]:
    p = judge._guarded(judge._prepare, _Pending(edit(text), {}))
    judge._read_wording([p])
    return p.text_score, p.windows


def test_plain_talk_skips_whole_text_ner(judge: Judge, config: JudgeConfig) -> None:
    score, spans = _windows(judge, PLAIN_TALK)
    assert score is not None
    assert score < config.data["ner"]["whole_text_min_text_score"]
    assert spans == []


def test_outing_wording_gets_whole_text_ner(judge: Judge, config: JudgeConfig) -> None:
    score, spans = _windows(judge, OUTING)
    assert score is not None
    assert score >= config.data["ner"]["whole_text_min_text_score"]
    assert spans == [(0, len(OUTING))]


def test_contact_values_open_a_window_in_plain_talk(judge: Judge) -> None:
    text = PLAIN_TALK + " Reach me at +44 7700 900317 if needed."
    _, spans = _windows(judge, text)
    assert spans, "a phone number always gets NER around it"


def test_rules_judge_has_no_cascade(rules_judge: Judge) -> None:
    score, spans = _windows(rules_judge, PLAIN_TALK)
    assert score is None
    assert spans == [(0, len(PLAIN_TALK))]


def test_learned_judge_still_flags_outing(judge: Judge) -> None:
    assert judge.judge(edit(OUTING)).decision.flag


def test_articles_in_plain_wording_get_no_ner(judge: Judge, config: JudgeConfig) -> None:
    assert config.data["ner"]["articles_need_wording"]
    text = ("The station opened in 1887 on the line to Harwick. The booking office, "
            "reached on +44 7700 900317, closed in 1965 and the building is now a cafe.")
    p = judge._guarded(judge._prepare, _Pending(edit(text, namespace=0, title="Harwick"), {}))
    judge._read_wording([p])
    assert p.text_score is not None
    assert p.text_score < config.data["ner"]["whole_text_min_text_score"]
    assert any(f.type == "phone" for f in p.findings)
    assert p.windows == []
