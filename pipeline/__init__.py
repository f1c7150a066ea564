"""The service's pipeline: stream items → diff fetch → judgement → queue, and the adapters from
each stage's own interface to what the pipeline calls. It sits above every stage (stream, wiki,
judgement, store, metrics) and below the composition root (service.py); core/ stays at the
bottom with the value types every stage shares."""
