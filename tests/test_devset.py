"""The development questions over the shared corpus (slow: builds the corpus database).

Thresholds sit just below the measured figures (see docs/search-and-ask.md),
so a regression in retrieval, candidates or calibration fails here.
"""

from __future__ import annotations

import contextlib
import importlib.util
import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
DEVSET = ROOT / "tests" / "devset"

pytestmark = pytest.mark.slow

# Measured with the learned ranking (round 7), fitted on these questions and six other sets together
# (round 8: refit with the head-word features and the threshold 0.60 at which every held-out set abstains
# on >= 90% of its unanswerable questions):
# no longer tuned on this set alone (the hand-set rules scored 0.93 here, 0.35 on a fresh set).
MIN_ACCURACY = 0.83  # correct answer with the right citation, whole tuning set (measured 0.837 in round 13: the merged refit on
# twelve sets, ask_v11 added, threshold 0.65, leave-one-set-out 0.520 over 1,293 questions; 0.847 in round 12: the merged
# refit on eleven sets, threshold 0.65, leave-one-set-out 0.496 -> 0.527; 0.852 on askcal's branch alone, threshold 0.64; 0.862 in round 11: the refit on ten sets raised the threshold 0.60 -> 0.63; 0.877 in round 8)
MIN_FILE_ACCURACY = {  # each file on its own
    "seed_questions.jsonl": 0.79,  # measured 0.796 in round 13 (the refit on twelve sets, threshold 0.65), 0.833 in round 12 (0.85 in round 11, 0.87 in round 8)
    "milestones_questions.jsonl": 0.85,  # measured 0.85 in round 13 (the refit on twelve sets), 0.867 in round 12 (0.883 before the merged refit; 0.90 in round 11)
    "paraphrase_questions.jsonl": 0.85,  # measured 0.89 (0.92 in round 7; first 0.51, written before the rewrite)
    "fresh_questions.jsonl": 0.75,  # measured 0.786 (0.86 in round 8; first 0.57, written after the first version)
    # measured 0.75 in round 26: the gate that reads the answer's own ranking score (ro_top) withholds or moves two of
    # its 24 (leave one set out over 26 groups it gains 16 right + cited; docs/search-and-ask.md round 26); 0.833 before
    # (0.875 in round 8; first 0.71, written after the second version)
    "fresh2_questions.jsonl": 0.75,
}
MIN_ABSTENTION_RECALL = 0.9  # measured 0.92 (0.85 before the cross-validated threshold; was floored at 0.8)
MIN_CITATION_ACCURACY = 0.95  # of answered answerable questions (measured 0.99)
MAX_CONFIDENT_WRONG = 1  # wrong answers at confidence >= 0.8 (measured 0 in round 8; 1 in round 7: an unqualified 'who chaired'
# question answered by another essay's chair of the same committee; the annotation expects one of them)


def _eval_module():
    spec = importlib.util.spec_from_file_location("eval_ask", ROOT / "bench" / "eval_ask.py")
    module = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(module)
    return module


def test_devset_files_are_well_formed() -> None:
    for name in MIN_FILE_ACCURACY:
        rows = [json.loads(line) for line in (DEVSET / name).read_text(encoding="utf-8").splitlines() if line]
        assert len(rows) >= 20
        assert sum(r["answer"] is None for r in rows) >= 3
        assert len({r["id"] for r in rows}) == len(rows)
        for row in rows:
            assert set(row) == {"id", "question", "answer", "alternatives", "document", "citation"}
            assert (row["answer"] is None) == (row["citation"] is None)


@pytest.fixture(scope="module")
def corpus_conn(corpus_db):
    from vitrina.store import connect_readonly

    module = _eval_module()
    with contextlib.closing(connect_readonly(corpus_db)) as conn:
        yield module, conn


def test_devset_accuracy_and_calibration(corpus_conn) -> None:
    module, conn = corpus_conn
    assert tuple(MIN_FILE_ACCURACY) == module.TUNING  # the whole set is its files, each with a floor
    # each question asked once: the whole set and each file are summarised from the same answers
    answered = {name: module.answer_rows(conn, module.load_questions((name,))) for name in MIN_FILE_ACCURACY}
    summary = module.summarise([row for rows in answered.values() for row in rows])
    assert summary["questions"] == len(module.load_questions())
    assert summary["accuracy"] >= MIN_ACCURACY, summary
    assert summary["abstention_recall"] >= MIN_ABSTENTION_RECALL, summary
    assert summary["citation_accuracy"] >= MIN_CITATION_ACCURACY, summary
    assert summary["confident_wrong"] <= MAX_CONFIDENT_WRONG, summary
    for name, floor in MIN_FILE_ACCURACY.items():
        part = module.summarise(answered[name])
        assert part["accuracy"] >= floor, (name, part)


def test_canonical_precise_date_from_the_exhibit(corpus_conn) -> None:
    """The exact day, from the exhibit's own sentence, beats a month-only statement elsewhere."""
    _module, conn = corpus_conn
    from vitrina.ask import ask

    result = ask(conn, "When did Germany invade the Soviet Union?", explain=True)
    assert result["candidate"] == "June 22, 1941", result  # shown or withheld (confidence 0.575 in round 7's refit)
    assert any("beabee21081aa6a0" in c["document"] and "June 22, 1941" in c["text"] for c in result["citations"][:2])


@pytest.mark.parametrize(("got", "gold", "right"), [
    ("12 ships", "12", True),  # the count with the noun it counts
    ("seventy-two of them", "seventy-two", True),
    ("120 ships", "12", False),  # another number
    ("12 ships sailing north from the harbour", "12", False),  # more than the count
    ("harbour master", "harbour", False),  # only counts are scored this way
])
def test_a_count_given_with_its_noun_is_the_count(got: str, gold: str, right: bool) -> None:
    item = {"answer": gold, "alternatives": [], "question": "How many?"}
    assert _eval_module().answer_ok(got, item) is right
