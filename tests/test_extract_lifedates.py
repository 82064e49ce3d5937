"""Life dates beside a person's name (``vitrina.extract.lifedates``): what they bound and when two can be one."""

from __future__ import annotations

import re

from vitrina.extract.dates import find_dates
from vitrina.extract.lifedates import (
    LIFESPAN,
    Life,
    act_life,
    age_life,
    compatible,
    lives,
    meet,
    year_bounds,
)


def _lives(text: str, name: str, *others: str) -> list[Life | None]:
    """The lives of ``name``'s mentions, the ``others`` named in the text too."""
    sentences = [(m.start(), m.end()) for m in re.finditer(r".+?(?:\.(?= [A-Z])|$)", text)]
    people = [(m.start(), m.end()) for m in re.finditer(re.escape(name), text)]
    more = [(m.start(), m.end()) for other in others for m in re.finditer(rf"\b{re.escape(other)}\b", text)]
    return lives(text, sentences, people + more, find_dates(text, sentences))[: len(people)]


def test_born_in_two_centuries_is_two_people():
    first = act_life("birth", *year_bounds("1790"))
    second = act_life("birth", *year_bounds("1850"))
    assert not compatible(first, second)
    assert compatible(first, act_life("birth", *year_bounds("1791")))  # a year's disagreement between sources


def test_a_marriage_after_a_death_is_another_life():
    assert not compatible(act_life("death", 1801, 1801), act_life("marriage", 1840, 1840))
    assert compatible(act_life("death", 1841, 1841), act_life("marriage", 1840, 1840))


def test_a_life_longer_than_the_oldest_age_is_two():
    born, died = act_life("birth", 1700, 1700), act_life("death", 1700 + LIFESPAN["max_age"] + 5, 1700 + 110)
    assert not born.meet(died).possible()


def test_an_age_at_a_dated_event_bounds_the_birth():
    life = age_life(40, 1881, 1881)
    assert (life.born_lo, life.born_hi) == (1840, 1841)
    assert compatible(life, act_life("baptism", 1841, 1841))
    assert not compatible(life, age_life(12, 1881, 1881))


def test_no_dates_are_nothing_against_a_match():
    assert compatible(None, act_life("birth", 1600, 1600))
    assert meet(None, None) is None


def test_an_approximate_year_is_widened():
    lo, hi = year_bounds("1700~")  # "c. 1700"
    assert lo < 1700 - LIFESPAN["discrepancy_years"] and hi > 1700 + LIFESPAN["discrepancy_years"]


def test_ages_in_records_after_a_dated_heading_tell_two_namesakes_apart():
    text = ("Return of 1881, the mill cottages. Cottage 4. Walter Penhale, head, widower, aged 67, miller. "
            "Cottage 5. Walter Penhale, head, aged 31, carter.")
    old, young = _lives(text, "Walter Penhale")
    assert old is not None and young is not None
    assert old.born_hi < 1820 < young.born_lo
    assert not compatible(old, young)


def test_a_baptism_goes_to_the_child_named_after_it_not_to_the_father():
    text = "bapt. 3 May 1830 Isaac, son of Walter Penhale, miller."
    child, = _lives(text, "Isaac", "Walter Penhale")
    father, = _lives(text, "Walter Penhale", "Isaac")
    assert child is not None and child.born_lo <= 1830 <= child.born_hi
    assert father is not None and father.born_hi < child.born_lo  # a parent then, not baptised


def test_both_spouses_marry_on_the_date():
    text = "Walter Penhale married Grace Tonkin in 1852."
    (groom,), (bride,) = _lives(text, "Walter Penhale"), _lives(text, "Grace Tonkin")
    assert groom == bride and groom is not None and groom.born_hi <= 1852 - LIFESPAN["min_marriage_age"] + 2


def test_a_birth_in_brackets_is_the_name_before_it():
    text = "Their sons were Isaac Penhale (born 1831) and Amos Penhale (born 1836)."
    isaac, = _lives(text, "Isaac Penhale")
    amos, = _lives(text, "Amos Penhale")
    assert isaac is not None and amos is not None and isaac.born_hi < 1836 - 2 and amos.born_lo > 1831 + 2


def test_a_lifespan_in_brackets():
    life, = _lives(text := "Grace Tonkin (1829–1901) kept the inn.", "Grace Tonkin")
    assert text and life is not None and life.born_lo <= 1829 <= life.born_hi and life.died_lo <= 1901 <= life.died_hi
    assert "born" in life.describe() and "died" in life.describe()


def test_the_parents_at_a_baptism_were_grown_then():
    text = "bapt. 3 May 1830 Isaac, son of Walter Penhale, miller, and Grace his wife."
    mother, = _lives(text, "Grace", "Isaac", "Walter Penhale")
    assert mother is not None and mother.born_hi <= 1830 + 2 - LIFESPAN["min_parent_age"]
    assert not compatible(mother, act_life("baptism", *year_bounds("1849")))  # not a daughter baptised later


def test_a_short_span_in_brackets_is_no_lifespan():
    office, = _lives("Governor Amos Penhale (1861–1865) signed it.", "Amos Penhale")
    assert office is None


def test_a_middle_initial_is_no_death():
    text = "In 1943 Amos D. Penhale met Walter Penhale."
    life, = _lives(text, "Walter Penhale", "Amos D. Penhale")
    assert life is None
    genealogy, = _lives("Walter Penhale, d. 1864, was a miller.", "Walter Penhale")
    assert genealogy is not None and genealogy.died_lo <= 1864 <= genealogy.died_hi
