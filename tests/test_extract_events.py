from __future__ import annotations

import pytest

from tests._extract_helpers import entity, make_doc
from vitrina.extract.events import event_label, merge_drafts
from vitrina.model import DateMention

pytest.importorskip("vitrina.extract.dates")


@pytest.fixture(scope="module")
def doc():
    from vitrina.extract import extract

    return extract(make_doc([
        "The Congress of Vienna",
        "Klemens von Metternich opened the talks in Vienna on September 18, 1814. "
        "Metternich chaired every session that autumn.",
        ("caption", "Delegates at the Hofburg, Vienna, September 18, 1814"),
        "On September 18, 1814, Metternich also wrote to Talleyrand.",
    ]))


def test_caption_date_is_an_event(doc):
    caption = next(b for b in doc.blocks if b.kind == "caption")
    evs = [ev for ev in doc.events if any(caption.start <= s < caption.end for s, _ in ev.evidence)]
    assert evs and evs[0].edtf == "1814-09-18"


def test_same_date_and_participant_merge(doc):
    sept = [ev for ev in doc.events if ev.edtf == "1814-09-18"]
    with_metternich = [
        ev for ev in sept
        if any((entity(doc, p) or None) and "Metternich" in entity(doc, p).name for p in ev.participants)
    ]
    assert len(with_metternich) == 1
    assert len(with_metternich[0].evidence) >= 2
    places = {entity(doc, p).name for p in with_metternich[0].places}
    assert "Vienna" in places


def test_event_fields_are_spans(doc):
    for ev in doc.events:
        assert doc.text[ev.date_start : ev.date_end]
        assert 0 < len(ev.label.split()) <= 12
        for s, e in ev.evidence:
            assert doc.text[s:e].strip() == doc.text[s:e]


def test_label_is_the_clause_around_the_date():
    text = "After long delays, the fleet finally left Cadiz on 3 May 1805, heading west."
    d = DateMention(text.index("3 May"), text.index("3 May") + len("3 May 1805"), "1805-05-03")
    label = event_label(text, (0, len(text)), d)
    assert "left Cadiz on 3 May 1805" in label and len(label.split()) <= 12


def test_merge_requires_same_date():
    a = {"label": "A", "date": DateMention(0, 4, "1805"), "participants": ["e1"], "places": [],
         "evidence": [(0, 10)]}
    b = {"label": "B", "date": DateMention(20, 24, "1806"), "participants": ["e1"], "places": [],
         "evidence": [(20, 30)]}
    c = {"label": "C", "date": DateMention(40, 44, "1805"), "participants": ["e1", "e2"],
         "places": ["e3"], "evidence": [(40, 50)]}
    out = merge_drafts([a, b, c])
    assert len(out) == 2 and out[0]["evidence"] == [(0, 10), (40, 50)]
    assert out[0]["participants"] == ["e1", "e2"]


def _names(doc, ev):
    return {entity(doc, p).name for p in ev.participants}


def test_pronoun_subject_and_clause_participants():
    from vitrina.extract import extract

    d = extract(make_doc([
        "Simon Bolivar wrote to Francisco Santander from Lima. "
        "He would meet the envoys twice, at the Congress of Panama in June 1826 "
        "and again at Bogota in 1827. "
        "Antonio Sucre won at Ayacucho in December 1824; Santander stayed in Bogota that year."
    ]))
    june = next(e for e in d.events if e.edtf == "1826-06")
    assert "Simon Bolivar" in _names(d, june)
    dec = next(e for e in d.events if e.edtf == "1824-12")
    assert "Francisco Santander" not in _names(d, dec)
