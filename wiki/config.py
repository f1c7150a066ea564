"""The API client's settings, from OUTINGWATCH_API_* variables or code."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, fields

from core.version import DEFAULT_CONTACT
from wiki.route import WIKIMEDIA_HOSTS, ApiRoute

ENV_PREFIX = "OUTINGWATCH_"


@dataclass(frozen=True, slots=True)
class ApiConfig:
    contact: str = DEFAULT_CONTACT  # goes into the User-Agent Wikimedia's policy requires
    api_base_url: str | None = None  # send every call to {base}/{host}/w/api.php (tests, replays)
    per_host: int = 3  # concurrent requests per wiki host (Wikimedia's etiquette)
    timeout_s: float = 30.0  # one attempt, connect to last byte
    max_attempts: int = 4  # tries per call: timeouts, 5xx, 429 and maxlag are retried
    backoff_base_s: float = 1.0
    backoff_cap_s: float = 30.0
    max_retry_after_s: float = 120.0  # a longer Retry-After is cut to this
    max_response_bytes: int = 2 << 20  # larger answers are cut here and the edit marked truncated
    maxlag: int = 5  # seconds of replication lag past which the wiki asks bots to wait
    wiki_hosts: tuple[str, ...] = WIKIMEDIA_HOSTS  # the only wikis an event may send us to

    @property
    def route(self) -> ApiRoute:
        return ApiRoute(self.api_base_url, self.wiki_hosts)


ENV_NAMES = {f.name: f"{ENV_PREFIX}API_{f.name.upper()}" for f in fields(ApiConfig)
             if f.name != "wiki_hosts"}
ENV_NAMES["contact"] = f"{ENV_PREFIX}CONTACT"
ENV_NAMES["api_base_url"] = f"{ENV_PREFIX}API_BASE_URL"


def _convert(name: str, value: str) -> object:
    default = getattr(ApiConfig(), name)
    if isinstance(default, bool | int | float):
        return type(default)(value)
    return value or None if name == "api_base_url" else value


def api_config_from_env(env: Mapping[str, str], **overrides: object) -> ApiConfig:
    """Settings from OUTINGWATCH_* variables (names in ENV_NAMES); overrides win."""
    values = {name: _convert(name, env[var]) for name, var in ENV_NAMES.items() if var in env}
    values.update({k: v for k, v in overrides.items() if v is not None})
    return ApiConfig(**values)  # type: ignore[arg-type]
