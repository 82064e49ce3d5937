"""The person recall-miss counter of bench/person_misses.py, on a hand-made knowledge base."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))

import eval_geo  # noqa: E402
import person_misses  # noqa: E402

TEXT = "Anna Holm met Erik Dahl. Holm and Dahl Shipping signed. Later Holm left."


def _kb() -> eval_geo.Kb:
    spans = [(0, 9, "person", "person-anna-holm"), (14, 23, "person", "person-erik-dahl"),
             (25, 47, "organization", "organization-holm-and-dahl"), (62, 66, "person", "person-holm")]
    return eval_geo.Kb({"d": TEXT}, {}, {}, {"d": spans}, {})


def test_each_mention_off_its_persons_entity_is_a_miss_of_its_class():
    rows = [{"person": "Anna Holm", "mentions": [
        {"doc": "d", "text": "Anna Holm", "sentence": "Anna Holm met Erik Dahl."},
        {"doc": "d", "text": "Holm", "sentence": "Holm and Dahl Shipping signed."},
        {"doc": "d", "text": "Holm", "sentence": "Later Holm left."},
        {"doc": "nowhere", "text": "Holm", "sentence": "Holm sailed."},
    ]}]
    found = person_misses.misses(_kb(), rows)
    assert [c for c, *_ in found] == ["typed organization (wider span)", "person, other entity", "not located"]
