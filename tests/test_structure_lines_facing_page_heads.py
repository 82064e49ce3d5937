"""Round 43 (structraw): a spread of two pages printed on one sheet and extracted as one page:
the right page's running head and folio (the sheet's folio plus one), read in the middle of a
sentence that goes on after them, are running like the left page's; a name and number that
cut no sentence, or a number that does not count on, stay. Every text is invented."""

from __future__ import annotations

import pytest

from vitrina.structure import lines
from vitrina.structure.lines import split_lines

SPREAD = """Bells and Foundries
40
The foundry by the mill race cast bells for every parish church between the hills and the sea,
and it sent them over the pass on sledges when the ground was frozen hard enough to bear them.
The moulds were built of loam and horse hair in a pit dug in front of the furnace door, and the
founders dried them for a week over a slow fire before the metal was poured. The last
Valley Heritage Trust
41
bell cast there hangs in the chapel above the village and still rings on the feast day.
\f"""


def _texts(text: str = SPREAD) -> list[str]:
    return [line.text for line in split_lines(text).lines]


def test_the_right_pages_head_and_folio_inside_a_sentence_are_running() -> None:
    texts = _texts()
    assert "Valley Heritage Trust" not in texts and "41" not in texts
    assert texts[-1].startswith("bell cast there")
    assert "Valley Heritage Trust" in split_lines(SPREAD).running


def test_without_the_rule_they_stay(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(lines.ECHO_SWITCHES, "facing_page_heads", 0)
    assert "Valley Heritage Trust" in _texts()


def test_a_name_and_number_that_cut_no_sentence_or_do_not_count_on_stay() -> None:
    ended = SPREAD.replace("before the metal was poured. The last\n", "before the metal was poured.\n")
    ended = ended.replace("bell cast there", "A bell cast there")
    assert "Valley Heritage Trust" in _texts(ended)
    assert "Valley Heritage Trust" in _texts(SPREAD.replace("\n41\n", "\n57\n"))
