"""Round 43: the red team's 75 journalist's questions over its disputed-story collection as a judged ask group.

Each answerable question's answer is a span of the sentence that states it, chosen by hand from the red team's
expected answer (``questions.tsv``: the question and expected-answer columns of
``bench/redteam/round43/questions.tsv``) and written here as (answer, alternatives, a piece of the stating sentence);
the sentence is looked up in the built collection (``bench/redteam/round43/in/story``). Where several documents
state one fact, the sentence of the source the question names is taken, else the primary one (the inquiry, the
official release, the speaker's own words). Questions whose answer is a list, a judgement over several documents
("who first reported", "which sources disagree"), a description, disputed between the collection's sources with no
source named, or a yes/no are left out (``SKIP``); the red team's false-premise and unanswerable questions are
unanswerable (``NONE``), except one false premise whose answer the texts state under the premise's correction.

    PYTHONPATH=src python build_ask_redteam43.py COLLECTION.db > ../ask_redteam43.jsonl
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from judged_group import write_group  # noqa: E402
SKIP = {11, 18, 29, 42, 45, 46, 48, 49}
NONE = set(range(51, 76))
ANS = {
    1: ("Margaret Oyelaran", [], "Margaret Oyelaran, chief executive of Hollins Chemicals, said"),
    2: ("02:40 on 14 March 2023", ["14 March 2023", "02:40", "At 02:40 on 14 March 2023"],
        "1.1 At 02:40 on 14 March 2023 a vessel"),
    3: ("Three people", ["Three"], "1.2 Three people died"),
    4: ("Forty-seven", ["Forty-seven people"], "1.3 Forty-seven people were treated in hospital"),
    5: ("Tom Gallagher", ["Tom Gallagher of the GMB union"], "they were said by Tom Gallagher of the GMB union"),
    6: ("Workers had raised concerns about that valve for months",
        ["\"Workers had raised concerns about that valve for months.\""],
        "Tom Gallagher, regional officer of the GMB union, said: \"Workers had raised"),
    7: ("Dr Helen Marsh", ["Helen Marsh"], "Report of the Inquiry, chaired by Dr Helen Marsh"),
    8: ("9 October 2023", [], "Report of the Inquiry, chaired by Dr Helen Marsh, published 9 October 2023"),
    9: ("£2.4m", [], "Hollins Chemicals Ltd was fined £2.4m at Chester Crown Court"),
    10: ("Chester Crown Court", [], "Hollins Chemicals Ltd was fined £2.4m at Chester Crown Court"),
    12: ("2,214 households", ["2,214"], "1.4 The evacuation covered 2,214 households"),
    13: ("14:00 on 16 March 2023", ["16 March 2023", "at 14:00 on 16 March 2023"],
         "was lifted at 14:00 on 16 March 2023"),
    14: ("Cheshire Fire and Rescue Service", [], "Cheshire Fire and Rescue Service declared a major incident at 03:05"),
    15: ("09:30", ["at 09:30"], "The fire was brought under control at 09:30."),
    16: ("around 70", ["70", "around 70 firefighters"], "Twelve fire engines and around 70 firefighters attended."),
    17: ("Twelve", ["Twelve fire engines"], "Twelve fire engines and around 70 firefighters attended."),
    19: ("34", ["aged 34"], "1.2 Three people died: Liam Foster, aged 34"),
    20: ("pressure relief valve PRV-7 failed to open", ["PRV-7 failed to open", "failed to open"],
         "2.1 The inquiry finds that pressure relief valve PRV-7 failed to open."),
    21: ("8 November 2022", ["on 8 November 2022"], "2.2 A defect in PRV-7 was recorded at an inspection on 8 November"),
    22: ("should have been fixed within days, not left for months", [],
         "who chaired the inquiry, said the defect \"should have been fixed within days"),
    23: ("knew about a defective valve for four months and did nothing",
         ["the company \"knew about a defective valve for four months and did nothing\""],
         "HSE inspector Gareth Lloyd said the company"),
    24: ("HSE inspector", ["inspector"], "HSE inspector Gareth Lloyd said the company"),
    25: ("£310,000", [], "The company was also ordered to pay costs of £310,000."),
    26: ("£250,000", [], "The council has opened a hardship fund of £250,000"),
    27: ("I will not speculate about the cause", [], "MARGARET OYELARAN: I will not speculate about the cause."),
    28: ("leader of Halton Borough Council", ["Councillor Priya Nandakumar, leader of Halton Borough Council"],
         "Councillor Priya Nandakumar, leader of Halton Borough Council, said"),
    30: ("Member of Parliament for Runcorn", ["Member of Parliament"], "Julia Hartley, Member of Parliament for Runcorn, said"),
    31: ("At least 50", ["At least 50 people", "50"], "\"At least 50 people were injured, and three families"),
    32: ("38", ["38 injured"], "left three people dead and 38 injured, according to the Mersey Gazette"),
    33: ("nearly 60", ["nearly 60 people", "60"], "Three workers were killed and nearly 60 people were injured"),
    34: ("between GBP 40m and GBP 60m", ["GBP 40m and GBP 60m"],
         "Damage to property around the Hollins Chemicals works is estimated at between GBP 40m and GBP 60m."),
    35: ("Between 40 and 60", ["Between 40 and 60 homes", "40 and 60"], "Between 40 and 60 homes in Weston had windows"),
    36: ("Philippa Grant", ["senior adjuster Philippa Grant"], "led by senior adjuster Philippa Grant"),
    37: ("20 March 2023", [], "20 March 2023: Health and Safety Executive opens a criminal investigation."),
    38: ("at least four occasions", ["at least four", "four"], "2.3 The inquiry heard evidence that workers had reported"),
    39: ("in December 2022 and in February 2023", ["December 2022 and in February 2023"],
         "the union had written to Hollins Chemicals twice about valve PRV-7"),
    40: ("Rachel Imrie", [], "The Daily Courier, 15 March 2023, by Rachel Imrie"),
    41: ("Owen Price", [], "Mersey Gazette, 14 March 2023, by Owen Price"),
    43: ("Nobody has said sorry to us in person", ["\"Nobody has said sorry to us in person,\""],
         "\"Nobody has said sorry to us in person,\" she said."),
    44: ("Around 400", ["Around 400 people", "400"], "Around 400 people attended a memorial service"),
    47: ("Nine", [], "Nine remain there this morning."),
    50: ("at the end of 2023", ["the end of 2023", "end of 2023"],
         "Margaret Oyelaran announced that she would step down as chief executive at the end of 2023."),
}


def main() -> None:
    write_group(sys.argv[1], HERE / "questions.tsv", SKIP, NONE, ANS)


if __name__ == "__main__":
    main()
