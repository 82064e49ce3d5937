"""Clauses told in two documents without a value to compare, on small exhibits of our own sentences."""

from __future__ import annotations

import dataclasses

from tests.test_compare import _db, _doc
from vitrina import clauses
from vitrina.compare import compare
from vitrina.polarity import _Sentence
from vitrina.store.read import as_knowledge_base


def _clause_groups(conn) -> list[tuple[str, list[str]]]:  # type: ignore[no-untyped-def]
    return sorted((c.verdict, sorted(s.document for s in c.statements)) for c in compare(conn) if c.kind == "clause")


def _pair(a: str, b: str, score: float = 9.0) -> clauses.Pair:
    """Two sentences of two documents as a pair whose features reach ``score`` with the default weights."""
    features = dict.fromkeys(clauses.FEATURES, 0.0)
    features["names"] = (score - clauses.CLAUSE.bias) / clauses.CLAUSE.names
    return clauses.Pair(_Sentence("a", 0, len(a), a), _Sentence("b", 1000, 1000 + len(b), b), (), (), features)


def test_one_act_told_in_other_words_without_a_value_is_grouped_as_agreeing(tmp_path):
    a = _doc("a", ["After a long quarrel over the harbor dues, Vell resigned his seat on the council of Porto."])
    b = _doc("b", ["Vell resigned his seat on the council of Porto after a long quarrel about the harbor dues."])
    c = _doc("c", ["The council of Porto met in a new hall built of granite brought from the hills."])
    assert _clause_groups(_db(tmp_path, a, b, c)) == [("agree", ["a", "b"])]


def test_sentences_naming_one_thing_but_telling_other_acts_are_not_grouped(tmp_path):
    a = _doc("a", ["Vell sailed to Porto with a cargo of salted cod and returned within a month."])
    b = _doc("b", ["Vell was remembered in Porto for the hospital he endowed and the bridge he paid for."])
    assert _clause_groups(_db(tmp_path, a, b)) == []


def test_a_sentence_pair_compared_by_its_values_is_left_to_that_comparison(tmp_path):
    a = _doc("a", ["Vell resigned his seat on the council of Porto in October 1921 after a long quarrel."],
             {"October 1921": "1921-10"})
    b = _doc("b", ["Vell resigned his seat on the council of Porto in October 1921 after a long quarrel."],
             {"October 1921": "1921-10"})
    kinds = [c.kind for c in compare(_db(tmp_path, a, b))]
    assert "clause" not in kinds


def test_an_outcome_turned_round_or_another_number_in_one_place_is_a_difference():
    turned = clauses.turn(_pair("The harbor tribunal accepted the claim of the dock workers for lost wages.",
                                "The harbor tribunal rejected the claim of the dock workers for lost wages."))
    assert turned is not None and turned.kind == "antonym"
    counted = clauses.turn(_pair("Only two members of the guild questioned the right of the council to tax ships.",
                                 "Only one member of the guild questioned the right of the council to tax ships."))
    assert counted is not None and counted.kind == "value"
    assert clauses.turn(_pair("The guild met in the old hall and chose a new warden for the coming year.",
                              "The guild met in the old hall and chose a new warden for the year to come.")) is None


def test_a_year_facing_a_day_or_an_article_facing_a_figure_is_no_difference():
    assert clauses._number_replaced(_Sentence("a", 0, 40, "The guild met on 3 May in the old hall."),
                                    _Sentence("b", 100, 140, "The guild met in 1921 in the old hall."), 6) is None
    assert clauses._number_replaced(_Sentence("a", 0, 40, "The guild sent a warden to the old hall."),
                                    _Sentence("b", 100, 140, "The guild sent 4 wardens to the old hall."), 6) is None


def test_a_difference_is_a_contradiction_only_above_its_kind_of_threshold():
    weights = dataclasses.replace(clauses.CLAUSE, differ_at=1.0, turned_at=3.0)
    counted = ("Only two members of the guild questioned the right of the council to tax ships.",
               "Only one member of the guild questioned the right of the council to tax ships.")
    assert clauses.verdict(_pair(*counted, 1.5), weights)[0] == "differ"
    assert clauses.verdict(_pair(*counted, 0.5), weights)[0] == "uncertain"
    turned = ("The harbor tribunal accepted the claim of the dock workers for lost wages.",
              "The harbor tribunal rejected the claim of the dock workers for lost wages.")
    assert clauses.verdict(_pair(*turned, 1.5), weights)[0] == "uncertain"  # an antonym needs ``turned_at``
    assert clauses.verdict(_pair(*turned, 3.5), weights)[0] == "differ"
    same = "The harbor tribunal heard the claim of the dock workers for lost wages."
    assert clauses.verdict(_pair(same, same), weights)[0] == "agree"


def test_sentences_both_holding_a_date_are_left_to_the_date_comparison(tmp_path):
    a = _doc("a", ["Vell resigned his seat on the council of Porto in 1921 after a long quarrel."], {"1921": "1921"})
    b = _doc("b", ["Vell resigned his seat on the council of Porto in 1925 after a long quarrel."], {"1925": "1925"})
    c = _doc("c", ["Vell resigned his seat on the council of Porto after a long quarrel."])
    found = clauses.pairs(as_knowledge_base(_db(tmp_path, a, b, c)))
    assert sorted((p.a.document, p.b.document) for p in found) == [("a", "c"), ("b", "c")]


def test_each_sentence_is_grouped_once_per_other_document_best_first():
    best, weaker = _pair("x y z", "x y z", 5.0), _pair("x y z", "x y z", 3.0)
    weaker = dataclasses.replace(weaker, b=_Sentence("b", 2000, 2005, "x y w"))
    assert list(clauses.grouped([weaker, best])) == [best]
    assert list(clauses.grouped([_pair("x", "y", clauses.CLAUSE.at - 1)])) == []


def test_features_read_shared_names_words_and_years(tmp_path):
    a = _doc("a", ["In 1921 Vell resigned his seat on the council of Porto after a long quarrel."])
    b = _doc("b", ["In 1925 Vell resigned his seat on the council of Porto after a long quarrel."])
    found = clauses.pairs(as_knowledge_base(_db(tmp_path, a, b)))
    assert len(found) == 1
    f = found[0].features
    assert f["names"] == 1.0 and f["words"] == 1.0 and f["years_apart"] == 1.0
    assert abs(f["shared"] - 2 / 3) < 1e-9


def test_a_caption_of_a_few_words_is_not_paired(tmp_path):
    a = _doc("a", ["Vell and Sora at Porto."])
    b = _doc("b", ["Vell and Sora met at Porto to settle the quarrel over the harbor dues of the guild."])
    assert clauses.pairs(as_knowledge_base(_db(tmp_path, a, b))) == []


def _named_pair(a: str, b: str, names_a: list[tuple[str, str, str]], names_b: list[tuple[str, str, str]],
                score: float = 9.0) -> clauses.Pair:
    """A pair whose sentences name things (written name, entity id, type) at the places they are written."""
    def spans(text: str, offset: int, names: list[tuple[str, str, str]]) -> tuple[clauses.Name, ...]:
        return tuple((offset + text.index(n), offset + text.index(n) + len(n), entity, kind) for n, entity, kind in names)

    p = _pair(a, b, score)
    return dataclasses.replace(p, names_a=spans(a, 0, names_a), names_b=spans(b, 1000, names_b))


def test_an_ordinal_replaced_by_another_is_a_difference_but_not_a_count_facing_an_ordinal():
    moved = clauses.turn(_pair("The envoy offered the 12th meridian as the line with the colony of Varn.",
                               "The envoy offered the 13th meridian as the line with the colony of Varn."))
    assert moved is not None and moved.kind == "value"
    worded = clauses.turn(_pair("The envoy offered the twelfth meridian as the line with the colony of Varn.",
                                "The envoy offered the thirteenth meridian as the line with the colony of Varn."))
    assert worded is not None and worded.kind == "value"
    assert clauses._number_replaced(_Sentence("a", 0, 48, "The guild sent two wardens to the hall of Varn."),
                                    _Sentence("b", 100, 148, "The guild sent second wardens to the hall of Varn."),
                                    6) is None


def test_a_person_or_a_place_of_one_kind_named_by_one_sentence_only_is_a_named_difference():
    a = "In the end it was Marla Quist who persuaded the governor to sign the harbor charter."
    b = "In the end it was Tobin Reyes who persuaded the governor to sign the harbor charter."
    persons = _named_pair(a, b, [("Marla Quist", "person-quist", "person")],
                          [("Tobin Reyes", "person-reyes", "person")])
    found = clauses.names_replaced(persons, {})
    assert found is not None and found.kind == clauses.NAMED
    titled = _named_pair(a.replace("Marla Quist", "Governor Quist"), b.replace("Tobin Reyes", "Judge Quist"),
                         [("Governor Quist", "person-quist", "person")], [("Judge Quist", "person-quist-2", "person")])
    assert clauses.names_replaced(titled, {}) is None  # one surname: perhaps one person under two titles
    c = "The fleet of the guild held out at Ardena and Velm until the spring thaw came."
    d = "The fleet of the guild held out at Ardena and Korsa until the spring thaw came."
    two = [("Ardena", "place-ardena", "place")]
    places = {"place-ardena": ("g:1", "city", "XA"), "place-velm": ("g:2", "city", "XA"),
              "place-korsa": ("g:3", "city", "XB"), "place-xb": ("g:4", "country", "XB")}
    towns = _named_pair(c, d, two + [("Velm", "place-velm", "place")], two + [("Korsa", "place-korsa", "place")])
    assert clauses.names_replaced(towns, places) is not None
    precise = _named_pair(c, d.replace("Korsa", "Xbia"), two + [("Velm", "place-velm", "place")],
                          two + [("Xbia", "place-xb", "place")])
    assert clauses.names_replaced(precise, places) is None  # a town and a country: perhaps one more precise
    assert clauses.names_replaced(towns, {}) is None  # places the gazetteer did not map are not compared


def test_a_named_difference_is_a_contradiction_only_above_its_own_threshold():
    a = "In the end it was Marla Quist who persuaded the governor to sign the harbor charter."
    b = "The governor signed the harbor charter in the end, persuaded by Tobin Reyes who had argued for it."
    weights = dataclasses.replace(clauses.CLAUSE, differ_at=0.0, named_at=2.0)
    names = ([("Marla Quist", "person-quist", "person")], [("Tobin Reyes", "person-reyes", "person")])
    assert clauses.verdict(_named_pair(a, b, *names, 2.5), weights)[0] == "differ"
    assert clauses.verdict(_named_pair(a, b, *names, 1.5), weights)[0] == "uncertain"


def test_two_names_exchanged_around_one_act_are_a_swap_but_not_a_list_in_another_order():
    a = "At the meeting Marla Quist persuaded Tobin Reyes to accept the harbor charter of the guild."
    b = "At the meeting Tobin Reyes persuaded Marla Quist to accept the harbor charter of the guild."
    names = [("Marla Quist", "person-quist", "person"), ("Tobin Reyes", "person-reyes", "person")]
    found = clauses.names_swapped(_named_pair(a, b, names, names))
    assert found is not None and found.kind == clauses.SWAPPED
    c = "The charter was signed by Marla Quist, Tobin Reyes and the wardens of the harbor guild."
    d = "The charter was signed by Tobin Reyes, Marla Quist and the wardens of the harbor guild."
    assert clauses.names_swapped(_named_pair(c, d, names, names)) is None
    weights = dataclasses.replace(clauses.CLAUSE, differ_at=0.0, swapped_at=2.0)
    assert clauses.verdict(_named_pair(a, b, names, names, 1.5), weights)[0] == "uncertain"
    assert clauses.verdict(_named_pair(a, b, names, names, 2.5), weights)[0] == "differ"


def test_a_pair_met_on_two_entities_is_scored_once_and_the_stream_holds_one_entity_at_a_time(tmp_path):
    from vitrina.store.scratch import Scratch

    a = _doc("a", ["Vell resigned his seat on the council of Porto after a long quarrel over the harbor dues.",
                   "Sora opened a school for the children of the fishermen beside the old market."])
    b = _doc("b", ["After a long quarrel over the harbor dues, Vell resigned his seat on the council of Porto.",
                   "Beside the old market Sora opened a school for the children of the fishermen."])
    kb = as_knowledge_base(_db(tmp_path, a, b))
    found = clauses.pairs(kb)
    assert sorted((p.a.text[:4], p.b.text[:5]) for p in found) == [("Sora", "Besid"), ("Vell", "After")]
    with Scratch() as scratch:
        sentences, keys = clauses._indexed(kb, scratch, None, clauses.CLAUSE)
        steps = list(clauses._met_by_entity(sentences, keys, clauses.CLAUSE))
        # by entity id: Sora's sentences, then Vell's under Vell and again under Porto; each step holds its own
        assert [sorted({m.sentence.text[:4] for m in held.values()}) for _met, held in steps] == [
            ["Besi", "Sora"], ["Afte", "Vell"], ["Afte", "Vell"]]
    with Scratch() as scratch:
        scored = list(clauses.scored_pairs(kb, scratch))  # pairs already met are not scored again
    assert len(scored) == 2


def test_the_ranked_stream_gives_the_pairs_grouped_ranks(tmp_path):
    a = _doc("a", ["After a long quarrel over the harbor dues, Vell resigned his seat on the council of Porto.",
                   "Sora opened a school for the children of the fishermen beside the old market of Porto."])
    b = _doc("b", ["Vell resigned his seat on the council of Porto after a long quarrel about the harbor dues.",
                   "Sora opened a school for the children of the fishermen beside the market of Porto."])
    c = _doc("c", ["Vell left the council of Porto after a long quarrel over the harbor dues and the fees."])
    kb = as_knowledge_base(_db(tmp_path, a, b, c))
    expected = [(p.a, p.b) for p in clauses.grouped(clauses.pairs(kb))]
    assert expected and [(p.a, p.b) for p in clauses._taken_once(clauses.ranked_pairs(kb))] == expected
    assert not isinstance(clauses.clause_comparisons(kb, set()), list)  # a stream, not a list of the collection's


def test_a_quotation_and_a_sentence_quoting_nothing_or_other_words_are_not_one_assertion():
    said = 'Anna Vell, head of the Porto guild, said: "We will rebuild every warehouse on the quay."'
    assert not clauses.same_words_quoted(said, "Anna Vell, head of the Porto guild, declined to comment.")
    assert not clauses.same_words_quoted(said, 'Anna Vell, head of the Porto guild, said: "Nobody warned us."')
    assert clauses.same_words_quoted(said, 'Anna Vell of the Porto guild said: "We will rebuild every warehouse."')
    assert clauses.same_words_quoted("Anna Vell resigned from the guild in May.", "Anna Vell left the guild in May.")


def test_a_quotation_going_on_into_the_next_sentence_is_quoted_words():
    opened = 'Anna Vell, head of the Porto guild, said: "We will rebuild every warehouse on the quay.'
    assert not clauses.same_words_quoted(opened, "Anna Vell, head of the Porto guild, declined to comment.")


def test_a_quotation_and_a_sentence_retelling_its_words_are_one_assertion():
    assert clauses.same_words_quoted('Anna Vell said the guild "will rebuild every warehouse on the quay".',
                                     "Anna Vell promised that the guild would rebuild every warehouse on the quay.")


def _ages_told(tmp_path, first: str, second: str, dated: bool = True, later: int = 42):  # type: ignore[no-untyped-def]
    """Round 54 red team D9: one person's age in two lists, each under a heading dated ``first`` / ``second``."""
    heads = (f"Register of the ferry at Porto, kept {first}.", f"Register of the ferry at Porto, kept {second}.") \
        if dated else ("Register of the ferry at Porto.", "Register of the ferry at Porto.")
    a = _doc("a", [heads[0], "Vell, 41, ferryman, of Porto, paid the toll at the north gate."],
             {first: first} if dated else None)
    b = _doc("b", [heads[1], f"Vell, {later}, ferryman, of Porto, paid the toll at the north gate."],
             {second: second} if dated else None)
    return [c for c in compare(_db(tmp_path, a, b)) if c.kind in ("clause", "number")]


def test_ages_a_year_apart_in_lists_a_year_apart_are_consistent(tmp_path):
    found = _ages_told(tmp_path, "1901-03", "1902-06")
    assert [c.verdict for c in found] == ["consistent"]
    assert "ages of one person at two dates" in found[0].reasons[0]["reason"]


def test_ages_that_the_years_between_do_not_explain_still_differ(tmp_path):
    assert [c.verdict for c in _ages_told(tmp_path, "1901-03", "1901-04", later=44)] == ["differ"]


def test_ages_at_dates_not_known_are_never_a_contradiction(tmp_path):
    assert [c.verdict for c in _ages_told(tmp_path, "1901-03", "1902-06", dated=False)] == ["uncertain"]
