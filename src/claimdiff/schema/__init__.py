"""The JSON Schema of the report (schema_version 1), shipped in the package.

``claimdiff schema`` prints it; tests validate every JSON output against it.
"""

from __future__ import annotations

import json
from importlib import resources
from typing import Any

SCHEMA_FILE = "report.schema.json"


def schema_text() -> str:
    """The schema file exactly as shipped."""
    return resources.files(__name__).joinpath(SCHEMA_FILE).read_text(encoding="utf-8")


def report_schema() -> dict[str, Any]:
    """The schema as a fresh dict (JSON Schema draft 2020-12)."""
    return json.loads(schema_text())
