"""Print sample renderings of families: `python -m synth.preview [ID-PREFIX] [-n N]`."""

from __future__ import annotations

import argparse
import random

from synth.expand import render
from synth.families import all_families
from synth.values import values_for


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("prefix", nargs="?", default="")
    parser.add_argument("-n", type=int, default=3)
    args = parser.parse_args()
    rng = random.Random(1)
    for family in all_families():
        if not family.id.startswith(args.prefix):
            continue
        print(f"# {family.id} {family.types or family.exemption} {family.kinds}")
        for _ in range(args.n):
            template = rng.choice(family.templates)
            print("  ", render(template, values_for(family.lang, rng), rng))


if __name__ == "__main__":
    main()
