"""Raw text, round 45 (structset53): a lone capital in a series of lone letters ("A" … "B" …
"C", each over a panel's title) is a label, not a drop cap joined to a later line opening in
lower case ("B" + "and the …" read as "Band the …"). Every text is invented."""

from __future__ import annotations

import pytest

from vitrina.structure import rebuild
from vitrina.structure.plainlayout import PLAIN_LIMITS

LINES = [
    "The Salt Marsh",
    "A",
    "Grazing on the Marsh",
    "Sheep were driven onto the marsh in spring and brought off before the first autumn tides.",
    "B",
    "Cutting the Reeds",
    "The reed beds were cut in winter when the stems were dry and the water low in the dykes.",
    "Above: A reed cutter's sickle with its ash handle.",
    "Sickle: Marsh Farm Collection, MF 1932.4",
    "In 1901 Thomas Reed sold Bundles to Thatchers at Marsh End",
    "and the boys who loaded them for the road back to the villages.",
    "C",
    "The Sea Wall",
    "The wall was raised after the great flood and has held the sea back ever since that year.",
]


def _doc():
    return rebuild("\n".join(LINES) + "\n\f", "marsh", "marsh.txt", "text")


def test_a_lettered_series_labels_its_panels_and_joins_no_word() -> None:
    doc = _doc()
    assert [(s.label, s.title) for s in doc.sections[1:]] == [
        ("A", "Grazing on the Marsh"), ("B", "Cutting the Reeds"), ("C", "The Sea Wall")]
    assert "Band the boys" not in doc.text


def test_without_the_rule_the_letter_is_read_as_a_drop_cap(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(PLAIN_LIMITS, "lettered_series_caps", 0)
    doc = _doc()
    assert ("B", "Cutting the Reeds") not in [(s.label, s.title) for s in doc.sections]
