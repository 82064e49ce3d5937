"""What differs between two annotated statements and the cause folding of bench/compare_census.py (own sentences)."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))

import compare_census  # noqa: E402


def _pair(a: str, b: str, kind: str = "event", sa: str = "", sb: str = "") -> dict:
    return {"kind": kind, "a": {"text": a, "sentence": sa or a + "."}, "b": {"text": b, "sentence": sb or b + "."}}


def test_what_differs_reads_the_words_one_side_writes():
    assert compare_census.what_differs(_pair("the guild met in March 1911", "the guild met in May 1911")) == "date"
    assert compare_census.what_differs(_pair("the guild sent 40 carts", "the guild sent 45 carts")) == "number"
    assert compare_census.what_differs(_pair("said the mayor", "said the clerk", kind="quote")) == \
        "quote speaker/words"
    assert compare_census.what_differs(_pair("the guild praised the new harbour", "the guild condemned the new harbour")) \
        == "wording (outcome, post, verb)"


def test_the_same_names_in_other_roles_are_a_swap():
    swapped = _pair("Margaret Holloway persuaded Thomas Whitcombe to sign", "Thomas Whitcombe persuaded Margaret "
                    "Holloway to sign")
    assert compare_census.what_differs(swapped) == "role swap"


def test_causes_fold_the_stages():
    assert compare_census.cause("found") == "found"
    assert compare_census.cause("(b) no statement of what differs") == "nothing extracted"
    assert compare_census.cause("(a) judged apart") == "not grouped"
    assert compare_census.cause("(c) shown uncertain") == "wrong verdict"
    assert compare_census.cause("(b) grouped as agree") == "wrong verdict"
