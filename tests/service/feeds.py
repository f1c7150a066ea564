"""Small replay feeds made by the tests: current-schema recentchange events whose revision texts
the local MediaWiki API server diffs, plus the frames a real feed also carries (canaries,
duplicates, other wikis, bots, malformed data, a hidden revision)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

import orjson

from replay.feed import FeedEntry

BASE_TEXT = "Hello, and welcome to Wikipedia.\n\nThanks for your edits to the railway articles.\n"
START = datetime(2026, 11, 20, 12, 0, 0, tzinfo=UTC)


@dataclass
class FeedBuilder:
    entries: list[FeedEntry] = field(default_factory=list)
    next_rev: int = 5000
    judged: list[tuple[str, int]] = field(default_factory=list)  # (wiki, rev) expected judged

    def _event(self, n: int, **fields: object) -> dict[str, object]:
        dt = START + timedelta(seconds=n)
        wiki = str(fields.pop("wiki", "enwiki"))
        host = str(fields.pop("host", "en.wikipedia.org"))
        event: dict[str, object] = {
            "$schema": "/mediawiki/recentchange/1.0.0",
            "meta": {"uri": f"https://{host}/wiki/X", "request_id": f"req-{n}",
                     "id": f"00000000-0000-4000-8000-{n:012d}",
                     "dt": dt.isoformat().replace("+00:00", "Z"), "domain": host,
                     "stream": "mediawiki.recentchange", "topic": "eqiad.mediawiki.recentchange",
                     "partition": 0, "offset": 1000 + n},
            "id": 90000 + n, "type": "edit", "namespace": 3, "title": "User talk:Railfan",
            "comment": "reply", "timestamp": int(dt.timestamp()), "user": "Helper",
            "bot": False, "minor": False, "server_url": f"https://{host}",
            "server_name": host, "server_script_path": "/w", "wiki": wiki,
        }
        event.update(fields)
        return event

    def edit(self, added: str, **fields: object) -> tuple[str, int]:
        """An edit appending `added` to a talk page; returns its (wiki, revision)."""
        n = len(self.entries)
        old, new = self.next_rev, self.next_rev + 1
        self.next_rev += 2
        event = self._event(n, revision={"old": old, "new": new},
                            length={"old": len(BASE_TEXT), "new": len(BASE_TEXT) + len(added)},
                            **fields)
        revisions = {str(old): BASE_TEXT, str(new): BASE_TEXT + added + "\n"}
        self.entries.append(FeedEntry(data=orjson.dumps(event).decode(), revisions=revisions))
        key = (str(event["wiki"]), new)
        self.judged.append(key)
        return key

    def hidden(self) -> tuple[str, int]:
        """An edit whose revision the API no longer has (nosuchrevid)."""
        n = len(self.entries)
        new = self.next_rev + 1
        self.next_rev += 2
        event = self._event(n, revision={"old": new - 1, "new": new})
        self.entries.append(FeedEntry(data=orjson.dumps(event).decode()))
        return "enwiki", new

    def raw(self, data: str) -> None:
        self.entries.append(FeedEntry(data=data))

    def other(self, **fields: object) -> None:
        """A frame the consumer filters or drops (canary, bot, log...)."""
        n = len(self.entries)
        self.entries.append(FeedEntry(data=orjson.dumps(self._event(n, **fields)).decode()))

    def canary(self) -> None:
        n = len(self.entries)
        dt = (START + timedelta(seconds=n)).isoformat().replace("+00:00", "Z")
        data = {"$schema": "/mediawiki/recentchange/1.0.0",
                "meta": {"id": f"canary-{n}", "dt": dt, "domain": "canary",
                         "stream": "mediawiki.recentchange"}}
        self.entries.append(FeedEntry(data=orjson.dumps(data).decode()))

    def duplicate_of_last(self) -> None:
        self.entries.append(self.entries[-1])


BENIGN = (
    "Thanks, I have fixed the citation in the infobox.",
    "The station opened in 1862 and closed in 1965, see the timetable archive.",
    "I agree with the merge proposal; the two articles cover the same line.",
    "Please discuss the new photo on the article talk page first.",
)
OUTING = (
    "I know who you really are: your real name is Margaret Ellison, you live at "
    "14 Harrow Lane, Leeds LS6 2QT, phone 07700 900461, email m.ellison77@example.com.",
    "Railfan is actually Tobias Brenner, he works at Norbridge Logistics as a dispatcher, "
    "call him on +44 20 7946 0321 or write to tobias.brenner@example.net.",
)


def standard_feed() -> FeedBuilder:
    """Judged edits (benign and outing), with the noise a real feed carries."""
    feed = FeedBuilder()
    for n in range(12):
        feed.edit(BENIGN[n % len(BENIGN)] + f" (note {n})")
        if n == 3:
            feed.canary()
        if n == 5:
            feed.duplicate_of_last()
        if n == 7:
            feed.raw("{not json")
    for text in OUTING:
        feed.edit(text)
    feed.hidden()
    feed.other(bot=True, revision={"old": 1, "new": 2})
    feed.other(type="log", log_type="block", log_action="block", log_params=[])
    return feed
