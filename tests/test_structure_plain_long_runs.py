"""A paragraph's trailing fact table read as the paragraph grows gives what a fresh reading gives (the
incremental reading keeps a long run of one-line records linear: red team 47 D1)."""

from vitrina.structure.layout import Fragment
from vitrina.structure.lines import split_lines
from vitrina.structure.plainlayout import FactTail, _trailing_fact_table

TEXT = """The survey party walked the whole ridge in one long week of rain.
Stations
1911 north cairn
1912 south cairn
1913 the ford
1914 the old mill
Their notes were copied that winter.
Rows
1920 east field
1921 west field"""


def test_growing_reading_equals_fresh_reading():
    lines = split_lines(TEXT, None).lines
    width = [80.0] * len(lines)
    tails: dict[int, FactTail] = {}
    grown = Fragment("paragraph", [])
    for line in lines:
        grown.lines.append(line)
        fresh = Fragment("paragraph", list(grown.lines))
        assert _trailing_fact_table(grown, width, tails) == _trailing_fact_table(fresh, width)


def test_a_replaced_paragraph_is_read_afresh():
    lines = split_lines(TEXT, None).lines
    width = [80.0] * len(lines)
    tails: dict[int, FactTail] = {}
    first = Fragment("paragraph", lines[:6])
    _trailing_fact_table(first, width, tails)
    first.lines[:] = lines[6:]  # same object, other lines
    assert _trailing_fact_table(first, width, tails) == _trailing_fact_table(Fragment("paragraph", lines[6:]), width)
