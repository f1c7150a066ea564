"""The edit record: what the judgement looks at, whether it came from the stream or a file.

Its fields follow ../shared/corpus/README.md, so `outingwatch scan` and the service share one
input type and one code path.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True, slots=True)
class EditRecord:
    id: str
    wiki: str
    server_name: str
    namespace: int
    title: str
    user: str
    type: str
    comment: str
    added: str
    removed: str = ""
    expect: Mapping[str, Any] | None = field(default=None, compare=False)

    @classmethod
    def from_json(cls, obj: Mapping[str, Any]) -> EditRecord:
        """Build from a corpus-format object; raises ValueError with a content-free message."""
        try:
            return cls(
                id=str(obj["id"]),
                wiki=str(obj.get("wiki", "")),
                server_name=str(obj.get("server_name", "")),
                namespace=int(obj.get("namespace", 0)),
                title=str(obj.get("title", "")),
                user=str(obj.get("user") or ""),
                type=str(obj.get("type", "edit")),
                comment=str(obj.get("comment") or ""),
                added=str(obj.get("added") or ""),
                removed=str(obj.get("removed") or ""),
                expect=obj.get("expect"),
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise ValueError(f"invalid edit record: {type(exc).__name__}") from None
