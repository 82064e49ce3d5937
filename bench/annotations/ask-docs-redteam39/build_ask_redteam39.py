"""Round 39 (helper redask): the red team's 80 questions over its museum exhibit as a judged ask group.

Each answerable question's answer is a span of the sentence that states it, chosen by hand from the red team's
truth column (``questions.tsv``, column 2, copied from the question table of
``bench/redteam/round39/REPORT.md``) and written here as (answer, alternatives, a piece of the stating sentence);
the sentence is looked up in the built exhibit. Questions whose answer is a description or a list are left out
(``SKIP``); those the red team marked U (unanswerable or false premise) are unanswerable (``NONE``).

    PYTHONPATH=src python build_ask_redteam39.py EXHIBIT.db > ../ask_redteam39.jsonl
"""
import csv
import json
import sys
from pathlib import Path

from vitrina.store import connect_readonly
from vitrina.store.read import as_knowledge_base

HERE = Path(__file__).resolve().parent
SKIP = {7, 14, 15, 35, 63}
NONE = {64, 65, 66, 67, 68, 69, 71, 72, 75, 76}
ANS = {
    1: ("Larcum Kendall", [], "Maker: Larcum Kendall"),
    2: ("Larcum Kendall", [], "Maker: Larcum Kendall"),
    3: ("John Harrison", [], "Maker: John Harrison"),
    4: ("1755–1759", ["1759", "finished in 1759"], "1755–1759"),
    5: ("between 1730 and 1735", ["1730 and 1735", "1730–1735"], "H1 was built between 1730 and 1735"),
    6: ("1740–1759", [], "Harrison builds H3"),
    8: ("Foulby", ["Foulby, near Wakefield"], "John Harrison was born at Foulby"),
    9: ("Foulby", ["Foulby, near Wakefield"], "John Harrison was born at Foulby"),
    10: ("24 March 1693", [], "born on 24 March 1693"),
    11: ("24 March 1776", [], "died on 24 March 1776"),
    12: ("24 March 1776", [], "died on 24 March 1776"),
    13: ("Red Lion Square, London", ["Red Lion Square"], "died on 24 March 1776 in Red Lion Square"),
    16: ("1719", ["1719–1790"], "Larcum Kendall (1719"),
    17: ("14 February 1779", [], "14 February 1779"),
    18: ("Kealakekua Bay", ["Kealakekua Bay, Hawaii"], "killed at Kealakekua Bay"),
    19: ("Marton", ["Marton in Yorkshire"], "born at Marton"),
    20: ("1890", ["1890–1948"], "Rupert Gould (1890"),
    21: ("Rupert Gould", ["Lieutenant Commander Rupert Gould"], "cleaned and restored all four"),
    22: ("Rupert Gould", [], "Rupert Gould restores H1 to H4"),
    23: ("between 1920 and 1933", ["1920 and 1933", "1920–1933"], "cleaned and restored all four"),
    24: ("1714", [], "passed the Longitude Act"),
    25: ("£20,000", ["a prize of £20,000"], "passed the Longitude Act"),
    26: ("£20,000", ["a prize of £20,000"], "passed the Longitude Act"),
    27: ("£8,750", [], "Parliament granted him £8,750"),
    28: ("£450", [], "K1 cost £450"),
    29: ("James Cook", ["Captain James Cook"], "Captain James Cook took K1"),
    30: ("HMS Resolution", ["Resolution"], "Captain James Cook took K1"),
    31: ("HMS Deptford", ["Deptford"], "H4 sails to Jamaica aboard HMS Deptford"),
    32: ("1761", ["1761–1762", "18 November 1761"], "sailed with H4 to Jamaica in 1761"),
    33: ("5.1 seconds", ["only 5.1 seconds", "5.1", "only 5.1"], "lost only 5.1 seconds in 81 days"),
    34: ("13 centimetres across", ["13 centimetres", "diameter 13.2 cm", "13.2 cm"], "13 centimetres across"),
    36: ("GHT.1950.004", [], "GHT.1950.004"),
    37: ("the Greenwich Horological Trust", ["Greenwich Horological Trust"], "Credit line: Lent by the Greenwich"),
    38: ("the Clockmakers' Collection, London", ["the Clockmakers' Collection", "Clockmakers' Collection, London"],
         "Credit line: Lent by the Clockmakers' Collection"),
    39: ("Unknown English maker", [], "Maker: Unknown English maker"),
    40: ("c. 1760–1770", ["1760–1770"], "1760–1770"),
    41: ("John Arnold", [], "John Arnold"),
    42: ("1780s", [], "1780s"),
    43: ("Edmond Halley", [], "to show his plans to Edmond Halley"),
    44: ("1765", [], "Nevil Maskelyne became Astronomer Royal in 1765"),
    45: ("Captain James Cook", ["James Cook", "Cook"], "Captain James Cook, writing of K1"),
    46: ("Rupert Gould", [], "Rupert Gould said that H1 was"),
    47: ("Nevil Maskelyne", [], "in The British Mariner's Guide"),
    48: ("John Flamsteed", [], "the building named after John Flamsteed"),
    49: ("Plymouth", ["Plymouth, Devon"], "HMS Resolution sailed from Plymouth"),
    50: ("13 July 1772", [], "left Plymouth on 13 July 1772"),
    51: ("Jakarta", ["Jakarta, Indonesia"], "Batavia (today Jakarta"),
    52: ("Mumbai", ["Mumbai, India"], "Bombay (now Mumbai"),
    53: ("1675", [], "founds the Royal Observatory"),
    54: ("King Charles II", ["Charles II"], "founds the Royal Observatory"),
    55: ("c. 150–100 BC", ["150–100 BC"], "The Antikythera mechanism is made"),
    56: ("Gemma Frisius", [], "Gemma Frisius proposes"),
    57: ("2006", [], "launched in 2006"),
    58: ("Dr Miriam Okafor", ["Miriam Okafor"], "Curator: Dr Miriam Okafor"),
    59: ("Tomas Lindqvist", [], "Photograph"),
    60: ("30 November 2025", [], "It runs from 14 March 2025"),
    61: ("Studio Halyard", [], "Graphic design: Studio Halyard"),
    62: ("oak", [], "had wheels of oak"),
    70: ("Harbourtown", ["Museum of Timekeeping, Harbourtown"], "Curator: Dr Miriam Okafor"),
    73: ("John Harrison", [], "John Harrison made it around 1720"),
    74: ("1693–1776", ["1693", "24 March 1693"], "1693–1776"),
    77: ("1730", [], "In 1730 Harrison travelled to London"),
    78: ("George Graham", [], "who sent him to"),
    79: ("1764", [], "to Barbados aboard HMS Tartar"),
    80: ("the Astronomer Royal", ["Astronomer Royal"], "to show his plans to Edmond Halley"),
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
