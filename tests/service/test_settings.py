from __future__ import annotations

import argparse

import pytest

from core.settings import OPTIONS, Settings, SettingsError, add_arguments, load

KEY = "k" * 32


def parse(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser()
    add_arguments(parser)
    return parser.parse_args(argv)


def test_defaults_follow_the_live_feed() -> None:
    settings = load(parse([]), env={})
    assert settings == Settings()
    assert settings.stream_url == (
        "https://stream.wikimedia.org/v2/stream/recentchange,revision-visibility-change")
    assert settings.types == ("edit", "new", "log")


def test_default_batch_leaves_each_edit_a_full_judgement_budget() -> None:
    """Each edit of a batch gets judge_timeout / (batch_size + 2) before only quick checks run
    (pipeline.adapters): with the defaults that must stay well above the 2.9 s that 200,000
    characters of real talk take (benchmarks/results/pathological.md), or a larger batch would
    quietly turn large ordinary edits into "could not be fully judged"."""
    settings = Settings()
    assert settings.batch_size >= 16  # batches share spaCy's and the model's per-call cost
    assert settings.judge_timeout / (settings.batch_size + 2) >= 6.0


def test_variables_are_read_and_flags_win() -> None:
    env = {"OUTINGWATCH_WORKERS": "3", "OUTINGWATCH_WIKIS": "enwiki, dewiki",
           "OUTINGWATCH_PORT": "9000", "OUTINGWATCH_INCLUDE_BOTS": "yes"}
    settings = load(parse(["--port", "9100", "--namespaces", "1,3"]), env=env)
    assert settings.workers == 3
    assert settings.wikis == ("enwiki", "dewiki")
    assert settings.port == 9100
    assert settings.namespaces == (1, 3)
    assert settings.include_bots is True


def test_all_wikis() -> None:
    assert load(parse(["--wikis", "all"]), env={}).wikis == ()


def test_every_bad_value_is_reported_by_name() -> None:
    env = {"OUTINGWATCH_WORKERS": "0", "OUTINGWATCH_STREAM_URL": "ftp://x",
           "OUTINGWATCH_LOG_LEVEL": "loud", "OUTINGWATCH_TYPES": "edit,delete",
           "OUTINGWATCH_SHUTDOWN_GRACE": "nan", "OUTINGWATCH_SPACY_MODEL": "en_core_web_xl"}
    with pytest.raises(SettingsError) as info:
        load(parse(["--port", "70000", "--database", "mysql://db"]), env=env)
    problems = "\n".join(info.value.problems)
    assert len(info.value.problems) == 8
    for name in ("OUTINGWATCH_WORKERS", "OUTINGWATCH_STREAM_URL", "OUTINGWATCH_LOG_LEVEL",
                 "OUTINGWATCH_SHUTDOWN_GRACE", "OUTINGWATCH_SPACY_MODEL",
                 "OUTINGWATCH_TYPES", "OUTINGWATCH_PORT", "OUTINGWATCH_DATABASE"):
        assert name in problems
    assert "--port" in problems


def test_the_secret_is_required_when_asked_and_never_echoed() -> None:
    with pytest.raises(SettingsError) as info:
        load(parse([]), env={}, require=["fingerprint_key"])
    assert "OUTINGWATCH_FINGERPRINT_KEY" in str(info.value)
    with pytest.raises(SettingsError) as short:
        load(parse([]), env={"OUTINGWATCH_FINGERPRINT_KEY": "hunter2"}, require=["fingerprint_key"])
    assert "hunter2" not in str(short.value)
    env = {"OUTINGWATCH_FINGERPRINT_KEY": KEY}
    settings = load(parse([]), env=env, require=["fingerprint_key"])
    assert settings.fingerprint_key == KEY
    assert KEY not in repr(settings)


def test_every_option_has_a_flag_a_variable_and_a_default() -> None:
    defaults = Settings()
    for option in OPTIONS:
        assert option.env.startswith("OUTINGWATCH_")
        assert hasattr(defaults, option.name)
    parser = argparse.ArgumentParser()
    add_arguments(parser)
    help_text = parser.format_help()
    assert all(option.flag in help_text for option in OPTIONS)


@pytest.mark.parametrize("document", ["deploy/README.md", "README.md"])
def test_the_guides_list_every_option(document: str) -> None:
    from pathlib import Path

    from core.settings import markdown_table

    guide = (Path(__file__).resolve().parents[2] / document).read_text()
    start = guide.index("<!-- settings-table -->") + len("<!-- settings-table -->")
    end = guide.index("<!-- /settings-table -->")
    assert guide[start:end].strip() == markdown_table()
