"""What the store refuses, with content-free messages (ids and states only)."""

from __future__ import annotations


class StoreError(Exception):
    """Base of every refusal the store reports to its callers."""


class NotFound(StoreError):
    def __init__(self, request_id: int) -> None:
        super().__init__(f"no request {request_id}")
        self.request_id = request_id


class ClaimedByOther(StoreError):
    """Another oversighter holds a live claim: refused so two people never act on one request."""

    def __init__(self, request_id: int, holder: str) -> None:
        super().__init__(f"request {request_id} is claimed by another oversighter")
        self.request_id = request_id
        self.holder = holder


class InvalidTransition(StoreError):
    def __init__(self, request_id: int, state: str, action: str) -> None:
        super().__init__(f"cannot {action} request {request_id} in state {state}")
        self.request_id = request_id
        self.state = state
        self.action = action


class InvalidInput(StoreError, ValueError):
    """A parameter outside what the store accepts (bad outcome, negative limit...)."""


class UserExists(StoreError):
    def __init__(self) -> None:
        super().__init__("an active user of that name exists")


class SchemaTooNew(StoreError):
    """The database was migrated by a newer version: refuse rather than corrupt it."""


class StoreFailure(StoreError):
    """The database failed (unreachable, locked, a value it cannot hold). The driver's message is
    dropped: it may quote the values of the statement, so only its class is kept."""

    def __init__(self, exc: BaseException) -> None:
        super().__init__(f"database error: {type(exc).__name__}")
        self.kind = type(exc).__name__


class Fenced(StoreFailure):
    """The database refused an intake write: its term is not the current leader's (another
    replica took over the stream). Nothing was written; only the terms are named."""

    def __init__(self, exc: BaseException) -> None:
        super().__init__(exc)
        self.args = ("write refused: this replica's leadership term is over",)
