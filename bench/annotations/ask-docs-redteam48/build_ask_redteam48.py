"""Round 48: the red team's 50 questions over its performing-arts and court-records archive as a judged ask group.

Each answerable question's answer is a span of the sentence that states it, chosen by hand from the red team's
expected answer (``questions.tsv``: the question and truth columns of ``bench/redteam/round48/questions.tsv``) and
written here as (answer, alternatives, a piece of the stating sentence); the sentence is looked up in the built
collection (``bench/redteam/round48/in/coll`` with ``in/coll/catalogue.csv``, the state the questions were asked
of). A transcript's answer line ("A. I never saw …") is the witness's statement. Left out (``SKIP``): Q15 and Q16
(the cast table stating them is in two documents, the Markdown and the DOCX copy, so no one sentence), Q27 (the
sentence says "The judge said", the judge's name only in other sentences) and Q30 (a yes/no question: "Was X
awarded £240 in the end?" — no span answers it; the red team's repro ``ask_reversed_yes.sh`` keeps it). The tester's
false-premise and unanswerable questions are unanswerable (``NONE``).

    PYTHONPATH=src python build_ask_redteam48.py COLLECTION.db > ../ask_redteam48.jsonl
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from judged_group import write_group  # noqa: E402

SKIP = {15, 16, 27, 30}
NONE = set(range(31, 49))
CAST = "Cast Maria Keller as Ludmila Josef Brandt as Count Orsino"
ANS = {
    1: ("Maria Keller", ["Keller"], CAST),
    2: ("3 May 1923", [], "World premiere: 3 May 1923."),
    3: ("Anton Varga", [], "Music by Anton Varga."),
    4: ("Clara Webb", [], "Libretto by Clara Webb."),
    5: ("Elena Ruiz", [], "Conductor: Elena Ruiz Orchestra"),
    6: ("Josef Brandt", [], CAST),
    7: ("Karel Novotny", [], "At Prague the Hermit was sung by Karel Novotny"),
    8: ("about 2 hours 40 minutes", ["2 hours 40 minutes"], "Duration: about 2 hours 40 minutes"),
    9: ("10s. 6d.", [], "Prices: stalls 10s. 6d."),
    10: ("Tomas Hollis", [], "BWV 1007, played by Tomas Hollis"),
    11: ("the Lincoln Rooms, Harrogate", ["Lincoln Rooms, Harrogate", "the Lincoln Rooms", "Lincoln Rooms"],
         "Concert given at the Lincoln Rooms, Harrogate"),
    12: ("12 January 1924", ["on 12 January 1924"], "Concert given at the Lincoln Rooms, Harrogate"),
    13: ("Harriet Moss", [], "By Harriet Moss, music critic of the Northern Courier"),
    14: ("28 March 1925", ["on 28 March 1925"], "The tour ended in Vienna on 28 March 1925"),
    17: ("Arthur Penrose", ["His Honour Judge Arthur Penrose", "Judge Arthur Penrose"],
         "Judgment delivered 30 June 1926 by His Honour Judge Arthur Penrose."),
    18: ("4 February 1926", [], "Particulars of claim, filed 4 February 1926."),
    19: ("£240", ["the sum of £240"], "is liable to the plaintiff, Maria Keller, in the sum of £240"),
    20: ("Mr. Edward Lyle KC", ["Edward Lyle KC", "Edward Lyle"], "Counsel for the plaintiff: Mr. Edward Lyle KC."),
    21: ("I never saw any money change hands between them", [], "A. I never saw any money change hands"),
    22: ("She told me in Prague that she had not been paid since Christmas", [], "A. She told me in Prague"),
    23: ("11 January 1927", [], "Judgment delivered 11 January 1927."),
    24: ("Lord Justice Hamblin", ["Hamblin"], "Before Lord Justice Hamblin"),
    25: ("eighteen months' imprisonment", ["to eighteen months' imprisonment"],
         "Mr. Justice Crale sentenced Thomas Grey to eighteen months' imprisonment"),
    26: ("£63 4s.", [], "was charged with the theft of £63 4s."),
    28: ("Mr. Justice Crale", ["Justice Crale", "Crale"], "Application heard on 2 April 1927 before Mr. Justice Crale"),
    29: ("Ada Pryce", [], "Witness: Ada Pryce."),
    49: ("Maria Keller", [], "Maria Keller sang Ludmila in Leipzig on 12 March 1925 and in Prague"),
    50: ("Leeds County Court", ["the Leeds County Court"], "Keller v. Varga: Judgment of the Leeds County Court"),
}


def main() -> None:
    write_group(sys.argv[1], HERE / "questions.tsv", SKIP, NONE, ANS, unanswerable_kind=True)


if __name__ == "__main__":
    main()
