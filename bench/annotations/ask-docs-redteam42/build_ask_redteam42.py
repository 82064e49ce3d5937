"""Round 42: the red team's 56 family historian's questions over its parish collection as a judged ask group.

Each answerable question's answer is a span of the sentence that states it, chosen by hand from the red team's
expected answer (``questions.tsv``: the question and expected-answer columns of
``bench/redteam/round42/qa/questions.tsv``) and written here as (answer, alternatives, a piece of the stating
sentence); the sentence is looked up in the built collection. Questions whose answer is a list, an inference over
several documents (a grandparent), a description, disputed between two versions of one document, or stated only in
a document the tester deleted are left out (``SKIP``); the red team's unanswerable and false-premise questions are
unanswerable (``NONE``).

    PYTHONPATH=src python build_ask_redteam42.py COLLECTION.db > ../ask_redteam42.jsonl
"""
import csv
import json
import sys
from pathlib import Path

from vitrina.store import connect_readonly
from vitrina.store.read import as_knowledge_base

HERE = Path(__file__).resolve().parent
SKIP = {1, 2, 18, 24, 25, 26, 27, 30, 42, 46, 48, 49, 50}
NONE = {51, 52, 53, 54, 55}
ANS = {
    3: ("3 Feb 1862", [], "3 Feb 1862 Samuel, son of"),
    4: ("19 Sep 1824", [], "19 Sep 1824 Thomas, son of"),
    5: ("4 Jun 1821", [], "4 Jun 1821 Ann, daughter of"),
    6: ("William Cobley", ["William Cobley, a thatcher"], "Ann married William Cobley"),
    7: ("Edith Loram", [], "Samuel Hartwell married Edith Loram"),
    8: ("Eliza Furze", ["Eliza Furze of Exeter"], "the younger married Eliza Furze of Exeter"),
    9: ("9 May 1815", ["on 9 May 1815"], "He married Mary Pascoe at St Petroc"),
    10: ("Pascoe", ["née Pascoe"], "Mary Hartwell (née Pascoe) was the daughter"),
    11: ("Furze", ["née Furze"], "Eliza Hartwell née Furze, widow"),
    12: ("Richard Pascoe", ["Richard Pascoe, a miller"], "was the daughter of Richard Pascoe"),
    13: ("74", ["aged 74"], "was buried in 1864, aged 74"),
    14: ("22 Jan 1864", ["1864"], "22 Jan 1864 John Hartwell the elder"),
    15: ("1901", [], "1901 Eliza Hartwell née Furze, widow"),
    16: ("Qtr 2 1911", ["1911"], "death registered Qtr 2 1911"),
    17: ("49", ["aged 49"], "Tiverton district, aged 49"),
    19: ("Henry Gale", [], "Its first master was Henry Gale"),
    20: ("1875", ["in 1875"], "The Board School opened in 1875"),
    21: ("Miss Agnes Vowles", ["Agnes Vowles"], "The managers appointed Miss Agnes Vowles"),
    22: ("1852", ["in 1852"], "Thomas emigrated to Adelaide, South Australia, in 1852"),
    23: ("Adelaide, South Australia", ["Adelaide"], "Thomas emigrated to Adelaide, South Australia, in 1852"),
    28: ("£120", [], "The loss is estimated at £120"),
    29: ("upwards of seventy years", ["upwards of seventy", "upwards of seventy years of age"],
         "who is upwards of seventy years of age"),
    31: ("1877", ["in 1877"], "was drowned off Lundy in 1877"),
    32: ("Providence", ["the ketch Providence", "ketch Providence", "The ketch Providence, of Bideford"],
         "The ketch Providence, of Bideford, foundered"),
    33: ("Tiverton", ["probably at Tiverton", "at Tiverton"], "the elder was born c. 1790, probably at Tiverton"),
    34: ("wheelwright", [], "John Hartwell, head, married, aged 61, wheelwright"),
    35: ("Peter Okafor", ["Peter Okafor (PO)"], "Interviewer: Peter Okafor"),
    36: ("1928", ["born 1928"], "His granddaughter Doris Hartwell, born 1928"),
    37: ("Margaret Dunn", [], "Margaret Dunn (chair)"),
    38: ("Harold Tremlett", [], "Harold Tremlett (treasurer)"),
    39: ("£312.40", [], "The treasurer reported a balance of £312.40"),
    40: ("9 April 1998", ["on 9 April 1998"], "The next meeting will be held on 9 April 1998"),
    41: ("£5 a year", ["£5"], "Subscriptions were held at £5 a year"),
    43: ("Exeter", ["born Exeter"], "Eliza Hartwell, wife, aged 26, born Exeter"),
    44: ("26", ["aged 26"], "Eliza Hartwell, wife, aged 26, born Exeter"),
    45: ("Tiverton", ["in Tiverton"], "he was lodging in Tiverton on census night"),
    47: ("Richard Pascoe the younger and James Loram", ["Richard Pascoe the younger", "James Loram"],
         "levied by the overseers, Richard Pascoe the younger and James Loram"),
    56: ("1889", ["30 Nov 1889"], "bur. 30 Nov 1889 John Hartwell, wheelwright (the younger)"),
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
            if len(found) > 1:
                print("MANY", n, question, [t[:70] for _, t in found], file=sys.stderr)
            row.update(answer=answer, alternatives=alternatives, document=found[0][0], citation=found[0][1])
        print(json.dumps(row, ensure_ascii=False))


if __name__ == "__main__":
    main()
