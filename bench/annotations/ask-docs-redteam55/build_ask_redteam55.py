"""Round 55: the red team's 49 questions over its land and property records and diaries archive.

Each answerable question's answer is a span of the sentence that states it, chosen by hand from the red team's
expected answer (``questions.tsv``: the question and truth columns of ``bench/redteam/round55/questions.tsv``) and
written here as (answer, alternatives, a piece of the stating sentence); the sentence is looked up in the built
collection (``bench/redteam/round55/in/coll`` built with ``--catalogue in/coll/catalogue.csv``). Where several
documents state a fact, the citation is the one sentence naming both the question's subject and the answer and
stating the question's predicate: q01/q02 the conveyance's "In consideration of the sum of £1,250 paid by John Carr
to William Ashby, the vendor conveys all that close of pasture called Little Chelsea …" over its parties clause
(which names no price and no close); q15 the tithe notes' row "Parcel 112, Little Chelsea, owner John Carr, …" (the
apportionment's own row; the conveyance's "being parcel 112 in the tithe apportionment" states it too and is not
credited); q20 the diary's "The Colonel is Colonel Henry Marsh, late of the Bengal Army." over the show's "Colonel
Henry Marsh judged the shorthorns." (which says nothing of who the Colonel is). Where the stating sentence names no
date, the citation is the dated heading the entry hangs on: q18 "Thursday 14 June 1894." (the entry's "I was
married this morning to James Whitby …" says "this morning"). q23 (a journey in several entries) is answered by the
arrival "Arrived at Constantinople in the rain."; q24 by "Left Beira … for Salisbury, Rhodesia.". q10's "1842"
alone is not the day (Lady Day 1842). Two are left out, as no stored sentence holds the answer: q03 ("How large was
Little Chelsea?": "3a. 2r. 14p." is stored as three sentences "… containing 3a." / "2r." / "14p., …" in both the
conveyance and the tithe notes) and q30 ("When did Aunt B. die?": "February 1901" is the heading "February." and
the year of the diary's title; the death sentence names no date). The tester's false-premise (Q32–Q41) and
unanswerable (Q42–Q49) questions are unanswerable (``NONE``).

    PYTHONPATH=src python build_ask_redteam55.py COLLECTION.db > ../ask_redteam55.jsonl
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from judged_group import write_group  # noqa: E402

SKIP: set[int] = {3, 30}
NONE = set(range(32, 50))
ANS = {
    1: ("William Ashby", [], "In consideration of the sum of £1,250"),
    2: ("£1,250", ["the sum of £1,250"], "In consideration of the sum of"),
    4: ("£38 10s. 6d.", ["£38 10s. 6d", "the yearly rent of £38 10s. 6d."], "or thereabouts, for the term of"),
    5: ("Thomas Holt", [], "WITNESSETH that Sir George Carrington doth demise unto"),
    6: ("the lands of John Carr", ["lands of John Carr", "John Carr"], "The said farm is bounded on the east by"),
    7: ("the River Lathkill", ["River Lathkill", "Lathkill"], "The close is bounded on the north"),
    8: ("Henry Lincoln", ["Henry Lincoln of Lincoln Farm"], "By a mortgage dated"),
    9: ("£600", ["the sum of £600", "£600 with interest at five per centum"], "to Samuel Greaves of Sheffield, banker"),
    10: ("Lady Day 1842", ["on Lady Day 1842"], "The mortgage was redeemed on"),
    11: ("a peppercorn rent for the first year and £31 5s. 0d. a year thereafter",
         ["£31 5s. 0d. a year", "£31 5s. 0d."], "Sir Richard Carrington demises Washington Farm"),
    12: ("the Duke of Devonshire", ["Duke of Devonshire"], "Hyde Park Farm was bought by"),
    13: ("the Rutland Arms, Bakewell", ["Rutland Arms, Bakewell", "the Rutland Arms", "Rutland Arms"],
         "was offered for sale by auction"),
    14: ("William Fairbank of Sheffield", ["William Fairbank"], "Surveyed by"),
    15: ("Little Chelsea", [], "Parcel 112, "),
    16: ("Thomas Holt", [], "Parcel 113, "),
    17: ("James Whitby", [], "I was married this morning to"),
    18: ("14 June 1894", ["Thursday 14 June 1894"], "Thursday 14 June"),
    19: ("Miss Beatrice Pryce", ["Beatrice Pryce", "Miss Beatrice Pryce, my father's sister"], "Aunt B. is"),
    20: ("Colonel Henry Marsh, late of the Bengal Army", ["Colonel Henry Marsh", "Henry Marsh"],
         "The Colonel is Colonel"),
    21: ("The Cape will be at war within two years", ["The Cape will be at war within two years,"],
         "said Colonel Marsh"),
    22: ("The railway will reach the Victoria Falls within five years, and Salisbury will be a city.",
         ["The railway will reach the Victoria Falls within five years, and Salisbury will be a city",
          "The railway will reach the Victoria Falls within five years"], "Mr Hartley said:"),
    23: ("Constantinople", [], "Arrived at Constantinople"),
    24: ("Salisbury, Rhodesia", ["Salisbury"], "Left Beira by the narrow-gauge railway"),
    25: ("Mabel Frost", ["Miss Mabel Frost", "Mabel"], "Arthur Whitby met us at the station"),
    26: ("Gladstone", ["the dog Gladstone"], "we walked the dog"),
    27: ("101 degrees", [], "Dreadful heat"),
    28: ("the Lady Florence", ["Lady Florence"], "We sailed from Marseilles"),
    29: ("after the town in the Cape where his brother made his money",
         ["the town in the Cape where his brother made his money"], "We moved into Kimberley House"),
    31: ("Colonel Henry Marsh", ["Henry Marsh"], "judged the shorthorns"),
}


def main() -> None:
    write_group(sys.argv[1], HERE / "questions.tsv", SKIP, NONE, ANS, unanswerable_kind=True)


if __name__ == "__main__":
    main()
