"""Numbered migrations: store/migrations/NNNN_name.sql, or NNNN_name.<dialect>.sql per dialect.

Each backend applies, in one transaction per file, every version above the highest one recorded
in `schema_version`, at start-up.
"""

from __future__ import annotations

import re
from pathlib import Path

from store.errors import SchemaTooNew

MIGRATIONS = Path(__file__).with_name("migrations")
DIALECTS = ("sqlite", "postgresql")
_NAME = re.compile(r"^(\d{4})_[a-z0-9_]+(?:\.(sqlite|postgresql))?\.sql$")

VERSION_TABLE = (
    "CREATE TABLE IF NOT EXISTS schema_version "
    "(version INTEGER PRIMARY KEY, applied_at BIGINT NOT NULL)"
)


def migrations(dialect: str, folder: Path = MIGRATIONS) -> list[tuple[int, str]]:
    """(version, sql) in order; a dialect-specific file beats a common one of the same number."""
    if dialect not in DIALECTS:
        raise ValueError(f"unknown dialect {dialect!r}")
    chosen: dict[int, tuple[bool, Path]] = {}
    for path in folder.iterdir():
        match = _NAME.match(path.name)
        if match is None or match.group(2) not in (None, dialect):
            continue
        version, specific = int(match.group(1)), match.group(2) is not None
        if version not in chosen or specific:
            chosen[version] = (specific, path)
    return [(v, chosen[v][1].read_text(encoding="utf-8")) for v in sorted(chosen)]


def pending(dialect: str, current: int) -> list[tuple[int, str]]:
    known = migrations(dialect)
    latest = known[-1][0] if known else 0
    if current > latest:
        raise SchemaTooNew(f"database schema {current} is newer than this version ({latest})")
    return [(v, sql) for v, sql in known if v > current]
