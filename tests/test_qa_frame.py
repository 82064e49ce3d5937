"""qa/frame.py: the question's predicate-argument frame aligned with a sentence's (invented sentences)."""

from vitrina.qa.frame import question_frame, sentence_frame
from vitrina.qa.lexical import base_forms
from vitrina.qa.parse import parse_many
from vitrina.qa.question import analyse


def frames(question: str, sentences: list[str]) -> list[float]:
    q = analyse(question)
    out = []
    for doc in parse_many(sentences):
        anchors = frozenset(t.i for t in doc if q.predicate in base_forms(t.text))
        out.append(sentence_frame((doc, anchors), q))
    return out


def test_the_question_participants_by_their_side_of_the_act():
    q = analyse("When did Mara Holt sign the charter?")
    sides = dict(question_frame(q).participants)
    assert sides == {"mara": "doer", "holt": "doer", "charter": "undergoer"}


def test_a_bare_verb_taken_for_a_noun_keeps_its_subject():
    sides = dict(question_frame(analyse("Whom did the Vandor fleet defeat at Kessel?")).participants)
    assert sides["fleet"] == "doer" and sides["kessel"] == "oblique"


def test_the_roles_reversed_score_below_the_same_roles():
    same, reversed_, elsewhere = frames("Whom did the Vandor fleet defeat at Kessel?", [
        "The Vandor fleet defeated the Ostrian navy at Kessel in 1702.",
        "The Ostrian navy defeated the Vandor fleet at Kessel.",
        "At Kessel, the Vandor fleet was admired by everyone, and it defeated nobody."])
    assert same > reversed_ and same > elsewhere


def test_the_asked_slot_filled_in_its_role_and_a_passive_read_by_its_sides():
    active, passive, relative = frames("When did Mara Holt sign the charter?", [
        "Mara Holt signed the charter in 1851.",
        "The charter was signed by Mara Holt.",
        "Mara Holt read the charter, which the mayor signed in 1849."])
    assert active == 1.0  # both sides and a date on the signing
    assert passive < active  # the same participants, no date
    assert 0 < relative < active  # the charter undergoes the relative clause's signing; Mara Holt only reads it


def test_a_participant_nested_in_another_phrase_is_not_the_argument():
    by_agent, nested = frames("Who founded the Lettow guild?", [
        "The Lettow guild was founded by Anna Brell.",
        "Anna Brell founded a school near the Lettow guild."])
    assert by_agent == 1.0 and nested < by_agent


def test_no_act_in_the_sentence_and_no_frame_in_the_question():
    q = analyse("When did Mara Holt sign the charter?")
    doc = parse_many(["Mara Holt kept the charter."])[0]
    assert sentence_frame((doc, frozenset()), q) == 0.0
    assert sentence_frame(None, q) == 0.0
    assert sentence_frame((doc, frozenset()), analyse("What was the capital?")) == 1.0


def test_the_frame_is_computed_only_when_asked_for():
    from types import SimpleNamespace

    from vitrina.qa.rank import holds

    q = analyse("When did Mara Holt sign the charter?")
    doc = parse_many(["Mara Holt signed the charter in 1851."])[0]
    parsed = (doc, frozenset(t.i for t in doc if t.text == "signed"))
    s = SimpleNamespace(text=doc.text, coverage=1.0)
    assert holds(parsed, s, q, set(), 1.0)["holds_frame"] == 1.0
    assert holds((doc, frozenset()), s, q, set(), 0.0)["holds_frame"] == 0.0
    assert holds((doc, frozenset()), s, q, set(), 0.0, frame=False)["holds_frame"] == 1.0  # off: alike
