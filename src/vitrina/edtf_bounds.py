"""EDTF strings to ISO day bounds, for range filters and timelines."""

from __future__ import annotations

import time
from functools import lru_cache

import edtf


@lru_cache(maxsize=4096)
def bounds(value: str) -> tuple[str | None, str | None]:
    """The earliest and latest ISO day an EDTF value can mean, or (None, None)."""
    try:
        parsed = edtf.parse_edtf(value)
        lower, upper = parsed.lower_strict(), parsed.upper_strict()
    except Exception:  # the edtf package raises assorted errors on odd input
        return None, None
    return _iso(lower), _iso(upper)


def _iso(moment: time.struct_time | None) -> str | None:
    if moment is None:
        return None
    return f"{moment.tm_year:04d}-{moment.tm_mon:02d}-{moment.tm_mday:02d}"


def is_valid(value: str) -> bool:
    try:
        edtf.parse_edtf(value)
    except Exception:
        return False
    return True
