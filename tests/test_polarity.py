"""vitrina.polarity: one sentence retold with its outcome turned round or one role filled by another name."""

from __future__ import annotations

import pytest

from vitrina import polarity
from vitrina.compare import _stop_words
from vitrina.qa.lexical import wordnet

pytestmark = pytest.mark.skipif(wordnet() is None, reason="WordNet is not installed")


def _turn(a: str, b: str) -> tuple[str, str, str] | None:
    """The contradicting turn of two invented sentences, as (kind, word in a, word in b)."""
    found = polarity.turns((a, 0), (b, 1000), _stop_words())
    turn = polarity.contradiction(found or [])
    if turn is None:
        return None
    return turn.kind, a[turn.a[0]:turn.a[1]], b[turn.b[0] - 1000:turn.b[1] - 1000]


@pytest.mark.parametrize(("a", "b", "expected"), [
    ("The harbour court accepted the claim of the salt merchants for damages to their barges.",
     "The harbour court rejected the claim of the salt merchants for damages to their barges.",
     ("antonym", "accepted", "rejected")),
    ("After a long hearing the jury convicted the ferry captain of smuggling wool across the river.",
     "After a long hearing the jury acquitted the ferry captain of smuggling wool across the river.",
     ("antonym", "convicted", "acquitted")),
    ("The guild envoy signed the fisheries pact with the northern towns at the harbour office.",
     "The guild envoy did not sign the fisheries pact with the northern towns at the harbour office.",
     ("negation", "signed", "not sign")),
    ("The guild envoy was unable to renew the fisheries pact with the coastal towns that winter.",
     "The guild envoy renewed the fisheries pact with the coastal towns that winter after long talks.",
     ("negation", "unable to renew", "renewed")),
    ("The two iron steamers were ordered from a shipyard in Glasgow by the merchant company.",
     "The two iron steamers were ordered from a shipyard in Liverpool by the merchant company.",
     ("filler", "Glasgow", "Liverpool")),
])
def test_a_turned_outcome_or_another_filler_contradicts(a: str, b: str, expected: tuple[str, str, str]) -> None:
    assert _turn(a, b) == expected


@pytest.mark.parametrize(("a", "b"), [
    # an antonym and a negation cancel out
    ("The guild council rejected the proposal of the salt merchants to widen the canal.",
     "The guild council did not accept the proposal of the salt merchants to widen the canal."),
    # a negation limited in time tells when, not whether
    ("The canal charter was not confirmed by the guild council until the following spring.",
     "The canal charter was confirmed by the guild council in the following spring after a vote."),
    # one thing named twice: a country and its adjective
    ("The salt merchants sent their barges to Japan with the autumn wool for the fair.",
     "The salt merchants sent their barges to Japanese ports with the autumn wool for the fair."),
    # "first" and "second" tell which of a series, not a turned outcome
    ("The first canal charter gave the salt merchants the right to toll the barges on the river.",
     "The second canal charter gave the salt merchants the right to toll the barges on the river."),
    # the same sentence, nothing turned
    ("The guild council approved the canal charter for the salt merchants of the river towns.",
     "The guild council approved the canal charter for the salt merchants of the river towns."),
])
def test_no_contradiction(a: str, b: str) -> None:
    assert _turn(a, b) is None


def test_sentences_telling_other_things_are_not_compared() -> None:
    a = "The guild council rejected the proposal."
    b = "In spring the salt merchants accepted a new toll on wool barges from the northern river towns."
    assert polarity.turns((a, 0), (b, 100), _stop_words()) is None


def test_a_place_name_beginning_another_name_is_no_filler() -> None:
    assert _turn("The Glasgow Exhibition was a fair for the shipbuilders and merchants of the river towns.",
                 "The Liverpool Exhibition was a fair for the shipbuilders and merchants of the river towns.") is None


def test_kinds_and_referents() -> None:
    assert polarity.same_kind("glasgow", "liverpool")
    assert polarity.same_kind("spanish", "british")
    assert not polarity.same_kind("spain", "spanish")
    assert not polarity.same_kind("west", "northwest")
    assert polarity.antonymous("won", "lost") and not polarity.antonymous("won", "signed")


def test_years_apart() -> None:
    assert polarity._years_apart("It was signed in 1812.", "It was signed in 1846.")
    assert not polarity._years_apart("It was signed in 1812.", "It was signed then.")


def test_a_name_the_other_sentence_also_writes_is_no_replacement() -> None:
    assert _turn("The governor warned Napier that if the city would not pay the toll the barges would stop.",
                 "The governor warned Napier that if Hamburg would not pay the toll the barges would stop soon.") is None
    assert _turn("If Napier would not pay the toll, the governor warned, the barges on the river would stop.",
                 "The governor warned Napier that if Hamburg would not pay the toll the barges on the river would stop."
                 ) is None


def test_two_parts_exchanged_are_a_swap_and_a_list_reordered_is_not() -> None:
    assert _turn("The harbour master Hamburg had named stopped the barges, as Bremen had wished that spring.",
                 "The harbour master Bremen had named stopped the barges, as Hamburg had wished that spring.") == (
        "swap", "Hamburg", "Bremen")
    assert _turn("The salt merchants of Hamburg, Bremen and Lubeck sent barges with wool to the autumn fair.",
                 "The salt merchants of Bremen, Hamburg and Lubeck sent barges with wool to the autumn fair.") is None


def test_a_place_within_the_other_is_no_contradiction() -> None:
    assert polarity.within("glasgow", "scotland") and not polarity.within("scotland", "glasgow")
    assert _turn("The two iron steamers were ordered from a shipyard in Glasgow by the merchant company.",
                 "The two iron steamers were ordered from a shipyard in Scotland by the merchant company.") is None


def test_the_names_facing_each_other_in_a_rewording_are_compared() -> None:
    found = _turn("In the spring the envoy in Paris, Thomas Jefferson, proposed a treaty on the river tolls.",
                  "In the spring the envoy to France, John Adams, proposed a treaty on the river tolls.")
    assert found == ("filler", "Jefferson", "Adams")


def _named_turn(a: str, b: str, names_a: list[tuple[str, str, str]],
                names_b: list[tuple[str, str, str]]) -> tuple[str, str, str] | None:
    """The contradicting turn of two invented sentences given the names a knowledge base found in each
    (written name, entity id, type)."""
    def spans(text: str, offset: int, names: list[tuple[str, str, str]]) -> list[tuple[int, int, str, str]]:
        return [(offset + text.index(n), offset + text.index(n) + len(n), e, t) for n, e, t in names]

    found = polarity.turns((a, 0), (b, 1000), _stop_words(), None, (spans(a, 0, names_a), spans(b, 1000, names_b)))
    turn = polarity.contradiction(found or [])
    if turn is None:
        return None
    return turn.kind, a[turn.a[0]:turn.a[1]], b[turn.b[0] - 1000:turn.b[1] - 1000]


def test_a_person_replacing_another_in_one_role_is_a_filler() -> None:
    a = "On a spring morning Hester Quall moved the motion in the guild council to widen the old canal."
    b = "On a spring morning Tobiah Venn Marr moved a motion in the guild council to widen the old canal."
    assert _named_turn(a, b, [("Hester Quall", "person-quall", "person")],
                       [("Tobiah Venn Marr", "person-marr", "person")]) == ("filler", "Hester Quall", "Tobiah Venn Marr")
    # the same person under another title, or one entity twice, is no replacement
    assert _named_turn(a, b.replace("Tobiah Venn Marr", "Warden Quall"), [("Hester Quall", "person-quall", "person")],
                       [("Warden Quall", "person-quall2", "person")]) is None
    assert _named_turn(a, b, [("Hester Quall", "person-quall", "person")],
                       [("Tobiah Venn Marr", "person-quall", "person")]) is None
    # a person and an organization fill no one role
    assert _named_turn(a, b, [("Hester Quall", "person-quall", "person")],
                       [("Tobiah Venn Marr", "organization-marr", "organization")]) is None


def test_a_named_filler_must_stand_in_the_same_slot() -> None:
    # "the Quall administration began" / "Marr pursued": a name modifying a noun is not the doer
    a = "The Quall administration began parallel talks with the salt merchants and the river towns on tolls."
    b = "Marr pursued parallel talks with the salt merchants and the river towns on tolls."
    assert _named_turn(a, b, [("Quall", "person-quall", "person")], [("Marr", "person-marr", "person")]) is None
    # other objects sent to two bodies: the sentence's end is no shared word
    a = "The river towns of Avel and Dorn sent their wardens to the Salt Assembly."
    b = "The river towns of Avel and Dorn sent formal letters of protest to Parliament."
    names = [("Avel", "place-avel", "place"), ("Dorn", "place-dorn", "place")]
    assert _named_turn(a, b, [*names, ("Salt Assembly", "organization-salt", "organization")],
                       [*names, ("Parliament", "organization-parliament", "organization")]) is None


def test_a_name_in_parentheses_is_an_alias() -> None:
    a = "In 1840 the members of the League of Salt Towns (LST) imposed a toll on barges from the river."
    b = "In 1840 the members of the League of Towns (LT) imposed a toll on barges from the river."
    assert _named_turn(a, b, [("LST", "organization-lst", "organization")],
                       [("LT", "organization-lt", "organization")]) is None


def test_a_negative_pronoun_negates_its_verb() -> None:
    # "accept no terms" / "accept nothing short of": both negate, no contradiction
    assert _turn("At the river fair in spring the guild towns said they would accept no terms without a full toll.",
                 "At the river fair in spring the guild towns said they would accept nothing short of a full toll.") is None


def test_a_name_facing_a_thing_the_other_sentence_names_is_no_filler() -> None:
    # Spanish faces Spain's (one country); the envoys' countries are what differs
    a = "At Spain's request, the British envoy in Lisbon approached the harbour council about the salt tolls."
    b = "At the request of the Spanish court, the French envoy in Lisbon approached the harbour council about the salt tolls."
    found = _turn(a, b) or _turn(b, a)
    assert found is not None and {found[1], found[2]} == {"British", "French"}


def test_a_year_both_sentences_write_counts_as_an_aligned_word() -> None:
    with_year = polarity.alignment("In 1840 the wardens widened the canal.", "In 1840 the wardens widened the canal.",
                                   _stop_words())
    without = polarity.alignment("Then the wardens widened the canal.", "Then the wardens widened the canal.", _stop_words())
    assert with_year == (1.0, without[1] + 1)


def test_a_word_inside_a_date_or_an_amount_is_a_value_not_an_outcome():
    from vitrina.polarity import in_value

    spans = [(10, 27), (40, 52)]  # "five years later", "early in 1903"
    assert in_value(spans, (22, 27))  # "later" inside the first value
    assert in_value(spans, (40, 45))
    assert not in_value(spans, (30, 36))  # a word between the values
    assert not in_value([], (0, 4))


@pytest.mark.parametrize(("a", "b", "expected"), [
    ("The salt convoy sailed from the Black Sea around the cape and reached the northern ports in spring.",
     "The salt convoy sailed from the Baltic Sea around the cape and reached the northern ports in spring.",
     ("filler", "Black Sea", "Baltic Sea")),
    ("The wool barges were sent toward the Bay of Bengal, calling at three salt harbours before reaching the cape.",
     "The wool barges were sent toward the Arabian Sea, calling at three salt harbours before reaching the cape.",
     ("filler", "Bay of Bengal", "Arabian Sea")),
    ("The guild closed the harbour of Boston to the salt merchants and their wool barges that winter.",
     "The guild closed the harbour of New York to the salt merchants and their wool barges that winter.",
     ("filler", "Boston", "New York")),
    ("The salt merchants kept the small islands of St. Lucia for their sugar rather than the northern forests.",
     "The salt merchants kept the small islands of Jamaica for their sugar rather than the northern forests.",
     ("filler", "St. Lucia", "Jamaica")),
])
def test_a_name_of_several_words_is_read_whole(a: str, b: str, expected: tuple[str, str, str]) -> None:
    assert _turn(a, b) == expected


def test_names_of_several_words_for_one_thing_or_a_name_and_an_adjective_are_no_fillers() -> None:
    assert not polarity.same_kind("soviet_union", "ussr", spelling=False)
    assert not polarity.same_kind("united_states", "british", spelling=False)
    assert polarity.same_kind("new_york", "new_jersey", spelling=False)


SENTENCES = (
    "In 1907 the wardens of Halden widened the old canal to let larger barges pass.",
    "In 1907 the wardens of Halden narrowed the old canal to let larger barges pass.",
    "The wardens of Halden widened the old canal in 1907 so that barges could pass.",
    "Ilse Varga, the pilot, carried thirty passengers from Halden to Moss in 1912.",
    "Ilse Varga carried no passengers from Halden to Moss in 1912.",
    "The museum opened a new wing for the ferry models in 1931.",
    "Barges pass.",
    "",
)


def test_may_align_never_refuses_a_pair_turns_aligns() -> None:
    for a in SENTENCES:
        for b in SENTENCES:
            bound = polarity._may_align(polarity._bases(a), polarity._bases(b), _stop_words(), polarity.OUTCOME)
            share, hits = polarity.alignment(a, b, _stop_words())
            aligned = share >= polarity.OUTCOME.share and hits >= polarity.OUTCOME.min_words
            assert bound or not aligned, (a, b)
            if not bound:
                assert polarity.turns((a, 0), (b, 500), _stop_words()) is None


def test_may_align_refuses_sentences_with_few_words_in_common() -> None:
    assert not polarity._may_align(polarity._bases(SENTENCES[0]), polarity._bases(SENTENCES[5]), _stop_words(),
                                   polarity.OUTCOME)
    assert polarity._may_align(polarity._bases(SENTENCES[0]), polarity._bases(SENTENCES[1]), _stop_words(),
                               polarity.OUTCOME)


def test_bases_are_the_base_forms_in_order() -> None:
    assert polarity._bases("The wardens signed it") == tuple(polarity._base(w) for w in ("the", "wardens", "signed", "it"))
