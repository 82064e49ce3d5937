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
