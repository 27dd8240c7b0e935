"""JSON: the public contract (see README, "JSON contract")."""

from __future__ import annotations

import json
from typing import Any


def render(report, **_: Any) -> str:  # type: ignore[no-untyped-def]
    # sort_keys is not used: the contract's key order reads better, and it is
    # already deterministic because every record is built in a fixed order.
    return json.dumps(report.to_records(), indent=2, ensure_ascii=False) + "\n"
