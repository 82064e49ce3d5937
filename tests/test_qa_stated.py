"""qa/stated.py: the question's own predicate governing the candidate in the asked role (invented sentences)."""

from vitrina.qa.parse import parse
from vitrina.qa.question import analyse
from vitrina.qa.rank import head_token
from vitrina.qa.stated import aligned_credits, governed_role, stated_role
from vitrina.qa.structure import anchors


def stated(question: str, sentence: str, candidate: str, running: bool = True, least: float | None = None) -> float:
    q, doc = analyse(question), parse(sentence)
    credits = aligned_credits(doc, q, anchors(doc, q))
    start = sentence.index(candidate)
    return stated_role(head_token((doc, frozenset()), start, start + len(candidate)), credits, q, running, least)


def test_the_asked_time_on_the_predicate_itself_and_a_two_word_verb():
    assert stated("When did the old bridge come down?", "The old bridge came down on 4 May after the flood.",
                  "4 May") == 1.0


def test_a_date_on_another_verb_beside_a_noun_of_the_act_gets_nothing():
    assert stated("When did the old bridge come down?",
                  "Villagers mourn the collapse of the old bridge, 5 May.", "5 May") == 0.0


def test_the_doer_of_a_passive_by_phrase_and_its_later_conjunct_fill_who_did():
    sentence = "The Orlen guild was founded by Ilse Varga and Piet Moll in 1790."
    assert stated("Who founded the Orlen guild?", sentence, "Ilse Varga") == 1.0
    assert stated("Who founded the Orlen guild?", sentence, "Piet Moll") == 1.0
    assert stated("Who founded the Orlen guild?", sentence, "1790") == 0.0  # a time, not the doer


def test_the_object_fills_what_did_x_do_not_the_time():
    sentence = "In 1911 the harbour board banned night fishing."
    assert stated("What did the harbour board ban?", sentence, "night fishing") == 1.0
    assert stated("What did the harbour board ban?", sentence, "1911") == 0.0


def test_another_predicate_sharing_the_nouns_gets_nothing():
    assert stated("Which town hosted the fair?", "The mayors of Brisk and Tulla praised the fair.", "Brisk") == 0.0


def test_no_credit_outside_running_text():
    assert stated("Who founded the Orlen guild?", "Orlen guild founded by Ilse Varga", "Ilse Varga",
                  running=False) == 0.0


def test_a_preposition_s_object_takes_its_preposition_s_place():
    doc = parse("The treaty was signed at Kell castle.")
    token = next(t for t in doc if t.text == "castle")
    role, prep, governor = governed_role(token)
    assert (role, prep, governor.text) == ("prep", "at", "signed")


def test_a_relative_clause_and_a_participle_give_their_noun_its_role():
    assert stated("Who founded the Orlen guild?", "It was Ilse Varga who founded the Orlen guild.", "Ilse Varga") == 1.0
    assert stated("What did the harbour board ban?", "Night fishing, banned by the harbour board, returned.",
                  "Night fishing") == 1.0


def test_a_loose_relative_counts_only_below_the_floor():
    question, sentence = "Who founded the Orlen guild?", "The Orlen guild was set up by Ilse Varga."
    assert stated(question, sentence, "Ilse Varga", least=0.0) >= stated(question, sentence, "Ilse Varga")
    # a word no alignment reaches gives nothing even without a floor
    assert stated("Which town hosted the fair?", "The mayors of Brisk and Tulla praised the fair.", "Brisk",
                  least=0.0) == 0.0
