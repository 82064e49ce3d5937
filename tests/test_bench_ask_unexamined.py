"""bench/ask_unexamined.py and bench/ask_dump_compare.py: how a lost sentence opens, the groups, a comparison row."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
import ask_dump_compare  # noqa: E402
import ask_unexamined  # noqa: E402


def test_a_sentence_opens_with_a_pronoun_a_description_or_otherwise() -> None:
    assert ask_unexamined.opening("He sailed at dawn.") == "pronoun"
    assert ask_unexamined.opening("“Its terms were harsh.”") == "pronoun"  # after an opening quote
    assert ask_unexamined.opening("The guild voted twice.") == "description"
    assert ask_unexamined.opening("Orla sailed.") == "other"
    assert ask_unexamined.opening("") == "other"


def test_groups_split_at_the_sets_no_shipped_table_saw() -> None:
    assert ask_unexamined.group("ask_v25") == "fitted"
    assert ask_unexamined.group(f"ask_v{ask_unexamined.UNSEEN_FROM}") == "unseen"
    assert ask_unexamined.group("seed_questions") == "fitted"


def test_a_comparison_row_reads_both_dumps() -> None:
    before = [{"class": "not examined", "ok": False, "shown": None, "confidence": 0.3, "reached": False},
              {"class": "unanswerable", "ok": True, "shown": None, "confidence": 0.1}]
    after = [{"class": "", "ok": True, "shown": "X", "confidence": 0.9, "reached": True}, before[1]]
    row = ask_dump_compare.row("set", before, after)
    assert row.startswith("| set | 2 (1/1) | 0 → 1 | 0 → 1 | 1 → 2 | 0 → 1 | 1 → 1 | 0 → 0 |")


def test_a_lost_sentence_s_document_is_read_retrieved_or_not() -> None:
    assert ask_unexamined.document_step({"document read": True, "document found": True}) == "document read"
    assert ask_unexamined.document_step({"document read": False, "document found": True}) == \
        "another document chosen"
    assert ask_unexamined.document_step({"document found": False}) == "document not retrieved"


def test_a_retrieved_sentence_outside_the_pool_falls_under_one_bound() -> None:
    import ask_reach

    from vitrina.qa.weights import CANDIDATE_COVERAGE, POOL_GAP

    assert ask_reach.cut_step(CANDIDATE_COVERAGE / 2, 1.0) == "below floor"
    assert ask_reach.cut_step(max(CANDIDATE_COVERAGE, 0.9 - POOL_GAP - 0.01), 0.9) == "below gap"
    assert ask_reach.cut_step(0.9, 0.9) == "beyond depth"
