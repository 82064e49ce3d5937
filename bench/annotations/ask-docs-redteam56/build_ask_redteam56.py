"""Round 56: the red team's 48 questions over its missionary society archive and its elections archive.

Two collections, two databases: Q01–Q25 are asked of the missions archive (``bench/redteam/round56/in/missions``),
Q26–Q48 of the elections archive
(``bench/redteam/round56/in/elections``). Each row carries ``"collection": "missions"`` or ``"elections"``; score
each half on its own build (README.md here says how).

Each answerable question's answer is a span of the sentence that states it, chosen by hand from the red team's
expected answer (``questions.tsv``: the question and truth columns of ``bench/redteam/round56/questions.tsv``) and
written here as (answer, alternatives, a piece of the stating sentence); the sentence is looked up in the built
collection. Where several documents state a fact, the citation is the one sentence naming both the question's
subject and the answer and stating the question's predicate: q01 the founding report's "The station of Livingstonia
was founded on 12 October 1875 … by the Rev. J. T. Harris." over the obituary's "… John Thomas Harris, founder of
Livingstonia, died …" (a death sentence); q05 the baptism list's "Chinyama, baptised Andrew (Andrew Chinyama)" over
the letter's "On Whitsuntide 1879 Chinyama was baptised Andrew, …" (the list names both names); q10 the obituary's
death sentence; q26/q28 "Sir George Halford was elected with a majority of 225." (the polling sentence states votes,
not who was elected); q38 "… the Birmingham caucus candidate, Josiah Pell, polled 2,015 votes and … Ann Mottram,
polled 1,877." (the only sentence naming the winner in full; the next, "Pell won by 138.", states the win by
surname). A quotation's first clause is an alternative (q31 "Free trade is the poor man's bread"). q12 is the 1891 accounts' sentence (the 1885 accounts give another year's figure). The tester's false
premises (Q16–Q21, Q39–Q43) and not-stated questions (Q22–Q25, Q44–Q47) are unanswerable (``NONE``).

    PYTHONPATH=src python build_ask_redteam56.py MISSIONS.db ELECTIONS.db > ../ask_redteam56.jsonl
"""
import contextlib
import io
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from judged_group import write_group  # noqa: E402

MISSIONS = set(range(1, 26))
ELECTIONS = set(range(26, 49))
NONE = set(range(16, 26)) | set(range(39, 48))
ANS = {
    1: ("Rev. J. T. Harris", ["the Rev. J. T. Harris", "J. T. Harris"], "was founded on 12 October 1875"),
    2: ("12 October 1875", ["on 12 October 1875"], "The station of Livingstonia was founded"),
    3: ("Bandawe", [], "In 1881 the station of Livingstonia was moved"),
    4: ("Rev. Henry Duff", ["the Rev. Henry Duff", "Henry Duff"], "was founded on Advent Sunday 1876"),
    5: ("Chinyama", ["Andrew Chinyama"], "Chinyama, baptised Andrew"),
    6: ("Pastor Friedrich Kessler", ["Friedrich Kessler"], "was founded in"),
    7: ("Kesslersdorf", [], "moved twelve miles upstream"),
    8: ("Mother Superior Agnes Lyle", ["Agnes Lyle"], "The first head of the house was"),
    9: ("Margaret Ogilvie", ["Miss Margaret Ogilvie"], "who before her marriage in 1874 was"),
    10: ("3 March 1902", ["on 3 March 1902"], "founder of Livingstonia, died at Dundee"),
    11: ("six days", ["six days' march"], "The journey from Umtali to Rusape"),
    12: ("3,500", ["3,500 rupees"], "The mission's accounts for 1891"),
    13: ("Andrew Chinyama", [], "In 1890 she married"),
    14: ("Khondowe", ["the plateau of Khondowe"], "In 1894 Livingstonia was moved again"),
    15: ("This house is built by African hands for African hearts.",
         ["This house is built by African hands for African hearts"], "said at the opening"),
    26: ("Sir George Halford", ["George Halford"], "was elected with a majority of 225"),
    27: ("4,987", ["4,987 votes"], "polled 5,212 votes and Mr. Thomas Penrose"),
    28: ("225", ["a majority of 225"], "was elected with a majority of"),
    29: ("81.4 per cent", [], "The turnout was"),
    30: ("Mrs. Eleanor Vane", ["Eleanor Vane"], "won St. George's ward with 1,204 votes"),
    31: ("Free trade is the poor man's bread, and we will not let the Birmingham caucus tax it.",
         ["Free trade is the poor man's bread, and we will not let the Birmingham caucus tax it",
          "Free trade is the poor man's bread"], "Free trade is"),
    32: ("37", ["37 ballot papers"], "were rejected as spoilt"),
    33: ("Peirotes", [], "Peirotes beat Wetterl"),
    34: ("6", [], "Majority 6"),
    35: ("The ward wants drains, not speeches.", ["The ward wants drains, not speeches"], "said on the hustings"),
    36: ("Eleanor Marsh", [], "born Eleanor Marsh at Bedminster"),
    37: ("4,381", ["4,381 votes"], "The poll book records"),
    38: ("Josiah Pell", [], "the Birmingham caucus candidate, Josiah Pell"),
    48: ("Bristol East deserves a member who lives in it.", ["Bristol East deserves a member who lives in it"],
         "said at the Clarion meeting in Kingswood"),
}


def half(db: str, keep: set[int], collection: str) -> list[str]:
    """The group's rows of one collection, each marked with it."""
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        write_group(db, HERE / "questions.tsv", (MISSIONS | ELECTIONS) - keep, NONE, ANS, unanswerable_kind=True)
    return [json.dumps({**json.loads(line), "collection": collection}, ensure_ascii=False)
            for line in out.getvalue().splitlines()]


def main() -> None:
    for line in half(sys.argv[1], MISSIONS, "missions") + half(sys.argv[2], ELECTIONS, "elections"):
        print(line)


if __name__ == "__main__":
    main()
