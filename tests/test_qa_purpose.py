"""Questions asking what a thing was for (qa/question.purpose_asked, qa/structure's purpose fillers) and WordNet's
other names of a named individual (qa/names.wordnet_names); invented questions and sentences."""

from vitrina.qa.names import wordnet_names
from vitrina.qa.parse import parse
from vitrina.qa.question import analyse
from vitrina.qa.structure import fill
from vitrina.qa.weights import LEXICAL


def test_a_verb_of_intending_with_the_asked_infinitive_asks_a_purpose():
    q = analyse("What was the Harbour Levy of the guild meant to do?")
    assert q.purpose and q.slot == "reason" and q.expects == "sentence"
    assert q.predicate is None and {"meant", "do"} <= q.light  # the sentence need not say "meant"


def test_a_noun_of_purpose_and_a_stranded_for_ask_a_purpose():
    assert analyse("What was the aim of the Kessel road tax?").purpose
    made = analyse("What was the Vandor fund set up for?")
    assert made.purpose and made.predicate == "set"  # the act of making stays the predicate


def test_questions_asking_a_thing_are_no_purpose():
    for text in ("What was the Kessel charter known for?",  # a stranded "for" of a verb that makes nothing
                 "Which towns was the levy designed to help?",  # a kind is asked
                 "What was the pact designed to guard against?",  # the infinitive's own object is asked
                 "What did the guild intend to build?",  # the infinitive has no purpose reading
                 "What was the name of the Vandor fund?"):
        assert not analyse(text).purpose, text


def test_the_infinitive_after_the_object_fills_a_purpose_and_not_a_cause():
    q = analyse("What was the Vandor fund meant to do?")
    doc = parse("Partly in answer to the floods, the council set up the Vandor fund to rebuild the harbour walls.")
    slots = sorted(fill(doc, q), key=lambda s: -s.credit)
    best = doc.text[slots[0].start:slots[0].end]
    assert best.startswith("to rebuild the harbour walls")
    cause = [s for s in slots if doc.text[s.start:s.end].startswith("in answer")]
    assert all(s.credit < slots[0].credit for s in cause)


def test_a_why_question_keeps_the_cause_before_the_purpose():
    q = analyse("Why did the council set up the Vandor fund?")
    assert not q.purpose and q.slot == "reason"


def test_wordnet_names_one_named_individual_only():
    assert "Eisenhower" in wordnet_names("Ike")
    assert wordnet_names("Washington") == set()  # a president, a city and a state: no one individual
    assert wordnet_names("harbour") == set()  # no individual at all


def test_what_prompted_x_to_v_asks_why_x_did_v(monkeypatch):
    monkeypatch.setitem(LEXICAL, "cause_asked", 1)  # measured, off (qa/weights.py)
    q = analyse("What prompted the Vandor council to close the harbour in 1802?")
    assert (q.type, q.slot, q.predicate) == ("why", "reason", "close")
    assert "prompted" in q.light
    assert analyse("What made the guild sell its hall?").predicate == "sell"


def test_what_caused_a_named_thing_names_no_caused_act(monkeypatch):
    monkeypatch.setitem(LEXICAL, "cause_asked", 1)
    q = analyse("What caused the Kessel fire?")
    assert q.type == "what" and q.slot == "subject"


def test_a_refusal_takes_the_exception_among_the_asked_kind():
    q = analyse("Which town refused to join the Kessel league?")
    assert q.refusal and not q.negated
    doc = parse("Every town of the valley except Marrow joined the league in 1720.")
    texts = [doc.text[s.start:s.end] for s in fill(doc, q)]
    assert "Marrow" in texts


def test_the_exception_is_found_under_another_word_of_the_same_kind():
    q = analyse("Which state refused to sign the Kessel accord?")
    doc = parse("Every country except Vandoria signed the accord in 1921.")
    assert "Vandoria" in [doc.text[s.start:s.end] for s in fill(doc, q)]


def test_a_participle_of_intending_states_the_purpose_of_its_noun():
    q = analyse("What was the purpose of the Marrow school?")
    doc = parse("In 1790 the town opened the Marrow school, an academy designed to train harbour pilots.")
    texts = [doc.text[s.start:s.end] for s in fill(doc, q)]
    assert any(t.startswith("to train harbour pilots") for t in texts), texts


def test_the_cause_reading_is_off_by_default():
    assert analyse("What prompted the Vandor council to close the harbour?").slot == "subject"
