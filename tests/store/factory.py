"""Suppression requests for tests."""

from __future__ import annotations

from store.model import SuppressionRequest


def make_request(rev_id: int, *, wiki: str = "enwiki", score: float = 0.5,
                 types: tuple[str, ...] = ("email",), fingerprints: tuple[str, ...] = (),
                 title: str = "Talk:Example", user: str = "Editor",
                 excerpt: str = "contact me at [EMAIL]", tier: str = "",
                 revisions: tuple[int, ...] = ()) -> SuppressionRequest:
    return SuppressionRequest(
        wiki=wiki, rev_id=rev_id, rc_id=rev_id * 10, server_url="https://en.wikipedia.org",
        server_name="en.wikipedia.org", script_path="/w", namespace=1, title=title, user=user,
        event_time=1_699_999_000_000 + rev_id, score=score, types=types,
        reasons=("an email address on someone else's talk page",), excerpt=excerpt,
        fingerprints=fingerprints, detected_at=1_699_999_500_000, tier=tier,
        revisions=revisions,
    )


class Clock:
    """A hand-moved clock: lease expiry and retention without sleeping."""

    def __init__(self, start: float = 1_700_000_000.0) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds
