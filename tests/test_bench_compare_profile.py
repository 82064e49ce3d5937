"""bench/compare_profile.py: the comparisons stage's parts timed by wrappers."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

import compare_profile  # noqa: E402


def test_parts_count_the_calls_and_what_lists_and_generators_give():
    parts = compare_profile.Parts(heap=False)
    listed = parts.wrap("listed", lambda n: list(range(n)))
    counted = parts.wrap("counted", lambda n: (x * 2 for x in range(n)))
    assert listed(3) == [0, 1, 2] and listed(2) == [0, 1]
    assert list(counted(4)) == [0, 2, 4, 6]
    assert parts.stats["listed"]["calls"] == 2 and parts.stats["listed"]["items"] == 5
    assert parts.stats["counted"]["calls"] == 1 and parts.stats["counted"]["items"] == 4
    assert parts.stats["counted"]["rss_end_mb"] > 0 and not parts.active
