"""Raw text, round 51 (struct): a map's key set across one line under its markers
("1 Upper mill 2 Old ford 3 Weir") is a table, as a key set one entry a line is
(``mapkeys.KEY_LIMITS["key_across"]``). Every text is invented."""

from __future__ import annotations

import pytest

from tests._plain_helpers import ORCHARD, orchard_doc, paragraphs
from vitrina.structure import mapkeys

ACROSS = [*ORCHARD, "THE VALLEY", "1", "2", "3", "1 Upper orchard 2 Lower orchard 3 Fruit room, by the barn",
          "The Cider Press",
          "A press of oak stood in the yard, and the fallen fruit went to it every autumn for the farm."]


def test_a_key_set_across_one_line_is_a_table(monkeypatch: pytest.MonkeyPatch) -> None:
    doc = orchard_doc(ACROSS)
    assert [s.title for s in doc.sections][-1] == "The Cider Press"
    assert not any("Upper orchard" in text for text in paragraphs(doc))
    monkeypatch.setitem(mapkeys.KEY_LIMITS, "key_across", 0)
    doc = orchard_doc(ACROSS)
    assert [s.title for s in doc.sections][-1] != "The Cider Press" or any(
        "Upper orchard" in text for text in paragraphs(doc))
