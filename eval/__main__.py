"""`make eval`: run every eval/<name>.py that defines main() -> int; fail if any misses its target."""

from __future__ import annotations

import importlib
import pkgutil
import sys
from pathlib import Path


def main() -> int:
    here = Path(__file__).parent
    names = sorted(m.name for m in pkgutil.iter_modules([str(here)]) if not m.name.startswith("_"))
    failed: list[str] = []
    ran = 0
    for name in names:
        module = importlib.import_module(f"eval.{name}")
        run = getattr(module, "main", None)
        if run is None:
            continue
        print(f"\n=== eval.{name} ===", flush=True)
        ran += 1
        if run() != 0:
            failed.append(name)
    if ran == 0:
        print("no evaluations found", file=sys.stderr)
        return 1
    print(f"\n{ran} evaluation(s), {len(failed)} below target" + (f": {', '.join(failed)}" if failed else ""))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
