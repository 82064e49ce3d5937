"""qa/attach.py: a value answers only of the noun or the event it is attached to (round 40, red team D1, D3)."""

from vitrina.qa.attach import attached_elsewhere, other_event
from vitrina.qa.parse import parse

ROOMS = "The museum stands at Lyon (three rooms) and the gallery at Nantes (nine rooms)."
TRIP = "The ferry left Dover on the 3rd of June and reached Calais on the 5th, in fine weather."


def _parsed(text: str, aligned: str | None = None) -> tuple:
    doc = parse(text)
    return doc, frozenset(t.i for t in doc if t.lower_ == aligned) if aligned else frozenset()


def _at(text: str, piece: str) -> tuple[int, int]:
    start = text.index(piece)
    return start, start + len(piece)


def test_count_in_a_parenthesis_belongs_to_its_own_noun() -> None:
    parsed = _parsed(ROOMS)
    assert attached_elsewhere(parsed, *_at(ROOMS, "three rooms"), {"nantes"})
    assert not attached_elsewhere(parsed, *_at(ROOMS, "nine rooms"), {"nantes"})
    assert not attached_elsewhere(parsed, *_at(ROOMS, "three rooms"), {"lyon"})


def test_count_kept_when_the_question_names_nothing_of_the_sentence() -> None:
    parsed = _parsed(ROOMS)
    assert not attached_elsewhere(parsed, *_at(ROOMS, "three rooms"), {"marseille"})
    assert not attached_elsewhere(parsed, *_at(ROOMS, "three rooms"), set())


def test_count_outside_a_parenthesis_is_left_alone() -> None:
    text = "Nantes has nine rooms and Lyon has three."
    assert not attached_elsewhere(_parsed(text), *_at(text, "nine rooms"), {"lyon"})


def test_date_of_another_clause_is_another_event() -> None:
    parsed = _parsed(TRIP, "reached")
    assert other_event(parsed, True, *_at(TRIP, "3rd"))
    assert not other_event(parsed, True, *_at(TRIP, "5th"))


def test_no_aligned_word_no_other_event() -> None:
    assert not other_event(_parsed(TRIP), False, *_at(TRIP, "3rd"))


def test_a_clause_on_the_date_itself_is_its_event() -> None:
    text = "The hall stood empty until 1921, when it reopened as a library."
    assert not other_event(_parsed(text, "reopened"), True, *_at(text, "1921"))
