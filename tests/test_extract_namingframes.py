"""Names a verb of naming gives a place (round 56): invented sentences."""

from __future__ import annotations

import pytest

from vitrina.extract.entities import RawMention

KEPT = frozenset({"markup", "role", "credit", "title"})
SOURCE = "qualified-place"


def _analysis(text: str):
    from vitrina.extract.modelpass import analyse_pieces
    from vitrina.extract.nlp import Analysis

    an = Analysis()
    an.add_piece(analyse_pieces([text], 1)[0], 0, text, text)
    return an


def _typed(text: str, typed: list[tuple[str, str]]) -> list[RawMention]:
    out, at = [], 0
    for surface, etype in typed:
        start = text.index(surface, at)
        out.append(RawMention(start, start + len(surface), etype, "NER"))
        at = start + len(surface)
    return out


def _named(text: str, typed: list[tuple[str, str]]) -> list[tuple[str, str]]:
    from vitrina.extract.namingframes import names_given_to_places
    from vitrina.extract.places import gazetteer

    found = names_given_to_places(text, _analysis(text).toks, _typed(text, typed), gazetteer(), KEPT, SOURCE)
    return [(text[m.start : m.end], m.type) for m in found if m.source == SOURCE]


@pytest.mark.parametrize(("text", "typed", "name"), [
    # a noun of a kind of place is the passive verb's subject
    ("The little harbour on the bay was renamed Nelson in 1860 after the admiral.", [("Nelson", "person")], "Nelson"),
    # a place mention is the copula's subject, "the city of" before it
    ("In that year the old city of Kingston became Hastings, a name it kept.",
     [("Kingston", "place"), ("Hastings", "organization")], "Hastings"),
    # a relative clause whose head is a kind of place
    ("The fishing village, which the sailors call Hastings, lies past the cape.", [("Hastings", "person")], "Hastings"),
    ("They rowed to the port the traders have called Hastings since the war.", [("Hastings", "person")], "Hastings"),
    # "known as" with its "as"
    ("The camp on the hill was later known as Kingston.", [("Kingston", "organization")], "Kingston"),
    # "call" with a present or later name
    ("The harbour is now called Kingston.", [("Kingston", "person")], "Kingston"),
    ("Since the war the harbour has been called Kingston.", [("Kingston", "person")], "Kingston"),
    # "it" for a place: the subject of the clause before (round 57) or of its own clause
    ("Dunmere had been named for a royal visit in 1850; since 1921 it has been called Hastings.",
     [("Dunmere", "place"), ("Hastings", "organization")], "Hastings"),
    ("The harbour silted up in the dry years. It was renamed Hastings by the council.", [("Hastings", "person")],
     "Hastings"),
    ("Dunmere grew quickly, and by 1921 it was renamed Hastings.", [("Dunmere", "place"), ("Hastings", "person")],
     "Hastings"),
])
def test_a_name_a_verb_of_naming_gives_a_place_is_a_place(text: str, typed: list[tuple[str, str]], name: str) -> None:
    assert _named(text, typed) == [(name, "place")]


@pytest.mark.parametrize(("text", "typed"), [
    # a person is named: no place is the subject
    ("Her eldest son was named Nelson after his grandfather.", [("Nelson", "person")]),
    # "the mayor of Y was X" says who, not what Y is called
    ("The mayor of Kingston was Hastings, a grocer.", [("Kingston", "place"), ("Hastings", "person")]),
    # the document names the man elsewhere
    ("The harbour was renamed Nelson. Nelson had sailed from there as a boy.",
     [("Nelson", "person"), ("Nelson", "person")]),
    # streets named after a place are no place
    ("The new streets named Hastings and Kingston ran down to the quay.", [("Hastings", "place"), ("Kingston", "place")]),
    ("The Dover streets named Hastings and Kingston ran down to the quay.",
     [("Dover", "place"), ("Hastings", "place"), ("Kingston", "place")]),
    # a former name "call" gave (past, no "now"): its usual gazetteer sense is often a namesake
    ("The harbour on the island, long called Kingston, took the name Hastings.", [("Kingston", "person")]),
    ("The harbour was called Kingston for a century.", [("Kingston", "person")]),
    ("They rowed to the port the traders had called Kingston long before.", [("Kingston", "person")]),
    # a vessel is no kind of place
    ("The brig was christened Hastings by the owner's wife.", [("Hastings", "person")]),
    # a name no offline table knows is left as NER typed it
    ("The harbour was renamed Zqorvelt in 1860.", [("Zqorvelt", "person")]),
    # a possessive after the name: its owner
    ("The harbour was called Nelson's anchorage.", [("Nelson", "person")]),
    # "it" for no place: a building, a vessel its owner bought
    ("The old mill burned down in 1880. It was renamed Hastings after the fire.", [("Hastings", "person")]),
    ("Maria Lopes bought a schooner in 1850; in 1851 it was renamed Hastings.",
     [("Maria Lopes", "person"), ("Hastings", "person")]),
])
def test_a_name_given_to_a_person_a_vessel_or_unknown_stays_as_it_was(text: str, typed: list[tuple[str, str]]) -> None:
    assert _named(text, typed) == []


def test_an_untagged_name_a_verb_of_naming_gives_a_place_is_added() -> None:
    from vitrina.extract.namingframes import names_given_to_places
    from vitrina.extract.places import gazetteer

    text = "The harbour was renamed Hastings in 1860."
    found = names_given_to_places(text, _analysis(text).toks, [], gazetteer(), KEPT, SOURCE)
    assert [(text[m.start : m.end], m.type, m.source) for m in found] == [("Hastings", "place", SOURCE)]


@pytest.mark.parametrize(("text", "typed", "name"), [
    # the document's person is the name's eponym: "after" and the person bearing the name, named elsewhere
    ("The harbour was renamed Hastings in 1860, after the surveyor John Hastings. Hastings had sailed from there.",
     [("Hastings", "person"), ("John Hastings", "person"), ("Hastings", "person")], "Hastings"),
    # a copula, "in honour of" the person
    ("In 1858 Dunmere became Kingston in honour of George Kingston, the colony's agent.",
     [("Dunmere", "place"), ("Kingston", "person"), ("George Kingston", "person")], "Kingston"),
])
def test_a_name_given_after_a_person_of_the_document_is_a_place(text: str, typed: list[tuple[str, str]],
                                                                 name: str) -> None:
    assert _named(text, typed) == [(name, "place")]


@pytest.mark.parametrize(("text", "typed"), [
    # "after" names no person bearing the name: the person elsewhere still stands against it
    ("The harbour was renamed Hastings after the war. Hastings had sailed from there as a boy.",
     [("Hastings", "person"), ("Hastings", "person")]),
    # the eponym stands too far past the cue
    ("The harbour was renamed Hastings after the long and bitter winter of that famous year of John Hastings. "
     "Hastings had sailed from there as a boy.",
     [("Hastings", "person"), ("John Hastings", "person"), ("Hastings", "person")]),
    # the cue is in the next sentence
    ("The harbour was renamed Hastings. After that John Hastings left. Hastings had sailed from there as a boy.",
     [("Hastings", "person"), ("John Hastings", "person"), ("Hastings", "person")]),
])
def test_a_cue_with_no_eponym_lifts_no_gate(text: str, typed: list[tuple[str, str]]) -> None:
    assert _named(text, typed) == []
