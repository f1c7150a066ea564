"""A name the model's PERSON span runs on from (over a dash and a link) is still masked."""

from __future__ import annotations

from core.edit import EditRecord
from judgement.judge import Judge

TEXT = "Say hi to Olivia Whitfield - https://www.instagram.com/whitfield_o - aka Cinder Mistral"


def _edit(text: str) -> EditRecord:
    return EditRecord.from_json({
        "id": "n1", "wiki": "enwiki", "server_name": "en.wikipedia.org", "namespace": 2,
        "title": "User:Cinder Mistral", "user": "Lampion2009", "type": "edit", "comment": "",
        "added": text, "removed": ""})


def test_a_name_before_a_profile_link_is_found_and_masked(judge: Judge) -> None:
    (judged,) = judge.judge_many([_edit(TEXT)])
    assert judged.decision.flag
    assert "name" in judged.decision.types
    assert "Whitfield" not in judged.decision.excerpt
    assert "[NAME]" in judged.decision.excerpt
