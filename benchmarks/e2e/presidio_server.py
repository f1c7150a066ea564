"""Runs inside benchmarks/.presidio-venv (NOT the project venv): Presidio's AnalyzerEngine with the
given spaCy model as a JSON-lines server. Prints "ready" once the model is loaded; then each input
line is a JSON list of texts and each output line a JSON list, per text, of the entity types found
with at least the given score.

    python presidio_server.py MODEL MIN_SCORE
"""

from __future__ import annotations

import json
import sys
from typing import Any


def engine(model: str) -> Any:
    from presidio_analyzer import AnalyzerEngine  # type: ignore[import-not-found]
    from presidio_analyzer.nlp_engine import NlpEngineProvider  # type: ignore[import-not-found]

    provider = NlpEngineProvider(nlp_configuration={
        "nlp_engine_name": "spacy",
        "models": [{"lang_code": "en", "model_name": model}],
    })
    return AnalyzerEngine(nlp_engine=provider.create_engine(), supported_languages=["en"])


def main() -> int:
    model, min_score = sys.argv[1], float(sys.argv[2])
    analyzer = engine(model)
    analyzer.analyze(text="warm up: call 07700 900123", language="en")
    print("ready", flush=True)
    for line in sys.stdin:
        texts = json.loads(line)
        found = [sorted({r.entity_type for r in analyzer.analyze(text=t, language="en")
                         if r.score >= min_score}) for t in texts]
        sys.stdout.write(json.dumps(found) + "\n")
        sys.stdout.flush()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
