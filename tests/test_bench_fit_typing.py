"""bench/fit_typing.py: the logistic fit and the threshold chosen on invented records."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))

import fit_typing as ft  # noqa: E402


def _record(place: bool, evidence: set[str], ner_type: str = "person", person: bool = False) -> ft.Record:
    return ft.Record("1", "doc", "Name", ner_type, frozenset(evidence), place, person, False)


def test_evidence_for_a_place_gets_a_positive_weight_and_a_persons_a_negative_one():
    recs = [_record(True, {"place_head_first"}) for _ in range(20)] + [_record(False, set()) for _ in range(60)] \
        + [_record(False, {"wordnet_person"}) for _ in range(20)] + [_record(True, {"wordnet_person"})]
    w = ft.logistic(ft.design(recs), np.array([r.place for r in recs], dtype=float), l2=1.0)
    weight = dict(zip(ft.columns(), w, strict=True))
    assert weight["place_head_first"] > 2.0 and weight["wordnet_person"] < 0 and weight["bias_person"] < 0


def test_the_threshold_keeps_what_pays_and_a_persons_mention_costs_more():
    scores = np.array([3.0, 2.0, 1.0, 0.0])
    y = np.array([1.0, 1.0, 0.0, 1.0])
    none = np.zeros(4)
    assert ft.best_threshold(scores, y, none, cost=2.0, person_cost=0.0) == 2.0  # the third would cost more than the fourth gives
    persons = np.array([0.0, 1.0, 0.0, 0.0])  # the second is an annotated person's mention
    assert ft.best_threshold(scores, y, persons, cost=2.0, person_cost=2.0) == 3.0
    assert ft.best_threshold(scores, np.zeros(4), none, cost=2.0, person_cost=0.0) == float("inf")  # nothing pays


def test_unnamed_weights_fit_a_features_own_weight_for_runs_no_mention_covers():
    # a feature that marks places among typed names and says nothing among uncovered runs
    recs = [_record(True, {"wordnet_place"}, "other") for _ in range(30)] \
        + [_record(False, set(), "other") for _ in range(30)] \
        + [_record(i % 2 == 0, evidence, "none") for _ in range(15) for i in range(2)
           for evidence in ({"wordnet_place"}, set())]
    y = np.array([r.place for r in recs], dtype=float)
    w = ft.logistic(ft.design(recs, unnamed_weights=True), y, l2=1.0)
    weight = dict(zip(ft.columns(unnamed_weights=True), w, strict=True))
    assert weight["wordnet_place"] > 1.0 and weight["none:wordnet_place"] < -1.0
    assert ft.design(recs).shape[1] == len(ft.columns())  # without the option, the shared weights only
