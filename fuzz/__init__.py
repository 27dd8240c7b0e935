"""Bounded-time fuzzing of the whole compare path: ``python -m fuzz`` (``make fuzz``).

Mutated articles (text edits, splices, inserted figures, dates, boilerplate
and markup, random Unicode, other encodings, flipped bytes, every input
format) go through corpus reading, claim extraction, alignment, judging and
every report format. A failure is any exception other than a ClaimdiffError,
a claim whose span does not match its article's text, an offset run that does
not map back to the raw text, output that differs between two runs on the same
input, or an input that takes longer than the per-input time limit.
Seeded, so a run can be repeated exactly.
"""
