"""bench/geo_classes.py: the census' kinds of place and causes of loss."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
import geo_classes  # noqa: E402


def _row(name: str, sentence: str, kind: str = "city") -> dict:
    return {"name": name, "sentence": sentence, "kind": kind}


def test_kinds_of_place_from_the_name_the_sentence_and_the_annotated_kind() -> None:
    kind = geo_classes.census_kind
    assert kind(_row("Lake Morrow", "They camped by Lake Morrow.", "water")) == "natural feature"
    assert kind(_row("Old Vestria", "Old Vestria fell in 1402.", "historical")) == "historical name"
    assert kind(_row("Dunmore", "She was born in Dunmore, Ohio, in 1850.")) == '"City, State" form'
    assert kind(_row("Dunmore", "Dunmore's mayor resigned.")) == "possessive only"
    assert kind(_row("Dunmore", "Dunmore's mayor left Dunmore.")) == "town or country"  # one use is plain
    assert kind(_row("Calder County", "The vote in Calder County was close.", "county")) == "region or division"


def test_causes_of_loss_from_what_the_database_made_of_a_place(monkeypatch) -> None:
    def cause(outcome: str | None) -> str | None:
        monkeypatch.setattr(geo_classes, "outcome", lambda kb, row: outcome)
        return geo_classes.census_cause(None, {})  # type: ignore[arg-type]

    assert cause(None) is None
    assert cause("untyped: no mention") == "no mention"
    assert cause("untyped: person (inside a longer name)") == "inside a longer name"
    assert cause("untyped: organization") == "other type"
    assert cause("unmapped: not in the gazetteer") == "no gazetteer sense"
    assert cause("unmapped: weak evidence") == "refused by the floor"
    assert cause("unmapped: a common English word") == "gated"
    assert cause("right") == "right"
