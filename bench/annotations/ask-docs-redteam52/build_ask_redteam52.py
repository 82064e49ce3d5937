"""Round 52: the red team's 50 questions over its university records and sports-club archive as a judged group.

Each answerable question's answer is a span of the sentence that states it, chosen by hand from the red team's
expected answer (``questions.tsv``: the question and truth columns of ``bench/redteam/round52/in/questions.tsv``) and
written here as (answer, alternatives, a piece of the stating sentence); the sentence is looked up in the built
collection (``bench/redteam/round52/in`` built from inside ``in/`` as ``univ club`` with ``--catalogue
univ/students.csv``). The collection is judged as it stands in the folder, after the tester's edits: the cricket
report is gone, so q16 and q17 (its wickets and bowling figures) are unanswerable, and the 1923 attendance is the
edited 6,413 (q15). Where several documents state a fact, the citation is the one sentence naming both the
question's subject and the answer (q12: the merger page's "On 1 August 1948 …" over the history's "In 1948 …";
q28: the 1931 minutes' election over the obituary's "She … was Warden"); where two name both, the sentence in the
question's own words (q11: the history's "was named after") or the record line (q49: the matriculation register's
line over the later note). q26's death date is stored split across two sentences (the PDF's wrapped line, D6), so
its answer is the part in the sentence that names the place. q30's answer is the first data row's name cell of the
league table, which vitrina stores as one sentence. The tester's false-premise (Q31–Q40) and unanswerable
(Q41–Q48) questions are unanswerable (``NONE``).

    PYTHONPATH=src python build_ask_redteam52.py COLLECTION.db > ../ask_redteam52.jsonl
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from judged_group import write_group  # noqa: E402

SKIP: set[int] = set()
NONE = {16, 17} | set(range(31, 49))
ANS = {
    1: ("Kelsall United", [], "Kelsall United 3–1 Preston Vale Wanderers, at"),
    2: ("3–1", [], "Kelsall United 3–1 Preston Vale Wanderers, at"),
    3: ("Michaelmas Term 1911", ["in Michaelmas Term 1911"], "matriculated at Ravensworth University College"),
    4: ("Sir Thomas Aldred", ["Thomas Aldred"], "Present: Sir Thomas Aldred (Vice-Chancellor, in the chair)"),
    5: ("Margaret Hallam", ["Professor Margaret Hallam"], "Vice-Chancellor, in the chair."),
    6: ("the ablest scholar this College has produced",
        ["the ablest scholar this College has produced."], "Aldred described Miss Carrow as"),
    7: ("We played for the town, and the town came to see us.",
        ["We played for the town, and the town came to see us"], "told our reporter"),
    8: ("1887", ["in 1887"], "Ravensworth University College was founded in 1887"),
    9: ("1926", ["In 1926"], "received a royal charter and was renamed"),
    10: ("Sir John Franklin", ["Sir John Franklin, the Arctic explorer"], "is named after Sir John Franklin"),
    11: ("Josiah Lincoln", ["Josiah Lincoln, a wool merchant of Halifax"], "Lincoln College was named after"),
    12: ("1 August 1948", ["On 1 August 1948", "1948"], "Marlow Technical Institute became"),
    13: ("Billy Hesketh", [], "Billy Hesketh scored from a penalty"),
    14: ("Wellington Park, Kelsall", ["Wellington Park", "at Wellington Park, Kelsall"],
         "Kelsall United 3–1 Preston Vale Wanderers, at"),
    15: ("6,413", [], "The attendance was"),
    18: ("1904", ["In 1904"], "Kelsall Rovers was renamed Kelsall Town AFC"),
    19: ("9 February 1931", ["on 9 February 1931"], "who died on 9 February 1931"),
    20: ("Harrogate", ["at Harrogate"], "who died on 9 February 1931"),
    21: ("Lord Brereton", [], "The first Chancellor was"),
    22: ("Two old houses, one new roof.", ["Two old houses, one new roof"], "said at the ceremony"),
    23: ("Arras", ["at Arras", "Arras in April 1917"], "was killed at Arras"),
    24: ("Ada Lunt", ["Mrs. Ada Lunt"], "The secretary, Mrs. Ada Lunt"),
    25: ("Wellington, Shropshire", ["in Wellington, Shropshire"], "who was born in Wellington"),
    26: ("2 March", ["on 2 March"], "died at Chester on 2 March"),
    27: ("Kelsall United", [], "won the County Cup again on 24 April 1926"),
    28: ("Edith Carrow", ["Dr. Edith Carrow"], "was elected Warden of Franklin Hall"),
    29: ("212", ["212 students"], "reported 212 students in residence"),
    30: ("Kelsall United", [], "Pos Club P W D L Pts 1 Kelsall United"),
    49: ("Samuel Okafor", [], "M/1911/0349 Samuel Okafor, of Lagos."),
    50: ("should have been two.", ["should have been two"], "said only that the penalty"),
}


def main() -> None:
    write_group(sys.argv[1], HERE / "questions.tsv", SKIP, NONE, ANS, unanswerable_kind=True)


if __name__ == "__main__":
    main()
