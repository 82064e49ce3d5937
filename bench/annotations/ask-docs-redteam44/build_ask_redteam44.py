"""Round 44: the red team's 45 researcher's questions over its edition of letters and diaries as a judged ask group.

Each answerable question's answer is a span of the sentence that states it, chosen by hand from the red team's
expected answer (``questions.tsv``: the question and expected-answer columns of
``bench/redteam/round44/questions.tsv``) and written here as (answer, alternatives, a piece of the stating sentence);
the sentence is looked up in the built edition (``bench/redteam/round44/in/ed``). Where several documents state
one fact, the sentence of the source the question names is taken, else the primary one (the letter or diary of the
people concerned before the later biography or register). Questions whose answer is stated only by a heading or a
dateline apart from the act asked about (an arrival under a diary's date, a reply's date as its letter's dateline)
are left out (``SKIP``); the red team's false-premise and unanswerable questions are unanswerable (``NONE``).

    PYTHONPATH=src python build_ask_redteam44.py EDITION.db > ../ask_redteam44.jsonl
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from judged_group import write_group  # noqa: E402
SKIP = {2, 5}
NONE = set(range(25, 44))
ANS = {
    1: ("William Ashby", [], "Letter from William Ashby to Johann Christoph Hartmann, 2 December 1787"),
    3: ("forty guineas", [], "The Society will advance forty guineas towards the expenses"),
    4: ("Captain Elias Brandt", ["Elias Brandt"], "we went on board the Hoffnung, master Captain Elias Brandt"),
    6: ("his house in the Sandstrasse", ["in his house in the Sandstrasse", "the Sandstrasse"],
        "lodges us in his house in the Sandstrasse"),
    7: ("14 September 1788", ["on 14 September 1788"], "We arrived at Cherson on 14 September 1788"),
    8: ("312", ["312 specimens", "312 specimens of 180 species"], "By the end of September we had dried 312"),
    9: ("Major Andrei Sokolov", ["Andrei Sokolov"], "Major Andrei Sokolov received us kindly and gave us six horses"),
    10: ("2 August 1760", ["on 2 August 1760"], "Friederike Hartmann was born at Halle on 2 August 1760"),
    11: ("Riga", ["at Riga"], "She died at Riga on 11 February 1831."),
    12: ("19 November 1809", ["on 19 November 1809"], "He died at Halle on 19 November 1809."),
    13: ("the Society's silver medal", ["silver medal", "Society's silver medal"],
         "He received the Society's silver medal in 1790."),
    14: ("Anne Ashby", [], "Anne Ashby translated her diary into English in 1795"),
    15: ("Akmetchet", ["at Akmetchet", "Simferopol"], "we shall winter at Akmetchet"),
    16: ("11/22 June 1788", ["22 June 1788"], "Letter from Pyotr Sokolov to Johann Christoph Hartmann, 11/22 June"),
    17: ("my brother, who commands the magazine there", ["my brother", "who commands the magazine there"],
         "At Cherson ask for Major Andrei Sokolov, my brother"),
    18: ("an infusion of wormwood", ["infusion of wormwood"], "who gave him an infusion of wormwood"),
    19: ("10 July 1788", ["on 10 July 1788"], "We left Riga on 10 July 1788"),
    20: ("the apothecary", ["apothecary", "a native of Halle"], "the apothecary Christian Kessler, a native of Halle"),
    21: ("lost at Leghorn", ["salt samples from Perekop (lost at Leghorn)"], "salt samples from Perekop (lost at Leghorn)"),
    22: ("1 August 1788", ["on 1 August 1788"], "twenty guineas on 1 February 1788 and twenty guineas on 1 August 1788"),
    23: ("brother of the Secretary", [], "Resolved: that the Rev. Thomas Ashby, brother of the Secretary"),
    24: ("Boston, Lincolnshire", ["Lincolnshire"], "for the Fenland Botanical Society of Boston, Lincolnshire"),
    44: ("Anne Ashby", [], "Letter from Anne Ashby to Friederike Hartmann, 1 March 1789"),
    45: ("by Kiev and Breslau", ["by Kiev and Breslau, not by Riga", "Kiev and Breslau"],
         "Johann says we shall go home by Kiev and Breslau"),
}


def main() -> None:
    write_group(sys.argv[1], HERE / "questions.tsv", SKIP, NONE, ANS)


if __name__ == "__main__":
    main()
