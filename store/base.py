"""The queue's one interface; store/sqlite.py and store/postgres.py implement it.

Every method is a coroutine; every state change and its audit row commit in one transaction;
enqueue and record_skip commit the stream position in the same transaction as what they write,
so a crash at any moment neither loses a flag nor creates a duplicate.
"""

from __future__ import annotations

from typing import Any, Protocol

from store.model import (
    AuditEntry,
    Identity,
    ListFilter,
    StoredRequest,
    SuppressionRequest,
    UserAuditEntry,
    UserInfo,
)
from stream.position import Position, PositionStore

DEFAULT_CONSUMER = "recentchange"


class QueueStore(Protocol):
    async def migrate(self) -> None: ...

    async def close(self) -> None: ...

    # intake (the service)
    async def enqueue(
        self, req: SuppressionRequest, position: Position | None = None, *,
        consumer: str = DEFAULT_CONSUMER,
    ) -> tuple[int, bool]: ...

    async def record_skip(
        self, wiki: str, rev_id: int, reason: str, position: Position | None = None, *,
        consumer: str = DEFAULT_CONSUMER,
    ) -> bool: ...

    async def save_position(
        self, position: Position, *, consumer: str = DEFAULT_CONSUMER) -> None: ...

    async def load_position(self, *, consumer: str = DEFAULT_CONSUMER) -> Position | None: ...

    def positions(self, consumer: str = DEFAULT_CONSUMER) -> PositionStore: ...

    # the oversighters
    async def list_requests(self, flt: ListFilter) -> list[StoredRequest]: ...

    async def get(self, request_id: int) -> StoredRequest: ...

    async def claim(self, request_id: int, user: str, lease_s: float) -> StoredRequest: ...

    async def release(self, request_id: int, user: str) -> StoredRequest: ...

    async def resolve(
        self, request_id: int, user: str, outcome: str, note: str | None = None,
    ) -> StoredRequest: ...

    async def reopen(self, request_id: int, user: str, note: str | None = None,
                     ) -> StoredRequest: ...

    async def audit(self, request_id: int) -> list[AuditEntry]: ...

    # operations
    async def stats(self, scope: tuple[str, ...] | None = None) -> dict[str, Any]:
        """Counts over `scope`'s wikis (None: every wiki)."""
        ...

    async def depth_by_state(self) -> dict[str, int]: ...

    async def purge(self, retention_days: float) -> int:
        """Forget requests resolved more than `retention_days` ago: excerpts, reasons, titles,
        editors, notes (their audit rows' too) and fingerprints; the audit rows' who, when and
        what stay. Older skip rows and expired sessions go. Returns the requests purged."""
        ...

    # oversighters' tokens and page sessions (stored as hashes only)
    async def add_user(self, name: str, wikis: tuple[str, ...] | None = None, *,
                       expires_at: int | None = None, actor: str = "cli") -> str:
        """A new token for `name`, seeing `wikis` (None: every wiki) until `expires_at` (epoch
        ms; None: no expiry). Audited."""
        ...

    async def set_scope(self, name: str, wikis: tuple[str, ...] | None,
                        actor: str = "cli") -> bool:
        """Change an active user's wikis (audited); False when there is no such user."""
        ...

    async def revoke_user(self, name: str, actor: str = "cli") -> bool: ...

    async def verify_token(self, token: str) -> str | None: ...

    async def identify_token(self, token: str) -> Identity | None: ...

    async def identify_session(self, session_id: str) -> Identity | None: ...

    async def user_audit(self) -> list[UserAuditEntry]: ...

    async def list_users(self) -> list[UserInfo]: ...

    async def create_session(self, user: str, ttl_s: float) -> str: ...

    async def session_user(self, session_id: str) -> str | None: ...

    async def delete_session(self, session_id: str) -> None: ...
