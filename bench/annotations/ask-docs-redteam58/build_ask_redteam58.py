"""Round 58: the red team's 55 questions over its polar expedition archive and world's fair archive (one build).

One collection, one database: ``bench/redteam/round58/in/polar`` and ``in/fair`` built together, as the task and
README.md here say (no catalogue). Q01–Q30 are asked of the polar papers, Q31–Q55 of the fair's.

Each answerable question's answer is a span of the sentence that states it, chosen by hand from the red team's
expected answer (``questions.tsv``: the question and truth columns of ``bench/redteam/round58/questions.tsv``) and
written here as (answer, alternatives, a piece of the stating sentence); the sentence is looked up in the built
collection. Where several sentences state a fact, the citation is the one stating the question's predicate: q02 the
letter's "… the southern party reached 88° 23' S on 3 January 1910 …" (the truth names the three men; the
sentences naming them are split at "Lieut." in the build, and the journal's "Reached 88° 23' S" has no subject);
q03 the depot journal's heading "Day 9" (the truth's answer; the laying sentence under it names no day); q06 the obituary's "Henry Bowes, known to every member … as "Birdie"" (the depot journal's byline is split at
"Lieut." in the build); q07 the letter's "The Owner, as we call Captain Ashdown"; q08 "Dr. Penmore, whom the men call Uncle
Bill"; q32 the Riga Day report over the visitor's letter; q34 the newspaper's opening sentence over the TEI
catalogue's (which opens a building, not the exhibition); q38 the guide; q39 the closing report over the guide;
q44 the jury report over the awards list; q45 the Swedish Pavilion's own page. q31 asks for two winners stated in
two lines; the first line is the citation and its firm the answer. The false premises (Q21–Q26, Q46–Q51) and the
not-stated questions (Q27–Q30, Q52–Q55) are unanswerable (``NONE``).

    PYTHONPATH=src python build_ask_redteam58.py RT58.db > ../ask_redteam58.jsonl
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from judged_group import write_group  # noqa: E402

NONE = set(range(21, 31)) | set(range(46, 56))
ANS = {
    1: ("8,900 feet", ["8,900"], "Camp Markwell, named for our patron"),
    2: ("the southern party", ["southern party"], "I have the honour to report"),
    3: ("Day 9", [], "Day 9"),
    4: ("79° 28' S", [], "Laid Depot Beta"),
    5: ("180 lb of pemmican, 60 lb of biscuit, 8 lb of tea and one gallon of paraffin",
        ["180 lb of pemmican"], "Left there 180 lb"),
    6: ("Henry Bowes", [], "known to every member of the Northern Cross expedition"),
    7: ("Captain Ashdown", ["Ashdown"], "The Owner, as we call"),
    8: ("Dr. Penmore", ["Penmore"], "whom the men call Uncle Bill"),
    9: ("our doctor", ["doctor"], "which I name Mount Penmore"),
    10: ("Mount Markwell", [], "the Owner renamed it"),
    11: ("29 November 1908", [], "The expedition ship Marjorie sailed from Lyttelton"),
    12: ("Half the winter is behind us; the Pole is before us.",
         ["Half the winter is behind us; the Pole is before us", "Half the winter is behind us"],
         "Captain Ashdown said at dinner"),
    13: ("12,000 feet", ["12,000"], "Its height we estimate"),
    14: ("our photographer", ["photographer"], "which we named Fenwick Peak"),
    15: ("19 July 1883", ["on 19 July 1883"], "was born in Greenock"),
    16: ("Battle of Jutland", ["the Battle of Jutland", "at the Battle of Jutland"], "He was killed at"),
    17: ("8 oz", ["8 oz of pemmican"], "Our daily ration is"),
    18: ("2 April 1910", [], "We reached Hobart, Tasmania"),
    19: ("-48° F", ["-48"], "The temperature outside was"),
    20: ("Captain William Orme", ["William Orme"], "master of the ship"),
    31: ("Hartmann & Söhne", ["Hartmann & Söhne, Riga"], "Gold medal, Class 27: Hartmann"),
    32: ("87,350", ["87,350 visitors"], "brought the greatest crowd"),
    33: ("Here the Baltic shows the world what its workshops can do.",
         ["Here the Baltic shows the world what its workshops can do"], "The Governor said:"),
    34: ("Baron Paul von Helmersen", ["Paul von Helmersen", "the Governor of Livonia, Baron Paul von Helmersen",
                                      "Governor of Livonia"], "The exhibition was opened yesterday"),
    35: ("Riga Polytechnic Institute", ["the Riga Polytechnic Institute"], "the turbine was moved to"),
    36: ("Tekniska museet in Stockholm", ["the Tekniska museet in Stockholm", "Tekniska museet", "Stockholm"],
         "After the exhibition the ASEA generator"),
    37: ("Carl Westman", ["the architect Carl Westman"], "The Swedish Pavilion was designed by"),
    38: ("30 kopecks", ["30"], "Admission is 50 kopecks"),
    39: ("29 September 1912", ["the last Sunday of the fair, 29 September 1912"], "The exhibition closed on"),
    40: ("1,214,600", ["1,214,600 visitors"], "In its 152 days"),
    41: ("Eliel Saarinen", [], "The Finnish Pavilion was designed by"),
    42: ("We have shown that Riga can welcome the world.",
         ["We have shown that Riga can welcome the world"], "The closing speech was given by"),
    43: ("Mrs. Anna Lindqvist", ["Anna Lindqvist"], "The principal buildings are"),
    44: ("Professor Wilhelm Ostwald", ["Wilhelm Ostwald"], "The jury of Class 27 met"),
    45: ("12 May 1912", ["on 12 May 1912"], "paid for by the Swedish government"),
}


def main() -> None:
    write_group(sys.argv[1], HERE / "questions.tsv", set(), NONE, ANS, unanswerable_kind=True)


if __name__ == "__main__":
    main()
