"""Round 41: the red team's 66 researcher's questions over its shipwreck collection as a judged ask group.

Each answerable question's answer is a span of the sentence that states it, chosen by hand from the red team's
expected answer (``questions.tsv``: the question and expected-answer columns of
``bench/redteam/round41/qa/questions.tsv``) and written here as (answer, alternatives, a piece of the stating
sentence); the sentence is looked up in the built collection. Questions whose answer is a description, a judgement
across sources, a yes/no, a list, or disputed between the sources are left out (``SKIP``); the red team's
unanswerable and false-premise questions are unanswerable (``NONE``).

    PYTHONPATH=src python build_ask_redteam41.py COLLECTION.db > ../ask_redteam41.jsonl
"""
import csv
import json
import sys
from pathlib import Path

from vitrina.store import connect_readonly
from vitrina.store.read import as_knowledge_base

HERE = Path(__file__).resolve().parent
SKIP = {4, 7, 10, 12, 16, 17, 32, 39, 41, 61, 65, 66}
NONE = {49, 50, 51, 52, 53}
ANS = {
    1: ("sixty-three", ["63"], "We told over our people and found sixty-three saved"),
    2: ("61", ["sixty-one"], "Of the 212 persons, 61 were saved"),
    3: ("fifty-eight", ["58"], "The curé Yves Le Goff counted fifty-eight"),
    5: ("212", ["two hundred and twelve", "212 souls"], "All agree that 212 souls were aboard"),
    6: ("214", [], "except Fray Diego de Lerma, who gives 214"),
    8: ("the 10th Instant", ["10th Instant", "the 10th Instant, O.S.", "10 March 1711", "10 March 1710/11"],
        "Letters from Brest advise"),
    9: ("20 de marzo de 1711", ["20 March 1711", "la noche del 20 de marzo de 1711"], "la noche del 20 de marzo"),
    11: ("the mate Bos", ["mate Bos", "Bos"], "it was the mate Bos who cried"),
    13: ("Jan Pieterszoon Roos", ["Captain Jan Pieterszoon Roos", "Roos"],
         "Kept aboard the Dutch East India ship Vrouw Aletta, Captain Jan Pieterszoon Roos"),
    14: ("Hendrik Bos", ["The mate, Hendrik Bos", "the mate Hendrik Bos", "Bos"], "got the long boat over the side"),
    15: ("the mate", ["the mate Hendrik Bos", "Hendrik Bos", "mate"], "Keller heard them from the mate"),
    18: ("the rocks of Ushant", ["Ushant", "Ouessant", "the rocks of Ushant (Ouessant)", "on the rocks of Ushant"],
         "was lost on the rocks of Ushant"),
    19: ("Ouessant", [], "was lost on the rocks of Ushant (Ouessant)"),
    20: ("Lampaul", ["a small harbour called Lampaul", "Lampaul upon the Isle of Ushant"],
         "Came ashore at a small harbour called Lampaul"),
    21: ("Brest", ["at Brest"], "made at Brest on 23 March 1711"),
    22: ("23 March 1711", ["23 March 1711 N.S.", "on 23 March 1711"], "made at Brest on 23 March 1711"),
    23: ("pepper", ["3,400 bales of pepper", "bales of pepper"], "being 3,400 bales of pepper"),
    24: ("3,400", ["3,400 bales", "3,400 bales of pepper"], "being 3,400 bales of pepper"),
    25: ("412,000 guilders", [], "estimated at 412,000 guilders"),
    26: ("thirty-seven", ["37", "thirty-seven bodies"], "records thirty-seven bodies buried"),
    27: ("22 March", ["22 March 1711", "on 22 March"], "records thirty-seven bodies buried"),
    28: ("THOMAS WAKELEY", ["Thomas Wakeley", "Wakeley"], "JOURNAL OF THOMAS WAKELEY, SURGEON"),
    29: ("Thomas Wakefield", [], "English translation printed by Thomas Wakefield"),
    30: ("Johann Hartmann", ["Johann Hartmann of Hamburg"], "In 1716 I married Johann Hartmann"),
    31: ("Voss", [], "Hartmann, Anna Maria (née Voss"),
    33: ("Sept.r the 14.th 1734", ["14 September 1734", "1734"], "Written Sept.r the 14.th 1734"),
    34: ("Briſtol", ["Bristol"], "By T. WAKELEY, Surgeon"),
    35: ("Batavia", [], "sailed from the Texel on 13 February 1711"),
    36: ("13 February 1711", ["13 February 1711 N.S.", "on 13 February 1711"], "sailed from the Texel on 13 February 1711"),
    37: ("sixty", ["60"], "and Anna Maria Keller sixty"),
    38: ("about 150", ["150", "about 150 Men"], "the Captain and about 150 Men were drowned"),
    40: ("Fray Diego de Lerma", ["Lerma", "Diego de Lerma"], "except Fray Diego de Lerma, who gives 214"),
    42: ("Yves Le Goff", ["Le Goff", "The curé Yves Le Goff"], "The curé Yves Le Goff counted"),
    43: ("the Bishop of Léon", ["Bishop of Léon"], "Le Goff to the Bishop of Léon"),
    44: ("the Padre Provincial", ["Padre Provincial"], "Lerma to the Padre Provincial"),
    45: ("Cádiz", [], "Pienso volver a Cádiz"),
    46: ("Hendrik Bosch", ["My cousin Hendrik Bosch of Danzig", "Hendrik Bosch of Danzig"],
         "My cousin Hendrik Bosch of Danzig sent money"),
    47: ("200 guilders", [], "he has sent 200 guilders to Brest"),
    48: ("May 1711", ["in May 1711"], "carried home from Brest in May 1711"),
    54: ("sixty-one", ["61"], "both give sixty-one, which I take"),
    55: ("the Julian calendar", ["Julian calendar", "the Julian calendar (Old Style)"],
         "English writers used the Julian calendar"),
    56: ("simply wrong by a day", ["wrong by a day"], "is simply wrong by a day"),
    57: ("Martin Keller", [], "My husband, Martin Keller, had died at Batavia"),
    58: ("Batavia", [], "My husband, Martin Keller, had died at Batavia"),
    59: ("thirty-four years", ["thirty-four", "34"], "aged thirty-four years"),
    60: ("thirty-one persons", ["thirty-one", "31"], "put off in the longboat with thirty-one persons"),
    62: ("cinquante-huit personnes", ["cinquante-huit", "58"], "ont tiré du naufrage cinquante-huit"),
    63: ("sechzig", ["60"], "nur sechzig gerettet"),
    64: ("doscientas catorce almas", ["doscientas catorce", "214"], "con doscientas catorce almas"),
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
