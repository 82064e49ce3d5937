"""qa/bound.py: the holder a value is bound to, and the subject of an act a question's name completes (round 56,
red team D-ASK-WRONG; invented sentences)."""

from vitrina.qa import bound
from vitrina.qa.parse import parse

POLL = "At Wexcombe, Dame Hilda Orme polled 3,118 votes and Mr. Cyril Pask polled 2,904 votes."
GAPPED = "Cyril Pask polled 2,904 and Hilda Orme 3,118."
POSSESSED = "Hilda Orme won the seat with 3,118 votes to Cyril Pask's 2,904."


def _bound(text: str, value: str, names: list[str]) -> bool:
    start = text.index(value)
    return bound.bound_elsewhere((parse(text), frozenset()), start, start + len(value), names)


def test_a_value_of_anothers_clause_is_bound_elsewhere():
    assert _bound(POLL, "3,118 votes", ["cyril", "pask"])
    assert not _bound(POLL, "2,904 votes", ["cyril", "pask"])


def test_a_figure_set_on_a_coordinated_name_is_that_names():
    assert _bound(GAPPED, "3,118", ["cyril", "pask"])
    assert not _bound(GAPPED, "2,904", ["cyril", "pask"])


def test_a_possessed_value_is_its_possessors():
    assert _bound(POSSESSED, "2,904", ["hilda", "orme"])
    assert not _bound(POSSESSED, "2,904", ["cyril", "pask"])


def test_names_no_holder_holds_bind_nothing():
    assert not _bound(POLL, "3,118 votes", ["wexcombe"])  # the place is nobody's value


def test_the_complement_of_a_question_whose_wh_word_is_the_subject():
    assert bound.asked_complement(parse("Who was christened Bartholomew?")) == frozenset({"bartholomew"})
    assert bound.asked_complement(parse("Who did Ottilie Marsh marry?")) == frozenset()


def test_the_subject_of_the_act_the_name_completes():
    doc = parse("Tembo was christened Bartholomew at Easter.")
    verb = frozenset(t.i for t in doc if t.text == "christened")
    assert [w.text for w in bound.complement_subject((doc, verb), frozenset({"bartholomew"})) or []] == ["Tembo"]
    other = parse("Sefu was christened Paul at Easter.")
    verb = frozenset(t.i for t in other if t.text == "christened")
    assert bound.complement_subject((other, verb), frozenset({"bartholomew"})) is None


def test_a_value_of_an_embedded_clause_is_bound_to_no_one():
    text = "Governor Pell asked that the Assembly grant 9,000 crowns to Harwick."
    assert not _bound(text, "9,000 crowns", ["pell", "harwick"])


def test_an_object_is_no_completing_name():
    assert bound.asked_complement(parse("Who built the Fenwick Library?")) == frozenset()


# round 58 (red team D-ASK-WRONG): the occasion a value is bound to (invented sentences)
FEAST = "On the following Tuesday only 410 pilgrims had arrived, because of the floods."
FEAST_DATED = "On 3 June 410 pilgrims had arrived."


def _occasion(text: str, value: str, question: str) -> bool:
    start = text.index(value)
    asked = bound.asked_occasion(parse(question))
    return bound.occasion_elsewhere((parse(text), frozenset()), start, start + len(value), asked)


def test_an_occasion_named_by_a_proper_name_of_a_time_is_asked():
    assert bound.asked_occasion(parse("How many pilgrims arrived on Lantern Day?")) == ("on", frozenset({"lantern", "day"}))
    assert bound.asked_occasion(parse("How many pilgrims arrived in Dunmore?")) is None  # a place is no occasion
    assert bound.asked_occasion(parse("How many pilgrims arrived in 1904?")) is None  # a year: the date readings'


def test_a_value_of_another_named_time_is_bound_elsewhere():
    assert _occasion(FEAST, "410 pilgrims", "How many pilgrims arrived on Lantern Day?")
    assert not _occasion(FEAST, "410 pilgrims", "How many pilgrims arrived on the following Tuesday?")


def test_a_dated_occasion_may_be_the_asked_days_date():
    assert not _occasion(FEAST_DATED, "410 pilgrims", "How many pilgrims arrived on Lantern Day?")
