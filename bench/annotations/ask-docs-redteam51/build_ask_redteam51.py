"""Round 51: the red team's 48 questions over its photograph-and-film and company-records archive as a judged group.

Each answerable question's answer is a span of the sentence that states it, chosen by hand from the red team's
expected answer (``questions.tsv``: the question and truth columns of ``bench/redteam/round51/in/questions.tsv``) and
written here as (answer, alternatives, a piece of the stating sentence); the sentence is looked up in the built
collection (``bench/redteam/round51/in/coll`` with ``--catalogue in/coll/catalogue.csv``, the state the questions were
asked of, before the tester's edits, which are ``in/coll_edited``). Where several documents state a fact (a caption
and the negative register, the minutes and the merger notice), the citation is the one sentence naming both the
question's subject and the answer; where none names both (a register's "Photographer:" or "Date on sleeve:" line
under the negative's number), the record line; where two name both (the 1936 revenue in the table and in the
correction of the interim figure), the table row. The yes/no question (q47) is answered "no" from the sentence that
denies it. The tester's false-premise (Q29–Q38) and unanswerable (Q39–Q46) questions are unanswerable (``NONE``).

    PYTHONPATH=src python build_ask_redteam51.py COLLECTION.db > ../ask_redteam51.jsonl
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from judged_group import write_group  # noqa: E402

SKIP: set[int] = set()
NONE = set(range(29, 47))
ANS = {
    1: ("Ada Quill", ["Ada Quill of the Paris Studio"], "Negative N-1934-117, by Ada Quill"),
    2: ("Walter Lincoln", ["Walter Lincoln, Lincoln Photo Co."], "Photographer: Walter Lincoln, Lincoln Photo Co."),
    3: ("August 1927", ["in August 1927"], "Shot in August 1927"),
    4: ("4 October 1958", ["on 4 October 1958"], "Shot on 4 October 1958"),
    5: ("Edith Harrison", [], "Present: Edith Harrison (in the chair)"),
    6: ("George Abbott", [], "was elected chairman from 1 July 1934"),
    7: ("Thomas Harrison", [], "founded Harrison & Sons in Coventry"),
    8: ("1 July 1921", ["1921", "with effect from 1 July 1921"], "be merged as Harrison-Boston Ltd"),
    9: ("£282,000", [], "1936 | $1,410,000"),
    10: ("$1,240,000", [], "1935 | $1,240,000"),
    11: ("7.5%", [], "1936 | $1,410,000"),
    12: ("4 October 1958", ["On 4 October 1958"], "Harrison-Boston Ltd was renamed Meridian Cycles plc at"),
    13: ("George Abbott", [], "The sitter is George Abbott, not"),
    14: ("1935", ["in 1935"], "The photograph was taken in 1935"),
    15: ("Walter Lincoln", [], "founded by Walter Lincoln in 1910"),
    16: ("Ada Quill", [], "opened by Ada Quill in 1919"),
    17: ("Coventry", ["in Coventry"], "The Paris Studio was a portrait studio in"),
    18: ("the rubber trade is finished",
         ['George Abbott told me at Coventry that "the rubber trade is finished"'], "George Abbott told me at"),
    19: ("We merge in July or we do not merge at all.", ["We merge in July or we do not merge at all"],
         "For my part I say only this"),
    20: ("Margaret Oduya", [], "The chairman, Margaret Oduya, said"),
    21: ("11 minutes 40 seconds", [], "Running time 11 minutes 40 seconds"),
    22: ("12,960", ["12,960 frames"], "12,960 frames at"),
    23: ("1911", ["in 1911"], "He died in 1911"),
    24: ("Harold Venn", [], "Signed for the board"),
    25: ("Dún Laoghaire", [], "has been called Dún Laoghaire"),
    26: ("1,450", ["1,450 people"], "The company employed 1,450"),
    27: ("before 1914", [], "Date on sleeve: \"before 1914\""),
    28: ("Margaret Oduya", [], "Margaret Oduya, 1950–1962"),
    47: ("no", [], "It had no connection with the city of Lincoln"),
    48: ("The rubber side will carry the cycle side for ten years.",
         ["The rubber side will carry the cycle side for ten years"], "Mr Pike stated"),
}


def main() -> None:
    write_group(sys.argv[1], HERE / "questions.tsv", SKIP, NONE, ANS, unanswerable_kind=True)


if __name__ == "__main__":
    main()
