"""Round 50: the red team's 45 questions over its map-and-atlas and architectural-drawings archive as a judged ask group.

Each answerable question's answer is a span of the sentence that states it, chosen by hand from the red team's
expected answer (``questions.tsv``: the question and truth columns of ``bench/redteam/round50/in/questions.tsv``) and
written here as (answer, alternatives, a piece of the stating sentence); the sentence is looked up in the built
collection (``bench/redteam/round50/in/coll`` with ``--catalogue in/coll/sheets.csv``, the state the questions were
asked of, before the tester's edits, which are ``in/coll_edited``). Where several documents state a fact (a register
and its corrected edition, a record and the essay), the citation is the one sentence naming both the question's
subject and the answer; where none names both (a register's "Builder:" line under the building's heading), the
record line. The tester's false-premise (F01–F12) and unanswerable (U01–U09) questions are unanswerable (``NONE``).

    PYTHONPATH=src python build_ask_redteam50.py COLLECTION.db > ../ask_redteam50.jsonl
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from judged_group import write_group  # noqa: E402

SKIP: set[int] = set()
NONE = set(range(25, 46))
ANS = {
    1: ("Carl Jättnig", [], "engraved the Königsberg plan"),
    2: ("one inch to a mile", ["one inch to a mile (1:63,360)", "1:63,360"], "Scale: one inch"),
    3: ("14 March 1907", ["on 14 March 1907"], "was revised on 14 March"),
    4: ("Louis Paris", [], "Client: Louis"),
    5: ("Harwick Borough Council", [], "Client: Harwick"),
    6: ("Hoskins Brothers of Leeds", ["Hoskins Brothers"], "Builder: Hoskins"),
    7: ("James Warner", [], "engraved the Vancouver Chart"),
    8: ("James Wyld", ["James Wyld, Charing Cross, London"], "Publisher: James Wyld"),
    9: ("1:25,000", [], "Scale: 1:25,000"),
    10: ("1907", [], "Sheet number: 12"),
    11: ("Otto Lembke", [], "Engraver: Otto"),
    12: ("My wife says the dining room is too narrow, but I find it exactly right.",
         ["My wife says the dining room is too narrow, but I find it exactly right"], "Louis Paris wrote to Walter"),
    13: ("Mr Carnegie will not pay for a lecture hall; the money is for books and readers.",
         ["Mr Carnegie will not pay for a lecture hall; the money is for books and readers"], "James Bertram"),
    14: ("84 ft 6 in by 42 ft", ["84 ft 6 in by 42 ft (25.76 m by 12.80 m)", "25.76 m by 12.80 m"],
         "The building measures"),
    15: ("18 November 1909", ["on 18 November 1909"], "The Carnegie Library was completed"),
    16: ("1 July 1908", ["on 1 July 1908"], "The Paris Hotel opened"),
    17: ("Sir Bartle Frere", ["Bartle Frere"], "presented to the library"),
    18: ("Oslo", [], "Christiania is the old name"),
    19: ("Margaret Ashdown", [], "Specification written by"),
    20: ("7,845 pounds", ["7,845"], "tendered 7,845"),
    21: ("Captain George Vancouver", ["George Vancouver"], "The Vancouver Chart is named after"),
    22: ("15 October 1907", ["on 15 October 1907"], "Tenders for the hotel"),
    23: ("The room is handsome; only the windows face the wrong way.",
         ["The room is handsome; only the windows face the wrong way"], "Hélène Paris, his wife"),
    24: ("Margaret Ashdown and Walter Pell", [], "was founded by"),
}


def main() -> None:
    write_group(sys.argv[1], HERE / "questions.tsv", SKIP, NONE, ANS, unanswerable_kind=True)


if __name__ == "__main__":
    main()
