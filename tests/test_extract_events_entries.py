"""A diary entry's or a letter's date dates what its text tells (extract/events.py: heads_entry)."""

from __future__ import annotations

import pytest

from tests._extract_helpers import make_doc


@pytest.fixture(scope="module")
def diary():
    from vitrina.extract import extract

    return extract(make_doc([
        "Journal of Ilse Brandt, a ferry keeper",
        "3 March 1871. Cold and grey.",
        "Poled the ferry across twice before noon. The river is rising fast.",
        "Tuesday 7 March 1871",
        "The ice broke up in the night and carried away the landing stage.",
    ]))


def _events(doc):
    return [(e.edtf, e.label, [doc.text[s:e] for s, e in e.evidence]) for e in doc.events]


def test_each_entry_is_an_event_of_its_heading_date_told_by_its_first_sentence_with_a_verb(diary) -> None:
    events = _events(diary)
    assert ("1871-03-03", "Poled the ferry across twice before noon",
            ["3 March 1871.", "Poled the ferry across twice before noon."]) in events
    dated = {edtf: label for edtf, label, _ in events}
    assert dated["1871-03-07"].startswith("The ice broke up in the night")


def test_a_heading_date_makes_no_event_labelled_by_its_own_words(diary) -> None:
    assert not any(label.strip(". ") in ("3 March 1871", "Tuesday 7 March 1871") for _, label, _ in _events(diary))


def test_a_letters_dateline_dates_its_first_sentence_and_places_it() -> None:
    from vitrina.extract import extract

    doc = extract(make_doc([
        "Port Ellery, Nova Scotia, 18 October 1866",
        "Dear Brother,",
        "The schooner came in with half her sails gone and two men lost.",
        "Your affectionate sister,",
    ]))
    (event,) = [e for e in doc.events if e.edtf == "1866-10-18"]
    assert event.label.startswith("The schooner came in")
    assert doc.text[event.evidence[0][0] : event.evidence[0][1]] == "Port Ellery, Nova Scotia, 18 October 1866"


def test_a_date_in_the_middle_of_prose_is_no_entry_heading() -> None:
    from vitrina.extract import extract

    doc = extract(make_doc(["The mill burned on 3 March 1871, and was rebuilt within the year."]))
    assert [e.label for e in doc.events if e.edtf == "1871-03-03"] == ["The mill burned"]


def test_a_captions_date_is_no_entry_heading() -> None:
    from vitrina.extract import extract

    doc = extract(make_doc([
        "The harbour works",
        ("caption", "Captain Orla Quint, 14 September 1911."),
        "The divers laid the first blocks of the breakwater in calm water.",
    ]))
    assert not any(e.label.startswith("The divers laid") for e in doc.events)
