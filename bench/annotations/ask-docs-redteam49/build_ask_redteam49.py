"""Round 49: the red team's 42 questions over its ship's-logbook and hospital-records archive as a judged ask group.

Each answerable question's answer is a span of the sentence that states it, chosen by hand from the red team's
expected answer (``questions.tsv``: the question and truth columns of ``bench/redteam/round49/questions.tsv``) and
written here as (answer, alternatives, a piece of the stating sentence); the sentence is looked up in the built
collection (``bench/redteam/round49/in/coll`` with its ``voyages.csv``, the state the questions were asked of). Where
several documents state a fact (the archive repeats itself: a log, a crew list, a summary), the citation is the one
sentence naming both the question's subject and the answer. Left out (``SKIP``): Q14 (the cargo is a table of four
rows, no one sentence) and Q22 (the noon position is cut in two by the sentence splitter at "Long.", so no one
sentence holds it). The tester's false-premise and unanswerable questions are unanswerable (``NONE``).

    PYTHONPATH=src python build_ask_redteam49.py COLLECTION.db > ../ask_redteam49.jsonl
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from judged_group import write_group  # noqa: E402

SKIP = {14, 22}
NONE = set(range(23, 43))
ANS = {
    1: ("Cape Town", [], "calling at Cape Town (28 May 1852)"),
    2: ("William Harrow", ["Captain William Harrow"], "The barque Queen Charlotte, Captain William Harrow"),
    3: ("Nathaniel Cobb", ["Captain Nathaniel Cobb"], "The ship City of Boston, Captain Nathaniel Cobb"),
    4: ("One", [], "One died on the voyage and two deserted"),
    5: ("12 April 1852", [], "Died at sea 12 April 1852"),
    6: ("Thomas Kerr, A.B., and Samuel Ogle", ["Thomas Kerr, A.B., and Samuel Ogle, O.S."],
        "deserted the ship at Cape Town"),
    7: ("2 January 1854", ["on 2 January 1854"], "reached Valparaiso on 2 January 1854"),
    8: ("19 October 1918", [], "Discharged 19 October 1918."),
    9: ("We have not beds enough for the living, let alone the dying.",
        ["We have not beds enough for the living, let alone the dying"], "We have not beds enough"),
    10: ("103", [], "should read 103"),
    11: ("Mr. Henry Voss", ["Henry Voss", "Mr. Henry Voss, F.R.C.S."], "Appendicectomy performed on 7 December"),
    12: ("ten grains of quinine every six hours", ["ten grains of quinine", "ten grains"],
         "I gave him ten grains of quinine"),
    13: ("9 November 1918", ["on 9 November 1918"], "Nurse Edith Hale died on 9 November 1918"),
    15: ("the 3rd/15th of June 1852", ["3rd/15th of June 1852", "on the 3rd/15th of June 1852"],
         "Sailed from Kronstadt on the 3rd/15th"),
    16: ("Dr. Samuel Okafor", ["Samuel Okafor"], "was succeeded by Dr. Samuel Okafor"),
    17: ("The nurses are falling as fast as the patients.", ["The nurses are falling as fast as the patients"],
         "Matron Pryce wrote"),
    18: ("262 nautical miles", ["262"], "Run 262 nautical miles"),
    19: ("Mrs. Victoria Banning", ["Victoria Banning"], "the gift of Mrs. Victoria Banning"),
    20: ("He was the best hand aboard, and the youngest.", ["He was the best hand aboard, and the youngest"],
         "Captain Harrow said"),
    21: ("11 November 1918", [], "Died 11 November 1918."),
}


def main() -> None:
    write_group(sys.argv[1], HERE / "questions.tsv", SKIP, NONE, ANS, unanswerable_kind=True)


if __name__ == "__main__":
    main()
