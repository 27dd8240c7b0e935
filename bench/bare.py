"""Bare spaCy, the baseline: ``python -m bench.bare TEXTS.jsonl BATCH_SIZE``.

Loads the same pipeline claimdiff loads (through claimdiff.nlp.load_pipeline, so
with the same allocator settings: claimdiff.allocator) and runs ``nlp.pipe`` over
the same article texts, with the same components and batch size, touching each Doc once
(so lazy work is not skipped), and nothing else. Run as its own process so its
wall time includes interpreter start and model load, like a claimdiff run.
"""

from __future__ import annotations

import json
import sys


def main(argv: list[str]) -> int:
    path, batch_size = argv[0], int(argv[1])
    with open(path, encoding="utf-8") as f:
        texts = [json.loads(line) for line in f]
    from claimdiff.nlp import load_pipeline, unneeded_components

    nlp = load_pipeline()
    tokens = 0
    for doc in nlp.pipe(texts, batch_size=batch_size, disable=unneeded_components(nlp)):
        tokens += len(doc)
    print(json.dumps({"docs": len(texts), "tokens": tokens}))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
