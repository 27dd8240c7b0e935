"""Bare spaCy, the baseline: ``python -m bench.bare TEXTS.jsonl BATCH_SIZE``.

Loads the English model as its package ships it (claimdiff.nlp.load_model, so
with the same allocator settings: claimdiff.allocator) and runs ``nlp.pipe`` over
the same article texts, with the model components claimdiff runs and the same batch
size, touching each Doc once (so lazy work is not skipped), and nothing else.
claimdiff's own changes to the pipeline (the paragraph-break component, the
attribute ruler answered once per word form) are not in the baseline: whatever
they cost or save is claimdiff's. Run as its own process so its
wall time includes interpreter start and model load, like a claimdiff run.
"""

from __future__ import annotations

import json
import sys


def main(argv: list[str]) -> int:
    path, batch_size = argv[0], int(argv[1])
    with open(path, encoding="utf-8") as f:
        texts = [json.loads(line) for line in f]
    from claimdiff.nlp import load_model, unneeded_components

    nlp = load_model()
    tokens = 0
    for doc in nlp.pipe(texts, batch_size=batch_size, disable=unneeded_components(nlp)):
        tokens += len(doc)
    print(json.dumps({"docs": len(texts), "tokens": tokens}))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
