"""Round 46: the red team's 46 questions over its museum collection as a judged ask group.

Each answerable question's answer is a span of the sentence that states it, chosen by hand from the red team's
expected answer (``questions.tsv``: the question and truth columns of ``bench/redteam/round46/asks.tsv``) and
written here as (answer, alternatives, a piece of the stating sentence); the sentence is looked up in the built
collection (``bench/redteam/round46/in/coll_orig`` with ``in/catalogue.csv``, the state the questions were asked
of). An object record's field line ("Maker: X", "Maker | X") states its fact. Q25 ("Who is <a name in Arabic
script>?", truth "astrolabe maker in Tabriz") is left out: no one sentence both names him in that script and says
what he was (``SKIP``); the tester's false-premise and unanswerable questions are unanswerable (``NONE``).

    PYTHONPATH=src python build_ask_redteam46.py COLLECTION.db > ../ask_redteam46.jsonl
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from judged_group import write_group  # noqa: E402

SKIP = {25}
NONE = set(range(27, 47))
ANS = {
    1: ("Pyotr Danilovich Volkov", ["Pyotr Danilovich Volkov (Пётр Данилович Волков)"], "Maker | Pyotr Danilovich Volkov"),
    2: ("Yusuf ibn Hasan al-Tabrizi", ["Yusuf ibn Hasan al-Tabrizi (يوسف بن حسن التبريزي)"],
        "Maker: Yusuf ibn Hasan al-Tabrizi"),
    3: ("1987", ["in 1987"], "acquired from the estate of Arthur Oakes by the Calder Museum in 1987"),
    4: ("the estate of Arthur Oakes", ["estate of Arthur Oakes", "Arthur Oakes"],
        "acquired from the estate of Arthur Oakes by the Calder Museum"),
    5: ("Mirza Kazem Beg", [], "she had bought"),
    6: ("St Petersburg", ["St Petersburg, Russia"], "Place made | St Petersburg"),
    7: ("Eleanor Ashworth", ["Eleanor Ashworth of the Ashworth Collection", "the Ashworth Collection"],
        "The astrolabe is lent by Eleanor Ashworth"),
    8: ("30 April 2028", [], "Term: 1 May 2003"),
    9: ("Mariam Haddad", ["Mariam Haddad, conservator"], "Examined by Mariam Haddad"),
    10: ("14 June 2011", ["on 14 June 2011"], "The trustees approved its deaccession"),
    11: ("the Harrogate Science Trust", ["Harrogate Science Trust"], "The trustees approved its deaccession"),
    12: ("Margaret Hale", [], "given to the Calder Museum by Margaret Hale in 1999"),
    13: ("1780", ["Qianlong 45th year", "Qianlong 45th year (乾隆四十五年), that is 1780"], "Date: Qianlong 45th year"),
    14: ("Theodoros", ["Theodoros (Θεόδωρος)"], "signed the sundial 2015.1.1"),
    15: ("Thessaloniki", [], "Place made: Thessaloniki."),
    16: ("1920", ["in 1920"], "who emigrated to Paris in 1920"),
    17: ("Maurice Lévy", ["the dealer Maurice Lévy"], "sold to the dealer Maurice Lévy"),
    18: ("120 roubles", [], "I ask 120 roubles for it."),
    19: ("12.7 cm", ["12.7 cm (5 in)", "diameter 12.7 cm (5 in)"], "Dimensions: diameter 12.7 cm"),
    20: ("1719", ["in 1719"], "opened his compass shop in Xiuning in 1719"),
    21: ('that she had bought "the Tabrizi astrolabe" from Mirza Kazem Beg for 40 tomans',
         ['she had bought "the Tabrizi astrolabe" from Mirza Kazem Beg for 40 tomans'], "Henrietta Oakes wrote on"),
    22: ("Yehuda ben Shlomo ha-Levi", [], "Maker: Yehuda ben Shlomo ha-Levi."),
    23: ("Yusuf ibn Hasan al-Tabrizi", ["يوسف بن حسن التبريزي"], "Maker: Yusuf ibn Hasan al-Tabrizi (يوسف"),
    24: ("Pyotr Danilovich Volkov", ["Пётр Данилович Волков"], "Maker | Pyotr Danilovich Volkov"),
    26: ("the celestial globe is ready", [], "Translation: Gracious sir"),
}


def main() -> None:
    write_group(sys.argv[1], HERE / "questions.tsv", SKIP, NONE, ANS, unanswerable_kind=True)


if __name__ == "__main__":
    main()
