"""The `outingwatch` command: one subcommand a module, imported only when chosen.

Each module named in COMMANDS exposes `add_arguments(parser)` and `main(args) -> int`.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from core.version import version

COMMANDS: dict[str, tuple[str, str]] = {
    "run": ("cli.run", "follow the live EventStreams feed and queue possible outing"),
    "replay": ("cli.replay", "run the whole service offline on a replay feed (bundled by default)"),
    "record": ("cli.record", "capture a live session (events and API answers) into a replay feed"),
    "scan": ("cli.scan", "judge edit records (JSON lines) and write decision records"),
    "eval": ("cli.eval", "score decisions against a labelled corpus"),
    "synth": ("cli.synth", "write the synthetic training corpus from a seed"),
    "train": ("cli.train", "rebuild the outing model from a seed"),
    "users": ("cli.users", "oversighters: tokens, their wikis, revocation, audit"),
    "purge": ("cli.purge", "forget resolved requests past the retention period"),
    "report": ("cli.report", "precision and recall from the wikis' suppressions, and outcomes"),
}


def _top_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="outingwatch",
        description="Find possible outing in Wikimedia edits and queue it for oversighters.",
    )
    parser.add_argument("--version", action="version", version=f"outingwatch {version()}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name, (_, help_text) in COMMANDS.items():
        sub.add_parser(name, help=help_text, add_help=False)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if not args or args[0] not in COMMANDS:
        _top_parser().parse_args(args or ["--help"])
        return 2
    name, rest = args[0], args[1:]
    module_name, help_text = COMMANDS[name]
    module = importlib.import_module(module_name)
    parser = argparse.ArgumentParser(prog=f"outingwatch {name}", description=help_text)
    module.add_arguments(parser)
    code: int = module.main(parser.parse_args(rest))
    return code


if __name__ == "__main__":
    raise SystemExit(main())
