"""Judge: one finding per claim group (conflict, agree or single source), explained.

verdict.py compares the claims of a group and builds the Finding; numeric.py and
dates.py hold the rules per kind; text.py phrases (source names, figures,
topics); timing.py and timeline.py place figures in time (a rising toll is an
update); origins.py finds which articles are one source (wire copies, one agency)
and how many independent origins stand behind each value. judge reads align's
groups and nothing after it.
"""

from __future__ import annotations

from .verdict import finding_id, judge, judge_group  # noqa: F401

__all__ = ["finding_id", "judge", "judge_group"]
