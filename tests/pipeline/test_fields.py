"""Every field of an event that can out someone: which are judged, and how their verdicts
combine into one decision that names the fields."""

from __future__ import annotations

from core.edit import EditRecord
from judgement.decision import Decision
from pipeline.fields import bare_title, combine, entry_key, field_records, summary_text
from store.entries import LOG_BASE, SUMMARY, TEXT, TITLE, USERNAME, log_id_of
from stream.events import Meta, RecentChange

META = Meta(id="m", dt="2026-01-01T00:00:00Z", time_ms=0)


def event(**fields: object) -> RecentChange:
    values: dict[str, object] = {
        "meta": META, "id": 1, "type": "edit", "namespace": 0, "title": "Railways",
        "wiki": "enwiki", "server_url": "https://en.wikipedia.org",
        "server_name": "en.wikipedia.org", "server_script_path": "/w", "timestamp": 0,
        "bot": False, "rev_old": 1, "rev_new": 2,
    }
    values.update(fields)
    return RecentChange(**values)  # type: ignore[arg-type]


def text_record() -> EditRecord:
    return EditRecord(id="enwiki:2", wiki="enwiki", server_name="en.wikipedia.org", namespace=0,
                      title="Railways", user="Editor", type="edit", comment="", added="text")


def test_an_edit_judges_its_text_and_its_summary_without_section_markers() -> None:
    fields = field_records(event(comment="/* Early life */ her number is 555"), text_record())
    assert [name for name, _ in fields] == [TEXT, SUMMARY]
    summary = fields[1][1]
    assert summary.added == "her number is 555"
    assert (summary.title, summary.namespace) == ("Talk:Railways", 1)
    assert field_records(event(comment="/* Early life */"), text_record())[1:] == []


def test_a_new_page_judges_its_title_and_a_move_its_target() -> None:
    new = field_records(event(type="new", title="User:Jane Roe 555 0100", comment=""), None)
    assert [(n, r.added) for n, r in new] == [(TITLE, "Jane Roe 555 0100")]
    move = event(type="log", log_type="move", log_id=77, rev_new=None, comment="per Jane Roe",
                 log_params={"target": "Talk:Jane Roe lives at 4 Elm St", "noredir": "0"})
    assert [(n, r.added) for n, r in field_records(move, None)] == [
        (TITLE, "Jane Roe lives at 4 Elm St"), (SUMMARY, "per Jane Roe")]
    assert entry_key(move) == LOG_BASE + 77
    assert log_id_of(LOG_BASE + 77) == 77
    assert log_id_of(12345) is None
    odd = event(type="log", log_type="move", log_id=78, rev_new=None, log_params=[])
    assert field_records(odd, None) == []  # `log_params: []` as in real captures


def test_a_new_account_judges_its_name() -> None:
    created = event(type="log", log_type="newusers", log_id=5, rev_new=None,
                    title="User:Jane Roe of 4 Elm St", namespace=2)
    assert [(n, r.added) for n, r in field_records(created, None)] == [
        (USERNAME, "Jane Roe of 4 Elm St")]
    assert bare_title("Jane") == "Jane"
    assert summary_text("  /* a */ /* b */  ") == ""


def decision(flag: bool, score: float, reason: str = "", excerpt: str = "") -> Decision:
    return Decision("x", flag, score, ("phone",) if flag else (), excerpt,
                    (reason,) if reason else (), (), ("fp",) if flag else ())


def test_combined_decisions_flag_on_any_field_and_name_it() -> None:
    alone = decision(True, 0.9, "phone", "[PHONE]")
    assert combine([TEXT], [alone]) == (alone, (TEXT,))
    combined, flagged = combine([TEXT, SUMMARY], [decision(False, 0.1),
                                                  decision(True, 0.7, "a phone", "[PHONE]")])
    assert flagged == (SUMMARY,)
    assert (combined.flag, combined.score, combined.types) == (True, 0.7, ("phone",))
    assert combined.reasons == ("edit summary: a phone",)
    assert combined.excerpt == "edit summary: [PHONE]"
    assert combined.fingerprints == ("fp",)
    quiet, none = combine([TEXT, SUMMARY], [decision(False, 0.2), decision(False, 0.3)])
    assert (quiet.flag, quiet.score, none) == (False, 0.3, ())


def test_only_summaries_that_could_hold_personal_information_cost_a_judgement() -> None:
    assert not field_records(event(comment="typo"), text_record())[1:]
    assert not field_records(event(comment="Reverted edits by Foo"), text_record())[1:]
    for worth in ("per Jane Roe", "call 555 0100", "mail me@example.org", "田中太郎の住所"):
        assert [n for n, _ in field_records(event(comment=worth), text_record())] == [
            TEXT, SUMMARY], worth
