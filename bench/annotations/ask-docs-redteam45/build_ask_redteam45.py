"""Round 45: the red team's 48 questions over its oral-history collection as a judged ask group.

Each answerable question's answer is a span of the sentence that states it, chosen by hand from the red team's
expected answer (``questions.tsv``: the question and truth columns of ``bench/redteam/round45/in/questions.tsv``)
and written here as (answer, alternatives, a piece of the stating sentence); the sentence is looked up in the built
collection (``bench/redteam/round45/in/oh``). Pieces leave out speaker labels and timestamps, so the group holds
whether a transcript's turns are read as labels or as text. A narrator's "I"/"we" and a pronoun naming the person
the question names count as stated (the sentence says the fact of them); an answer given only in the next turn
("Who led the strike?" / "Nellie Garfield.") or only through a pronoun the question asks to resolve is left out
(``SKIP``); the tester's false-premise and unanswerable questions are unanswerable (``NONE``).

    PYTHONPATH=src python build_ask_redteam45.py COLLECTION.db > ../ask_redteam45.jsonl
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from judged_group import write_group  # noqa: E402
SKIP = {1, 5, 9, 23, 24, 25}
NONE = set(range(29, 48))
ANS = {
    2: ("the third of August", ["a Monday, the third of August"], "The walkout started on a Monday"),
    3: ("the nineteenth of October", ["on the nineteenth of October"], "They went back on the nineteenth of October"),
    4: ("Nellie", [], "Nellie stood on a crate in the yard and she said"),
    6: ("the Fenland Canning Company", ["at the Fenland Canning Company on Skirbeck Road", "Fenland Canning Company",
                                       "the Fenland Canning Company on Skirbeck Road"],
        "he were a boilerman at the Fenland Canning Company"),
    7: ("Helen Osei", [], "This is Helen Osei, it's the fourteenth of March 2019, and I'm with Doris Wrigley"),
    8: ("Tom Blaylock", [], "BCS-005 | Lincoln Hale"),
    10: ("1948", ["in 1948"], "and to Boston in 1948"),
    11: ("Cyril Ashworth", ["Mr Ashworth", "Mr Ashworth, the manager — Cyril Ashworth"], "even Mr Ashworth, the manager"),
    12: ("Mr Pocklington", ["Pocklington"], "The rent man were Mr Pocklington."),
    13: ("The water come right up past the old mill", ["my father carried me on his shoulders"],
         "The water come right up past the old mill"),
    14: ("31 January 1953", ["of 31 January 1953"], "of the North Sea flood of 31 January 1953"),
    15: ("the Ship Inn", ["at the Ship Inn"], "So we made the tea at the Ship Inn instead"),
    16: ("Reg Boston", [], "Reg Boston were driving it"),
    17: ("Tawney Street", ["on Tawney Street"], "She lived on Tawney Street."),
    18: ("Sleaford", ["to Sleaford"], "We moved to Sleaford in 1955."),
    19: ("the foreman", ["foreman", "he were the foreman"], "George Hale — he were the foreman"),
    20: ("He went out t' first week and then — [pause] — he went back", ["he went back"],
         "He went out t' first week and then"),
    21: ("Boston in America", ["to Boston in America", "Boston, Massachusetts", "the other Boston, Massachusetts",
                               "went to Boston in America — the other Boston, Massachusetts — in 1951"],
         "My cousin Tadeusz went to Boston in America"),
    22: ("Florence", ["in Florence", "in Florence after the war — in Italy", "Italy"],
         "My uncle Sid were in Florence after the war"),
    26: ("eleven weeks", [], "It went on eleven weeks."),
    27: ("February 1944", ["in February 1944"], "I were born on Fydell Street, in Boston, in February 1944."),
    28: ("Walter Dunmore", [], "BCS-007 | Walter Dunmore"),
    48: ("my father carried me on his shoulders", ["carried me on his shoulders"],
         "and my father carried me on his shoulders"),
}


def main() -> None:
    write_group(sys.argv[1], HERE / "questions.tsv", SKIP, NONE, ANS, unanswerable_kind=True)


if __name__ == "__main__":
    main()
