"""Work run in a separate process, so that a hang (catastrophic backtracking, a parser looping)
is caught by a wall-clock limit and the process killed, instead of hanging the test run.

Each function returns a small content-free summary for the test to check.
"""

from __future__ import annotations

import os
from functools import lru_cache

from core.edit import EditRecord
from judgement.config import load_config
from judgement.judge import Judge
from judgement.parts import default_parts
from stream.events import EventError, decode
from stream.sse import SSEParser
from wiki.diffparse import added_wikitext, parse_table_diff

Summary = dict[str, object]


def pid() -> int:
    return os.getpid()


@lru_cache(maxsize=1)
def _judge() -> Judge:
    return Judge(load_config(), default_parts())


def judge(added: str, title: str = "User talk:Railfan", comment: str = "") -> Summary:
    record = EditRecord(id="p:1", wiki="enwiki", server_name="en.wikipedia.org", namespace=3,
                        title=title, user="Helper", type="edit", comment=comment, added=added)
    decision = _judge().judge(record).decision
    return {"flag": decision.flag, "error": decision.error, "excerpt": decision.excerpt,
            "findings": len(decision.findings), "partial": decision.partial}


def diff_then_judge(body: str) -> Summary:
    added = added_wikitext(parse_table_diff(body))
    summary = judge(added)
    summary["added_chars"] = len(added)
    return summary


def stream_bytes(data: bytes) -> Summary:
    """Raw bytes as an EventStreams body: frames parsed, each data decoded or refused."""
    parser = SSEParser()
    frames = [f for start in range(0, len(data), 1 << 16)
              for f in parser.feed(data[start:start + (1 << 16)])]
    refused = 0
    for frame in frames:
        try:
            decode(frame.data or b"")
        except EventError:
            refused += 1
    return {"frames": len(frames), "refused": refused,
            "too_large": sum(f.too_large for f in frames)}
