"""An event's places and participants are those of its own clause, and a denied or supposed act is no event
(``vitrina.extract.event_clause``, round 35). Sentences invented for these tests."""

from __future__ import annotations

import pytest

from tests._extract_helpers import entity, make_doc

pytest.importorskip("vitrina.extract.dates")


def _events(*paragraphs: str) -> dict[str, tuple[set[str], set[str]]]:
    from vitrina.extract import extract

    d = extract(make_doc(["Notes", *paragraphs]))
    return {ev.edtf: ({entity(d, p).name for p in ev.places}, {entity(d, p).name for p in ev.participants})
            for ev in d.events}


def test_a_gapped_conjunct_keeps_its_own_place_and_the_shared_subject():
    evs = _events("Mara Lind visited Rome in 1820, and Vienna in 1825.")
    assert evs["1820"][0] == {"Rome"} and evs["1825"][0] == {"Vienna"}
    assert "Mara Lind" in evs["1825"][1]


def test_gapped_conjuncts_without_a_named_subject_keep_apart():
    evs = _events("Traders from the coast founded Oslo in 1840, and Bergen, Norway, in 1851.")
    assert "Oslo" not in evs["1851"][0] and "Bergen" not in evs["1840"][0]


def test_a_later_verb_conjunct_does_not_lend_its_place_to_the_date():
    evs = _events("The young Tomas Brandt studied at Uppsala in 1790 and later taught in Lisbon.")
    assert evs["1790"][0] == {"Uppsala"}
    assert "Tomas Brandt" in evs["1790"][1]


def test_a_denied_act_is_no_event_but_a_delayed_one_is():
    assert "1812" not in _events("Jonas Weber did not sign the charter in 1812.")
    assert "1805" in _events("The mill at Dorn was not rebuilt until 1805.")


def test_a_supposed_act_is_no_event():
    assert "1810" not in _events("Had the council refused in 1810, the court would have moved to Lyon.")
    assert "1811" not in _events("The court would have moved to Lyon in 1811.")


def test_a_clause_with_a_verb_of_its_own_takes_nothing_from_another_dated_clause():
    evs = _events("Governor Piet Kramer signed the charter in 1851, and the colony of Frisia joined the union in 1853.")
    assert "Piet Kramer" not in evs["1853"][1]


def test_a_fronted_date_dates_every_conjunct_after_it():
    evs = _events("In 1822, Ada Voss left Lisbon and sailed for Madeira.")
    assert {"Lisbon", "Madeira"} <= evs["1822"][0]


def test_a_dated_clause_without_a_subject_shares_the_first_clauses_subject():
    evs = _events("The kingdom of Varna opened a consulate in Tirol in 1862, and kept close ties until 1890.")
    assert "Tirol" not in evs["1890"][0]
    assert any("Varna" in name for name in evs["1890"][0] | evs["1890"][1])


def test_coordinated_phrases_of_one_verb_keep_each_date_s_own_place():
    evs = _events("Tomas Verlaine travelled with his sister to Lisbon in 1820 and to Naples in 1823.")
    assert "Naples" not in evs["1820"][0] and "Lisbon" in evs["1820"][0]
    assert "Lisbon" not in evs["1823"][0] and "Naples" in evs["1823"][0]


def test_the_possessor_in_an_apposition_is_no_participant():
    evs = _events("Clara Dunmore, Peter Dunmore's daughter, opened the school at Whitby in 1884.")
    assert "Clara Dunmore" in evs["1884"][1] and "Peter Dunmore" not in evs["1884"][1]


def test_a_citation_s_imprint_year_is_no_happening_of_the_people_its_title_names():
    evs = _events("Tomas Verlaine sailed for Lisbon in 1820.[2]",
                  "2. Ann Corrie, Tomas Verlaine: A Sailor's Life (Leeds: Harbour Press, 1994), 41.")
    assert "1994" not in evs and "1820" in evs


def test_the_possessor_of_an_apposition_naming_no_person_stays_a_participant():
    evs = _events("The Swift, Clara Dunmore's first ship, sailed to Oslo in 1884.")
    assert "Clara Dunmore" in evs["1884"][1]


def test_a_date_denied_in_the_sentence_makes_no_event():
    evs = _events("The bridge at Halm was opened on 3 June 1884, not on 3 July 1884 as the guide says.")
    assert "1884-06-03" in evs and "1884-07-03" not in evs
    evs = _events("The chapel was consecrated in 1702 rather than in 1704.")
    assert "1702" in evs and "1704" not in evs


def test_a_date_after_not_until_is_still_the_event_date():
    assert "1811" in _events("The canal at Ebbe was not finished until 1811.")


NEGATED = (
    "At the county poll of 3 March 1887 no candidate in Upper Wexley won a majority. "
    "At the council vote of 9 May 1902 none of the members in Fennick carried the motion. "
    "In the run-off of 17 March 1887 was it Harold Brisk? No: the seat was won by Ambrose Tilney of the Radical League. "
    "On 4 June 1842 no fewer than 300 weavers marched to Leeds. "
    "At the vote of 5 May 1903 most of the members in Fennick carried the motion."
)


@pytest.fixture(scope="module")
def negated_doc():
    from vitrina.extract import extract

    return extract(make_doc([NEGATED]))


def test_a_negated_subject_makes_no_event(negated_doc):
    edtfs = {e.edtf for e in negated_doc.events}
    assert "1887-03-03" not in edtfs and "1902-05-09" not in edtfs


def test_a_number_qualified_by_no_and_a_quantifier_that_is_no_negation_keep_their_events(negated_doc):
    edtfs = {e.edtf for e in negated_doc.events}
    assert {"1842-06-04", "1903-05-05"} <= edtfs


def test_a_question_answered_no_takes_the_answer_s_act_and_agent(negated_doc):
    ev = next(e for e in negated_doc.events if e.edtf == "1887-03-17")
    names = {entity(negated_doc, p).name for p in ev.participants}
    assert "Ambrose Tilney" in names and "Harold Brisk" not in names
    assert "won by Ambrose Tilney" in ev.label
