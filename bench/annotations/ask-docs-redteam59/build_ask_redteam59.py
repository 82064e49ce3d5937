"""Round 59: the red team's 49 questions over its observatory archive and cookery-manuscript archive (one build).

One collection, one database: ``bench/redteam/round59/in/obs`` and ``in/cook`` built together (no catalogue), as the
task says. Q01–Q27 are asked of the observatory papers, Q28–Q49 of the cookery papers.

Each answerable question's answer is a span of the sentence that states it, chosen by hand from the red team's
expected answer (``questions.tsv``: the question and truth columns of ``bench/redteam/round59/questions.tsv``) and
written here as (answer, alternatives, a piece of the stating sentence); the sentence is looked up in the built
collection. Where several sentences state a fact, the citation is the one stating the question's predicate: q01 and
q02 the circular's "A comet was discovered at Kingstown …" (the log's sentence says "found a faint nebulous
object"); q03 the circular too (the truth's "1882 Dec. 6"; the obituary's "6 December 1882" is an alternative
only where it is in that sentence, so not here); q08 the Barnard's Star report (the log's sentence denies another
plate 1904 that night); q10 the 1894 report's "appointed Director in his place" (the answer's full name); q14 the
letter of Barnard (its writer is the "I" of "I told"); q15 the founding's "which was the gift of"; q28 the receipt
book's "This receipt came from …"; q30 the letter of Julian Ferrars (its writer is the "I" of "I wrote"); q34 the
menu's "Cook: Mrs Ellen Dacre." The false premises (Q19–Q23, Q41–Q45) and the not-stated questions (Q24–Q27,
Q46–Q49) are unanswerable (``NONE``).

    PYTHONPATH=src python build_ask_redteam59.py RT59.db > ../ask_redteam59.jsonl
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from judged_group import write_group  # noqa: E402

NONE = set(range(19, 28)) | set(range(41, 50))
ANS = {
    1: ("Thomas William Brannock", ["Brannock"], "A comet was discovered at Kingstown"),
    2: ("the Harcourt 15-inch refractor", ["Harcourt 15-inch refractor", "Harcourt 15-inch"],
        "A comet was discovered at Kingstown"),
    3: ("1882 Dec. 6", [], "A comet was discovered at Kingstown"),
    4: ("Thomas Grubb of Dublin", ["Thomas Grubb", "Grubb"], "The great instrument, the Harcourt 15-inch"),
    5: ("Sir Edmund Harcourt", ["Edmund Harcourt"], "The Harcourt Observatory was founded at"),
    6: ("1868", ["in 1868"], "The Harcourt Observatory was founded at"),
    7: ("Bloemfontein", ["at Bloemfontein"], "went with it and was remounted"),
    8: ("1916 Aug. 30", [], "photographed it at Bloemfontein"),
    9: ("Miss H. M. Voss", ["H. M. Voss", "Voss"], "Crater Copernicus, drawn by"),
    10: ("Miss Henrietta M. Voss", ["Henrietta M. Voss", "Voss"], "was appointed Director in his place"),
    11: ("Bray", ["at Bray"], "retired in June 1894 and died at"),
    12: ("the Pemberton Southern Station", ["Pemberton Southern Station"], "There it was renamed"),
    13: ("Dr. Pieter Venter", ["Pieter Venter", "Venter"], "Piazzia was measured on plates"),
    14: ("Your drawing is better than any photograph we have made here",
         ["Your drawing is better than any photograph we have made here,"], "I told Professor Holden"),
    15: ("Mrs Louisa Pemberton of Monkstown", ["Louisa Pemberton", "Mrs Louisa Pemberton"],
         "which was the gift of"),
    16: ("sold to Dunsink Observatory", ["Dunsink Observatory", "was sold to Dunsink Observatory"],
         "The Grubb transit circle was sold"),
    17: ("1905 Nov. 17", [], "died at Kingstown on"),
    18: ("Miss Cannon", ["Cannon"], "classified its spectrum as M"),
    28: ("Mrs Alice Birch of Eccles", ["Alice Birch", "Mrs Alice Birch"], "This receipt came from"),
    29: ("3s. 4d.", ["3s. 4d"], "Paid for a Michaelmas goose"),
    30: ("The Melba was a triumph, but the Wellington was a disaster",
         ["The Melba was a triumph, but the Wellington was a disaster,"], "I wrote in my pocket-book"),
    31: ("Colonel Ashby", ["Ashby"], "and refused the Marengo"),
    32: ("Auguste Escoffier", ["Escoffier"], "chef at the Savoy Hotel, made the dish"),
    33: ("Mrs Cowper's new edition of The Northern Housewife",
         ["Mrs Cowper's new edition of The Northern Housewife, 1803, page 112", "The Northern Housewife"],
         "This receipt I had from"),
    34: ("Mrs Ellen Dacre", ["Ellen Dacre"], "Cook: Mrs Ellen Dacre."),
    35: ("Lady Day 1812", ["on Lady Day 1812"], "Hannah Glossop died at Eccleston Hall"),
    36: ("Thwaite", ["H. Thwaite"], "before her marriage"),
    37: ("J. Harrop", ["Harrop", "J. Harrop, 1779"], "printed at Manchester by"),
    38: ("the best pastry north of the Trent", [], "He praised the Eccles cakes"),
    39: ("1861", ["in 1861"], "Nellie Melba was born"),
    40: ("£4 10s.", ["£4 10s"], "her half-year's wages"),
}


def main() -> None:
    write_group(sys.argv[1], HERE / "questions.tsv", set(), NONE, ANS, unanswerable_kind=True)


if __name__ == "__main__":
    main()
