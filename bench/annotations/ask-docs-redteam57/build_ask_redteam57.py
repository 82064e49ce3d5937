"""Round 57: the red team's 50 questions over its missionary society papers and elections archive (one build).

One collection, one database: ``bench/redteam/round57/in/coll`` (``mission/`` and ``elections/`` together), built
with ``--catalogue in/coll/catalogue.csv`` (README.md here says how). Q01–Q17 are asked of the mission papers,
Q18–Q32 of the elections archive, the unanswerable Q33–Q50 of both.

Each answerable question's answer is a span of the sentence that states it, chosen by hand from the red team's
expected answer (``questions.tsv``: the question and truth columns of ``bench/redteam/round57/questions.tsv``) and
written here as (answer, alternatives, a piece of the stating sentence); the sentence is looked up in the built
collection. Where several sentences state a fact, the citation is the one naming both the question's subject and
the answer and stating the question's predicate: q01 the founding sentence ("St. Faith's Station was founded by
the Rev. J. T. Harris …") over the report's byline; q08 "Mrs. Harris, who before her marriage in 1869 was Miss
Eleanor Whitcombe …" over the letter's signature "Nellie (E. Harris, née Whitcombe)" (which does not name
Eleanor); q10 and q16 the station report's sentences ("The journey from Quelimane to the station took us fourteen
days' march …", "… the Madras committee sent 300 rupees …", the question's verb) over the accounts' lines; q25 the
document title "Margaret Ashworth (née Dunlop): …" (the one sentence stating the maiden name of the name asked;
"In 1921 Margaret Dunlop married …" states the marriage). Who won an election the sources state by the result
table alone is cited at the winner's row (q22 "Joseph Tolley | Liberal (caucus) | 2,114", q27 "Sir George
Pemberton | Conservative | 11,204 | 48.7%"). A quotation's first clause is an alternative. q30 ("Who lost to
Margaret Dunlop in St. George's ward in 1919?", marked N by the tester, whose truth says "nobody: she lost to
Walter Prior") is a false premise and unanswerable, as are the tester's false premises (Q33–Q42) and not-stated
questions (Q43–Q50) (``NONE``).

    PYTHONPATH=src python build_ask_redteam57.py RT57.db > ../ask_redteam57.jsonl
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from judged_group import write_group  # noqa: E402

NONE = {30} | set(range(33, 51))
ANS = {
    1: ("Rev. J. T. Harris", ["the Rev. J. T. Harris", "J. T. Harris"], "St. Faith's Station was founded by"),
    2: ("feast of St. Michael 1871", ["the feast of St. Michael 1871", "on the feast of St. Michael 1871"],
        "St. Faith's Station was founded by"),
    3: ("Mary Chisomo, Thomas Mpinganjira, John Kachere and Ruth Namwali",
        [], "four converts were baptised"),
    4: ("No. 117", ["117"], "was entered in the register as"),
    5: ("Bandawe", [], "Because of fever the station was moved in 1881"),
    6: ("Dr. Robert Laws", ["Robert Laws", "the Free Church of Scotland mission under Dr. Robert Laws",
                            "Free Church of Scotland mission"], "The station of Livingstonia was founded"),
    7: ("the foot of Zomba mountain", ["foot of Zomba mountain", "Zomba mountain", "Zomba"],
        "should be moved to the foot of"),
    8: ("Whitcombe", ["Eleanor Whitcombe", "Miss Eleanor Whitcombe"], "who before her marriage in 1869 was"),
    9: ("Rev. William Okeke-Price", ["The Rev. William Okeke-Price", "William Okeke-Price"], "took charge at Zomba"),
    10: ("fourteen", ["fourteen days", "fourteen days' march"], "The journey from Quelimane to the station"),
    11: ("Pastor Heinrich Wendt", ["Heinrich Wendt"], "baptised eleven converts"),
    12: ("1854", ["in 1854"], "The station of New Hermannsburg in Natal was founded"),
    13: ("41", ["41 girls"], "reports 41 girls"),
    14: ("This hill has more faith than my cathedral.", ["This hill has more faith than my cathedral"],
         "The Archdeacon confirmed 23 candidates"),
    15: ("The girls learn faster than the boys, and the boys know it.",
         ["The girls learn faster than the boys, and the boys know it", "The girls learn faster than the boys"],
         "The Mother Superior said:"),
    16: ("300 rupees", ["300"], "the Madras committee sent"),
    17: ("Leicester", ["at Leicester"], "did not move with it"),
    18: ("6,412", ["6,412 votes"], "Henry Aldous (Liberal):"),
    19: ("Henry Aldous", [], "was therefore elected Member of Parliament"),
    20: ("435", [], "Majority: 435"),
    21: ("81.3 per cent", [], "Turnout: 81.3"),
    22: ("Joseph Tolley", [], "Joseph Tolley | Liberal (caucus)"),
    23: ("Honest government is not a slogan; it is a job, and we have the men to do it.",
         ["Honest government is not a slogan; it is a job, and we have the men to do it",
          "Honest government is not a slogan"], "Patrick Costello, a Tammany district leader"),
    24: ("Emanuel Wurm", ["Wurm"], "the constituency was won by"),
    25: ("Dunlop", [], "Margaret Ashworth (née Dunlop)"),
    26: ("9,630", ["9,630 votes"], "As Mrs. Ashworth she stood for Bristol West"),
    27: ("Sir George Pemberton", ["George Pemberton"], "Sir George Pemberton | Conservative"),
    28: ("Protection is a tax on the poor man's breakfast table.",
         ["Protection is a tax on the poor man's breakfast table"], "He said: \"Protection"),
    29: ("37", [], "Spoilt ballots: 37"),
    31: ("The majority is small and the next election will undo it.",
         ["The majority is small and the next election will undo it"], "Sir George Pemberton replied"),
    32: ("9,412", ["9,412 votes"], "Levi P. Morton (Republican)"),
}


def main() -> None:
    write_group(sys.argv[1], HERE / "questions.tsv", set(), NONE, ANS, unanswerable_kind=True)


if __name__ == "__main__":
    main()
