"""Round 38 (helper redask): the red team's 71 questions over its own collection as a judged ask group.

Each answerable question's answer is a span of the sentence that states it, chosen by hand from the red team's
expected answer (``questions.tsv``, column 2) and written here as (answer, alternatives, a piece of the stating
sentence); the sentence is looked up in the built collection. Questions whose expected answer is a summary, a list
of things or a description are left out (``SKIP``); those the red team expected "the sources don't say" for are
unanswerable (``NONE``).

    PYTHONPATH=src python build_ask_redteam38.py COLL.db > ../ask_redteam38.jsonl
"""
import csv
import json
import sys
from pathlib import Path

from vitrina.store import connect_readonly
from vitrina.store.read import as_knowledge_base

HERE = Path(__file__).resolve().parent
SKIP = {3, 9, 27, 31, 33, 41, 43, 44, 49, 56, 67, 69}
NONE = {60, 61, 62, 63, 64, 65, 70}
ANS = {
    1: ("Eleanor Vance", [], "HFP/1/1 Letter, Eleanor Vance to Thomas Albright"),
    2: ("Eleanor Vance", [], "HFP/1/1 Letter, Eleanor Vance to Thomas Albright"),
    4: ("2 April 1887", ["2nd April 1887"], "HFP/1/2 Letter, Thomas Albright to Eleanor Vance"),
    5: ("Cardiff", [], "Cardiff, 2nd April 1887"),
    6: ("Father", ["Josiah Harwick"], "Father said, \"The mill will never close"),
    7: ("Father", ["Josiah Harwick"], "Father said, \"The mill will never close"),
    8: ("Mr Griffiths", ["Griffiths", "the foreman Mr Griffiths"], "As the foreman Mr Griffiths"),
    10: ("James Kirby", [], "Interviewed by James Kirby"),
    11: ("12 August 1974", [], "Interviewed by James Kirby"),
    12: ("Bedminster, Bristol", ["Bedminster"], "Interviewed by James Kirby"),
    13: ("1899", [], "I was born in 1899"),
    14: ("1911", [], "It closed in 1911"),
    15: ("the night of March 2", ["March 2"], "badly damaged by fire on the night of March 2"),
    16: ("the night of March 2", ["March 2"], "badly damaged by fire on the night of March 2"),
    17: ("No lives were lost", [], "No lives were lost"),
    18: ("four thousand pounds", [], "estimates the damage at four thousand pounds"),
    19: ("three thousand pounds", [], "insurers had paid three thousand pounds"),
    20: ("schooner", ["The schooner Lady Margaret Hale"], "The schooner Lady Margaret Hale, of Bristol"),
    21: ("Captain Owen Pryce", ["Owen Pryce"], "The schooner Lady Margaret Hale, of Bristol"),
    22: ("off Lundy Island", ["Lundy Island"], "The schooner Lady Margaret Hale, of Bristol"),
    23: ("Six of her crew of eight", ["Six"], "Six of her crew of eight"),
    24: ("Captain Edward Hale", ["Edward Hale"], "My late husband, Captain Edward Hale"),
    25: ("twenty pounds", [], "a cheque for twenty pounds"),
    26: ("20 May 1891", [], "HFP/1/7 Letter, Margaret Hale to Eleanor Vance"),
    28: ("THOMAS ALBRIGHT of Cardiff", ["THOMAS ALBRIGHT"], "I APPOINT my friend THOMAS ALBRIGHT"),
    29: ("ELEANOR VANCE", ["my daughter ELEANOR VANCE"], "I GIVE AND BEQUEATH the Harwick Mill"),
    30: ("one hundred pounds", [], "I GIVE to AGNES BELL"),
    32: ("1 February 1895", [], "HFP/3/1 Will of Josiah Harwick"),
    34: ("Mr Henry Dunmore", ["Henry Dunmore"], "Apologies: Mr Henry Dunmore"),
    35: ("Mrs Vance", ["Eleanor Vance"], "Proposed by Mrs Vance"),
    36: ("that the east wing be rebuilt in brick at a cost not exceeding four thousand five hundred pounds",
         ["rebuilt in brick"], "Resolved: that the east wing be rebuilt"),
    37: ("that no child under twelve be employed", ["no child under twelve be employed"], "no child under twelve"),
    38: ("three", [], "three of them are under the age of ten"),
    39: ("Dr Samuel Okafor", ["Samuel Okafor"], "Letter from Dr Samuel Okafor to the Harwick Mill Company"),
    40: ("ALBRIGHT", ["Thomas Albright"], "HEARD OF FIRE STOP"),
    42: ("TUESDAY", ["Tuesday"], "COMING TUESDAY BY FIRST TRAIN"),
    45: ("Boston", [], "her brother William had sailed for Boston"),
    46: ("THE MAYOR ALDERMEN AND BURGESSES OF THE CITY OF BRISTOL", ["the Corporation"], "THIS CONVEYANCE is made"),
    47: ("eight hundred pounds", [], "NOW THIS DEED WITNESSETH"),
    48: ("Henry Dunmore", [], "By our own correspondent, Henry Dunmore"),
    50: ("\"Agnes, never sign what you have not read.\"", ["Agnes, never sign what you have not read."],
         "he told me once"),
    51: ("1895", ["1821-1895"], "Papers of Josiah Harwick (1821-1895)"),
    52: ("1852", ["1852-1923"], "Papers of Josiah Harwick (1821-1895)"),
    53: ("Mrs Vance", ["Eleanor Vance"], "Mrs Vance ran the whole place"),
    54: ("one hundred and twenty", [], "The correct number is one hundred and twenty"),
    55: ("one hundred and twenty", [], "The correct number is one hundred and twenty"),
    57: ("Eleanor Vance", [], "HFP/1/1 Letter, Eleanor Vance to Thomas Albright"),
    58: ("1885-1912", [], "Fonds HFP: Harwick Family Papers, 1885-1912"),
    59: ("c. 1890-1901", ["1890-1901"], "Series HFP/3: Legal papers"),
    66: ("June", ["in June"], "she sails for Lisbon in June"),
    68: ("Clifton", [], "Samuel Okafor, physician, of Clifton"),
    71: ("eleven", ["eleven new weavers"], "Father has taken on eleven new weavers"),
}


def main() -> None:
    kb = as_knowledge_base(connect_readonly(sys.argv[1]))
    sentences = [(d, h.text) for d in kb.document_ids() for h in kb.sentences(d)]
    rows = list(csv.reader(open(HERE / "questions.tsv"), delimiter="\t", quoting=csv.QUOTE_NONE))
    for n, (question, expected) in enumerate(rows, 1):
        if n in SKIP:
            continue
        row = {"id": f"q{n:02d}", "question": question, "answer": None, "alternatives": [], "document": None,
               "citation": None, "kind": expected}
        if n not in NONE:
            answer, alternatives, piece = ANS[n]
            found = [(d, t) for d, t in sentences if piece in t and answer in t]
            if not found:
                print("NOFIND", n, question, file=sys.stderr)
                continue
            row.update(answer=answer, alternatives=alternatives, document=found[0][0], citation=found[0][1])
        print(json.dumps(row, ensure_ascii=False))


if __name__ == "__main__":
    main()
