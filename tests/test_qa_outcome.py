"""qa/outcome.py: a question presupposing a win that the collection contradicts — another holder's larger figure in
the contest's result table, or a sentence saying the asked winner lost (round 57, red team D6; invented texts)."""

from __future__ import annotations

import re
from types import SimpleNamespace

from vitrina.qa import outcome

ASKED = "How many votes did Ottilie Marsh receive when she won Fenwick Vale?"


class FakeKb:
    """Documents as (title, [sentences]); each sentence one block of section "s0", separated by a newline."""

    def __init__(self, documents: dict[str, tuple[str, list[str]]]):
        self.docs = documents

    def document(self, document: str):
        return SimpleNamespace(title=self.docs[document][0])

    def sentences(self, document: str):
        out, at = [], 0
        for text in self.docs[document][1]:
            out.append(SimpleNamespace(document=document, section="s0", block=None, start=at, end=at + len(text),
                                       text=text))
            at += len(text) + 1
        return out

    def ranked_sentences(self, match: str, limit: int):
        words = re.findall(r"\w+", match.lower())
        return [{"document": d, "text": s.text, "start": s.start, "end": s.end, "kind": "paragraph"}
                for d in self.docs for s in self.sentences(d)
                if all(w in (self.docs[d][0] + " " + s.text).lower() for w in words)][:limit]


def _table(first: str, second: str) -> FakeKb:
    return FakeKb({"poll": ("Fenwick Vale, General Election of 1902",
                            ["Fenwick Vale, General Election of 1902", "Candidate | Party | Votes",
                             first, second, "Majority 405."])})


def test_the_premise_is_a_win_in_a_clause_of_its_own():
    assert outcome.asked_win(ASKED) == outcome.Premise(("ottilie", "marsh"), "Fenwick Vale")
    assert outcome.asked_win("When did Ottilie Marsh win Fenwick Vale?") is None  # the asked act, no premise


def test_victory_and_defeat_are_wordnet_senses():
    assert outcome.victory("won") and outcome.defeat("lost")
    assert not outcome.victory("took") and not outcome.defeat("won")


def test_a_larger_figure_in_the_contests_table_refutes_the_win():
    kb = _table("Bertram Hale | Radical | 7,310", "Ottilie Marsh | Liberal | 6,905")
    found = outcome.refutation(kb, outcome.asked_win(ASKED), {"1902"})
    assert found is not None and found.other == "Bertram Hale"
    assert found.sentence.text.startswith("Bertram Hale")


def test_the_winners_own_larger_figure_or_another_year_refutes_nothing():
    won = outcome.asked_win(ASKED)
    assert outcome.refutation(_table("Bertram Hale | Radical | 6,905", "Ottilie Marsh | Liberal | 7,310"), won,
                              {"1902"}) is None
    assert outcome.refutation(_table("Bertram Hale | Radical | 7,310", "Ottilie Marsh | Liberal | 6,905"), won,
                              {"1910"}) is None


def test_a_sentence_saying_the_winner_lost_refutes_the_win():
    kb = FakeKb({"notes": ("Notes", ["In 1902 Ottilie Marsh stood for Fenwick Vale and lost to Bertram Hale."])})
    found = outcome.refutation(kb, outcome.asked_win(ASKED), {"1902"})
    assert found is not None and found.other == ""
    denied = FakeKb({"notes": ("Notes", ["In 1902 Ottilie Marsh stood for Fenwick Vale and did not lose."])})
    assert outcome.refutation(denied, outcome.asked_win(ASKED), {"1902"}) is None


def test_the_contest_of_a_who_won_question():
    assert outcome.asked_contest("Who won Fenwick Vale in 1902?") == (("fenwick", "vale"), ("fenwick", "vale"))
    assert outcome.asked_contest("Who won the election in 1902?") is None  # no name: too wide to look up
    assert outcome.asked_contest("Who founded Fenwick Vale?") is None


def test_a_winner_stated_in_other_words():
    contest = outcome.asked_contest("Who won Fenwick Vale in 1902?")
    for text, name in [("In 1902 Bertram Hale was elected member for Fenwick Vale.", "Bertram Hale"),
                       ("In 1902 the seat of Fenwick Vale was won by Bertram Hale of the Radical Party.",
                        "Bertram Hale"),
                       ("In 1902 Ottilie Marsh lost Fenwick Vale to Bertram Hale.", "Bertram Hale")]:
        found = outcome.stated_winner(FakeKb({"d": ("Notes", [text])}), contest, {"1902"})
        assert found is not None and found.name == name and text[found.start:found.end] == name
    other_year = FakeKb({"d": ("Notes", ["In 1906 Bertram Hale was elected member for Fenwick Vale."])})
    assert outcome.stated_winner(other_year, contest, {"1902"}) is None


def test_a_winner_by_the_result_tables_largest_row():
    contest = outcome.asked_contest("Who won Fenwick Vale in 1902?")
    found = outcome.stated_winner(_table("Ottilie Marsh | Liberal | 6,905", "Bertram Hale | Radical | 7,310"),
                                  contest, {"1902"})
    assert found is not None and found.name == "Bertram Hale"
    tied = _table("Ottilie Marsh | Liberal | 6,905", "Bertram Hale | Radical | 6,905")
    assert outcome.stated_winner(tied, contest, {"1902"}) is None
