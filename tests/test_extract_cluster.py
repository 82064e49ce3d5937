"""cluster's lookups: the mentions near a span, found by bisection, are those a scan finds."""

from __future__ import annotations

import random

from vitrina.extract.cluster import _Near
from vitrina.extract.entities import RawMention


def test_mentions_near_a_span_are_every_one_inside_or_across_it_in_list_order() -> None:
    rng = random.Random(7)
    mentions = []
    for _ in range(300):
        start = rng.randrange(0, 2_000)
        mentions.append(RawMention(start, start + rng.randint(1, 40), "place", "GPE"))
    near = _Near(mentions)
    for _ in range(200):
        a = rng.randrange(0, 2_000)
        b = a + rng.randint(1, 60)
        close = near.around(a, b)
        wanted = [m for m in mentions if a <= m.start and m.end <= b or m.start < a < m.end or m.start < b < m.end]
        assert [m for m in close if m in wanted] == wanted  # all of them, in the list's order
        assert close == [m for m in mentions if m in close]


def test_an_acronyms_long_form_is_found_after_a_very_long_run_of_capitals():
    from vitrina.extract import cluster as cluster_module

    text = "Q" * 5_000 + " then the Harbour Board of Works (HBW) met."
    (found,) = list(cluster_module._ACRONYM_WORDS.finditer(text))
    assert cluster_module.acronym_long_form(found.group(2), found.group(1)) == "Harbour Board of Works"
    assert len(found.group(1)) < 200  # a name word is at most NAME_WORD_CHARS long: the run is not scanned whole


def test_a_name_tagged_a_person_elsewhere_is_filled_where_ner_left_it() -> None:
    from vitrina.extract.cluster import _repeated_names

    text = ("Mirela Dask wrote to the council. Dask agreed at once. Dask and Dask's aide sailed. "
            "Later Dask's letter came.\nMirela Dask\nThe Dask Foundation paid. Thereafter Dask left.")
    tagged = [RawMention(0, 11, "person", "PERSON")] + [
        RawMention(text.index(w), text.index(w) + 4, "person", "PERSON") for w in ("Dask agreed", "Dask and", "Dask's aide")]
    lower = {"wrote", "to", "the", "council", "agreed", "at", "once", "and", "aide", "sailed", "later",
             "letter", "came", "paid", "thereafter", "left"}
    filled = [(text[m.start : m.end], m.start) for m in _repeated_names(text, tagged, lower)]
    assert ("Dask", text.index("Dask's letter")) in filled  # a possessive
    assert ("Mirela Dask", text.index("Mirela Dask\n", 5)) in filled  # a heading line
    assert ("Dask", text.index("Dask left")) in filled  # after a word the text writes in lower case
    assert all(s != text.index("Dask Foundation") for _, s in filled)  # inside a longer name
    assert len(filled) == 3
    assert _repeated_names(text, tagged[:2], lower) == [(RawMention(text.index("Mirela Dask\n", 5),
                                                                     text.index("Mirela Dask\n", 5) + 11,
                                                                     "person", "fill"))]


def test_a_name_typed_otherwise_as_often_or_written_in_lower_case_is_not_filled() -> None:
    from vitrina.extract.cluster import _repeated_names

    text = "Harlow spoke. Harlow is a town. Harlow grew. Will said no; his will stood. Ada ran the Ada."
    tagged = [RawMention(0, 6, "person", "PERSON"), RawMention(14, 20, "place", "GPE"),
              RawMention(45, 49, "person", "PERSON"), RawMention(75, 78, "person", "PERSON")]
    assert _repeated_names(text, tagged, {"spoke", "is", "a", "town", "grew", "said", "no", "his", "will",
                                          "stood", "ran", "the"}) == []  # "the Ada": a thing


def _people_of(text: str, names: list[str]) -> dict[str, int]:
    """Each name's cluster when ``names`` (found in order in ``text``) are one document's people."""
    from vitrina.extract.cluster import Clusterer

    cl = Clusterer(text, None, None)  # type: ignore[arg-type]  # the people pass reads no analysis
    at = 0
    for name in names:
        at = text.index(name, at)
        cl.mentions.append(RawMention(at, at + len(name), "person", "PERSON"))
        at += len(name)
    cl.cluster_people()
    return {cl.surface(i): c for i, c in cl.cluster_of.items()}


def test_given_names_that_differ_in_a_digit_are_different_people() -> None:
    from vitrina.extract.cluster import variant

    assert not variant("Unit224", "Unit225") and not variant("Ward12", "Ward112")
    assert variant("Katharina", "Katarina") and variant("Unit224", "unit224")
    names = ["Unit224 Vosk", "Unit225 Vosk", "Katharina Vosk", "Katarina Vosk", "K. Vosk", "Unit224 Vosk"]
    text = "; ".join(names) + "."
    people = _people_of(text, names)
    assert people["Unit224 Vosk"] != people["Unit225 Vosk"]
    assert people["Katharina Vosk"] == people["Katarina Vosk"] == people["K. Vosk"]
    assert len(set(people.values())) == 3


def test_the_given_name_index_finds_every_cluster_a_full_name_may_join() -> None:
    from vitrina.extract.cluster import PersonName, _candidates, _index_name, same_person

    rng = random.Random(11)
    firsts = ["Katharina", "Katarina", "Katrin", "K.", "Kat", "Mirela", "Mirella", "M.", "Miro", "Ulla",
              "Unit7", "Unit8", "Élodie", "Elodie", "Elodi"]
    lasts = ["Vosk", "Voss", "Brandwell", "Brandwel", "Ostrander"]
    by_key: dict[tuple[str, ...], list[int]] = {}
    names: list[PersonName] = []
    for c in range(400):
        name = PersonName(rng.choice(firsts), (), rng.choice(lasts))
        wanted = [k for k, other in enumerate(names) if same_person(other, name)]
        found = _candidates(by_key, name)
        assert set(wanted) <= set(found) and found == sorted(found)
        names.append(name)
        _index_name(by_key, c, name)


def _clusters_in_order(text: str, names: list[str]) -> list[int]:
    """The cluster of each of ``names`` (found in order in ``text``), one document's people."""
    from vitrina.extract.cluster import Clusterer

    cl = Clusterer(text, None, None)  # type: ignore[arg-type]  # the people pass reads no analysis
    at = 0
    for name in names:
        at = text.index(name, at)
        cl.mentions.append(RawMention(at, at + len(name), "person", "PERSON"))
        at += len(name)
    cl.cluster_people()
    return [cl.cluster_of[i] for i in range(len(names))]


def test_a_lone_surname_is_the_person_of_it_mentioned_last_and_not_a_relative() -> None:
    text = ("Anna Quillon spoke. Boris Quillon replied. Quillon agreed. Anna Quillon left. Quillon waved. "
            "Clara Vettori ruled. Her son Dario Vettori sailed. Vettori wrote to him.")
    names = ["Anna Quillon", "Boris Quillon", "Quillon", "Anna Quillon", "Quillon",
             "Clara Vettori", "Dario Vettori", "Vettori"]
    anna, boris, lone1, anna2, lone2, clara, dario, lone3 = _clusters_in_order(text, names)
    assert anna == anna2 != boris
    assert lone1 == boris and lone2 == anna  # the one mentioned last before it
    assert lone3 == clara != dario  # the son was introduced as a relative


def test_a_lone_surname_among_thousands_of_its_people_finds_the_last_named() -> None:
    """Two thousand people of one surname, each followed by the surname alone: each lone use is the
    person just named (the lookup is by naming order, not a scan of every person)."""
    names, parts = [], []
    for n in range(2000):
        full = f"Member{n} Quillon"
        names += [full, "Quillon"]
        parts.append(f"{full} arrived. Quillon sat down")
    clusters = _clusters_in_order(". ".join(parts) + ".", names)
    assert len(set(clusters[0::2])) == 2000
    assert clusters[1::2] == clusters[0::2]


# ---------------------------------------------------------------- round 33: one sense per name, "X, <area>"


def _typed(text, typed):
    """Raw mentions (start, end, type) for (surface, type) pairs, in text order."""
    out, at = [], 0
    for surface, etype in typed:
        start = text.index(surface, at)
        out.append(RawMention(start, start + len(surface), etype, "NER"))
        at = start + len(surface)
    return out


def _analysis(text):
    from vitrina.extract.modelpass import analyse_pieces
    from vitrina.extract.nlp import Analysis

    an = Analysis()
    an.add_piece(analyse_pieces([text], 1)[0], 0, text, text)
    return an


def test_a_name_typed_place_elsewhere_is_filled_where_ner_left_it() -> None:
    from vitrina.extract.cluster import REPEATED_PLACE, _repeated_places
    from vitrina.extract.places import gazetteer

    text = ("The fair moved to Springfield in May. Springfield on the river grew fast. "
            "The Springfield fair drew crowds, and the Springfield sailed at dawn.")
    mentions = _typed(text, [("Springfield", "place")])
    found = _repeated_places(text, _analysis(text), mentions, gazetteer(), set())
    assert [(text[m.start : m.end], m.start, m.source) for m in found] == [
        ("Springfield", text.index("Springfield on"), REPEATED_PLACE)]  # not "Springfield fair", "the Springfield"


def test_a_repeated_place_is_never_a_word_of_a_persons_name_nor_after_a_named_thing_with_of() -> None:
    from vitrina.extract.cluster import _repeated_places
    from vitrina.extract.places import gazetteer

    gaz = gazetteer()
    text = "Ada Springfield came to Springfield in May. Springfield answered at once."
    mentions = _typed(text, [("Ada Springfield", "person"), ("Springfield", "place")])
    assert _repeated_places(text, _analysis(text), mentions, gaz, set()) == []
    text = "The envoys met in Springfield. The Treaty of Springfield followed."
    assert _repeated_places(text, _analysis(text), _typed(text, [("Springfield", "place")]), gaz, set()) == []
    # a dash compound, or a sentence that says the name is no kind of place
    text = "The envoys met in Springfield. Springfield–Dover talks failed. Springfield is also a brand of soap."
    assert _repeated_places(text, _analysis(text), _typed(text, [("Springfield", "place")]), gaz, set()) == []
    text = "The envoys met in Springfield. Springfield is also a town in the hills."
    assert len(_repeated_places(text, _analysis(text), _typed(text, [("Springfield", "place")]), gaz, set())) == 1
    text = 'The envoys met in Springfield. Her "Springfield" rug was old.'  # a thing named after it
    assert _repeated_places(text, _analysis(text), _typed(text, [("Springfield", "place")]), gaz, set()) == []


def test_an_untagged_name_written_with_its_state_is_the_small_town_there() -> None:
    from vitrina.extract.cluster import QUALIFIED_PLACE, _qualified_towns
    from vitrina.extract.places import gazetteer

    gaz = gazetteer()
    text = "Fairview, Montana, grew around the grain elevator."
    found = _qualified_towns(text, _typed(text, [("Montana", "place")]), gaz, {})
    assert [(text[m.start : m.end], m.source) for m in found] == [("Fairview", QUALIFIED_PLACE)]
    # a word of a person's name in the document, or no town of the name in that state: nothing
    assert _qualified_towns(text, _typed(text, [("Montana", "place")]), gaz, {"Fairview": {"Jo Fairview"}}) == []
    text = "Quillmore, Montana, grew around the grain elevator."
    assert _qualified_towns(text, _typed(text, [("Montana", "place")]), gaz, {}) == []


def test_a_surname_written_with_its_state_after_a_sentence_ending_in_a_person_noun_is_the_town() -> None:
    from vitrina.extract.cluster import places_by_evidence
    from vitrina.extract.places import gazetteer

    # "hero." ends the sentence before: it introduces no person
    text = "Ada Fairview became a hero. Fairview, Montana, carries her name."
    typed = [("Ada Fairview", "person"), ("Fairview", "person"), ("Montana", "place")]
    found = places_by_evidence(text, _typed(text, typed), gazetteer())
    assert [(text[m.start : m.end], m.type) for m in found][1:] == [("Fairview", "place"), ("Montana", "place")]


def test_a_name_after_a_ships_class_noun_is_the_vessel_not_a_person() -> None:
    from vitrina.extract.cluster import _retype
    from vitrina.extract.places import gazetteer

    text = "The steamer Rose Ellen Carew, of Swansea, Captain Idris Morgan, struck the rocks."
    i = text.index("Rose")
    fixed = _retype(text, RawMention(i, i + len("Rose Ellen Carew"), "person", "PERSON"), gazetteer(), set(), set())
    assert fixed is not None and fixed.type == "other"
    j = text.index("Idris")
    kept = _retype(text, RawMention(j, j + len("Idris Morgan"), "person", "PERSON"), gazetteer(), set(), set())
    assert kept is not None and kept.type == "person"


def _retyped(text: str, name: str, kind: str = "person", people: set[str] | None = None) -> RawMention | None:
    from vitrina.extract.cluster import _retype
    from vitrina.extract.places import gazetteer

    i = text.index(name)
    return _retype(text, RawMention(i, i + len(name), kind, "PERSON"), gazetteer(), set(), people or set())


def test_a_name_after_a_ship_prefix_is_the_vessel_prefix_and_all() -> None:
    text = "Dr Mira Olsen sailed on the survey ship RRS Mira Olsen, and later on HMS Tarrant."
    ship = _retyped(text, "Mira Olsen")
    assert ship is not None and ship.type == "person"  # the first, with no prefix: the scientist
    j = text.index("RRS")
    prefixed = _retyped(text[j:], "Mira Olsen")
    assert prefixed is not None and prefixed.type == "other" and text[j:][prefixed.start : prefixed.end] == "RRS Mira Olsen"
    whole = _retyped(text, "HMS Tarrant", "organization")
    assert whole is not None and whole.type == "other"
    assert _retyped(text, "RRS", "organization") is None  # the prefix alone: the ship's name carries it
    assert _retyped("The SS was disbanded.", "SS", "organization") is not None  # no name after it


def test_a_name_after_a_modified_ships_class_noun_is_the_vessel() -> None:
    fixed = _retyped("They boarded the research vessel Tomas Ederle at dawn.", "Tomas Ederle")
    assert fixed is not None and fixed.type == "other"


def test_a_code_of_letters_and_digits_is_an_object_not_a_person() -> None:
    fixed = _retyped("The keeper wound Q7 every morning.", "Q7")
    assert fixed is not None and fixed.type == "other"
    assert _retyped("Anton Weil wound it.", "Anton Weil") is not None


def test_a_lone_trade_or_heavenly_body_is_no_person_unless_the_text_names_one() -> None:
    assert _retyped("The Blacksmith mended the gate.", "Blacksmith") is None
    assert _retyped("They sailed by the light of the Moon.", "Moon") is None
    surname = _retyped("Ruth Blacksmith spoke. Blacksmith smiled.", "Blacksmith",
                       people={"Ruth Blacksmith", "Blacksmith"})
    assert surname is not None and surname.type == "person"  # a first name makes it a surname
    family = _retyped("Venus Li-wen spoke. Venus smiled.", "Venus", people={"Venus Li-wen", "Venus"})
    assert family is not None  # a family name written first
    # a word WordNet also knows as someone's name stays a name: "Cook", a kinship word too
    assert _retyped("Cook sailed west.", "Cook") is not None
    assert _retyped("Mother wrote on Sunday.", "Mother") is not None


def test_a_lone_word_naming_an_act_or_a_gathering_is_no_person() -> None:
    from vitrina.extract.cluster import _retype
    from vitrina.extract.places import gazetteer

    # the rows of a poll's result sheet: the label of a row is no one's name
    assert _retyped("Turnout was high at the bridge.", "Turnout") is None
    assert _retyped("Election day came with snow.", "Election") is None
    # a virtue given as a name, a word WordNet knows as someone too, a full name holding the word: people
    assert _retyped("Charity wrote to her aunt.", "Charity") is not None
    assert _retyped("Chase argued the case.", "Chase") is not None
    text = "The General Meeting of the guild was held in May."
    i = text.index("Meeting")
    assert _retype(text, RawMention(i, i + 7, "person", "title", "general"), gazetteer(), set(), set()) is None
    text = "Dr Carpenter examined the boy."
    i = text.index("Carpenter")
    assert _retype(text, RawMention(i, i + 9, "person", "title", "dr"), gazetteer(), set(), set()) is not None
    kept = _retyped("Odo Rally spoke. Rally smiled.", "Rally", people={"Odo Rally", "Rally"})
    assert kept is not None and kept.type == "person"


def test_a_saints_day_is_no_person_and_no_place() -> None:
    text = "The mill stopped on the eve of St. Brendan and again on the festival of Saint Odile."
    assert _retyped(text, "Brendan") is None
    assert _retyped(text, "St. Brendan", "place") is None
    assert _retyped(text, "St.", "place") is None
    assert _retyped(text, "Odile") is None
    # no saint's title, or no noun of a time before it: the name stays
    assert _retyped("They kept the birthday of Ada Quill.", "Ada Quill") is not None
    assert _retyped("The church of St. Brendan was full.", "St. Brendan", "place") is not None


def test_a_name_with_and_without_a_middle_initial_is_one_person_in_a_document() -> None:
    text = "Ivo R. Danek built the clock. Later Ivo Danek mended it. Ivo Quentin Danek, his son, sold it."
    full, short, son = _clusters_in_order(text, ["Ivo R. Danek", "Ivo Danek", "Ivo Quentin Danek"])
    assert full == short != son  # a middle name spelt out may be someone else


def test_one_or_two_dotted_letters_are_no_place_unless_a_country_code() -> None:
    from vitrina.extract.cluster import _retype
    from vitrina.extract.places import gazetteer

    text = "P.S. Mother sends her love. The U.S. consul called."
    dropped = _retype(text, RawMention(0, 4, "place", "GPE"), gazetteer(), set(), set())
    assert dropped is None
    k = text.index("U.S.")
    kept = _retype(text, RawMention(k, k + 4, "place", "GPE"), gazetteer(), set(), set())
    assert kept is not None and kept.type == "place"


def test_a_salutation_lines_name_is_the_addressee_a_person() -> None:
    from vitrina.extract.cluster import _retype, salutation_name
    from vitrina.extract.places import gazetteer

    text = "Exeter, Friday.\n\nDearest Winifred,\nWe reached home safely."
    i = text.index("Dearest")
    fixed = _retype(text, RawMention(i, i + len("Dearest Winifred"), "organization", "ORG"), gazetteer(), set(), set())
    assert fixed is not None and (fixed.type, text[fixed.start : fixed.end]) == ("person", "Winifred")
    text2 = "Home again.\nMy dear Bartholomew, the rain has stopped."
    j = text2.index("Bartholomew")
    assert salutation_name(text2, j, j + len("Bartholomew")) == j
    text3 = "We wrote to the Dear Valley Trust, and waited."
    k = text3.index("Dear")
    assert salutation_name(text3, k, k + len("Dear Valley Trust")) is None


def test_a_facility_name_the_geocoder_places_stays_a_place_and_a_building_does_not() -> None:
    from vitrina.extract.cluster import Clusterer
    from vitrina.extract.nlp import Analysis, get_nlp
    from vitrina.extract.places import gazetteer

    def typed(text: str, name: str) -> tuple[str, bool]:
        an = Analysis()
        an.add(get_nlp()(text), 0)
        cl = Clusterer(text, an, gazetteer())
        at = text.index(name)
        cl.mentions.append(RawMention(at, at + len(name), "place", "FAC"))  # NER's facility, typed place
        cl.cluster_others()
        return cl.mentions[0].type, cl.clusters[cl.cluster_of[0]].place is not None

    # "County X": no main name of the gazetteer, but the geocoder puts the county on the map
    assert typed("The emigrants sailed from a small harbour in County Kerry that spring.", "County Kerry") == ("place", True)
    # a building no table knows: no town, whatever NER typed it
    assert typed("The envoys dined at the Quillan Assembly Rooms that spring.", "Quillan Assembly Rooms") == ("other", False)


def test_a_name_placed_as_often_as_typed_a_person_is_the_place_at_every_use() -> None:
    from vitrina.extract.cluster import _one_sense_in_the_end
    from vitrina.extract.places import gazetteer

    text = "From Nantes to Tampere\n\nThe road was long. We reached Tampere in June."
    typed = _typed(text, [("Nantes", "place"), ("Tampere", "person"), ("Tampere", "place")])
    typed = [RawMention(m.start, m.end, m.type, "PERSON" if m.type == "person" else "GPE") for m in typed]
    found = _one_sense_in_the_end(text, typed, gazetteer(), {"Tampere": {"Tampere"}})
    assert [m.type for m in found] == ["place", "place", "place"]
    # a word of another person's name in the document, or a person's use more often than a place's: kept
    kept = _one_sense_in_the_end(text, typed, gazetteer(), {"Tampere": {"Tampere", "Ilse Tampere"}})
    assert [m.type for m in kept] == ["place", "person", "place"]
    text = "Tampere wrote. Tampere smiled. We reached Tampere in June."
    typed = [RawMention(m.start, m.end, m.type, "PERSON") for m in
             _typed(text, [("Tampere", "person"), ("Tampere", "person"), ("Tampere", "place")])]
    assert [m.type for m in _one_sense_in_the_end(text, typed, gazetteer(), {})] == ["person", "person", "place"]


def _mention(text: str, word: str, etype: str = "place", source: str = "GPE", nth: int = 0) -> RawMention:
    at = -1
    for _ in range(nth + 1):
        at = text.index(word, at + 1)
    return RawMention(at, at + len(word), etype, source)


def test_a_given_name_or_a_relative_typed_a_place_is_a_person_unless_a_preposition_of_place_leads() -> None:
    from vitrina.extract.cluster import _person_named_as_place
    from vitrina.extract.places import gazetteer

    gaz = gazetteer()
    text = ("Ettie Brannigan kept the shop. Everybody knew Ettie. My aunt Hattie sewed, and her husband, Tadzio, "
            "did the books. We sailed to Tadzio later. Regina Quellby came too; everybody knew Regina. "
            "My cousin Regina wrote. Ettie's shop closed.")
    given = {"Ettie", "Regina"}
    assert _person_named_as_place(text, _mention(text, "Ettie", nth=1), given, gaz)  # the given name of a full name
    assert _person_named_as_place(text, _mention(text, "Hattie"), given, gaz)  # a kinship noun right before
    assert _person_named_as_place(text, _mention(text, "Tadzio"), given, gaz)  # ... with a comma
    assert not _person_named_as_place(text, _mention(text, "Tadzio", nth=1), given, gaz)  # "sailed to X"
    assert gaz.resolve("Regina") is not None
    # a given name that is also a sizeable town's stays the town without a family tie; with one it is the person
    assert not _person_named_as_place(text, _mention(text, "Regina", nth=1), given, gaz)
    assert _person_named_as_place(text, _mention(text, "Regina", nth=2), given, gaz)
    assert not _person_named_as_place(text, _mention(text, "Ettie", nth=2), given, gaz)  # a possessive: "X's shop"
    assert not _person_named_as_place(text, _mention(text, "Ettie", nth=1), set(), gaz)  # no full name holds it


def test_a_name_a_family_tie_made_a_person_is_the_person_at_its_other_place_uses() -> None:
    from vitrina.extract.cluster import _one_person_sense
    from vitrina.extract.places import gazetteer

    gaz = gazetteer()
    text = ("Her husband, Tadzio, kept the books. Tadzio said so. We went to Tadzio once. Regina sang; Regina grew. "
            "Orlanda sang; Orlanda grew.")
    mentions = [_mention(text, "Tadzio", "person", "retype"), _mention(text, "Tadzio", nth=1),
                _mention(text, "Tadzio", nth=2), _mention(text, "Regina", "person", "retype"),
                _mention(text, "Regina", nth=1), _mention(text, "Orlanda", "person", "PERSON"),
                _mention(text, "Orlanda", nth=1)]
    out = [(text[m.start : m.end], m.type) for m in _one_person_sense(text, mentions, {"Tadzio", "Regina"}, gaz)]
    assert out == [("Tadzio", "person"), ("Tadzio", "person"), ("Tadzio", "place"),  # "went to X": the place
                   ("Regina", "person"), ("Regina", "place"),  # the gazetteer knows the town: its use stays
                   ("Orlanda", "person"), ("Orlanda", "place")]  # NER's typing alone is no evidence
    assert _one_person_sense(text, mentions, set(), gaz) == mentions


def test_a_given_name_listed_with_places_stays_a_place() -> None:
    from vitrina.extract.cluster import _coordinated_with_place

    text = "The barges passed Orlanda and Kestrum, then Tavrin. Orlanda Quellby waved."
    mentions = [_mention(text, "Orlanda"), _mention(text, "Kestrum"), _mention(text, "Tavrin"),
                _mention(text, "Orlanda Quellby", "person", "PERSON")]
    assert _coordinated_with_place(text, mentions, 0)  # "X and Y"
    assert _coordinated_with_place(text, mentions, 1)  # "Y and X"
    assert not _coordinated_with_place(text, mentions, 2)  # "Y, then X": "then" joins no list
    assert not _coordinated_with_place(text, mentions, 3)  # a new sentence



def test_a_feast_typed_a_place_is_no_place() -> None:
    from tests._extract_helpers import make_doc
    from vitrina.extract import extract

    doc = extract(make_doc(["Q: Where did the family go?\nA: We went to Otley at Whitsun, and to Thirsk at Candlemas. "
                            "At Martinmas we came back to Otley."]))
    places = {doc.text[m.start : m.end] for m in doc.mentions if m.type == "place"}
    assert not places & {"Whitsun", "Candlemas", "Martinmas"}


def test_a_famous_persons_surname_typed_a_place_is_the_person_when_the_text_makes_it_act() -> None:
    from vitrina.extract.cluster import _famous_people_acting
    from vitrina.extract.places import gazetteer

    gaz = gazetteer()  # "Newton": WordNet knows a person by it; the gazetteer towns only (no capital, no metropolis)

    def acting(text: str, names: list[str]) -> set[str]:
        return _famous_people_acting(text, _analysis(text), _typed(text, [(n, "place") for n in names]), gaz)

    said = "In 1687 Newton wrote the book. Newton later argued that light was made of particles."
    assert acting(said, ["Newton", "Newton"]) == {"Newton"}  # a verb of speaking or thinking, after an adverb
    owns = "Newton's theory of colour puzzled many readers."
    assert acting(owns, ["Newton"]) == {"Newton"}  # a noun of the person's mind after the possessive
    assert acting("Newton's streets were quiet that year.", ["Newton"]) == set()  # a town has streets
    assert acting("Newton grew after the railway came.", ["Newton"]) == set()  # no verb only people do
    went = "We drove to Newton in the spring. Newton said little about it."
    assert acting(went, ["Newton", "Newton"]) == set()  # one use after "to": the text also makes it a place
    # a capital or a metropolis stands for its government or institutions; a name WordNet knows no person by
    assert acting("Later Paris argued against the treaty.", ["Paris"]) == set()
    assert acting("Chester argued for a new bridge.", ["Chester"]) == set()


def test_retyping_turns_every_place_use_of_a_famous_person_acting_into_the_person() -> None:
    from vitrina.extract.cluster import retype_and_fill
    from vitrina.extract.places import gazetteer

    text = "In 1687 Newton finished the book. Newton said that it was true. Newton's reply came late."
    mentions = _typed(text, [("Newton", "place"), ("Newton", "place"), ("Newton", "place")])
    out = retype_and_fill(text, _analysis(text), mentions, gazetteer())
    assert [(text[m.start : m.end], m.type) for m in out if text[m.start : m.end] == "Newton"] == [
        ("Newton", "person")] * 3


def test_a_states_long_formal_name_typed_a_body_is_the_state():
    from vitrina.extract.cluster import _formal_state_name

    assert _formal_state_name(["Socialist", "Federal", "Republic", "of", "Brazil"])
    assert _formal_state_name(["Union", "of", "Canada"])
    assert not _formal_state_name(["Union", "Canada"])  # no "of": no formal name
    assert not _formal_state_name(["the", "Republic", "of", "Chile"])  # a lower-case word before the head
    assert not _formal_state_name(["Committee", "of", "Canada"])  # no noun of a form of state
    text = "Envoys of the Socialist Federal Republic of Brazil arrived."
    fixed = _retyped(text, "Socialist Federal Republic of Brazil", "organization")
    assert fixed is not None and fixed.type == "place"
    kept = _retyped("The Union of Concerned Weavers met.", "Union of Concerned Weavers", "organization")
    assert kept is not None and kept.type == "organization"  # no area after its "of"


def test_a_body_named_only_as_a_place_by_wordnet_is_the_place():
    from vitrina.extract.cluster import _wordnet_place_only

    assert _wordnet_place_only("Thrace", set()) and _wordnet_place_only("Palatinate", set())
    assert not _wordnet_place_only("Thrace", {"Ada Thrace"})  # a word of a person's name in the document
    assert not _wordnet_place_only("CA", set())  # a code, not a name
    assert not _wordnet_place_only("Quillan Weavers Guild", set())  # WordNet does not know it
    fixed = _retyped("Caravans crossed Thrace in spring.", "Thrace", "organization")
    assert fixed is not None and fixed.type == "place"


def test_a_place_and_the_country_after_its_comma_tagged_as_one_name_are_two_places() -> None:
    from vitrina.extract.cluster import _split_place_tail
    from vitrina.extract.entities import RawMention
    from vitrina.extract.places import gazetteer

    text = "The cable reached Pellow Cove, Cuba, in 1867, and Pellow Cove, Lettermore later."
    one = RawMention(text.index("Pellow"), text.index(", in"), "place", "GPE")
    got = [(text[m.start : m.end], m.type) for m in _split_place_tail(text, one, gazetteer())]
    assert got == [("Pellow Cove", "place"), ("Cuba", "place")]
    at = text.rindex("Pellow")
    other = RawMention(at, text.index(" later"), "place", "GPE")
    assert _split_place_tail(text, other, gazetteer()) == [other]  # no area after the comma: left whole


def test_the_adjective_of_a_sea_alone_after_the_article_is_the_sea() -> None:
    from tests._extract_helpers import make_doc
    from vitrina.extract import extract

    doc = extract(make_doc(["The herring boats worked far out in the Baltic until the ice came."]))
    from vitrina.extract.places import gazetteer

    [baltic] = [e for e in doc.entities if e.name == "Baltic"]
    sea = gazetteer().resolve("Baltic Sea")
    assert sea is not None and (baltic.lat, baltic.lon) == (sea.lat, sea.lon)  # not the Baltic states


def test_a_single_name_used_as_a_place_without_person_cue_is_the_place():
    from vitrina.extract.cluster import _single_names_without_person_cue

    text = "The tannery stood in Dunmerrow. Letters came from Dunmerrow. The chapel at Dunmerrow burned."
    at = [i for i in range(len(text)) if text.startswith("Dunmerrow", i)]
    mentions = [RawMention(at[0], at[0] + 9, "place", "GPE")] + [RawMention(a, a + 9, "person", "PERSON") for a in at[1:]]
    assert _single_names_without_person_cue(text, mentions, {}) == {"Dunmerrow"}


def test_a_single_name_with_a_person_cue_stays_a_person():
    from vitrina.extract.cluster import _single_names_without_person_cue

    text = "The tannery stood in Dunmerrow. Later Dunmerrow said he would sell it."
    at = [i for i in range(len(text)) if text.startswith("Dunmerrow", i)]
    mentions = [RawMention(at[0], at[0] + 9, "place", "GPE"), RawMention(at[1], at[1] + 9, "person", "PERSON")]
    assert _single_names_without_person_cue(text, mentions, {}) == set()
    titled = "The tannery stood in Dunmerrow. Mr Dunmerrow sold it."
    at = [i for i in range(len(titled)) if titled.startswith("Dunmerrow", i)]
    mentions = [RawMention(at[0], at[0] + 9, "place", "GPE"), RawMention(at[1], at[1] + 9, "person", "PERSON")]
    assert _single_names_without_person_cue(titled, mentions, {}) == set()


def test_a_name_after_a_full_name_and_of_is_the_persons_home_town() -> None:
    """Round 52 red team D1: "X Lincoln, of Lincoln" linked the town to the person."""
    from vitrina.extract.cluster import home_towns_after_names
    from vitrina.extract.places import gazetteer

    text = "Wilfred Preston, of Preston. Mabel Derby, at Derby. Agnes Bolton, Bolton's wife."
    names = ["Wilfred Preston", "Preston", "Mabel Derby", "Derby", "Agnes Bolton", "Bolton"]
    mentions, at = [], 0
    for name in names:
        start = text.index(name, at)
        at = start + len(name)
        mentions.append(RawMention(start, at, "person", "PERSON"))
    assert home_towns_after_names(text, mentions, gazetteer()) == {1, 3}  # not Bolton's: no preposition


def test_a_saints_name_inside_a_capes_gulfs_or_forts_name_is_the_whole_place() -> None:
    """Round 55 places2: NER read "St." as a title and kept the saint's name a person ("Cape St. X")."""
    from vitrina.extract.cluster import saints_inside_place_names

    text = ("The brig cleared the Gulf of St. Brendoc at dawn, passed Cape St. Orwin by noon and anchored off "
            "Fort St. Tamsin, where NER had cut the fort. Lake Saint Ulmo froze that year.")
    def at(word: str, etype: str) -> RawMention:
        return RawMention(text.index(word), text.index(word) + len(word), etype, "PERSON")
    mentions = [at("Brendoc", "person"), at("Orwin", "person"), at("Fort St.", "place"), at("Tamsin", "person"),
                at("Saint Ulmo", "person")]
    found = [(text[m.start : m.end], m.type) for m in saints_inside_place_names(text, mentions)]
    assert found == [("Gulf of St. Brendoc", "place"), ("Cape St. Orwin", "place"), ("Fort St. Tamsin", "place"),
                     ("Lake Saint Ulmo", "place")]


def test_a_saints_name_after_a_title_a_body_or_an_order_stays_as_it_was() -> None:
    from vitrina.extract.cluster import saints_inside_place_names

    text = "Dr. St. Aubrey lectured. The Knights of St. Gervin met; the Church of St. Ninel was shut. Cape Verlow."
    names = [("St. Aubrey", "person"), ("Gervin", "person"), ("Ninel", "person"), ("Verlow", "person")]
    mentions = [RawMention(text.index(n), text.index(n) + len(n), t, "PERSON") for n, t in names]
    assert saints_inside_place_names(text, mentions) == mentions


def test_names_listed_after_between_each_with_a_town_sense_are_places() -> None:
    """Round 57 places57: "between X and Y" typed persons, both towns of the text's state."""
    from vitrina.extract.cluster import places_by_evidence
    from vitrina.extract.places import gazetteer

    text = "The stage road in Maine ran between Skowhegan and Waterville before the railway came."
    typed = [("Maine", "place"), ("Skowhegan", "person"), ("Waterville", "person")]
    found = places_by_evidence(text, _typed(text, typed), gazetteer())
    assert [(text[m.start : m.end], m.type) for m in found] == [
        ("Maine", "place"), ("Skowhegan", "place"), ("Waterville", "place")]
    # a word of a person's name in the document: the name stays the person
    text = "Ann Waterville of Maine wrote letters between Skowhegan and Waterville every week."
    typed = [("Ann Waterville", "person"), ("Maine", "place"), ("Skowhegan", "person"), ("Waterville", "person")]
    found = places_by_evidence(text, _typed(text, typed), gazetteer())
    assert (text[found[-1].start : found[-1].end], found[-1].type) == ("Waterville", "person")


def test_a_list_of_towns_needs_two_names_a_preposition_of_place_and_no_possessive() -> None:
    from vitrina.extract.cluster import _town_lists_after_preposition
    from vitrina.extract.places import gazetteer

    gaz = gazetteer()

    def listed(text: str, names: list[str]) -> list[int]:
        ms = _typed(text, [(n, "person") for n in names])
        sense = gaz.resolve("Maine")  # the function reads which names have a sense, not which
        assert sense is not None
        candidates = {k: sense for k in range(len(names))}
        return _town_lists_after_preposition(text, ms, candidates, {})

    assert listed("Mills stood at Bangor, Orono and Brewer.", ["Bangor", "Orono", "Brewer"]) == [0, 1, 2]
    assert listed("Mills stood at Bangor.", ["Bangor"]) == []  # one name: weighed alone
    assert listed("Letters came from Bangor and Orono.", ["Bangor", "Orono"]) == []  # "from": a person's too
    assert listed("Mills stood between Bangor and Orono's.", ["Bangor", "Orono"]) == []


def test_a_surname_written_with_a_curly_apostrophe_is_filled_as_the_person() -> None:
    from vitrina.extract.cluster import retype_and_fill
    from vitrina.extract.places import gazetteer

    text = ("Brendan O’Hagan founded the mill in 1851. "
            "The workers trusted O’Hagan because he paid them on time.")
    mentions = _typed(text, [("Brendan O’Hagan", "person")])
    out = retype_and_fill(text, _analysis(text), mentions, gazetteer())
    assert ("O’Hagan", "person") in [(text[m.start : m.end], m.type) for m in out if m.start > 20]


def test_a_month_before_a_surname_does_not_hide_it() -> None:
    from vitrina.extract.cluster import retype_and_fill
    from vitrina.extract.places import gazetteer

    text = ("Wilma Trautner ran the ferry company for a decade. "
            "On 3 October Trautner sold her shares and left the harbour.")
    mentions = _typed(text, [("Wilma Trautner", "person")])
    out = retype_and_fill(text, _analysis(text), mentions, gazetteer())
    later = [(text[m.start : m.end], m.type) for m in out if m.start > 40]
    assert ("Trautner", "person") in later
    # a capitalised word other than a month right before still keeps the run apart
    text = "Wilma Trautner ran the ferry company. The Trautner Trust kept the ledgers."
    out = retype_and_fill(text, _analysis(text), _typed(text, [("Wilma Trautner", "person")]), gazetteer())
    assert [m for m in out if m.start > 40 and m.type == "person"] == []


def test_a_role_said_of_a_name_with_a_copula_is_that_persons() -> None:
    from vitrina.extract.cluster import _holds_role

    text = "Its first Warden was the Rev. Dr. Tobias Quill. Later Ann Rudd became the Warden."
    assert _holds_role(text, "warden", text.index("Tobias"), text.index(" Quill") + 6)
    assert _holds_role(text, "warden", text.index("Ann"), text.index("Rudd") + 4)
    other = "The Warden was ill in Leeds, and Tobias Quill came."
    assert not _holds_role(other, "warden", other.index("Tobias"), other.index("Quill") + 5)
