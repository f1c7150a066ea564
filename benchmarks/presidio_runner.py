"""Runs inside benchmarks/.presidio-venv (NOT the project venv): Presidio's AnalyzerEngine with
the same spaCy model, timed on texts read from a JSON file. Prints one JSON object.

    python presidio_runner.py TEXTS.json MODEL REPEATS
"""

import json
import statistics
import sys
import time


def main() -> int:
    texts_path, model, repeats = sys.argv[1], sys.argv[2], int(sys.argv[3])
    from presidio_analyzer import AnalyzerEngine  # type: ignore[import-not-found]
    from presidio_analyzer.nlp_engine import NlpEngineProvider  # type: ignore[import-not-found]

    provider = NlpEngineProvider(nlp_configuration={
        "nlp_engine_name": "spacy",
        "models": [{"lang_code": "en", "model_name": model}],
    })
    engine = AnalyzerEngine(nlp_engine=provider.create_engine(), supported_languages=["en"])
    with open(texts_path, encoding="utf-8") as handle:
        texts = json.load(handle)
    engine.analyze(text="warm up: call 07700 900123", language="en")
    runs, per_item, found = [], [], 0
    for _ in range(repeats):
        started = time.perf_counter()
        for text in texts:
            t0 = time.perf_counter()
            found += len(engine.analyze(text=text, language="en"))
            per_item.append(time.perf_counter() - t0)
        runs.append(time.perf_counter() - started)
    print(json.dumps({"items": len(texts), "runs": runs,
                      "median_item_ms": statistics.median(per_item) * 1000,
                      "findings": found // max(1, repeats)}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
