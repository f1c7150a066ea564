"""Build the bundled demo feed: `python -m replay.build_demo` (deterministic for a seed).

The feed holds current-schema recentchange events over several wikis, mostly commonswiki:
- edits whose diffs are real wikitext: the 250 revision pairs of wikidiff2's test data (en, hi, ru,
  th, zh Wikipedia) and real talk-page comments (wikidetox, English Wikipedia) added one by one to
  their threads, signed, the user-talk threads on commonswiki;
- every edit of the labelled corpus (../shared/corpus/dev-edits.jsonl), its `removed` and `added`
  becoming an old and a new revision around unchanged context;
- Commons background: categorize events, bot edits, log events, a few canaries and duplicates;
- outing in the other fields (generated, invented values): edit summaries, page moves to a
  title, new account names;
- outing split over two consecutive edits by the same account on one page (a name and an
  employer, then a line tying them to the page's owner; invented), which only the two judged
  together flag;
- at the end, the wikis' own suppressions (revision-visibility-change events) of a share of the
  corpus's outing edits and of a few others (what `outingwatch report` then measures).
Each diff is stored as the API answer the local server gives (FeedEntry.api), so a replay needs no
differ. replay/demo/corpus-map.json maps each corpus id to its wiki and revisions, so an end-to-end
run can be compared with `outingwatch scan` on the same edits. Sources: NOTICE.
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import re
import shutil
import tempfile
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import quote

from replay.feed import FeedEntry, api_key, write_feed
from replay.suppressions import visibility_event
from wiki import answers
from wiki.client import compare_params, revision_params
from wiki.diffparse import added_wikitext, parse_table_diff
from wiki.fixtures import Revision

HERE = Path(__file__).resolve().parent
DEMO_DIR = HERE / "demo"
FEED_PATH = DEMO_DIR / "demo-feed.ndjson.gz"
MAP_PATH = DEMO_DIR / "corpus-map.json"
SHARED = HERE.parents[1] / "shared"
START = datetime(2026, 11, 24, 9, 0, tzinfo=UTC)
SCHEMA = "/mediawiki/recentchange/1.0.0"
TOPIC = "eqiad.mediawiki.recentchange"
MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)
REV_BASE = {"commonswiki": 1_021_000_000, "enwiki": 1_287_000_000, "dewiki": 259_000_000,
            "hiwiki": 6_400_000, "ruwiki": 141_000_000, "thwiki": 12_600_000,
            "zhwiki": 86_000_000}  # fmt: skip
WORDS = (
    "river", "moss", "lantern", "harbour", "cedar", "quill", "marble", "orchard", "falcon",
    "ember", "meadow", "copper", "willow", "basalt", "heron", "tundra", "velvet", "prairie",
    "cobalt", "juniper",
)
PLACES = (
    "Velderhoven", "Marrowby", "Kestrel_Bay", "Ostrava", "Lyon", "Tarragona", "Aarhus", "Porto",
    "Gdansk", "Bruges", "Valletta", "Tromso",
)
LOG_KINDS = (("upload", "upload"), ("newusers", "create"), ("move", "move"),
             ("delete", "delete"), ("block", "block"), ("protect", "protect"))  # fmt: skip


@dataclass
class Change:
    """One event to emit, before ids and times are given."""

    wiki: str
    server_name: str
    kind: str  # edit, new, log, categorize, canary
    namespace: int = 0
    title: str = ""
    user: str = ""
    comment: str = ""
    bot: bool = False
    old_text: str | None = None  # None for a page creation
    new_text: str = ""
    thread: tuple[int, int] | None = None  # (thread id, position): talk edits keep their order
    corpus_id: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)
    signer: tuple[str, str] | None = None  # (user, comment line) signed at the event's time
    record_added: str = ""  # a corpus record's `added`, to check the diff gives it back
    continues: bool = False  # appends `new_text` to the page as the previous edit left it


# --- sources ------------------------------------------------------------------------------------


def _title_of(text: str, fallback: str) -> str:
    match = re.search(r"'''([^'\n\[\]{}|]{2,60})'''", text)
    return match.group(1).strip() if match else fallback


def revision_pair_changes(rng: random.Random) -> Iterator[Change]:
    with gzip.open(SHARED / "fixtures/wikidiff2/revs.json.gz", "rt", encoding="utf-8") as fh:
        by_language: dict[str, list[list[str]]] = json.load(fh)
    for language, pairs in sorted(by_language.items()):
        for index, (old, new) in enumerate(pairs):
            yield Change(
                f"{language}wiki", f"{language}.wikipedia.org", "edit", 0,
                _title_of(new, f"Article {language}-{index}"), _person(rng), _summary(rng),
                old_text=old, new_text=new,
            )  # fmt: skip


def _detox_markup(text: str) -> str:
    """wikidetox replaced links by markers; turn them back into wikitext."""
    text = re.sub(r"\[WIKI_LINK:\s*([^\]]+)\]", r"[[\1]]", text)
    return re.sub(r"\[EXTERNA?L?_LINK:\s*([^\]]+)\]", r"[\1]", text).strip()


def _conversations() -> Iterator[list[dict[str, Any]]]:
    for path in sorted((SHARED / "fixtures/talk_comments").glob("wikidetox_*.js")):
        text = path.read_text(encoding="utf-8")
        for conversation in json.loads(text[text.index("[") : text.rindex("]") + 1]):
            comments = [c for c in conversation.values() if c.get("status") == "just added"]
            yield sorted(comments, key=lambda c: (c["timestamp"], c["id"]))


def talk_changes(rng: random.Random, limit: int) -> Iterator[Change]:
    count = 0
    for thread, comments in enumerate(_conversations()):
        if count >= limit:
            return
        title = comments[0]["page_title"] if comments else ""
        if not title or count + len(comments) > limit:
            continue
        on_commons = title.startswith("User talk:")
        wiki, host = ("commonswiki", "commons.wikimedia.org") if on_commons else (
            "enwiki", "en.wikipedia.org")  # fmt: skip
        for position, comment in enumerate(comments):
            line = _talk_line(comment, position)
            if not line:
                continue
            count += 1
            yield Change(
                wiki, host, "edit", _talk_namespace(title), title, comment["user_text"],
                _talk_summary(line), thread=(thread, position),
                signer=(comment["user_text"], line),
            )  # fmt: skip


def _talk_line(comment: dict[str, Any], position: int) -> str:
    content = _detox_markup(str(comment.get("content") or ""))
    if comment.get("comment_type") == "SECTION_CREATION":
        return content if content.startswith("=") else f"== {content} =="
    return (":" * min(position, 3)) + content if content else ""


def _talk_namespace(title: str) -> int:
    prefix = title.split(":", 1)[0]
    return {"Talk": 1, "User talk": 3, "Wikipedia talk": 5, "Template talk": 11,
            "MediaWiki talk": 9}.get(prefix, 1)  # fmt: skip


def _talk_start(namespace: int) -> str:
    return "{{User talk header}}" if namespace == 3 else "{{Talk header}}"


def _talk_summary(line: str) -> str:
    if line.startswith("=="):
        return f"/* {line.strip('= ')} */ new section"
    return ""


def corpus_changes() -> Iterator[Change]:
    for raw in (SHARED / "corpus/dev-edits.jsonl").read_text(encoding="utf-8").splitlines():
        if not raw.strip():
            continue
        record = json.loads(raw)
        new_page = record.get("type") == "new"
        context = _context(int(record.get("namespace", 0)))
        removed, added = record.get("removed") or "", record.get("added") or ""
        # Deleted lines go before the unchanged context and added lines after it, so the two
        # never pair up as one changed line: the diff then adds exactly the record's `added`.
        old = None if new_page else "\n".join(filter(None, [removed, context]))
        new = added if new_page else "\n".join(filter(None, [context, added]))
        yield Change(
            record["wiki"], record["server_name"], "new" if new_page else "edit",
            int(record.get("namespace", 0)), record["title"], record.get("user") or "",
            record.get("comment") or "", old_text=old, new_text=new, corpus_id=record["id"],
            record_added=added,
        )  # fmt: skip


def _context(namespace: int) -> str:
    return {
        2: "{{User page}}\n<!-- Please leave messages on my talk page. -->",
        3: "{{Talk header}}\n== Archives ==\n{{Archive box|auto=yes}}",
        4: "{{Project page header}}\n__NEWSECTIONLINK__",
        6: "{{Information header}}\n<!-- file description -->",
    }.get(namespace, "<!-- page start -->\n{{Short description|page}}")


def commons_background(
    rng: random.Random, categorize: int, bots: int, logs: int
) -> Iterator[Change]:
    host = "commons.wikimedia.org"
    for _ in range(categorize):
        category, file_title = _category(rng), _file_title(rng)
        comment = f"[[:{file_title}]] {rng.choice(['added to', 'removed from'])} category"
        yield Change("commonswiki", host, "categorize", 14, category, _person(rng), comment)
    for _ in range(bots):
        yield _bot_edit(rng)
    for _ in range(logs):
        yield _log_event(rng)


def _bot_edit(rng: random.Random) -> Change:
    title = _file_title(rng)
    page = (f"=={{{{int:filedesc}}}}==\n{{{{Information\n|description={{{{en|1={title[5:-4]}}}}}\n"
            f"|source={{{{own}}}}\n}}}}\n\n[[{_category(rng)}]]")  # fmt: skip
    new = page + f"\n[[{_category(rng)}]]"
    bot = rng.choice(["CategorySorterBot", "FileMaintenanceBot", "LicenseReviewBot"])
    return Change("commonswiki", "commons.wikimedia.org", "edit", 6, title, bot,
                  "Bot: adding category", bot=True, old_text=page, new_text=new)  # fmt: skip


def _log_event(rng: random.Random) -> Change:
    log_type, action = rng.choice(LOG_KINDS)
    title = _file_title(rng) if log_type in ("upload", "delete", "protect") else (
        f"User:{_person(rng)}")  # fmt: skip
    params: Any = [] if rng.random() < 0.3 else {"img_timestamp": "20261124090000"}
    extra = {"log_type": log_type, "log_action": action, "log_params": params}
    namespace = 6 if title.startswith("File:") else 2
    return Change("commonswiki", "commons.wikimedia.org", "log", namespace, title,
                  _person(rng), f"{log_type} {action}", extra=extra)  # fmt: skip


def _person(rng: random.Random) -> str:
    if rng.random() < 0.08:
        return rng.choice(["192.0.2.", "198.51.100.", "203.0.113."]) + str(rng.randint(1, 254))
    return rng.choice(WORDS).capitalize() + rng.choice(WORDS) + str(rng.randint(1, 99))


def _summary(rng: random.Random) -> str:
    return rng.choice(["", "copyedit", "/* References */", "update", "typo", "+cat", "expand"])


def _category(rng: random.Random) -> str:
    return f"Category:{rng.choice(PLACES).replace('_', ' ')} in {rng.randint(1950, 2025)}"


def _file_title(rng: random.Random) -> str:
    place = rng.choice(PLACES).replace("_", " ")
    return f"File:{place} {rng.choice(WORDS)} {rng.randint(1, 9999)}.jpg"


# --- ordering, ids and events -------------------------------------------------------------------


def ordered(changes: list[Change], rng: random.Random) -> list[Change]:
    """Shuffle, but keep every talk thread's comments in their order."""
    keys = [rng.random() for _ in changes]
    threads: dict[int, list[int]] = {}
    for index, change in enumerate(changes):
        if change.thread is not None:
            threads.setdefault(change.thread[0], []).append(index)
    for members in threads.values():
        for index, key in zip(members, sorted(keys[i] for i in members), strict=True):
            keys[index] = key
    return [change for _, change in sorted(zip(keys, changes, strict=True), key=lambda p: p[0])]


@dataclass
class Builder:
    rng: random.Random
    clock_ms: int = int(START.timestamp() * 1000)
    offset: int = 5_210_000_000
    next_rev: dict[str, int] = field(default_factory=lambda: dict(REV_BASE))
    next_rc: dict[str, int] = field(default_factory=dict)
    pages: dict[tuple[str, str], tuple[int, str]] = field(default_factory=dict)  # -> (rev, text)
    corpus_map: dict[str, dict[str, Any]] = field(default_factory=dict)

    def entry(self, change: Change) -> FeedEntry:
        self.clock_ms += int(self.rng.expovariate(1 / 35)) + 1
        self.offset += 1
        if change.kind == "canary":
            return FeedEntry(data=_dumps({"$schema": SCHEMA, "meta": self._meta(change)}))
        revs = self._revisions(change) if change.kind in ("edit", "new") else None
        event = self._event(change, revs)
        api = self._answers(change, event, revs) if revs is not None else {}
        return FeedEntry(data=_dumps(event), api=api)

    def _meta(self, change: Change) -> dict[str, Any]:
        domain = "canary" if change.kind == "canary" else change.server_name
        uri = f"https://{domain}/wiki/{_url_title(change.title)}"
        return {"uri": uri, "request_id": self._uuid(), "id": self._uuid(),
                "dt": _iso_ms(self.clock_ms + self.rng.randint(0, 1500)), "domain": domain,
                "stream": "mediawiki.recentchange", "topic": TOPIC, "partition": 0,
                "offset": self.offset}  # fmt: skip

    def _uuid(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def _event(self, change: Change, revs: tuple[int | None, int] | None) -> dict[str, Any]:
        rc_id = self.next_rc.setdefault(change.wiki, 2_600_000_000 + self.rng.randint(0, 9**8))
        self.next_rc[change.wiki] += self.rng.randint(1, 40)
        title_url = f"https://{change.server_name}/wiki/{_url_title(change.title)}"
        event: dict[str, Any] = {
            "$schema": SCHEMA, "meta": self._meta(change), "id": rc_id, "type": change.kind,
            "namespace": change.namespace, "title": change.title, "title_url": title_url,
            "comment": change.comment, "timestamp": self.clock_ms // 1000, "user": change.user,
            "bot": change.bot,
        }  # fmt: skip
        if revs is not None:
            event |= _revision_fields(change, *revs)
        event |= change.extra
        if change.kind == "log" and "log_id" not in event:
            event["log_id"] = 180_000_000 + rc_id % 10_000_000  # no draw: the feed stays as it was
        event |= {"server_url": f"https://{change.server_name}",
                  "server_name": change.server_name, "server_script_path": "/w",
                  "wiki": change.wiki, "parsedcomment": _parsed(change.comment)}  # fmt: skip
        return event

    def _revisions(self, change: Change) -> tuple[int | None, int]:
        """Give the edit its revision ids and texts (talk edits continue their page)."""
        old_rev, old_text = self._old(change)
        change.new_text, change.old_text = self._new_text(change, old_text), old_text
        new_rev = self.next_rev.get(change.wiki, 1_000_000) + self.rng.randint(1, 9)
        self.next_rev[change.wiki] = new_rev
        self.pages[(change.wiki, change.title)] = (new_rev, change.new_text)
        return old_rev, new_rev

    def _old(self, change: Change) -> tuple[int | None, str | None]:
        if change.kind == "new":
            return None, None
        if change.continues:
            return self.pages[(change.wiki, change.title)]
        if change.signer is not None:
            first = (self._older(change), _talk_start(change.namespace))
            return self.pages.get((change.wiki, change.title), first)
        return self._older(change), change.old_text

    def _older(self, change: Change) -> int:
        return self.next_rev.get(change.wiki, 1_000_000) - self.rng.randint(10_000, 900_000)

    def _new_text(self, change: Change, old_text: str | None) -> str:
        if change.continues:
            return f"{old_text}{change.new_text}"
        if change.signer is None:
            return change.new_text
        user, line = change.signer
        signed = line if line.startswith("==") else f"{line} {_signature(user, self.clock_ms)}"
        return f"{old_text}\n{signed}" if old_text else signed

    def _answers(
        self, change: Change, event: dict[str, Any], revs: tuple[int | None, int]
    ) -> dict[str, Any]:
        old_rev, new_rev = revs
        revision = Revision(change.new_text, change.title, change.namespace, change.user,
                            _page_id(change.title), old_rev or 0)  # fmt: skip
        if old_rev is None:
            body = answers.revisions({new_rev: revision}, [], {})
            key, added = api_key(change.server_name, revision_params(new_rev)), change.new_text
        else:
            before = Revision(change.old_text or "", change.title, change.namespace, "",
                              revision.page_id)  # fmt: skip
            # The corpus labels judge a record's whole added lines: for its edits, moves of
            # similar paragraphs are not looked for (wikidiff2 skips them past a cutoff too),
            # so the diff adds exactly the record's `added`.
            similar_moves = change.corpus_id is None
            sides = {old_rev: before, new_rev: revision}
            body = answers.compare(sides, old_rev, new_rev, {}, similar_moves)
            key = api_key(change.server_name, compare_params(old_rev, new_rev))
            added = added_wikitext(parse_table_diff(body["compare"]["body"]))
        if change.corpus_id is not None:
            self.corpus_map[change.corpus_id] = {
                "wiki": change.wiki, "server_name": change.server_name, "rev_id": new_rev,
                "old_rev_id": old_rev, "rc_id": event["id"], "meta_id": event["meta"]["id"],
                "added_matches_record": added.strip("\n") == change.record_added.strip("\n"),
            }  # fmt: skip
        return {key: {"status": 200, "headers": {}, "body": body}}


def _revision_fields(change: Change, old_rev: int | None, new_rev: int) -> dict[str, Any]:
    new_length = len(change.new_text.encode())
    fields: dict[str, Any] = {"minor": False}
    if change.wiki == "commonswiki":
        fields["patrolled"] = change.bot
    server = f"https://{change.server_name}/w/index.php"
    if old_rev is None:
        fields |= {"length": {"new": new_length}, "revision": {"new": new_rev},
                   "notify_url": f"{server}?oldid={new_rev}"}  # fmt: skip
        return fields
    old_length = len((change.old_text or "").encode())
    return fields | {"length": {"old": old_length, "new": new_length},
                     "revision": {"old": old_rev, "new": new_rev},
                     "notify_url": f"{server}?diff={new_rev}&oldid={old_rev}"}  # fmt: skip


def _url_title(title: str) -> str:
    """As MediaWiki's wfUrlencode writes a title into a URL."""
    return quote(title.replace(" ", "_"), safe=":/,;@$!*()~")


def _page_id(title: str) -> int:
    return 1 + sum(map(ord, title)) % 10_000_000


def _signature(user: str, ms: int) -> str:
    when = datetime.fromtimestamp(ms / 1000, UTC)
    stamp = f"{when:%H:%M}, {when.day} {MONTHS[when.month - 1]} {when.year} (UTC)"
    if re.fullmatch(r"[\d.]+|[0-9a-fA-F:]+", user):
        link = f"[[Special:Contributions/{user}|{user}]]"
        return f"—Preceding unsigned comment added by {link} {stamp}"
    return f"[[User:{user}|{user}]] ([[User talk:{user}|talk]]) {stamp}"


def _parsed(comment: str) -> str:
    return comment.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _iso_ms(ms: int) -> str:
    seconds = datetime.fromtimestamp(ms // 1000, UTC).strftime("%Y-%m-%dT%H:%M:%S")
    return f"{seconds}.{ms % 1000:03d}Z"


def _dumps(obj: dict[str, Any]) -> str:
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":"))


# --- assembly -----------------------------------------------------------------------------------


SEED = 20261124


def build(
    seed: int = SEED, talk: int = 700, categorize: int = 450, bots: int = 120, logs: int = 40
) -> tuple[list[FeedEntry], dict[str, Any]]:
    """The feed's entries and the corpus map (the defaults build the bundled feed)."""
    rng = random.Random(seed)
    changes = [*revision_pair_changes(rng), *talk_changes(rng, talk), *corpus_changes(),
               *commons_background(rng, categorize, bots, logs)]  # fmt: skip
    changes += [Change("canary", "canary", "canary") for _ in range(6)]
    builder = Builder(rng)
    entries = [builder.entry(change) for change in ordered(changes, rng)]
    entries = _with_duplicates(entries, rng, 12)
    entries += [builder.entry(change) for change in field_changes(random.Random(seed + 1))]
    entries += [builder.entry(change) for change in split_changes(random.Random(seed + 2))]
    entries += suppressions(entries, builder.corpus_map, builder.clock_ms)
    return entries, builder.corpus_map


# --- outing in other fields, and the wikis' suppressions ----------------------------------------

FIELD_PEOPLE = (  # invented, like the corpus: example.* domains, fictional number ranges
    ("Orla Penhaligon", "07700 900581", "orla.pen@example.org", "9 Quayside Row, Marrowby"),
    ("Tomasz Wierzbicki", "+44 20 7946 0617", "t.wierzbicki@example.net",
     "31 Lantern Street, Velderhoven"),
    ("Ines Carvalho-Mota", "07700 900734", "ines.cmota@example.com", "4 Cedar Yard, Kestrel Bay"),
)


def field_changes(rng: random.Random) -> Iterator[Change]:
    """Outing outside the added text: in an edit summary, a move's target, an account name."""
    for number, (name, phone, email, street) in enumerate(FIELD_PEOPLE):
        target = _person(rng)
        page = f"Hello {target}, thanks for the uploads.\n"
        yield Change("commonswiki", "commons.wikimedia.org", "edit", 3, f"User talk:{target}",
                     _person(rng), f"{target} is really {name}, call {phone} or {email}",
                     old_text=page, new_text=page + "Thanks for the photos.\n")  # fmt: skip
        move = {"log_type": "move", "log_action": "move", "log_id": 190_000_000 + number,
                "log_params": {"target": f"User:{name} {phone}", "noredir": "0"}}
        yield Change("commonswiki", "commons.wikimedia.org", "log", 2, f"User:{target}",
                     _person(rng), "moved page", extra=move)  # fmt: skip
        account = {"log_type": "newusers", "log_action": "create", "log_id": 191_000_000 + number,
                   "log_params": {"userid": 50_000 + number}}
        yield Change("commonswiki", "commons.wikimedia.org", "log", 2,
                     f"User:{name} of {street}", f"{name} of {street}", "",
                     extra=account)  # fmt: skip


SPLIT_PEOPLE = ("Tobias Brenner, Norbridge Logistics",)  # invented: a name and an employer
SPLIT_TIE = "^ that's your real name, isn't it\n"  # says whose name it is, and nothing else


def split_changes(rng: random.Random) -> Iterator[Change]:
    """Outing split over consecutive edits: a name and employer alone, then a line tying them
    to the page's owner, by the same account on the same page a few seconds apart
    (pipeline.split judges them together)."""
    for person in SPLIT_PEOPLE:
        target, author = _person(rng), _person(rng)
        page = f"Hello {target}, thanks for the uploads.\n"
        title = f"User talk:{target}"
        yield Change("commonswiki", "commons.wikimedia.org", "edit", 3, title, author, "",
                     old_text=page, new_text=page + f"{person}\n")  # fmt: skip
        yield Change("commonswiki", "commons.wikimedia.org", "edit", 3, title, author, "",
                     new_text=SPLIT_TIE, continues=True)  # fmt: skip


def suppressions(entries: list[FeedEntry], corpus_map: dict[str, Any],
                 last_ms: int) -> list[FeedEntry]:
    """The wikis hide what oversighters found: two of three outing edits of the corpus (some
    flagged by outingwatch, some not), and a few others an administrator hid (copyright)."""
    by_meta = {}
    for entry in entries:
        event = json.loads(entry.data)
        if "revision" in event:
            by_meta[event["meta"]["id"]] = event
    labels = {}
    for raw in (SHARED / "corpus/dev-edits.jsonl").read_text(encoding="utf-8").splitlines():
        if raw.strip():
            record = json.loads(raw)
            labels[record["id"]] = bool((record.get("expect") or {}).get("flag"))
    out: list[FeedEntry] = []
    outing = sorted(i for i in corpus_map if labels.get(i))
    others = sorted(i for i in corpus_map if not labels.get(i))
    chosen = [(i, True) for n, i in enumerate(outing) if n % 3 != 2]
    chosen += [(i, False) for i in others[::25][:4]]
    for number, (corpus_id, suppressed) in enumerate(chosen):
        event = by_meta[corpus_map[corpus_id]["meta_id"]]
        dt = _iso_ms(last_ms + 60_000 + number * 45_000)
        hide = ("text", "comment") if suppressed else ("text",)
        out.append(FeedEntry(data=_dumps(visibility_event(
            event, dt, hide=hide, suppressed=suppressed))))
    return out


def _with_duplicates(entries: list[FeedEntry], rng: random.Random, count: int) -> list[FeedEntry]:
    """EventStreams sometimes delivers an event twice: the same data (same meta.id) again."""
    out = list(entries)
    for _ in range(count):
        source = rng.randrange(len(entries) - 10)
        out.insert(min(len(out), source + rng.randint(1, 8)), FeedEntry(data=entries[source].data))
    return out


def write(entries: list[FeedEntry], corpus_map: dict[str, Any], feed: Path, mapping: Path) -> None:
    """Write the feed gzipped with a fixed header time, so equal input gives equal bytes."""
    feed.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        plain = Path(tmp) / "feed.ndjson"
        write_feed(plain, entries)
        with plain.open("rb") as src, feed.open("wb") as raw, gzip.GzipFile(
            filename="", mode="wb", fileobj=raw, mtime=0, compresslevel=9
        ) as dst:
            shutil.copyfileobj(src, dst)
    mapping.write_text(json.dumps(corpus_map, indent=1, sort_keys=True) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m replay.build_demo", description=__doc__)
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--talk", type=int, default=700, help="talk-page comment edits")
    parser.add_argument("--categorize", type=int, default=450, help="Commons categorize events")
    parser.add_argument("--bots", type=int, default=120, help="Commons bot edits")
    parser.add_argument("--logs", type=int, default=40, help="Commons log events")
    parser.add_argument("--out", type=Path, default=FEED_PATH)
    parser.add_argument("--map", type=Path, default=MAP_PATH)
    args = parser.parse_args(argv)
    entries, corpus_map = build(args.seed, args.talk, args.categorize, args.bots, args.logs)
    write(entries, corpus_map, args.out, args.map)
    exact = sum(1 for item in corpus_map.values() if item["added_matches_record"])
    print(f"{len(entries)} events, {args.out.stat().st_size} bytes; "
          f"corpus edits {len(corpus_map)} ({exact} with identical added text)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
