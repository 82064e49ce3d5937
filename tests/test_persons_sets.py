"""bench/persons_sets.py: the form classes of missed person mentions and the where of each miss."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))

import eval_geo  # noqa: E402
import persons_sets  # noqa: E402


def test_form_classes():
    full = "Anna Maria Holm"
    assert persons_sets.form_of("the envoy", full) == "description"
    assert persons_sets.form_of("Holm’s", full) == "possessive"
    assert persons_sets.form_of("A. M. Holm", full) == "initials"
    assert persons_sets.form_of("Anna", full) == "given name alone"
    assert persons_sets.form_of("Holm", full) == "one word (surname) alone"
    assert persons_sets.form_of("Consul Holm", full) == "title + surname"
    assert persons_sets.form_of("Anna Holm", full) == "full name"
    assert persons_sets.form_of("Anna\nHolm", full) == "split by a line break"


def test_a_miss_is_within_when_its_document_holds_the_main_entity():
    texts = {"d": "Anna Holm met Erik Dahl. Later Holm left.", "e": "Holm sailed."}
    spans = {"d": [(0, 9, "person", "person-anna-holm"), (31, 35, "person", "person-holm")],
             "e": [(0, 4, "person", "person-holm-2")]}
    kb = eval_geo.Kb(texts, {}, {}, spans, {})
    rows = [{"person": "Anna Holm", "mentions": [
        {"doc": "d", "text": "Anna Holm", "sentence": "Anna Holm met Erik Dahl."},
        {"doc": "d", "text": "Holm", "sentence": "Later Holm left."},
        {"doc": "e", "text": "Holm", "sentence": "Holm sailed."},
    ]}]
    found = persons_sets.missed_forms(kb, rows)
    assert [(where, kind, pairs) for where, kind, _, _, _, pairs in found] == [
        ("within", "one word (surname) alone", 1), ("across", "one word (surname) alone", 1)]
