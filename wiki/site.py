"""Which wiki a request goes to, and the URL of its Action API."""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlsplit


@dataclass(frozen=True, slots=True)
class Site:
    """A wiki as recentchange events name it (`server_url`, `server_script_path`, ...)."""

    server_url: str  # "https://commons.wikimedia.org"
    script_path: str = "/w"
    server_name: str = ""  # "commons.wikimedia.org"; taken from server_url when empty

    @property
    def host(self) -> str:
        return self.server_name or (urlsplit(self.server_url).hostname or "")

    def api_url(self, api_base_url: str | None = None) -> str:
        """The wiki's own `api.php`; with a base URL, `{base}/{host}{script_path}/api.php`.

        One base URL serves every wiki (tests, replays) and the path keeps the wiki's host,
        so the local server answers for the right wiki and per-host limits still apply.
        """
        if api_base_url:
            return f"{api_base_url.rstrip('/')}/{self.host}{self.script_path}/api.php"
        return f"{self.server_url.rstrip('/')}{self.script_path}/api.php"
