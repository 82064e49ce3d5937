"""bench/eval_ask.py: a question whose document reference matches no stored document is reported, not scored
silently as uncited; every committed question set names documents the sample material holds."""

from __future__ import annotations

import glob
import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(ROOT / "bench"))
import eval_ask  # noqa: E402

IDS = ["000_0123abcd", "1801-1829-salt-tax", "1901-1910-canal-treaty"]


def test_a_reference_is_matched_by_the_end_of_a_document_id() -> None:
    questions = [{"document": "salt-tax"}, {"document": "0123abcd"}, {"document": None}]
    assert eval_ask.unmatched_documents(IDS, questions) == {}


def test_a_reference_no_id_holds_is_counted_per_reference() -> None:
    questions = [{"document": "exhibit"}, {"document": "exhibit"}, {"document": "canal-treaty"},
                 {"document": "tea-tax"}]
    assert eval_ask.unmatched_documents(IDS, questions) == {"exhibit": 2, "tea-tax": 1}


def _sample_ids() -> list[str]:
    from vitrina.ingest import read_path

    paths = sorted((SHARED / "seeds").glob("*.txt")) + sorted((SHARED / "corpus" / "milestones").glob("*.xml"))
    return [document.id for path in paths for document in read_path(path)]


@pytest.mark.skipif(not (SHARED / "corpus" / "milestones").is_dir(), reason="../shared corpus not present")
def test_every_committed_question_names_a_document_of_the_sample() -> None:
    ids = _sample_ids()
    files = sorted(glob.glob(str(ROOT / "bench" / "annotations" / "ask_v*.jsonl")))
    files += sorted(glob.glob(str(ROOT / "tests" / "devset" / "*.jsonl")))
    assert files
    unmatched = {}
    for name in files:
        questions = [json.loads(line) for line in Path(name).read_text(encoding="utf-8").splitlines() if line.strip()]
        missing = eval_ask.unmatched_documents(ids, questions)
        if missing:
            unmatched[Path(name).name] = missing
    assert unmatched == {}


def _item(answer: str, *alternatives: str) -> dict:
    return {"question": "When was the lighthouse lit?", "answer": answer, "alternatives": list(alternatives)}


def test_an_answer_with_differing_sources_is_credited_by_its_first_value() -> None:
    got = "1871 (sources differ: The lighthouse was first lit in 1873 by the harbour board.)"
    assert eval_ask.answer_ok(got, _item("1871"))


def test_an_answer_with_differing_sources_is_credited_by_the_rival_value() -> None:
    got = "1871 (sources differ: 1873)"
    assert eval_ask.answer_ok(got, _item("1873"))
    assert eval_ask.answer_ok(got, _item("12 June 1873", "1873"))


def test_an_answer_with_differing_sources_naming_neither_value_is_wrong() -> None:
    got = "1871 (sources differ: 1873)"
    assert not eval_ask.answer_ok(got, _item("1902"))
    assert not eval_ask.answer_ok(got, {**_item("1871"), "answer": None})
