"""Raw text of two columns written row by row (``vitrina.structure.rawcolumns``)."""

from __future__ import annotations

from vitrina.structure import rebuild
from vitrina.structure.lines import split_lines
from vitrina.structure.rawcolumns import (
    RAWCOLUMN_LIMITS,
    columns_unwoven,
    continuation,
    unwoven_order,
)

# two invented columns, each a paragraph set ragged, broken mid-word and mid-clause
LEFT = [
    "The old mill stood beside a narrow stream",
    "that turned its wheel for most of the",
    "year. In a dry summer the miller closed",
    "the sluice and waited for rain, while vil-",
    "lagers carried their grain to a market",
    "town some miles away. When the autumn",
    "storms came the wheel turned again and",
    "the stones ground day and night until",
    "the stores were full and the carts went",
    "home loaded with flour for the long win-",
    "ter, when the stream froze over.",
]
RIGHT = [
    "Wagons crossed the hill on a new road.",
    "Carters cut it in the spring, so they could",
    "reach the market without crossing the",
    "ford, which had drowned a horse in an",
    "earlier flood. Money for the road came",
    "from a toll collected at a wooden gate,",
    "and the keeper lived in a cottage be-",
    "side it with his family and a large",
    "grey dog that barked at every trav-",
    "eller who came near the gate after",
    "dark, whatever the season or the hour.",
]
WOVEN = [line for pair in zip(LEFT, RIGHT, strict=True) for line in pair]


def test_continuation_reads_broken_words_and_open_clauses() -> None:
    assert continuation("while the vil-", "lagers carried their grain") > 0
    assert continuation("while the vil-", "Market day came") < 0
    assert continuation("closed the", "Wagons could reach") < 0
    assert continuation("a small wooden gate, and", "the keeper lived") > 0
    assert continuation("for the long winter.", "with flour") < 0


def test_woven_rows_read_as_two_columns() -> None:
    order = unwoven_order(WOVEN)
    assert order is not None
    assert [WOVEN[k] for k in order] == LEFT + RIGHT


def test_one_column_is_left_alone() -> None:
    assert unwoven_order(LEFT + RIGHT) is None
    lineset = split_lines("\n".join(LEFT + RIGHT) + "\n")
    assert columns_unwoven(lineset.lines) is lineset.lines


def test_rebuilt_woven_text_reads_each_column_whole() -> None:
    doc = rebuild("\n".join(WOVEN) + "\n", "mill", "mill.txt", "text")
    text = " ".join(doc.text[b.start : b.end] for b in doc.blocks if b.kind == "paragraph")
    assert "while villagers carried their grain" in text
    assert "the long winter, when the stream froze over. Wagons crossed the hill" in text
    assert "a cottage beside it with his family" in text


def test_a_name_capitalised_inside_sentences_gives_no_sign() -> None:
    names = frozenset({"Harbour"})
    assert continuation("the boats left from the", "Harbour Street slip", names) == 0
    assert continuation("the boats left from the", "Harbour Street slip") < 0


def test_a_page_longer_than_most_lines_is_read_as_it_stands() -> None:
    long_page = WOVEN * (int(RAWCOLUMN_LIMITS["most_lines"]) // len(WOVEN) + 1)
    assert unwoven_order(long_page) is None
