"""bench/ask_stating_census.py and bench/ask_stating_weight.py: what a sentence holds of a question, read from the
parse (invented sentences), and the shipped weights the added evidence is measured against."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
import ask_stating_census as C  # noqa: E402
import ask_stating_weight as W  # noqa: E402

from vitrina.qa.parse import parse_many  # noqa: E402
from vitrina.qa.weights import RANKER, RANKER_ADDED  # noqa: E402


def _evidence(question: str, sentence: str, title: str = "", first: bool = False) -> dict[str, float]:
    q, s = parse_many([question, sentence], lemmas=True)
    return C.evidence(q, s, title, first)


def test_a_word_pair_counts_only_when_one_word_still_governs_the_other() -> None:
    question = "Which guild repaired the old bridge?"
    held = _evidence(question, "The masons' guild repaired the bridge in a single summer.")
    apart = _evidence(question, "The guild met by the bridge, and later the town repaired its mill.")
    assert held["pairs"] > apart["pairs"]


def test_the_questions_month_and_year_held_and_a_month_of_its_own_clashing() -> None:
    question = "What did the mayor announce in March 1821?"
    same = _evidence(question, "In March 1821 the mayor announced a new market.")
    other = _evidence(question, "In June 1821 the mayor announced a new fountain.")
    assert same["dates_held"] == 1.0 and same["date_clash"] == 0.0
    assert other["dates_held"] < 1.0 and other["date_clash"] == 1.0
    assert _evidence("Who built the mill?", "In June 1821 the mill was built.")["dates_held"] == 0.0


def test_the_preposition_of_the_asked_slot_found_with_its_object() -> None:
    question = "Against whom did the weavers strike?"
    assert C.asked_preposition(parse_many([question], lemmas=True)[0]) == "against"
    assert _evidence(question, "The weavers struck against the mill owners.")["slot_prep"] == 1.0
    assert _evidence(question, "The weavers struck for higher pay.")["slot_prep"] == 0.0


def test_the_paragraph_opening_and_a_name_only_in_the_title() -> None:
    found = _evidence("When did Hollis open the school?", "He opened it in 1850.", title="Hollis", first=True)
    assert found["paragraph_first"] == 1.0 and found["names_title"] == 1.0 and found["names"] == 0.0


def test_the_added_evidence_is_measured_against_the_weights_ask_ranks_by() -> None:
    member = {name: 0.0 for name in RANKER}
    row = {"group": "toy", "id": "t1", "question": "Who?", "answerable": True, "asks": {}, "rule": 1.0,
           "shown_right": False,
           "candidates": [{"text": "x", "members": [member], "right_members": [False], "member_sentences": [1],
                           "sentences": 1, "stating": [False]}]}
    names = sorted(set(RANKER) | set(RANKER_ADDED) | {"ev_pairs"})
    groups = W.Shipped([row], names, ["ev_pairs"])
    added = [n for n in RANKER_ADDED if n not in RANKER]
    assert added and all(groups.base[names.index(n)] == RANKER_ADDED[n] for n in added)
    assert groups.vector([1.5])[names.index("ev_pairs")] == 1.5
    assert np.isclose(groups.vector([0.0]), groups.base).all()
