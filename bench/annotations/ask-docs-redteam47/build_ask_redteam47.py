"""Round 47: the red team's 49 questions over its specimen collection and newspaper run as a judged ask group.

Each answerable question's answer is a span of the sentence that states it, chosen by hand from the red team's
expected answer (``questions.tsv``: the question and truth columns of ``bench/redteam/round47/questions.tsv``) and
written here as (answer, alternatives, a piece of the stating sentence); the sentence is looked up in the built
collection (``bench/redteam/round47/in/coll`` with ``in/coll/catalogue.csv``, the state the questions were asked
of). A specimen record's sentence ("Collected by X at Y on D.") states its fact under the record's heading (the
catalogue number); an OCR'd issue's answer is its printed spelling (long s read as f). Left out (``SKIP``): Q19
("What did the Gazette report about the Golden Oriole?": a report and its correction in two issues, no one
sentence) and Q25 ("What did Jonas Feld propose to name the reed warbler after?": the sentence says "after the
lady", the name only in another issue). The tester's false-premise and unanswerable questions are unanswerable
(``NONE``).

    PYTHONPATH=src python build_ask_redteam47.py COLLECTION.db > ../ask_redteam47.jsonl
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from judged_group import write_group  # noqa: E402

SKIP = {19, 25}
NONE = set(range(29, 50))
ANS = {
    1: ("Edith Marrow", [], "Collected by Edith Marrow at Carrow Fen on 12.vi.1898"),
    2: ("Carrow Fen", [], "Collected by Edith Marrow at Carrow Fen on 12.vi.1898"),
    3: ("12.vi.1898", ["on 12.vi.1898"], "Collected by Edith Marrow at Carrow Fen on 12.vi.1898"),
    4: ("Jonas Feld", [], "Determined by Jonas Feld."),
    5: ("Harold Quist", [], "identified by Harold Quist in March 1923"),
    6: ("March 1923", ["in March 1923"], "identified by Harold Quist in March 1923"),
    7: ("Sylvia borin", ["Sylvia borin (Boddaert, 1783)", "the Garden Warbler"],
        "identified by Harold Quist in March 1923"),
    8: ("Thomas Ashby", [], "Collected by Thomas Ashby at Paris Hill"),
    9: ("June 1898", ["June 1898 (label)"], "Collected by Thomas Ashby at Paris Hill"),
    10: ("Jonas Feld", [], "described by Jonas Feld from the bird"),
    11: ("MNH-B 004515", [], "Holotype: MNH-B 004515"),
    12: ("Jonas Feld", [], "Collected by Jonas Feld on Mount Edith"),
    13: ("88 m", [], "took a Goldcrest"),
    14: ("a farm near Carrow", ["farm near Carrow"], "Paris Hill is a farm near Carrow"),
    15: ("212", ["212 specimens"], "212 specimens, presented by her"),
    16: ("18 August 1898", ["on 18 August 1898"], "212 specimens, presented by her"),
    17: ("15 shillings", ["for 15 shillings"], "purchased for 15 shillings"),
    18: ("Jonas Feld", [], "The survey was led by Jonas Feld"),
    20: ("22.vi.1898", ["on 22.vi.1898"], "a great storm broke over Hollin Wood and felled three oaks"),
    21: ("two", ["it felled two"], "it felled two"),
    22: ("Thomas Afhby", ["the Rev. Thomas Afhby", "Rev. Thomas Afhby"], "Thomas Afhby lectured at the Corn Hall"),
    23: ("10 August", ["Wednefday evening, 10 August"], "Thomas Afhby lectured at the Corn Hall"),
    24: ("John Pettigrew", ["Mr. John Pettigrew"], "Mr. John Pettigrew in the chair"),
    26: ("Hollin Farm", [], "took fhelter at Hollin Farm"),
    27: ("Carrow", [], "Carrow beat Hollin by forty runs"),
    28: ("Harold Quist", [], "Harold Quist placed the name in the synonymy"),
}


def main() -> None:
    write_group(sys.argv[1], HERE / "questions.tsv", SKIP, NONE, ANS, unanswerable_kind=True)


if __name__ == "__main__":
    main()
