"""`claimdiff --help` and `import claimdiff` stay fast: no heavy module is imported."""

from __future__ import annotations

import subprocess
import sys

HEAVY = ("spacy", "thinc", "pint", "dateparser", "trafilatura", "numpy", "dask", "lxml", "quantulum3")

PROBE = """
import contextlib, io, sys
sys.argv = ["claimdiff", "--help"]
import claimdiff
from claimdiff.cli import main
try:
    with contextlib.redirect_stdout(io.StringIO()) as out:
        main()
except SystemExit:
    pass
assert "Usage" in out.getvalue(), out.getvalue()
print(",".join(m for m in {heavy!r} if m in sys.modules))
"""


def test_help_imports_no_heavy_module() -> None:
    done = subprocess.run([sys.executable, "-c", PROBE.format(heavy=HEAVY)],
                          capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "", f"imported at --help: {done.stdout.strip()}"


def test_cached_run_needs_no_spacy_to_name_the_pipeline() -> None:
    """pipeline_info() (in every report and cache key) reads meta.json, not the model,
    and says the same as the loaded pipeline."""
    import json

    from claimdiff import nlp

    probe = ("import json, sys; from claimdiff import nlp; "
             "print(json.dumps([nlp.pipeline_info(), 'spacy' in sys.modules]))")
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    info, loaded = json.loads(done.stdout)
    assert loaded is False
    nlp.load_pipeline()
    assert info == nlp.pipeline_info()
