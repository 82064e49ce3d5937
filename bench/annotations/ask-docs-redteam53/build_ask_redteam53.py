"""Round 53: the red team's 47 questions over its regimental archive and town-council records as a judged group.

Each answerable question's answer is a span of the sentence that states it, chosen by hand from the red team's
expected answer (``questions.tsv``: the question and truth columns of ``bench/redteam/round53/in/questions.tsv``) and
written here as (answer, alternatives, a piece of the stating sentence); the sentence is looked up in the built
collection (``bench/redteam/round53/in/coll`` built with ``--authority in/coll/soldiers.csv --catalogue
in/coll/catalogue.csv``). Where several documents state a fact, the citation is the one sentence naming both the
question's subject and the answer: q01 the regimental history's "… 2/5th Battalion … commanded … by …" over the
July 1916 war diary's "Lt-Col. … in command." (which names neither the battalion nor the month); q04 the 1894
minutes' election "… be elected Mayor of the Borough for the year 1894–95" over the mayors' table row "1894–95 |
…" (which does not say Mayor); q11 the 1917 war diary's raiding party "under 2nd Lt. John Farrar entered York
Trench" (the leading stated) over the medal citation's recommendation "after the raid on York Trench" and the
quotation's "He led the raid" (a pronoun); q26 the war diary's "Eleven prisoners were taken." over the
quotation's "brought back eleven prisoners". Three are left out: q10 (the service number is stored as its own
sentence "No. 7712", twice, apart from the name: no one sentence states it), q18 (a list of two resolutions,
each carried in a sentence apart from its motion), q47 ("Who was William Ackroyd?": his description is split over
four stored sentences). The tester's false-premise (Q27–Q37) and unanswerable (Q38–Q45) questions, and q46 (1130 is
a time, no year), are unanswerable (``NONE``).

    PYTHONPATH=src python build_ask_redteam53.py COLLECTION.db > ../ask_redteam53.jsonl
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from judged_group import write_group  # noqa: E402

SKIP: set[int] = {10, 18, 47}
NONE = set(range(27, 47))
ANS = {
    1: ("Arthur Pemberton-Hale", ["Lieutenant-Colonel Arthur Pemberton-Hale"],
        "The second-line 2/5th Battalion was formed in September 1914 and commanded"),
    2: ("87", ["87 other ranks"], "Casualties for the day:"),
    3: ("1 April 1959", ["On 1 April 1959"], "the Haltonbury Rifles were amalgamated with"),
    4: ("James Whitworth", ["Alderman James Whitworth"], "be elected Mayor of the Borough for the year 1894–95"),
    5: ("Mary Pickles", [], "was the first woman to be Mayor, in 1937–38"),
    6: ("The tramway will ruin York Road and every shop upon it", [], "he said."),
    7: ("His coolness under fire saved the left flank of the brigade.",
        ["His coolness under fire saved the left flank of the brigade"], "Brigadier-General Robert Marsden"),
    8: ("21 March 1918", ["21 March 1918, the first day of Operation Michael"], "Killed in action 21 March 1918"),
    9: ("Rouen", ["at Rouen"], "Died of wounds 22 March 1918 at Rouen."),
    11: ("John Farrar", ["2nd Lt. John Farrar"], "A raiding party of 2 officers and 40 other ranks under"),
    12: ("1 April 1937", ["On 1 April 1937"], "the Borough of Haltonbury was united with"),
    13: ("£12 10s 0d", [], "14 York Road | Thomas Ackroyd |"),
    14: ("Thomas Ingleby", ["Major Thomas Ingleby"], "took command after the death of"),
    15: ("1 December 1859", ["on 1 December 1859"], "Rifle Volunteers were raised at Haltonbury"),
    16: ("86.5 per cent", ["86.5 per cent of the battalion's strength"], "Losses over the three days were"),
    17: ("Field Marshal Sir Douglas Haig", ["Sir Douglas Haig", "Douglas Haig"], "unveiled 11 November 1921 by"),
    19: ("Progress never ruined any street in this borough.",
         ["Progress never ruined any street in this borough"], "replied:"),
    20: ("£650 0s 0d", ["for £650 0s 0d"], "a new steam fire engine be purchased"),
    21: ("William Lumb", [], "Sealed in the presence of"),
    22: ("1969", ["In 1969"], "that regiment became the 2nd Battalion"),
    23: ("2 February 1895", ["on 2 February 1895"], "confirmed by the Local Government Board"),
    24: ("Robert Peel Crowther", ["Mr Robert Peel Crowther"], "The Chief Constable, Mr"),
    25: ("He led the raid with great dash and brought back eleven prisoners.",
         ["He led the raid with great dash and brought back eleven prisoners"], "Lt-Col. Pemberton-Hale wrote:"),
    26: ("Eleven", ["Eleven prisoners"], "prisoners were taken."),
}


def main() -> None:
    write_group(sys.argv[1], HERE / "questions.tsv", SKIP, NONE, ANS, unanswerable_kind=True)


if __name__ == "__main__":
    main()
