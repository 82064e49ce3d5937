"""ask: a why-answer whose reason is a causal verb or noun (WordNet) rather than a reason word is kept; one about
an act the sentence does not state is still withheld (round 44 whycause; invented sentences)."""

from __future__ import annotations

from types import SimpleNamespace

from vitrina.ask import _reason_unstated
from vitrina.qa.lexical import causal_noun, causal_verb
from vitrina.qa.question import analyse


def _withheld(question: str, text: str, missing: str) -> bool:
    sentence = SimpleNamespace(missing=[(missing, 2.0)], text=text, parsed=None)
    return _reason_unstated(SimpleNamespace(sentence=sentence, features={}), analyse(question))


def test_causal_verbs_and_nouns_come_from_wordnet():
    assert all(causal_verb(v) for v in ("prevent", "cause", "force", "lead", "result", "hinder"))
    assert not any(causal_verb(v) for v in ("build", "sail", "marry", "give", "appoint", "say"))
    assert causal_verb("kill", frozenset({"die"}))  # WordNet: kill causes die
    assert causal_noun("cause")
    assert not any(causal_noun(n) for n in ("consequence", "result", "force", "harbour"))  # effects, not causes


def test_a_cause_in_a_verb_keeps_the_answer():
    question = "Why did the village wait so long for its bridge?"  # (withheld before round 44 whycause)
    assert not _withheld(question, "A quarrel between the two millers prevented its construction until 1720.", "wait")
    assert not _withheld(question, "The flood of that spring led to a delay of four years.", "wait")
    assert not _withheld(question, "Its construction was blocked by the abbot.", "wait")
    assert not _withheld("Why did Hilde Moen leave Oslo?", "Her debts forced her out of the city.", "leave")
    assert not _withheld("Why did Hilde Moen die?", "A fever killed Hilde Moen in 1830.", "die")  # kill causes die


def test_a_cause_in_a_noun_keeps_the_answer():
    assert not _withheld("Why did the ferry stop running?", "The cause was a lack of coal.", "stop")


def test_an_unstated_act_is_still_withheld():
    # the sentence names causes, but of nothing: no causal verb with a subject, no reason word
    assert _withheld("Why did Hilde Moen marry the schoolmaster?", "The schoolmaster built a new house in 1801.",
                     "marry")
    assert _withheld("Why did Hilde Moen leave Oslo?", "Hilde Moen gave the parish a silver cup.", "leave")
