"""Who or where: names in one role of one act told in two documents (our own sentences)."""

from __future__ import annotations

import dataclasses
from itertools import combinations

from vitrina import compare, identity, polarity, roles
from vitrina.compare import Statement
from vitrina.keptjudgements import KeptJudgements

PEOPLE = {"Marco Vell": "person-marco-vell", "Ida Sora": "person-ida-sora", "Ada Lind": "person-ada-lind",
          "Lind": "person-ada-lind-2", "Porto": "place-porto", "Lisbon": "place-lisbon", "Portugal": "place-portugal",
          "Spain": "place-spain"}


def _named(doc: str, sentence: str, name: str, dates: tuple[tuple[str, str], ...] = ()) -> roles.Named:
    """The name ``name`` of ``sentence`` (document ``doc``, at offset 0) as a statement, with the sentence's other
    names of PEOPLE."""
    spans = []
    for text, entity in PEOPLE.items():
        at = sentence.find(text)
        if at >= 0 and not any(s <= at < e for s, e, *_ in spans):
            spans.append((at, at + len(text), entity, "place" if entity.startswith("place") else "person"))
    spans.sort()
    named = tuple((e, t, frozenset(w.lower() for w in sentence[s:x].split())) for s, x, e, t in spans)
    start = sentence.index(name)
    own = next(n for n in spans if n[0] == start)
    s = Statement("participant", doc, start, start + len(name), name, (0, len(sentence)), sentence, (own[2],), (),
                  named=named, name_spans=tuple(spans), people=(next(n for n in named if n[0] == own[2]),))
    return roles.Named(s, dates)


def test_another_person_in_the_same_place_is_a_replacement():
    a = _named("a", "Marco Vell and Ida Sora signed the harbour charter at Porto.", "Marco Vell")
    b = _named("b", "Ada Lind and Ida Sora signed the harbour charter at Porto.", "Ada Lind")
    assert roles._replacement(a, b)


def test_names_written_in_both_sentences_or_alike_are_no_replacement():
    a = _named("a", "Marco Vell thanked Ida Sora for the harbour charter.", "Marco Vell")
    b = _named("b", "Ida Sora thanked Marco Vell for the harbour charter.", "Ida Sora")
    assert not roles._replacement(a, b)  # the same two people in other roles: not one replaced by another
    c = _named("c", "Ada Lind signed the harbour charter with Ida Sora.", "Ada Lind")
    d = _named("d", "Lind signed the harbour charter with Ida Sora.", "Lind")
    assert not roles._replacement(c, d)  # one name written fully and shortly, resolved to two entities


def test_places_compare_only_at_one_level():
    city = _named("a", "Marco Vell signed the harbour charter at Lisbon.", "Lisbon")
    country = _named("b", "Marco Vell signed the harbour charter in Spain.", "Spain")
    assert not roles._replacement(city, country)  # a city and a country: one may hold the other
    other_country = _named("c", "Marco Vell signed the harbour charter in Portugal.", "Portugal")
    assert roles._replacement(country, other_country)
    other_city = _named("d", "Marco Vell signed the harbour charter at Porto.", "Porto")
    assert roles._replacement(city, other_city)


def test_features_see_the_same_slot_and_the_same_time():
    a = _named("a", "On May 4 Marco Vell and Ida Sora signed the harbour charter at Porto.", "Marco Vell",
               (("1921-05-04", "1921-05-04"),))
    b = _named("b", "On May 4 Ada Lind and Ida Sora signed the harbour charter at Porto.", "Ada Lind",
               (("1921-05-04", "1921-05-04"),))
    found = roles._unparsed(a, b, {"person-ida-sora": 4.0, "place-porto": 4.0})
    assert found is not None
    assert found["slot"] == 1.0 and found["aligned"] > 0.8 and found["same_time"] == 1.0 and found["other_time"] == 0.0
    assert found["names"] == 1.0 and found["rare_names"] == 1.0
    later = dataclasses.replace(b, dates=(("1925-01-01", "1925-12-31"),))
    assert roles._time(a, later) == (0.0, 1.0)
    assert roles._time(a, dataclasses.replace(b, dates=())) == (0.0, 0.0)


def test_a_common_name_shared_says_less_than_a_rare_one():
    a = _named("a", "Marco Vell and Ida Sora signed the harbour charter at Porto.", "Marco Vell")
    b = _named("b", "Ada Lind and Ida Sora signed the harbour charter at Porto.", "Ada Lind")
    common = roles._rare_names(a, b, {"person-ida-sora": 0.5, "place-porto": 0.5})
    rare = roles._rare_names(a, b, {"person-ida-sora": 5.0, "place-porto": 5.0})
    assert common < rare


def _weights(at: float, uncertain: float) -> identity.RoleWeights:
    ones = {name: 1.0 for name in identity.ROLE_FEATURES}
    return identity.RoleWeights(**ones, at=at, uncertain=uncertain)


def test_verdicts_by_score_differ_uncertain_or_nothing(monkeypatch):
    a = _named("a", "Marco Vell and Ida Sora signed the harbour charter at Porto.", "Marco Vell")
    b = _named("b", "Ada Lind and Ida Sora signed the harbour charter at Porto.", "Ada Lind")
    features = {name: 0.0 for name in identity.ROLE_FEATURES}
    features.update(slot=1.0, aligned=1.0, names=1.0)  # a score of 3 with every weight 1

    def verdicts(at: float, uncertain: float) -> list[str]:
        monkeypatch.setattr(identity, "WEIGHTS", dataclasses.replace(identity.WEIGHTS, role=_weights(at, uncertain)))
        found = roles.role_comparisons(None, {}, [(a, b, features)])  # type: ignore[arg-type]
        return [c.verdict for c in found]

    assert verdicts(2.5, 2.0) == ["differ"]
    assert verdicts(3.5, 2.5) == ["uncertain"]  # possibly one act: shown, never as a contradiction
    assert verdicts(4.0, 3.5) == []


def test_one_comparison_per_pair_of_sentences_the_best_scored(monkeypatch):
    a = _named("a", "Marco Vell and Ida Sora signed the harbour charter at Porto.", "Marco Vell")
    b = _named("b", "Ada Lind and Ida Sora signed the harbour charter at Lisbon.", "Ada Lind")
    a2 = _named("a", "Marco Vell and Ida Sora signed the harbour charter at Porto.", "Porto")
    b2 = _named("b", "Ada Lind and Ida Sora signed the harbour charter at Lisbon.", "Lisbon")
    low = {name: 0.0 for name in identity.ROLE_FEATURES} | {"slot": 1.0, "aligned": 1.0, "names": 1.0}
    high = low | {"predicate": 1.0}
    monkeypatch.setattr(identity, "WEIGHTS", dataclasses.replace(identity.WEIGHTS, role=_weights(2.5, 2.0)))
    found = roles.role_comparisons(None, {}, [(a, b, low), (a2, b2, high)])  # type: ignore[arg-type]
    assert [[s.text for s in c.statements] for c in found] == [["Porto", "Lisbon"]]


def _aligned_features(**changed: float) -> dict[str, float]:
    return {name: 0.0 for name in identity.ROLE_FEATURES} | {"slot": 1.0, "aligned": 0.7, "predicate": 1.0,
                                                             "role": 1.0} | changed


def test_clauses_aligned_slot_by_slot_share_the_acts_other_words():
    a = _named("a", "In the spring Marco Vell drafted the harbour charter with the guild.", "Marco Vell")
    b = _named("b", "Ada Lind drafted the harbour charter with the guild that spring.", "Ada Lind")
    assert roles.aligned_clause(a, b, _aligned_features()) == ("charter", "drafted", "guild", "harbour", "spring")
    assert roles.aligned_clause(a, b, _aligned_features(predicate=0.0)) == ()  # another act
    assert roles.aligned_clause(a, b, _aligned_features(role=0.0)) == ()  # the doer of one, not of the other
    assert roles.aligned_clause(a, b, _aligned_features(slot=0.0)) == ()  # the names in two places
    assert roles.aligned_clause(a, b, _aligned_features(other_time=1.0)) == ()  # dated apart: two acts
    assert roles.aligned_clause(a, b, _aligned_features(aligned=0.2)) == ()


def test_names_and_numbers_are_not_the_clause_words_both_write():
    a = _named("a", "In 1921 Marco Vell met Ida Sora at Porto.", "Marco Vell")
    b = _named("b", "In 1921 Ada Lind met Ida Sora at Porto.", "Ada Lind")
    assert roles.aligned_clause(a, b, _aligned_features()) == ()  # "met" alone besides names and the year
    c = _named("c", "Harbour dues were raised by Marco Vell after the storm.", "Marco Vell")
    d = _named("d", "Harbour dues were raised by Ada Lind after the storm.", "Ada Lind")
    assert roles.aligned_clause(c, d, _aligned_features()) == ("dues", "raised", "storm")
    e = _named("e", "Harbour Dues, a pamphlet, was praised by Marco Vell before the storm.", "Marco Vell")
    f = _named("f", "Harbour Dues, a pamphlet, was praised by Ada Lind before the storm.", "Ada Lind")
    assert roles.aligned_clause(e, f, _aligned_features()) == ("pamphlet", "praised", "storm")  # a title's words


def test_an_uncertain_pair_whose_clauses_align_is_a_contradiction_with_its_evidence(monkeypatch):
    a = _named("a", "In the spring Marco Vell drafted the harbour charter with the guild.", "Marco Vell")
    b = _named("b", "Ada Lind drafted the harbour charter with the guild that spring.", "Ada Lind")
    monkeypatch.setattr(identity, "WEIGHTS", dataclasses.replace(identity.WEIGHTS, role=_weights(5.0, 2.0)))
    found = roles.role_comparisons(None, {}, [(a, b, _aligned_features())])  # type: ignore[arg-type]
    assert [c.verdict for c in found] == ["differ"]
    assert "drafted" in found[0].grouping and "one slot of the same clause" in found[0].reasons[0]["reason"]
    apart = roles.role_comparisons(None, {}, [(a, b, _aligned_features(predicate=0.0, names=1.0))])  # type: ignore[arg-type]
    assert [c.verdict for c in apart] == ["uncertain"]


def test_a_name_written_with_and_without_its_accents_is_no_replacement():
    assert roles._written_alike("Marco Vèll", "Vell")
    assert not roles._written_alike("Marco Vell", "Ada Lind")


def test_a_former_name_geonames_lacks_takes_its_level_from_wordnet():
    assert roles._level("Siam") == "country" and roles._level("Constantinople") == "city"
    assert roles._level("Persia") == ""  # also a sense that is no country (a historical region): unknown
    assert roles._level("Marcovell Heights") == ""  # neither gazetteer nor WordNet


def test_a_former_country_name_is_compared_with_a_country_not_a_city():
    PEOPLE.update({"Siam": "place-siam", "Kampuchea": "place-kampuchea", "Constantinople": "place-constantinople"})
    try:
        a = _named("a", "Marco Vell sailed the harbour fleet to Siam in the spring.", "Siam")
        b = _named("b", "Marco Vell sailed the harbour fleet to Kampuchea in the spring.", "Kampuchea")
        c = _named("c", "Marco Vell sailed the harbour fleet to Constantinople in the spring.", "Constantinople")
        assert roles._replacement(a, b)
        assert not roles._replacement(a, c)  # a country and a city: one may hold the other
    finally:
        for name in ("Siam", "Kampuchea", "Constantinople"):
            del PEOPLE[name]


def _dated(doc: str, sentence: str, written: str, bounds: tuple[str, str]) -> Statement:
    start = sentence.index(written)
    spans = []
    for text, entity in PEOPLE.items():
        at = sentence.find(text)
        if at >= 0:
            spans.append((at, at + len(text), entity, "place" if entity.startswith("place") else "person"))
    named = tuple((e, t, frozenset(w.lower() for w in sentence[s:x].split())) for s, x, e, t in sorted(spans))
    return Statement("happening-date", doc, start, start + len(written), written, (0, len(sentence)), sentence,
                     tuple(sorted({n[0] for n in named})), (*bounds, ()), named=named, name_spans=tuple(sorted(spans)))


def test_dates_of_one_width_close_in_time_and_incompatible_are_candidates():
    a = _dated("a", "Marco Vell opened the harbour school at Porto in 1921.", "1921", ("1921-01-01", "1921-12-31"))
    b = _dated("b", "Marco Vell opened the harbour school at Porto in 1922.", "1922", ("1922-01-01", "1922-12-31"))
    day = _dated("c", "Marco Vell opened the harbour school at Porto on May 4, 1922.", "May 4, 1922",
                 ("1922-05-04", "1922-05-04"))
    far = _dated("d", "Marco Vell opened the harbour school at Porto in 1931.", "1931", ("1931-01-01", "1931-12-31"))
    assert roles._when_comparable(a, b)
    assert not roles._when_comparable(a, day)  # a year and a day: another width, which act of the year is unsaid
    assert not roles._when_comparable(a, far)
    assert not roles._when_comparable(b, b)  # the same date is no contradiction


def test_a_sentence_stating_a_date_alike_pairs_it_not_the_other():
    a = _dated("a", "Marco Vell and Ida Sora met at Porto in 1921 and 1922.", "1922", ("1922-01-01", "1922-12-31"))
    b = _dated("b", "Marco Vell and Ida Sora met at Porto in 1921.", "1921", ("1921-01-01", "1921-12-31"))
    dates = {("a", a.sentence): [("1921-01-01", "1921-12-31"), ("1922-01-01", "1922-12-31")],
             ("b", b.sentence): [("1921-01-01", "1921-12-31")]}
    assert roles._dated_alike(a, b, dates)
    assert not roles._dated_alike(a, b, {("a", a.sentence): [("1922-01-01", "1922-12-31")],
                                          ("b", b.sentence): [("1921-01-01", "1921-12-31")]})


def test_one_act_given_two_dates_differs_above_its_threshold_each_date_once(monkeypatch):
    a = _dated("a", "Marco Vell opened the harbour school at Porto in 1921.", "1921", ("1921-01-01", "1921-12-31"))
    b = _dated("b", "Marco Vell opened the harbour school at Porto in 1922.", "1922", ("1922-01-01", "1922-12-31"))
    c = _dated("c", "Marco Vell opened the harbour school at Porto in 1920.", "1920", ("1920-01-01", "1920-12-31"))
    ones = {name: 1.0 for name in identity.WHEN_FEATURES}
    weights = identity.WhenWeights(**ones, at=3.0, uncertain=2.0)
    monkeypatch.setattr(identity, "WEIGHTS", dataclasses.replace(identity.WEIGHTS, when=weights))
    strong = {name: 0.0 for name in identity.WHEN_FEATURES} | {"slot": 1.0, "aligned": 1.0, "rare_names": 1.0}
    weak = strong | {"rare_names": 0.5}
    found = roles.when_comparisons([(a, c, weak), (a, b, strong)])
    assert [(x.verdict, [s.text for s in x.statements]) for x in found] == [("differ", ["1921", "1922"])]


def test_two_people_sharing_a_given_name_or_a_name_with_two_suffixes_are_written_apart():
    assert not roles._written_alike("Tomas Brell", "Tomas Ardwin", person=True)  # one given name: two people
    assert not roles._written_alike("Queen Oda II", "Queen Oda III", person=True)  # two of one name's line
    assert roles._written_alike("Tomas Brell", "Brell", person=True)
    assert roles._written_alike("P. Vandermeer", "P. Vandermaer", person=True)  # one family name spelt two ways
    assert roles._written_alike("Tomas Brell Jr.", "Brell", person=True)
    assert roles._written_alike("Harbor Guild", "Guild of Porto")  # other names: any capitalised word shared


def test_names_parsed_in_small_batches_get_the_same_frames(monkeypatch):
    names = [_named("a", "Marco Vell signed the harbour charter at Porto.", "Marco Vell"),
             _named("b", "Ida Sora signed the harbour charter at Porto.", "Ida Sora"),
             _named("c", "Ada Lind left Lisbon for Spain in May.", "Ada Lind")]
    whole = roles._parsed(names, {0, 1, 2})
    monkeypatch.setattr(roles, "PARSE_BATCH", 1)
    assert roles._parsed(names, {0, 1, 2}) == whole and whole[0] is not None


def test_candidate_pairs_come_once_in_the_first_block_they_share(monkeypatch):
    names = [_named("a", "Marco Vell signed the harbour charter at Porto with Ida Sora.", "Marco Vell"),
             _named("b", "Ada Lind signed the harbour charter at Porto with Ida Sora.", "Ada Lind"),
             _named("b", "Ida Sora signed the harbour charter at Porto with Ada Lind.", "Ida Sora"),
             _named("c", "Lind signed the harbour charter at Porto with Ida Sora.", "Lind")]
    keys = {id(n): roles._keys(n) for n in names}
    monkeypatch.setattr(roles, "_keys", lambda n: keys[id(n)] + keys[id(n)][:1])  # a key met twice
    found = list(roles._pairs(names))
    expected = sorted({(i, j) for i in range(4) for j in range(i + 1, 4)
                       if names[i].statement.document != names[j].statement.document
                       and set(keys[id(names[i])]) & set(keys[id(names[j])])})
    assert sorted(found) == expected and len(found) == len(set(found)) and found


def test_two_names_of_one_thing_in_wordnet_are_no_replacement():
    assert polarity.one_referent("Holland", "the Netherlands")
    assert polarity.one_referent("Burma", "Myanmar")
    assert not polarity.one_referent("Portugal", "Spain")


def test_sentences_dated_years_apart_tell_two_times_not_one_act():
    a = _named("a", "In 1921 Marco Vell held the post of harbour master at Porto.", "Marco Vell",
               (("1921-01-01", "1921-12-31"),))
    b = _named("b", "In 1935 Ada Lind held the post of harbour master at Porto.", "Ada Lind",
               (("1935-01-01", "1935-12-31"),))
    assert roles._other_times(a, b)
    assert not roles._cheap(a, b)  # two holders in turn: never compared
    same_year = dataclasses.replace(b, dates=(("1921-05-04", "1921-05-04"),))
    assert not roles._other_times(a, same_year)
    assert not roles._other_times(a, dataclasses.replace(b, dates=()))  # an undated sentence may tell either time


def test_written_alike_is_kept_per_pair_of_names_and_answers_alike() -> None:
    roles._written_alike.cache_clear()
    first = roles._written_alike("Ilse Varga", "Captain Varga", True)
    again = roles._written_alike("Ilse Varga", "Captain Varga", True)
    assert first is again is True
    assert roles._written_alike.cache_info().hits >= 1
    assert not roles._written_alike("Ilse Varga", "Ilse Brandt", True)  # a given name shared: two people


def test_streamed_comparisons_are_made_one_at_a_time_in_the_order_of_the_list(monkeypatch):
    a = _named("a", "Marco Vell and Ida Sora signed the harbour charter at Porto.", "Marco Vell")
    b = _named("b", "Ada Lind and Ida Sora signed the harbour charter at Porto.", "Ada Lind")
    a2 = _named("a", "Marco Vell and Ida Sora signed the harbour charter at Lisbon.", "Lisbon")
    b2 = _named("b", "Ada Lind and Ida Sora signed the harbour charter at Porto.", "Porto")
    features = {name: 0.0 for name in identity.ROLE_FEATURES} | {"slot": 1.0, "aligned": 1.0, "names": 1.0}
    monkeypatch.setattr(identity, "WEIGHTS", dataclasses.replace(identity.WEIGHTS, role=_weights(2.5, 2.0)))
    made = []
    real = roles._role_comparison
    monkeypatch.setattr(roles, "_role_comparison", lambda *args: made.append(args) or real(*args))
    pairs = [(a, b, features), (a2, b2, features)]
    streamed = roles.streamed_role_comparisons(None, {}, pairs)  # type: ignore[arg-type]
    first = next(streamed)
    assert len(made) == 1  # the second is not made before it is asked for
    assert [first, *streamed] == roles.role_comparisons(None, {}, pairs)  # type: ignore[arg-type]


def test_dates_are_paired_only_within_their_width_and_the_gap_and_keep_their_order():
    """The sweep keeps every pair ``_when_comparable`` may keep (one width, close in time), in the order of all
    pairs, and leaves the others out; a date it cannot place pairs with every other."""
    sentence = "Marco Vell opened the harbour school at Porto in {}."
    bounds = [("1921-01-01", "1921-12-31"), ("1950-01-01", "1950-12-31"), ("1922-05-04", "1922-05-04"),
              ("1922-01-01", "1922-12-31"), ("1923-03-01", "1923-03-31"), ("1949-06-01", "1951-05-31"),
              ("0000-01-01", "0000-12-31"), ("1924-02-10", "1924-02-10")]
    dates = [_dated(f"d{n}", sentence.format(lo[:4]), lo[:4], (lo, hi)) for n, (lo, hi) in enumerate(bounds)]
    found = roles._close_pairs(list(range(len(dates))), dates)
    every = [(i, j) for i in range(len(dates)) for j in range(i + 1, len(dates))]
    assert [p for p in found if p in every] == found == sorted(found)
    assert {p for p in every if roles._when_comparable(dates[p[0]], dates[p[1]])} <= set(found)
    assert (0, 3) in found and (2, 4) in found and (2, 7) in found  # two days 647 days apart: in reach
    assert (0, 1) not in found and (0, 2) not in found  # years apart; a year and a day
    assert all((min(6, k), max(6, k)) in found for k in range(8) if k != 6)  # year 0: unplaced, pairs with all


# --- two fillers of one role of a once-only act -----------------------------------------------------------------

ONE_OFF = {"Tide Compact": "other-tide-compact", "Salt Guild": "organization-salt-guild"}


def _typed(doc: str, sentence: str, name: str, dates: tuple[tuple[str, str], ...] = ()) -> roles.Named:
    """``_named`` with the named things of ONE_OFF too, each of the type its id starts with."""
    n = _named(doc, sentence, name, dates)
    spans = [*n.statement.name_spans]
    for text, entity in ONE_OFF.items():
        if (at := sentence.find(text)) >= 0:
            spans.append((at, at + len(text), entity, entity.split("-")[0]))
    spans.sort()
    named = tuple((e, t, frozenset(w.lower() for w in sentence[s:x].split())) for s, x, e, t in spans)
    return roles.Named(dataclasses.replace(n.statement, name_spans=tuple(spans), named=named), dates)


def _swap(a: roles.Named, b: roles.Named, **changed: float) -> str:
    """``roles.once_only_swap`` of two names, their frames parsed, the features read from them."""
    found = roles._parsed([a, b], {0, 1})
    features = roles.features(a, b, found[0], found[1], {"same_time": 0.0, "other_time": 0.0} | changed)
    return roles.once_only_swap(a, b, found[0], found[1], features)


def test_two_doers_of_one_named_things_act_fill_one_role_of_a_once_only_act():
    a = _typed("a", "Marco Vell drafted the Tide Compact.", "Marco Vell")
    b = _typed("b", "Ada Lind drafted the Tide Compact.", "Ada Lind")
    assert _swap(a, b) == "one named thing's making"
    founded_a = _typed("a", "Marco Vell founded the Salt Guild at Porto.", "Porto")
    founded_b = _typed("b", "Marco Vell founded the Salt Guild at Lisbon.", "Lisbon")
    assert _swap(founded_a, founded_b) == "one named thing's founding"  # a body is founded once
    described_a = _typed("a", "The Salt Guild, founded at Porto, kept the harbour.", "Porto")
    described_b = _typed("b", "The Salt Guild, founded at Lisbon in the spring, kept the harbour.", "Lisbon")
    assert _swap(described_a, described_b) == "one named thing's founding"  # what the participle describes
    asked_a = _typed("a", "Marco Vell asked the Salt Guild for ships.", "Marco Vell")
    asked_b = _typed("b", "Ada Lind asked the Salt Guild for ships.", "Ada Lind")
    assert _swap(asked_a, asked_b) == ""  # a body is asked again and again
    ratified_a = _typed("a", "Portugal ratified the Tide Compact.", "Portugal")
    ratified_b = _typed("b", "Spain ratified the Tide Compact.", "Spain")
    assert _swap(ratified_a, ratified_b) == ""  # each party ratifies: no single ratifier
    led_a = _typed("a", "The Tide Compact led Portugal to close the harbour.", "Portugal")
    led_b = _typed("b", "The Tide Compact led Spain to close the harbour.", "Spain")
    assert _swap(led_a, led_b) == ""  # a named thing as the doer of an ordinary act


def test_a_person_killed_at_two_places_is_one_killing_met_at_two_is_two_meetings():
    a = _typed("a", "Marco Vell was killed at Porto.", "Porto")
    b = _typed("b", "Marco Vell was killed at Lisbon.", "Lisbon")
    assert _swap(a, b) == "one person's killing"
    met_a = _typed("a", "Marco Vell met Ida Sora at Porto.", "Porto")
    met_b = _typed("b", "Marco Vell met Ida Sora at Lisbon.", "Lisbon")
    assert _swap(met_a, met_b) == ""  # people meet again: the same two people name no one-off act


def test_no_once_only_swap_for_another_act_another_role_or_another_date():
    a = _typed("a", "Marco Vell drafted the Tide Compact.", "Marco Vell")
    praised = _typed("b", "Ada Lind praised the Tide Compact.", "Ada Lind")
    assert _swap(a, praised) == ""  # two acts: signing it and praising it
    drafted_for = _typed("b", "The Tide Compact was drafted for Ada Lind.", "Ada Lind")
    assert _swap(a, drafted_for) == ""  # the doer of one, a beneficiary of the other
    assert _swap(a, _typed("b", "Ada Lind drafted the Tide Compact.", "Ada Lind"), other_time=1.0) == ""
    dated_a = _typed("a", "Marco Vell drafted the Tide Compact.", "Marco Vell", (("1921-05-04", "1921-05-04"),))
    dated_b = _typed("b", "Ada Lind drafted the Tide Compact.", "Ada Lind", (("1923-05-04", "1923-05-04"),))
    assert _swap(dated_a, dated_b) == ""  # both dated, no date shared: maybe two drafts
    assert _swap(dated_a, dated_b, same_time=1.0) == "one named thing's making"
    listed_a = _typed("a", "Marco Vell and Ada Lind drafted the Tide Compact.", "Marco Vell")
    assert not roles._replacement(listed_a, _typed("b", "Ada Lind drafted the Tide Compact.", "Ada Lind"))


def test_a_once_only_swap_below_the_uncertain_score_is_a_contradiction_with_its_reason(monkeypatch):
    a = _typed("a", "Marco Vell drafted the Tide Compact.", "Marco Vell")
    b = _typed("b", "Ada Lind drafted the Tide Compact.", "Ada Lind")
    low = {name: 0.0 for name in identity.ROLE_FEATURES} | {"predicate": 1.0, "role": 1.0}  # a score of 2
    monkeypatch.setattr(identity, "WEIGHTS", dataclasses.replace(identity.WEIGHTS, role=_weights(5.0, 4.0)))
    assert roles.role_comparisons(None, {}, [(a, b, low)]) == []  # type: ignore[arg-type]
    found = roles.role_comparisons(None, {}, [(a, b, low | {roles.ONCE_ONLY: 1.0})])  # type: ignore[arg-type]
    assert [c.verdict for c in found] == ["differ"]
    assert "once-only act" in found[0].reasons[0]["reason"]
def _copied(n: roles.Named, doc: str, shift: int) -> roles.Named:
    """The name of ``n`` told alike in document ``doc``, its sentence ``shift`` characters further on."""
    s = n.statement
    moved = dataclasses.replace(s, document=doc, start=s.start + shift, end=s.end + shift,
                                sentence=(s.sentence[0] + shift, s.sentence[1] + shift),
                                name_spans=tuple((x + shift, y + shift, e, t) for x, y, e, t in s.name_spans))
    return roles.Named(moved, n.dates)


def _candidates(monkeypatch, names: list[roles.Named], once: bool) -> tuple[list, int, int]:
    """The candidate pairs of ``names`` (documents and features), the pairs judged and the names parsed."""
    judged = parsed = 0
    read_alike, parse = roles._read_alike, roles._parsed

    def counted(a, b):
        nonlocal judged
        judged += 1
        return read_alike(a, b)

    def counted_parse(found, wanted):
        nonlocal parsed
        parsed += len(wanted)
        return parse(found, wanted)

    monkeypatch.setattr(roles, "_named_statements", lambda kb, kinds, capped=None: iter(names))
    monkeypatch.setattr(roles, "_read_alike", counted)
    monkeypatch.setattr(roles, "_parsed", counted_parse)
    if not once:
        monkeypatch.setattr(roles, "_judged_key", lambda copies, found, i, j: None)
        monkeypatch.setattr(roles, "_copies", lambda found: _each_alone(found))
    pairs = [(a.statement.document, a.statement.start, b.statement.document, b.statement.start, f)
             for a, b, f in roles.streamed_candidates(None, {})]  # type: ignore[arg-type]
    monkeypatch.undo()
    return pairs, judged, parsed


def _each_alone(names: list[roles.Named]):
    """Copies in which every name is a class of its own (nothing judged or parsed once for several)."""
    copies = compare._Copies()
    for n, _name in enumerate(names):
        copies.add_digest(str(n).encode())
    return copies


def test_names_told_alike_are_judged_and_parsed_once_and_give_every_pair_of_their_copies(monkeypatch):
    dated = (("1921-05-04", "1921-05-04"),)
    first = _named("a", "On May 4 Marco Vell and Ida Sora signed the harbour charter at Porto.", "Marco Vell", dated)
    other = _named("d", "On May 4 Ada Lind and Ida Sora signed the harbour charter at Porto.", "Ada Lind", dated)
    names = [first, _copied(first, "b", 40), _copied(first, "c", 7), other, _copied(other, "e", 13)]
    each, judged_each, parsed_each = _candidates(monkeypatch, names, once=False)
    once, judged_once, parsed_once = _candidates(monkeypatch, names, once=True)
    assert once == each
    assert {(a, b) for a, _x, b, _y, _f in once} == {(x, y) for x in "abc" for y in "de"}
    assert judged_once == 1 < judged_each == 6 and parsed_once == 2 < parsed_each == 5
    undated = dataclasses.replace(_copied(other, "f", 3), dates=())
    assert roles._copies([other, undated]).key(0, 1) is None  # its sentence's dates differ: no copy


def test_dates_told_alike_are_compared_once_and_give_the_candidates_of_every_pair_of_their_copies(monkeypatch):
    first = _dated("a", "Marco Vell opened the harbour school at Porto in 1921.", "1921", ("1921-01-01", "1921-12-31"))
    other = _dated("d", "Marco Vell opened the new harbour school at Porto in 1922.", "1922",
                   ("1922-01-01", "1922-12-31"))

    def moved(s: Statement, doc: str, shift: int) -> Statement:
        return dataclasses.replace(s, document=doc, start=s.start + shift, end=s.end + shift,
                                   sentence=(s.sentence[0] + shift, s.sentence[1] + shift),
                                   name_spans=tuple((x + shift, y + shift, e, t) for x, y, e, t in s.name_spans))

    dates = [first, moved(first, "b", 30), moved(first, "c", 4), other, moved(other, "e", 11)]
    calls = 0
    features = roles.when_features

    def counted(a, b, information):
        nonlocal calls
        calls += 1
        return features(a, b, information)

    monkeypatch.setattr(roles, "when_features", counted)
    once = [(a.document, b.document, f) for a, b, f in roles.when_candidates(dates, {})]
    calls_once, calls = calls, 0
    monkeypatch.setattr(compare._Copies, "key", lambda self, i, j: None)  # every pair judged alone
    each = [(a.document, b.document, f) for a, b, f in roles.when_candidates(dates, {})]
    assert once == each and {(a, b) for a, b, _f in once} == {(x, y) for x in "abc" for y in "de"}
    assert calls_once == 1 < calls == 6


def _moved_date(s: Statement, doc: str, shift: int) -> Statement:
    """``s`` told in document ``doc``, ``shift`` characters further on."""
    return dataclasses.replace(s, document=doc, start=s.start + shift, end=s.end + shift,
                               sentence=(s.sentence[0] + shift, s.sentence[1] + shift),
                               name_spans=tuple((x + shift, y + shift, e, t) for x, y, e, t in s.name_spans))


def _when_one_by_one(dates: list[Statement], grouped: dict) -> list[tuple[Statement, Statement]]:
    """The "when" candidates met pair by pair: every pair of every block of dates naming one entity, in order, kept
    the first time it passes (what ``when_candidates`` gave before it met pairs of classes)."""
    blocks: dict[str, list[int]] = {}
    for i, s in enumerate(dates):
        for entity in sorted({x[0] for x in s.named}):
            blocks.setdefault(entity, []).append(i)
    in_sentence: dict = {}
    for s in dates:
        in_sentence.setdefault((s.document, s.sentence), []).append(s.value[:2])
    seen: set[tuple[int, int]] = set()
    out = []
    for members in blocks.values():
        for i, j in combinations(members, 2):
            a, b = dates[i], dates[j]
            if (i, j) in seen or a.document == b.document or not roles._when_comparable(a, b) \
                    or grouped.get(compare._key(a), set()) & grouped.get(compare._key(b), set()) \
                    or roles._dated_alike(a, b, in_sentence):
                continue
            seen.add((i, j))
            out.append((a, b))
    return out


def test_when_candidates_met_as_pairs_of_classes_are_those_met_pair_by_pair_in_order(monkeypatch):
    """Copies of dates in several documents, dates naming two entities (met in two blocks), a date told once, a pair
    already grouped and a sentence stating a date alike: the candidates by classes are the pairs met one by one, in
    their order, with each pair of classes tested once."""
    school = _dated("a", "Marco Vell opened the harbour school at Porto in 1921.", "1921", ("1921-01-01", "1921-12-31"))
    later = _dated("d", "Marco Vell opened the new harbour school at Porto in 1922.", "1922",
                   ("1922-01-01", "1922-12-31"))
    treaty = _dated("b", "Ida Sora signed the treaty at Lisbon in 1923.", "1923", ("1923-01-01", "1923-12-31"))
    treaty2 = _dated("e", "Ida Sora and Marco Vell signed the treaty at Lisbon in 1924.", "1924",
                     ("1924-01-01", "1924-12-31"))
    both = _dated("f", "Marco Vell and Ida Sora met at Lisbon in 1923 and 1922.", "1922", ("1922-01-01", "1922-12-31"))
    lone = _dated("g", "Marco Vell left Porto in 1920.", "1920", ("1920-01-01", "1920-12-31"))
    dates = [school, treaty, _moved_date(school, "b", 30), later, _moved_date(treaty, "c", 9), treaty2,
             _moved_date(school, "c", 4), _moved_date(later, "e", 11), both, _moved_date(treaty2, "a", 70), lone,
             _moved_date(later, "c", 50), _moved_date(treaty, "d", 3)]
    grouped = {compare._key(dates[0]): {1}, compare._key(dates[3]): {1}}
    calls = 0
    comparable = roles._when_comparable

    def counted(a, b):
        nonlocal calls
        calls += 1
        return comparable(a, b)

    expected = [(a.document, a.start, b.document, b.start) for a, b in _when_one_by_one(dates, grouped)]
    monkeypatch.setattr(roles, "_when_comparable", counted)
    found = [(a.document, a.start, b.document, b.start) for a, b, _f in roles.when_candidates(dates, grouped)]
    assert found == expected and len(found) > 8
    assert calls < len(found)  # pairs of classes tested, not pairs of dates


def test_pairs_met_as_classes_of_names_told_alike_are_the_pairs_met_one_by_one_in_order():
    """``_judged_pairs`` meets the pairs of ``_pairs`` as pairs of classes and keeps those its judge keeps, in order:
    copies of one name (never a pair), names of one sentence (judged pair by pair), names told once among copies."""
    first = _named("a", "Marco Vell and Ida Sora signed the harbour charter at Porto.", "Marco Vell")
    other = _named("d", "Ada Lind and Ida Sora signed the harbour charter at Porto.", "Ada Lind")
    sora = _named("d", "Ada Lind and Ida Sora signed the harbour charter at Porto.", "Ida Sora")
    lone = _named("f", "Ida Sora signed the harbour charter at Porto with Lind.", "Ida Sora")
    names = [first, _copied(first, "b", 40), other, sora, _copied(first, "c", 7), _copied(other, "e", 13),
             _copied(sora, "e", 13), lone, _copied(first, "a", 90)]

    def judge(a: roles.Named, b: roles.Named) -> dict[str, float] | None:
        return {"other": 1.0} if a.statement.text != b.statement.text else None

    copies = roles._copies(names)
    expected = [(i, j, f) for i, j in roles._pairs(names) if (f := judge(names[i], names[j])) is not None]
    assert list(roles._judged_pairs(names, copies, judge)) == expected and len(expected) > 6


def _kept_candidates(monkeypatch, names: list[roles.Named], earlier: dict[str, str] | None,
                     ) -> tuple[list, dict[str, str], KeptJudgements]:
    """The candidate pairs of ``names`` with the judgements kept by a build whose entries were ``earlier``; the
    entries kept for the next build, and the kept judgements (what was read and made)."""
    kept = KeptJudgements("v1", earlier.get if earlier is not None else None)
    monkeypatch.setattr(roles, "_named_statements", lambda kb, kinds, capped=None: iter(names))
    pairs = [(a.statement.document, a.statement.start, b.statement.document, b.statement.start, f)
             for a, b, f in roles.streamed_candidates(None, {}, kept=kept)]  # type: ignore[arg-type]
    monkeypatch.undo()
    return pairs, dict(kept.entries()), kept


def test_what_two_names_read_alone_is_kept_between_builds_and_read_back_as_made(monkeypatch):
    dated = (("1921-05-04", "1921-05-04"),)
    first = _named("a", "On May 4 Marco Vell and Ida Sora signed the harbour charter at Porto.", "Marco Vell", dated)
    other = _named("d", "On May 4 Ada Lind and Ida Sora signed the harbour charter at Porto.", "Ada Lind", dated)
    names = [first, _copied(first, "b", 40), other]
    monkeypatch.setattr(roles, "_named_statements", lambda kb, kinds, capped=None: iter(names))
    plain = [(a.statement.document, a.statement.start, b.statement.document, b.statement.start, f)
             for a, b, f in roles.streamed_candidates(None, {})]  # type: ignore[arg-type]
    monkeypatch.undo()
    made, entries, kept = _kept_candidates(monkeypatch, names, None)
    assert plain and made == plain and kept.made > 0 == kept.read
    again, entries_again, read = _kept_candidates(monkeypatch, names, entries)
    assert again == plain and read.made == 0 < read.read and entries_again == entries
    moved = [first, _copied(first, "b", 40), _copied(other, "e", 9)]  # the same names elsewhere in their documents
    assert _kept_candidates(monkeypatch, moved, entries)[2].made == 0
    changed = [first, _named("d", "On May 4 Ada Lind and Ida Sora opened the harbour charter at Porto.", "Ada Lind",
                             dated)]
    assert _kept_candidates(monkeypatch, changed, entries)[2].made > 0  # another sentence: judged again
