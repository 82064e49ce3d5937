"""The extraction stage as a whole: the reduced mode of a very long document."""

from __future__ import annotations

import pytest

import vitrina.extract as extraction
from tests._extract_helpers import make_doc
from vitrina.extract import ANALYSIS_BUDGET, extract, reduced_mode
from vitrina.extract.nlp import Analysis
from vitrina.store.staging import pack

BLOCKS = [
    "The Lantern Ledger",
    "In 1907 the keeper Ada Moreau rowed to Kestrel Bay, where she logged forty ships that spring.",
    "On 3 May 1911 the Harbour Board, which Tomas Brandt chaired, met in Stonegate to close the old pier.",
]


def test_a_document_under_the_budget_is_analysed_in_full() -> None:
    doc = extract(make_doc(BLOCKS))
    assert reduced_mode(doc) == ()
    assert not any(key in {"warning", "analysis"} for key, _ in doc.meta)
    assert doc.events


def test_a_document_over_the_budget_is_analysed_without_the_parse_and_says_so(
        monkeypatch: pytest.MonkeyPatch) -> None:
    full = extract(make_doc(BLOCKS))
    parsed: list[bool] = []
    real = Analysis.parses

    def spy(self: Analysis, spans: list[tuple[int, int]]):  # noqa: ANN202 - the method's own type
        parsed.append(self.parsing)
        return real(self, spans)

    monkeypatch.setattr(Analysis, "parses", spy)
    monkeypatch.setitem(ANALYSIS_BUDGET, "full_words", 10)
    doc = extract(make_doc(BLOCKS))
    assert parsed and not any(parsed)
    meta = dict(doc.meta)
    assert meta["warning"] == extraction.REDUCED_NOTE.format(limit=10)
    assert meta["analysis"].startswith(f"reduced: {len(doc.text.split())} words, over 10")
    assert pack(doc).warnings == (meta["warning"],)  # what the build reports
    # the model's output and the stages that do not read a parse are the same
    for name in ("sentences", "entities", "mentions", "dates", "quantities", "quotes"):
        assert getattr(doc, name) == getattr(full, name), name
    assert [(e.date_start, e.date_end) for e in doc.events] == [(e.date_start, e.date_end) for e in full.events]
    assert all(e.label for e in doc.events)


def test_an_analysis_in_reduced_mode_parses_nothing() -> None:
    from vitrina.extract.nlp import get_nlp

    text = "In 1907 the keeper rowed to the bay."
    an = Analysis()
    an.add(get_nlp()(text), 0)
    sent = an.sents[0]
    assert an.parses([sent])
    an.parsing = False
    assert an.parses([sent]) == {}


def test_a_mention_inside_a_date_is_dropped_and_others_kept() -> None:
    from types import SimpleNamespace

    from vitrina.extract import outside_dates
    from vitrina.model import DateMention

    text = "Sulla marched in 82 BC on Rome."
    era = text.index("BC")
    raw = [SimpleNamespace(start=0, end=5), SimpleNamespace(start=era, end=era + 2),
           SimpleNamespace(start=text.index("Rome"), end=text.index("Rome") + 4)]
    dates = [DateMention(text.index("82"), era + 2, "-0081")]
    assert [text[m.start:m.end] for m in outside_dates(raw, dates)] == ["Sulla", "Rome"]


def test_a_heading_states_no_quantity_and_gives_no_alias() -> None:
    """Round 35 red team D18: the title "Two Samuel Johnsons" gave a quantity (2 Johnsons) and an alias."""
    doc = extract(make_doc([("heading", "Three Hollis Quarrys"),
                            "Hollis Quarry, the tanner of Wexbridge, sold 40 hides in 1811."]))
    shown = [doc.text[q.start:q.end] for q in doc.quantities]
    assert shown == ["40 hides"]
    quarry = next(e for e in doc.entities if e.name == "Hollis Quarry")
    assert "Hollis Quarrys" not in quarry.aliases


def test_heading_forms_are_dropped_only_from_entities_the_body_names() -> None:
    from vitrina.extract import _without_heading_forms
    from vitrina.extract.spans import Enclosing
    from vitrina.model import Entity, Mention

    text = "Mara Kell's\nKell sailed."  # the possessive form is written in the heading alone (round 57: only such go)
    entities = [Entity("e0", "person", "Mara Kell", ("Kell", "Mara Kell's"))]
    mentions = [Mention(0, 11, "person", "e0"), Mention(12, 16, "person", "e0")]
    assert _without_heading_forms(text, entities, mentions, Enclosing([(0, 11)]))[0].aliases == ("Kell",)
    only_heading = [Entity("e1", "person", "Ida Roe", ("Roe",))]
    assert _without_heading_forms(text, only_heading, [Mention(0, 9, "person", "e1")], Enclosing([(0, 9)])) == only_heading


def _people_and_places(blocks: list[str]) -> tuple[dict[str, str], list]:
    doc = extract(make_doc(blocks))
    return {doc.text[m.start:m.end]: m.type for m in doc.mentions}, doc


def test_namesakes_described_as_two_kinds_of_person_are_two_people() -> None:
    """Round 35 red team D7: "X, the physician" and "X, the English lexicographer" were one person."""
    _, doc = _people_and_places([
        "Edmund Carver, the surgeon of Dunmore, treated the mill hands for cholera in 1832.",
        "The pupils read the almanac of Edmund Carver, the Scottish astronomer, who had died in Glasgow in 1801."])
    carvers = {m.entity for m in doc.mentions if doc.text[m.start:m.end] == "Edmund Carver"}
    assert len(carvers) == 2
    assert all(next(e for e in doc.entities if e.id == c).type == "person" for c in carvers)  # D17 too


def test_a_kind_of_place_in_apposition_makes_the_name_a_place() -> None:
    """Round 35 red team D13: "X, the capital, was occupied" beside a person surnamed X went to the person."""
    types, _ = _people_and_places(["Lisbon, the capital, was shaken by an earthquake in November 1755.",
                                   "Rosa Lisbon died at Evora on 2 May 1790."])
    assert types["Lisbon"] == "place" and types["Rosa Lisbon"] == "person"


def test_a_kind_of_person_in_apposition_makes_the_name_a_person() -> None:
    """Round 35 red team D17: "The ferryman, X Y, ..." was typed an organization."""
    from vitrina.extract.cluster import apposed_head

    text = "The lamplighter, Oswin Tarrant, was the son of a tanner."
    start = text.index("Oswin")
    assert apposed_head(text, start, start + len("Oswin Tarrant")) == "lamplighter"
    text = "They read the notes of Ida Brisk, the Welsh botanist, in 1790."
    start = text.index("Ida")
    assert apposed_head(text, start, start + len("Ida Brisk")) == "botanist"
    assert apposed_head("He met Ida Brisk in town.", 7, 16) is None


def test_the_relative_of_a_name_makes_it_a_person() -> None:
    """Round 35 red team D17 (its plain-text form): "the son of X Y" left X Y typed an organization."""
    from vitrina.extract.cluster import _kin_of

    text = "The lamplighter, Oswin Tarrant, was the son of Bede Tarrant; Oswin was born in 1801."
    assert _kin_of(text, text.index("Bede")) and not _kin_of(text, text.index("Oswin"))
    assert not _kin_of("He was the mayor of Boston.", 26)
    types, _ = _people_and_places([text, "Oswin Tarrant kept the lamps until 1850."])
    assert types["Bede Tarrant"] == "person" and types["Oswin Tarrant"] == "person"
