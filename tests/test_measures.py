from vitrina.measures import dimension, relation, same_dimension


def _dimension(sentence: str, measure: str) -> tuple[str, ...]:
    start = sentence.index(measure)
    return dimension(sentence, start, start + len(measure), 0, len(sentence))


def test_the_dimension_is_read_from_an_adjective_or_an_attribute_noun():
    tall = _dimension("The mast stands 12 metres tall.", "12 metres")
    height = _dimension("The mast reaches a height of 12 metres.", "12 metres")
    in_height = _dimension("The mast is 12 metres in height.", "12 metres")
    assert same_dimension(tall, height) and same_dimension(height, in_height)
    assert not same_dimension(tall, _dimension("The mast is 12 metres wide.", "12 metres"))
    assert not same_dimension(_dimension("The hull is 12 metres long.", "12 metres"),
                              _dimension("The hull is 12 metres wide.", "12 metres"))


def test_a_modified_attribute_noun_is_another_dimension():
    lifting = _dimension("The hoist has a lifting height of 9 metres.", "9 metres")
    assert lifting[0] == "lifting"
    assert not same_dimension(lifting, _dimension("The hoist has a height of 9 metres.", "9 metres"))


def test_no_dimension_without_an_attribute_word():
    assert _dimension("The road runs 9 metres from the gate.", "9 metres") == ()


def test_lengths_and_masses_compare_across_units_to_the_rounder_precision():
    assert relation(30.0, "metre", 100.0, "foot") == "agree"
    assert relation(30.0, "metre", 150.0, "foot") == "differ"
    assert relation(2.0, "tonne", 4409.0, "pound") == "agree"
    assert relation(33.0, "metre", 45.0, "metre") == "differ"
    assert relation(30.0, "metre", 3.0, "kilogram") is None


def test_an_area_or_a_word_after_a_comma_gives_no_dimension():
    assert _dimension("The estate covered 40 square miles wide of marsh.", "40 square miles") == ()
    assert _dimension("The levee ran 40 miles, long and low.", "40 miles") == ()
    assert same_dimension(_dimension("The levee ran some 40 miles long.", "some 40 miles"),
                          _dimension("The levee is 3.5 thousand metres long.", "3.5 thousand metres"))


def _counts(sentence: str) -> list[tuple[str, float, str]]:
    from vitrina.measures import verb_counts
    from vitrina.qa.parse import parse_many

    return [(sentence[a:b], value, verb) for a, b, value, verb in verb_counts(parse_many([sentence], lemmas=True)[0])]


def test_a_number_a_verb_counts_is_a_count_of_that_act():
    assert _counts("After the flood, 47 were rescued and 12 drowned.") == [("47", 47.0, "rescue"),
                                                                          ("12", 12.0, "drown")]
    assert _counts("The boatmen rescued thirty-two people from the mill.") == [("thirty-two", 32.0, "rescue")]
    assert _counts("The number rescued was forty.") == [("forty", 40.0, "rescue")]


def test_a_number_of_things_or_of_a_noun_no_verb_counts_is_no_count_of_an_act():
    assert _counts("The boatmen rescued thirty-two barrels from the mill.") == []  # barrels are no people
    assert _counts("The mill had 47 looms.") == []


def test_a_number_a_witness_says_or_reckons_is_no_count_of_an_act():
    assert _counts("His letter says forty.") == []


def test_a_number_of_a_kind_of_people_a_verb_counts_is_a_count_of_that_noun_by_the_act():
    from vitrina.measures import count_parts

    assert _counts("Some 400 tenants were moved out of the flats.") == [("400", 400.0, "move/tenant")]
    # the second of two nouns joined, and an act written as the counting verb's subject
    found = _counts("The eviction affected 90 families, or about 300 tenants, in the lower town.")
    assert [(text, unit) for text, _v, unit in found] == [("90", "affect+evict/family"), ("300", "affect+evict/tenant")]
    assert count_parts("affect+evict/tenant") == (("affect", "evict"), "tenant")
    assert count_parts("rescue") == (("rescue",), "")


def test_a_verb_moving_from_its_object_is_told_with_it_as_one_act_when_a_verb_glosses_that_phrase():
    from vitrina.measures import phrase_senses

    # leave.v.01 "go away from a place"; evacuate.v.03 "move people from their homes or country"
    assert _counts("About 1,100 tenants left their homes at dawn.") == [("1,100", 1100.0, "leave+leave~home/tenant")]
    assert "evacuate.v.03" in phrase_senses("leave~home")
    # no verb of the mover's file glosses leaving an office (unseating is verb.social): the verb alone
    assert _counts("Nine ministers left office that spring.") == [("Nine", 9.0, "leave/minister")]
    assert phrase_senses("leave~office") == frozenset()


def test_a_number_counts_the_plural_noun_it_numbers_or_the_object_of_its_of():
    from vitrina import measures
    from vitrina.qa.parse import parse_many

    def counts(text: str) -> list[tuple[str, float, str]]:
        return [(text[x:y], v, noun) for x, y, v, noun in measures.noun_counts(parse_many([text], lemmas=True)[0])]

    assert counts("The storm sank 12 U.K. trawlers off the cape.") == [("12", 12.0, "trawlers")]
    assert counts("Nine of the valley's oldest mills closed that winter.") == [("Nine", 9.0, "mills")]
    assert counts("The lease ran for four more years.") == [("four", 4.0, "years")]
    assert counts("The council voted 7-2 to close the bridge.") == []  # a vote, no noun counted
    assert counts("Between 300 and 900 of them stayed.") == []  # a pronoun: nothing named is counted
    assert counts("One of the oldest mills closed that winter.") == []  # one thing picked out, not a count
