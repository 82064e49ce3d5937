"""Round 40 (helper redask): the red team's 65 student questions over its teacher's pack as a judged ask group.

Each answerable question's answer is a span of the sentence that states it, chosen by hand from the red team's
expected answer (``questions.tsv``, a copy of ``bench/redteam/round40/qa/questions.tsv``) and written here as
(answer, alternatives, a piece of the stating sentence); the sentence is looked up in the built pack. Questions
whose answer is a description, a reason, a list or a comparison, or that the pack does not state, are left out
(``SKIP``); the red team's unanswerable and false-premise questions are unanswerable (``NONE``).

    PYTHONPATH=src python build_ask_redteam40.py PACK.db > ../ask_redteam40.jsonl
"""
import csv
import json
import sys
from pathlib import Path

from vitrina.store import connect_readonly
from vitrina.store.read import as_knowledge_base

HERE = Path(__file__).resolve().parent
SKIP = {16, 48, 51, 53, 54, 61, 62, 63, 64}
NONE = {55, 56, 57, 58, 59}
ANS = {
    1: ("1826", [], "1826: work begins"),
    2: ("1826", [], "1826: work begins"),
    3: ("Lieutenant-Colonel John By", ["John By"], "It was built between 1826 and 1832 under"),
    4: ("Lieutenant-Colonel John By", ["John By"], "superintending engineer of the Rideau Canal"),
    5: ("47", ["47 masonry locks"], "has 47 masonry locks"),
    6: ("202 kilometres", ["202 km", "202 kilometres long"], "The canal is 202 kilometres long"),
    7: ("malaria", [], "Around a thousand of them died, most of them of malaria"),
    8: ("swamp fever", ['"swamp fever"'], "which the workers called"),
    9: ("Ottawa", [], "Bytown was renamed Ottawa on 1 January 1855"),
    10: ("1 January 1855", [], "Bytown was renamed Ottawa on 1 January 1855"),
    11: ("Thomas McKay", [], "Diary of Thomas McKay"),
    12: ("stonemason", ["stonemason and contractor"], "Diary of Thomas McKay, stonemason"),
    13: ("Pumper", ["the steamboat Pumper", "steamboat Pumper", "The steamboat Pumper"], "The steamboat Pumper"),
    14: ("22 May 1832", ["Tuesday the 22nd of May", "the 22nd of May"], "Steamboat Pumper leaves Kingston"),
    15: ("29 May 1832", ["the 29th"], "Pumper arrives at Bytown"),
    17: ("sixty-two feet", ["sixty-two feet high", "62 feet"], "It is to stand sixty-two feet high"),
    18: ("John Redpath", ["Mr John Redpath", "Redpath"], "Rode to Jones Falls to see Mr John Redpath"),
    19: ("one hundred and sixty-nine thousand pounds", ["169,000 pounds"], "The estimate I was given in London"),
    20: ("about 822,000 pounds", ["822,000 pounds"], "The canal cost about 822,000 pounds"),
    21: ("the Earl of Dalhousie", ["His Excellency the Earl of Dalhousie", "Earl of Dalhousie"],
         "When I saw His Excellency the Earl of Dalhousie"),
    22: ("Lieutenant-Colonel John By", ["John By"], "Letter from Lieutenant-Colonel John By to his wife"),
    23: ("14 March 1827", [], "Bytown, Upper Canada, 14 March 1827"),
    24: ("Frant", ["Frant, in Sussex"], "He died at Frant, in Sussex"),
    25: ("1 February 1836", [], "He died at Frant, in Sussex"),
    26: ("Richard Byham", [], "Richard Byham, Secretary"),
    27: ("22 September 1832", [], "22 September 1832"),
    28: ("Captain Daniel Bolton", ["Daniel Bolton"], "hand over the command of the works to Captain Daniel Bolton"),
    29: ("Robert Drummond", [], "Speech by Robert Drummond, contractor"),
    30: ("21 May 1832", [], "Delivered at a public dinner in Kingston"),
    31: ("four", ["four locks", "4"], "as at Kingston Mills (four locks)"),
    32: ("eight", ["eight locks", "8"], "at the Ottawa entrance (eight locks)"),
    33: ("a small fortified building of squared timber on a stone base",
         ["small fortified building of squared timber on a stone base"], "Blockhouse"),
    34: ("a canal made mostly by raising rivers and lakes with dams",
         ["canal made mostly by raising rivers and lakes with dams"], "Slackwater system"),
    35: ("The Isthmus", ["the Isthmus"], "The village of Newboro was called The Isthmus"),
    36: ("Kitchener", [], "which was renamed Kitchener in 1916"),
    37: ("1834", [], "it was renamed Toronto in 1834"),
    38: ("2007", [], "In 2007 the canal was named a UNESCO World Heritage Site"),
    39: ("Dr Alexander Christie", ["Alexander Christie"], "The surgeon, Dr Alexander Christie"),
    40: ("the bad air of the swamps", ["bad air of the swamps"], "The surgeon, Dr Alexander Christie"),
    41: ("Eleven", ["eleven", "Eleven men"], "Eleven men buried this week at Jones Falls"),
    42: ("unknown artist", ["an unknown artist"], "Oil on canvas, unknown artist"),
    43: ("William Notman", [], "Engraving by William Notman"),
    44: ("City of Ottawa Archives", ["the City of Ottawa Archives", "City of Ottawa Archives, CA-OTT-1899-001"],
         "Credit: City of Ottawa Archives"),
    45: ("Helen Barrow and David Okafor", [], "by Helen Barrow and David Okafor"),
    46: ("a work which will stand as long as the hills", ['"a work which will stand as long as the hills"'],
         "Colonel By declared that the canal was"),
    47: ("Around a thousand", ["around a thousand", "a thousand"], "Around a thousand of them died"),
    49: ("quinine", ["given quinine", "the sick be given quinine"], "the sick be given quinine"),
    50: ("Pumper", ["the steamboat Pumper", "steamboat Pumper", "The steamboat Pumper"], "The steamboat Pumper"),
    52: ("in the summers of 1828 and 1829", ["the summers of 1828 and 1829", "summers of 1828 and 1829"],
         "Malaria struck hardest"),
    60: ("Andrew Wilson", [], "Jones Falls"),
    65: ("West of the canal", ["west of the canal"], "West of the canal lies Perth"),
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
