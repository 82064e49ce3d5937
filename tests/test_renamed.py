"""One occasion told with another person, organization or place in one role (``vitrina.renamed``), on sentences
of our own."""

from __future__ import annotations

import pytest

from vitrina import polarity
from vitrina.renamed import RenamedWeights, candidate_pairs, distinct, role_swap

pytest.importorskip("spacy")

LOOSE = RenamedWeights(min_similarity=-1.0, min_words=0.0, min_aligned=1)
KINDS = {"p-vell": ("person", "Marco Vell"), "p-lind": ("person", "Anna Lind"), "p-vell2": ("person", "Vell"),
         "o-league": ("organization", "Harbor League"), "g-porto": ("place", "Porto"),
         "g-lisbon": ("place", "Lisbon"), "g-portugal": ("place", "Portugal"), "g-spain": ("place", "Spain")}
PLACES = {"g-porto": ("city:1", "city", "PT"), "g-lisbon": ("city:2", "city", "PT"),
          "g-portugal": ("country:PT", "country", "PT"), "g-spain": ("country:ES", "country", "ES")}


def _names(text: str, offset: int, *found: tuple[str, str]) -> list[tuple[int, int, str, str]]:
    """Names of the knowledge base in a sentence at document ``offset``: (written, entity id) each."""
    return [(offset + text.index(w), offset + text.index(w) + len(w), e, KINDS[e][0]) for w, e in found]


def test_another_person_in_the_doers_role_of_one_act_is_found_with_the_name_beside_shared():
    a = "The conference of 1921 was chaired by Marco Vell of the Harbor League."
    b = "The conference of 1921 was chaired by Anna Lind of the Harbor League."
    names = (_names(a, 0, ("Marco Vell", "p-vell"), ("Harbor League", "o-league")),
             _names(b, 500, ("Anna Lind", "p-lind"), ("Harbor League", "o-league")))
    found = role_swap((a, 0), (b, 500), names, KINDS, PLACES, LOOSE)
    assert found is not None and found.role == "doer"
    assert (found.a[2], found.b[2]) == ("p-vell", "p-lind") and found.aligned >= 1


def test_another_place_after_one_preposition_of_one_landing():
    a = "In March the expedition landed at Porto with two hundred men."
    b = "In March the expedition landed at Lisbon with two hundred men."
    found = role_swap((a, 0), (b, 500), (_names(a, 0, ("Porto", "g-porto")), _names(b, 500, ("Lisbon", "g-lisbon"))),
                      KINDS, PLACES, LOOSE)
    assert found is not None and found.role == "prep:at"


def test_a_city_and_its_country_or_one_name_inside_the_other_are_not_two_things():
    a = "In March the expedition landed at Porto with two hundred men."
    b = "In March the expedition landed in Portugal with two hundred men."
    assert role_swap((a, 0), (b, 500), (_names(a, 0, ("Porto", "g-porto")),
                                        _names(b, 500, ("Portugal", "g-portugal"))), KINDS, PLACES, LOOSE) is None
    sentences = (("Marco Vell chaired the talks.", 0), ("Vell chaired the talks.", 100))
    assert not distinct((0, 10, "p-vell", "person"), (100, 104, "p-vell2", "person"), sentences, KINDS, PLACES)
    assert distinct((0, 10, "p-vell", "person"), (100, 109, "p-lind", "person"),
                    (("Marco Vell chaired the talks.", 0), ("Anna Lind chaired the talks.", 100)), KINDS, PLACES)


def test_two_roles_apart_or_years_apart_are_two_acts():
    a = "Marco Vell signed the treaty at Porto."
    b = "Anna Lind signed the armistice at Lisbon."
    names = (_names(a, 0, ("Marco Vell", "p-vell"), ("Porto", "g-porto")),
             _names(b, 500, ("Anna Lind", "p-lind"), ("Lisbon", "g-lisbon")))
    assert role_swap((a, 0), (b, 500), names, KINDS, PLACES, LOOSE) is None  # another doer, another thing signed
    c = "In 1921 Marco Vell chaired the conference of the Harbor League."
    d = "In 1926 Anna Lind chaired the conference of the Harbor League."
    names = (_names(c, 0, ("Marco Vell", "p-vell"), ("Harbor League", "o-league")),
             _names(d, 500, ("Anna Lind", "p-lind"), ("Harbor League", "o-league")))
    assert role_swap((c, 0), (d, 500), names, KINDS, PLACES, LOOSE) is None  # two conferences, two chairs


def test_the_evidence_of_one_occasion_gates_the_swap():
    a = "The conference was chaired by Marco Vell of the Harbor League."
    b = "The conference was chaired by Anna Lind of the Harbor League."
    names = (_names(a, 0, ("Marco Vell", "p-vell"), ("Harbor League", "o-league")),
             _names(b, 500, ("Anna Lind", "p-lind"), ("Harbor League", "o-league")))
    strict = RenamedWeights(min_similarity=-1.0, min_words=1.01, min_aligned=1)
    assert role_swap((a, 0), (b, 500), names, KINDS, PLACES, strict) is None
    assert role_swap((a, 0), (b, 500), names, KINDS, PLACES, LOOSE) is not None


def test_candidates_are_sentences_of_two_documents_each_naming_one_the_other_does_not():
    texts = [("d1", "Marco Vell chaired the conference."), ("d2", "Anna Lind chaired the conference."),
             ("d1", "Anna Lind chaired the conference.")]
    sentences, names, at = [], {}, 0
    for doc, text in texts:
        sentences.append(polarity._Sentence(doc, at, at + len(text), text))
        who = "Marco Vell" if "Marco" in text else "Anna Lind"
        names.setdefault(doc, []).extend(_names(text, at, (who, "p-vell" if "Marco" in text else "p-lind")))
        at += len(text) + 1
    for found in names.values():
        found.sort()
    assert candidate_pairs(sentences, names, LOOSE) == [(0, 1)]  # not one document's, not the same name


def test_one_name_spelt_two_ways_or_written_with_its_adjective_is_one_thing():
    kinds = {"p-a": ("person", "Tomas Arvela"), "p-b": ("person", "Tomas Arvala"),
             "o-a": ("organization", "Workers Party of Estonia"), "o-b": ("organization", "Estonian Workers Party")}
    one = (("Tomas Arvela chaired the talks.", 0), ("Tomas Arvala chaired the talks.", 100))
    assert not distinct((0, 12, "p-a", "person"), (100, 112, "p-b", "person"), one, kinds, {})
    two = (("The Workers Party of Estonia met.", 0), ("The Estonian Workers Party met.", 100))
    assert not distinct((4, 28, "o-a", "organization"), (104, 126, "o-b", "organization"), two, kinds, {})
