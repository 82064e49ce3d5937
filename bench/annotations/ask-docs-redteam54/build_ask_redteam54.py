"""Round 54: the red team's 51 questions over its police/prison archive and emigration/naturalisation archive.

Each answerable question's answer is a span of the sentence that states it, chosen by hand from the red team's
expected answer (``questions.tsv``: the question and truth columns of ``bench/redteam/round54/questions.tsv``) and
written here as (answer, alternatives, a piece of the stating sentence); the sentence is looked up in the built
collection (``bench/redteam/round54/in/coll`` built with ``--catalogue in/coll/police/prisoners.csv``). Where
several documents state a fact, the citation is the one sentence naming both the question's subject and the
answer and stating the question's predicate: q01 the charge sheet's "… sentenced to six calendar months' hard
labour …" over the register row "| | Wexford | … | six calendar months' hard labour | …" (which names neither the
prisoner nor a sentence); q03 the charge sheet's "John Doyle alias Doyle alias O'Doyle" (both aliases) over the
description book's "John Doyle, alias O'Doyle."; q04 the register row "4417 | John Doyle (alias O'Doyle) | …" (the
"Reg. No. 4417" of the charge sheet, description book and discharge register is stored as a sentence "No. 4417…"
apart from the name); q12 the discharge register's "William Henry Nelson removed to Wormwood Scrubs …, July 1884"
over the description book's "Transferred to Wormwood Scrubs in July 1884." (no name); q27 the City of Berlin
list's row over the Bombay list's (its heading and first row are stored as one sentence). Where no sentence
names the subject with the answer, the citation is the sentence of the subject's record that states it: q05/q06
and q07 the description book's "Born Wexford, Ireland, about 1850." and "Height 5 ft. 7½ in." (Doyle's entry),
q09 the register row's second stored half "| | Drogheda | Obstruction | fined 40s. or 14 days | …" (Kelly's row),
q13 "No. 4452, born Preston, Lancashire, 1865." (Nelson's entry), q18 the charge sheet's "Warrant No. 1884/219.",
q19 the City of Berlin list's "Arrived New York, 22 May 1883.", q22 the declaration's "He declares that he will
henceforth be known as Ole Harrison." (a pronoun), q28 the certificate's heading "Certificate of Naturalization No.
18772", q29 its court line, q30 the list's "Master: Captain Robert Lincoln.", q32 the declaration's "Filed …".
One is left out: q37 ("Which ship brought Ramchandra Desai to New York in 1883?"): the tester calls it a false
premise and answers it in one truth ("City of Berlin per list (trick: premise partly true)"), and the collection
states both (the City of Berlin list names him; the Bombay list and the note send him elsewhere). The tester's
false-premise (Q33–Q43 but q37) and unanswerable (Q44–Q51) questions are unanswerable (``NONE``).

    PYTHONPATH=src python build_ask_redteam54.py COLLECTION.db > ../ask_redteam54.jsonl
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from judged_group import write_group  # noqa: E402

SKIP: set[int] = {37}
NONE = set(range(33, 52))
ANS = {
    1: ("six calendar months' hard labour", ["six calendar months' hard labour, to be served at Walton Gaol"],
        "Before the stipendiary magistrate"),
    2: ("P.C. 212 Smith", ["212 Smith", "Smith"], "Arrested by"),
    3: ("O'Doyle", ["alias O'Doyle", "Doyle alias O'Doyle"], "Prisoner: John Doyle alias"),
    4: ("4417", [], "| John Doyle (alias O'Doyle) |"),
    5: ("Wexford, Ireland", ["Wexford"], "Born Wexford, Ireland"),
    6: ("about 1850", ["1850"], "Born Wexford, Ireland"),
    7: ("5 ft. 7½ in.", ["5 ft. 7½ in"], "Height 5 ft. 7½"),
    8: ("4 September 1884", ["on 4 September 1884"], "discharged from Walton Gaol on"),
    9: ("40s. or 14 days", ["fined 40s. or 14 days"], "| Obstruction |"),
    10: ("Drogheda", ["at Drogheda"], "Mary Ann Kelly, aged 27, born at"),
    11: ("P.C. 87 Miller", ["87 Miller", "Miller"], "Mary Ann Kelly, aged 27"),
    12: ("July 1884", [], "William Henry Nelson removed to Wormwood Scrubs"),
    13: ("Preston, Lancashire", ["Preston"], "No. 4452, born"),
    14: ("The drunkenness of the north end remains the gravest charge upon the force",
         ["The drunkenness of the north end remains the gravest charge upon the force,"], "said Captain Ashcombe"),
    15: ("Sir Robert Peel", ["Robert Peel"], "The Peel division, named after"),
    16: ("June 1884", ["in June 1884"], "The Wellington Road station was opened"),
    17: ("3,112", ["3,112 arrests"], "The Peel division, named after"),
    18: ("1884/219", ["No. 1884/219"], "Warrant No."),
    19: ("22 May 1883", [], "Arrived New York"),
    20: ("S.S. City of Berlin", ["City of Berlin", "the S.S. City of Berlin"], "Ole Haraldsen, born Christiania"),
    21: ("the 14th day of October 1889", ["14th day of October 1889", "on the 14th day of October 1889"],
         "Be it remembered that"),
    22: ("Ole Harrison", [], "He declares that he will henceforth be known as"),
    23: ("Christiania, Norway", ["Christiania", "Christiania, Norway, 1859"], "Ole Haraldsen, born"),
    24: ("The emigrants from East Prussia arrive without means and are too often robbed before they leave Castle Garden.",
         ["The emigrants from East Prussia arrive without means and are too often robbed before they leave Castle Garden",
          "The emigrants from East Prussia arrive without means"], "Consul Otto Reinhardt wrote:"),
    25: ("Frau Bertha Lindqvist", ["Bertha Lindqvist"], "He lodged at the Bismarck Emigrant Home"),
    26: ("Mrs. Eliza Lincoln", ["Eliza Lincoln"], "The Home was kept by"),
    27: ("Poona, Bombay Presidency", ["Poona"], "5. Ramchandra Desai, 29"),
    28: ("18772", ["No. 18772"], "Certificate of Naturalization No."),
    29: ("Court of Common Pleas for the City and County of New York", ["Court of Common Pleas"],
         "Court of Common Pleas for the City"),
    30: ("Captain Robert Lincoln", ["Robert Lincoln"], "Master:"),
    31: ("The Commission has no funds for the purpose.", ["The Commission has no funds for the purpose"],
         "Commissioner Patrick Doyle replied:"),
    32: ("3 June 1886", ["on 3 June 1886"], "Filed in the Superior Court of Cook County"),
}


def main() -> None:
    write_group(sys.argv[1], HERE / "questions.tsv", SKIP, NONE, ANS, unanswerable_kind=True)


if __name__ == "__main__":
    main()
