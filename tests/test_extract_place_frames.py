"""Places NER typed as people or organizations, read from the words before them (round 44 names): "born X",
"a native of X", "Abode: X", "foundered off X". Invented texts only."""

from __future__ import annotations

import re

from tests._extract_helpers import make_doc
from vitrina.extract import extract
from vitrina.extract.cluster import _places_named_as_people
from vitrina.extract.entities import RawMention


def _typed(text: str) -> dict[str, set[str]]:
    doc = extract(make_doc([text]))
    out: dict[str, set[str]] = {}
    for m in doc.mentions:
        out.setdefault(doc.text[m.start : m.end], set()).add(m.type)
    return out


def _mentions(text: str, typed: list[tuple[str, str, str]]) -> list[RawMention]:
    out = []
    for surface, etype, source in typed:
        for found in re.finditer(re.escape(surface), text):
            out.append(RawMention(found.start(), found.end(), etype, source))
    return sorted(out, key=lambda m: (m.start, m.end))


def _placed(text: str, typed: list[tuple[str, str, str]]) -> set[str]:
    ms = _mentions(text, typed)
    return {text[ms[k].start : ms[k].end] for k in _places_named_as_people(text, ms, set(), None)}


def test_a_birthplace_after_born_in_a_census_line_is_a_place() -> None:
    typed = _typed("Household 4. Walter Pengelly, head, aged 40, cooper, born Lanreath Magna. "
                   "Jane Pengelly, wife, aged 38, born Lanreath Magna.")
    assert typed["Lanreath Magna"] == {"place"}
    assert typed["Walter Pengelly"] == {"person"}


def test_born_right_after_a_persons_name_gives_her_birth_name_not_a_place() -> None:
    text = "Jane Pengelly, born Jane Tonkin, kept the shop."
    assert _placed(text, [("Jane Pengelly", "person", "PERSON"), ("Jane Tonkin", "person", "PERSON")]) == set()


def test_an_abode_field_and_a_resident_of_name_a_place() -> None:
    assert _typed("1830. bapt. 3 Mar 1830 Walter, son of James Pengelly, cooper. Abode: Lanreath Magna.")[
        "Lanreath Magna"] == {"place"}
    assert _typed("Amos Tregear, a resident of Polgrain Magna, gave evidence at the inquest.")[
        "Polgrain Magna"] == {"place"}


def test_an_organization_after_a_native_of_is_a_place_but_not_after_the() -> None:
    assert _typed("Among the lost was Walter Pengelly, aged 19, a native of Trewint Parva, son of Mr. W. "
                  "Pengelly, cooper of that place.")["Trewint Parva"] == {"place"}
    text = "She was a native of the Polgrain Mutual, and a clerk of the Polgrain Mutual for years."
    ms = _mentions(text, [("Polgrain Mutual", "organization", "ORG")])
    assert _places_named_as_people(text, ms, set(), None) == set()


def test_a_kinship_phrase_after_a_name_in_a_locative_frame_is_the_persons_not_the_places() -> None:
    text = "Among the lost was Amos Tregear, a native of Polgrain Magna, son of Mr. A. Tregear."
    assert _placed(text, [("Amos Tregear", "person", "PERSON"), ("Polgrain Magna", "person", "PERSON")]) == {
        "Polgrain Magna"}
    text = "The will of Polgrain Magna, son of Mr. A. Tregear, was read."  # no frame: the kin is the name's own
    assert _placed(text, [("Polgrain Magna", "person", "PERSON")]) == set()


def test_one_unknown_word_is_a_place_off_the_coast_but_not_in_or_at() -> None:
    assert _placed("The ketch foundered off Scarrow in the gale.", [("Scarrow", "person", "PERSON")]) == {"Scarrow"}
    assert _placed("They put their trust in Scarrow that winter.", [("Scarrow", "person", "PERSON")]) == set()


def test_a_verbless_list_of_towns_a_line_gives_its_towns_as_places() -> None:
    typed = _typed("Sheffield 1840\nBristol 1852\nPlymouth 1853\nLeicester 1860")
    assert typed["Leicester"] == {"place"}  # the model tagged it nothing


def test_a_list_of_people_a_line_holds_no_places_from_the_list_rule() -> None:
    typed = _typed("Walter Pengelly\nJane Tonkin\nAmos Tregear\nSusan Quiller")
    assert not any("place" in t for t in typed.values())


def test_a_dated_list_on_one_line_gives_its_towns_but_a_heading_of_towns_does_not() -> None:
    from vitrina.extract.nlp import Analysis
    from vitrina.extract.places import _in_a_list_of_places, gazetteer

    for text, expected in (("Sheffield 1840, Bristol 1852, Leicester 1860", True),
                           ("Sheffield, Bristol, Leicester", False)):
        an = Analysis(sents=[(0, len(text))])
        assert _in_a_list_of_places(an, text, 0, gazetteer(), {}) is expected
