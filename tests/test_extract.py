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
    from vitrina.model import Entity, Mention

    text = "Mara Kell\nKell sailed."
    entities = [Entity("e0", "person", "Mara Kell", ("Kell", "Mara Kell's"))]
    mentions = [Mention(0, 9, "person", "e0"), Mention(10, 14, "person", "e0")]
    assert _without_heading_forms(text, entities, mentions, [(0, 9)])[0].aliases == ("Kell",)
    only_heading = [Entity("e1", "person", "Ida Roe", ("Roe",))]
    assert _without_heading_forms(text, only_heading, [Mention(0, 9, "person", "e1")], [(0, 9)]) == only_heading
