"""ask: a question's verb tied to a sentence's verb by a WordNet gloss, where no synonym, derivation or hypernym
pointer ties them ("sport" is "wear or display …"; invented sentences)."""

from __future__ import annotations

from vitrina.qa.lexical import gloss_heads, glossed, loosely_related, related
from vitrina.qa.parse import parse, parse_many
from vitrina.qa.question import analyse
from vitrina.qa.structure import anchors
from vitrina.qa.weights import LEXICAL


def test_the_heads_of_a_verbs_glosses() -> None:
    assert {"wear", "display"} <= gloss_heads("sport")  # "wear or display in an ostentatious or proud manner"
    assert "approve" in gloss_heads("ratified")  # inflected: the glosses of "ratify"
    assert "hold" in gloss_heads("withhold")  # "hold back; refuse to hand over": each clause has a head
    assert "sport" not in gloss_heads("sport")  # never the word itself
    assert not gloss_heads("qwzx")


def test_a_broad_head_is_no_link() -> None:
    # "change" heads many glosses and has hundreds of kinds: it says nothing about which act
    assert all(len(h) > 2 for h in gloss_heads("alter"))
    assert "change" not in gloss_heads("alter")


def test_a_gloss_ties_two_words_either_way() -> None:
    assert glossed("sport", "wearing") and glossed("wearing", "sport")
    assert glossed("approve", "ratified")  # the sentence's verb is glossed by the question's
    assert not glossed("sport", "sold") and not glossed("approve", "rejected")


def test_the_verb_a_gloss_ties_aligns_where_nothing_closer_does() -> None:
    q = analyse("What hat did Mayor Holm sport at the harvest fair?")
    doc = parse("At the harvest fair Mayor Holm was seen wearing a tall green hat.")
    assert not set(related("sport", "v")) & {"wear", "wearing"}  # no closer pointer of WordNet
    assert "wear" not in loosely_related("sport", "v")
    assert [(t.text, c) for t, c in anchors(doc, q)] == [("wearing", LEXICAL["gloss"])]
    batch = parse_many(["At the harvest fair Mayor Holm was seen wearing a tall green hat."])[0]  # as ask parses
    assert [(t.text, c) for t, c in anchors(batch, q)] == [("wearing", LEXICAL["gloss"])]


def test_a_closer_counterpart_keeps_its_credit_and_yes_no_questions_take_no_gloss() -> None:
    q = analyse("What hat did Mayor Holm sport at the harvest fair?")
    doc = parse("At the harvest fair Mayor Holm sported a tall green hat and wore a red coat.")
    assert [(t.text, c) for t, c in anchors(doc, q)] == [("sported", 1.0)]
    yes_no = analyse("Did Mayor Holm sport a hat at the harvest fair?")
    assert not anchors(parse("At the harvest fair Mayor Holm was seen wearing a tall green hat."), yes_no)
