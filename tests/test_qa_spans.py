"""The predicate shown for "How did X V?" when a whole sentence answers (qa/spans.predicate), on invented sentences."""

from __future__ import annotations

import contextlib

import pytest

from vitrina.ask import ask
from vitrina.model import DocumentBuilder, Piece, SourceRef
from vitrina.qa.parse import parse_many
from vitrina.qa.question import analyse
from vitrina.qa.spans import (
    apposed_name,
    asked_conjunct,
    asked_count,
    bare_count,
    coordination,
    count_of_asked_noun,
    lower_bound,
    other_side_of_copula,
    outside_asked_role,
    predicate,
    purpose_infinitive,
    value_of_asked_noun,
    whole_subject,
    with_rate,
    without_apposition,
    without_preposition,
    without_relative_clause,
)
from vitrina.qa.structure import anchors
from vitrina.store import connect_readonly, write_exhibit


def _predicate(sentence: str, question: str) -> str | None:
    span = predicate(parse_many([sentence])[0], analyse(question))
    return sentence[span[0]:span[1]] if span else None


@pytest.mark.parametrize(("question", "sentence", "shown"), [
    # the subject and the scene before the verb are left off
    ("How did the mayor respond to the riot?",
     "In response, the mayor, worried about the cost, pressured the guilds to accept a truce on June 6.",
     "pressured the guilds to accept a truce on June 6"),
    # a purpose clause restates what the question asks ("keep costs down" / "in order to reduce costs")
    ("How did clerks keep postage costs down?",
     "Clerks learned to write more briefly in order to reduce postage costs, which rose with weight.",
     "learned to write more briefly"),
    ("How did the chief rally the villages?",
     "In spring the chief sent runners with carved sticks to the villages to rally them against the fort.",
     "sent runners with carved sticks to the villages"),
    # an adverbial clause made of the question's own words is the question's situation, not the means
    ("How did the envoy get the port to drop its fees?",
     "The envoy threatened to leave without signing unless the port dropped its fees on grain.",
     "threatened to leave without signing"),
    # the clause about the question's subject, a pronoun naming it; not the clause of another subject
    ("How did the duke react to the letter?",
     "The council sent the letter to the duke on May 3, but he refused to open it.",
     "refused to open it"),
])
def test_the_predicate_of_the_clause_about_the_asked_subject(question: str, sentence: str, shown: str) -> None:
    assert _predicate(sentence, question) == shown


def test_no_predicate_when_no_clause_is_about_the_asked_subject() -> None:
    assert _predicate("The council sent the letter to the duke on May 3.", "How did the baker bake bread?") is None


def test_no_predicate_shorter_than_two_words() -> None:
    assert _predicate("The duke left.", "How did the duke react?") is None


@pytest.fixture
def letter(tmp_path):
    text = "After a long quarrel over the tolls, the council of Orsk sent the letter to the duke, but he refused to open it."
    builder = DocumentBuilder("letter", "letter.txt", "text")
    builder.section("A", "The Letter")
    builder.block("paragraph", [Piece(text, SourceRef(0, len(text), 1))])
    doc = builder.build()
    start = doc.text.index(text)
    doc = doc.evolve(sentences=((start, start + len(text)),))
    write_exhibit(tmp_path / "letter.db", [("sha-letter", doc)], [doc], [])
    with contextlib.closing(connect_readonly(tmp_path / "letter.db")) as conn:
        yield conn


def test_ask_shows_the_predicate_of_a_whole_sentence_answer(letter) -> None:
    result = ask(letter, "How did the duke react to the letter?", explain=True)
    assert result["ranked"][0]["text"].startswith("After a long quarrel"), result["ranked"][:3]
    assert result["candidate"] == "refused to open it", result["candidate"]


def _without_clause(sentence: str, answer: str, question: str = "Which one did they choose?") -> str | None:
    start = sentence.index(answer)
    span = without_relative_clause(parse_many([sentence])[0], start, start + len(answer), analyse(question))
    return sentence[span[0]:span[1]] if span else None


@pytest.mark.parametrize(("sentence", "answer", "shown"), [
    ("The treaty replaced the Old Alliance of 1790, which had worried the traders of Orsk.",
     "the Old Alliance of 1790, which had worried the traders of Orsk", "the Old Alliance of 1790"),
    # the clause goes with everything after it (a cleft's "that …" too)
    ("It was the flood, which had come out of the hills, that finally ruined the mill.",
     "the flood, which had come out of the hills, that finally ruined the mill", "the flood"),
    ("The duke ruled through the guild system, in which traders paid a fee to the crown.",
     "through the guild system, in which traders paid a fee to the crown", "through the guild system"),
    ("The council chose Ada Lind, whose father had built the quay.",
     "Ada Lind, whose father had built the quay", "Ada Lind"),
    # a clause with two verbs of its own coordinated ("… but which …") goes whole
    ("The talks stalled over the Vell cannon, which the envoys thought could reach Orsk but which the duke refused "
     "to count.", "the Vell cannon, which the envoys thought could reach Orsk but which the duke refused to count",
     "the Vell cannon"),
])
def test_a_relative_clause_set_off_by_a_comma_is_left_off(sentence: str, answer: str, shown: str) -> None:
    assert _without_clause(sentence, answer) == shown


def test_a_restrictive_relative_clause_stays() -> None:
    sentence = "The council chose the clerk who had built the quay."
    assert _without_clause(sentence, "the clerk who had built the quay") is None


def test_a_clause_before_another_member_of_a_list_stays() -> None:
    sentence = "The port needed a new quay, which could take the larger ships, a lighthouse and a customs house."
    answer = "a new quay, which could take the larger ships, a lighthouse and a customs house"
    assert _without_clause(sentence, answer) is None


def test_a_clause_on_a_head_the_question_names_stays() -> None:
    sentence = "The council issued a charter on May 3, 1790, which granted free passage and a market day."
    answer = "on May 3, 1790, which granted free passage and a market day"
    assert _without_clause(sentence, answer, "What did the council grant on May 3, 1790?") is None


def test_a_relative_clause_restating_the_question_goes_with_its_list() -> None:
    sentence = "The quarrel ended in the Charter of Vell, which joined Orsk, Tamm and Lida under one council."
    answer = "in the Charter of Vell, which joined Orsk, Tamm and Lida under one council"
    question = "Which charter joined Orsk, Tamm and Lida under one council?"
    assert _without_clause(sentence, answer, question) == "in the Charter of Vell"


def _applied(rule, sentence: str, answer: str, question: str) -> str | None:  # type: ignore[no-untyped-def]
    start = sentence.index(answer)
    span = rule(parse_many([sentence])[0], start, start + len(answer), analyse(question))
    return sentence[span[0]:span[1]] if span else None


@pytest.mark.parametrize(("question", "sentence", "answer", "shown"), [
    # of several things promised, the one the question names by its words
    ("What did the duke promise the merchants held in the harbour?",
     "The duke promised to repay the loan within a year, to keep the canal open in winter, and to free the "
     "merchants held in the harbour.",
     "to repay the loan within a year, to keep the canal open in winter, and to free the merchants held in the "
     "harbour", "to free the merchants held in the harbour"),
    ("What did the council do about the flooded quay?",
     "In spring the council closed the market, raised the toll and rebuilt the flooded quay.",
     "closed the market, raised the toll and rebuilt the flooded quay", "rebuilt the flooded quay"),
])
def test_the_member_of_a_coordination_holding_the_question_s_words(question, sentence, answer, shown) -> None:
    assert _applied(asked_conjunct, sentence, answer, question) == shown


def test_a_scene_setting_clause_of_the_question_chooses_no_member() -> None:
    sentence = "After the flood the council closed the market and rebuilt the flooded quay."
    answer = "closed the market and rebuilt the flooded quay"
    assert _applied(asked_conjunct, sentence, answer, "What did the council do after the quay flooded?") is None


@pytest.mark.parametrize(("question", "sentence", "answer", "shown"), [
    ("Which was the last northern port still closed to the grain ships?",
     "By then Orsk was the only northern port closed to the grain ships.",
     "the only northern port closed to the grain ships", "Orsk"),
    ("Who was the first mayor of the town?", "The first mayor of the town was Ada Lind.", "The first mayor of the town",
     "Ada Lind"),
])
def test_the_other_side_of_be_when_the_span_restates_the_question(question, sentence, answer, shown) -> None:
    assert _applied(other_side_of_copula, sentence, answer, question) == shown


@pytest.mark.parametrize(("question", "sentence", "answer"), [
    ("Who was Ada Lind?", "Ada Lind was the first mayor of the town.", "the first mayor of the town"),
    ("Which port was closed to the grain ships?", "It was the only port closed to the grain ships.",
     "the only port closed to the grain ships"),  # the other side a pronoun: nothing to name
    ("Which port did the ships reach?", "Orsk was the largest port of the coast.", "the largest port of the coast"),
])
def test_no_other_side_of_be(question: str, sentence: str, answer: str) -> None:
    assert _applied(other_side_of_copula, sentence, answer, question) is None


@pytest.mark.parametrize(("question", "sentence", "answer"), [
    # several asked: the whole list
    ("Which towns did the flood reach?", "The flood reached Orsk, the mill town of Tamm, and Lida.",
     "Orsk, the mill town of Tamm, and Lida"),
    # no member, or every member, holds the question's words: nothing to choose by
    ("What did the duke promise?", "The duke promised to repay the loan and to keep the canal open.",
     "to repay the loan and to keep the canal open"),
    ("What did the duke build in Orsk?", "The duke built a bridge in Orsk and a school in Orsk.",
     "a bridge in Orsk and a school in Orsk"),
    # a coordination inside a phrase or a relative clause of the head is no list of answers
    ("What did the duke fear most about Orsk?", "He feared the loss of Orsk and the river trade.",
     "the loss of Orsk and the river trade"),
    ("In which town did the guilds sign the plan of Ada Lind?",
     "The guilds met in Tamm, Orsk that had been drafted and promoted by Ada Lind.",
     "Tamm, Orsk that had been drafted and promoted by Ada Lind"),
])
def test_no_member_chosen(question: str, sentence: str, answer: str) -> None:
    assert _applied(asked_conjunct, sentence, answer, question) is None


@pytest.mark.parametrize(("question", "sentence", "answer", "shown"), [
    ("Where did the duke found his new colonies?", "After the war the duke founded colonies on Orsk and Tamm.",
     "on Orsk and Tamm", "Orsk and Tamm"),
    ("Which charter did the council sign?", "The quarrel ended with the Charter of Vell in 1790.",
     "with the Charter of Vell", "the Charter of Vell"),
])
def test_a_thing_asked_is_shown_without_its_preposition(question, sentence, answer, shown) -> None:
    assert _applied(without_preposition, sentence, answer, question) == shown


@pytest.mark.parametrize(("question", "sentence", "answer"), [
    ("How did the duke pay for the canal?", "The duke paid for the canal with a tax on salt.", "with a tax on salt"),
    ("By what means did the duke pay for the canal?", "The duke paid for the canal through a tax on salt.",
     "through a tax on salt"),
])
def test_a_preposition_the_question_asks_by_stays(question: str, sentence: str, answer: str) -> None:
    assert _applied(without_preposition, sentence, answer, question) is None


@pytest.fixture
def alliance(tmp_path):
    text = "In 1821 the Pact of Vell replaced the Old Alliance of 1790, which had long worried the grain traders of Orsk."
    builder = DocumentBuilder("pact", "pact.txt", "text")
    builder.section("A", "The Pact")
    builder.block("paragraph", [Piece(text, SourceRef(0, len(text), 1))])
    doc = builder.build()
    start = doc.text.index(text)
    doc = doc.evolve(sentences=((start, start + len(text)),))
    write_exhibit(tmp_path / "pact.db", [("sha-pact", doc)], [doc], [])
    with contextlib.closing(connect_readonly(tmp_path / "pact.db")) as conn:
        yield conn


def test_ask_shows_a_name_without_its_relative_clause(alliance) -> None:
    result = ask(alliance, "Which alliance did the Pact of Vell replace?", explain=True)
    assert result["candidate"] == "the Old Alliance of 1790", result["ranked"][:3]


def _from_bound(sentence: str, count: str) -> str | None:
    start = sentence.index(count)
    bound = lower_bound(sentence, start)
    return None if bound is None else sentence[bound:start + len(count)]


@pytest.mark.parametrize(("sentence", "count", "shown"), [
    ("Between 200 and 1,500 weavers left the valley after the flood.", "1,500 weavers",
     "Between 200 and 1,500 weavers"),
    ("The charter allowed each guild two to three barges on the river.", "three barges", "two to three barges"),
    ("Some four or five thousand pilgrims came.", "five thousand pilgrims", "four or five thousand pilgrims"),
    ("The flood destroyed 30–40 houses.", "40 houses", "30–40 houses"),
])
def test_a_count_is_shown_with_the_lower_bound_of_its_range(sentence: str, count: str, shown: str) -> None:
    assert _from_bound(sentence, count) == shown


@pytest.mark.parametrize(("sentence", "count"), [
    ("The guild grew from 40 to 120 members in a decade.", "120 members"),  # a change: the later value counts
    ("The mill had 12 wheels and 40 workers.", "40 workers"),  # "and" without "between": two counts
    ("The mill had 40 workers.", "40 workers"),
])
def test_no_range_without_its_frame(sentence: str, count: str) -> None:
    assert _from_bound(sentence, count) is None


def _coordination(sentence: str, name: str) -> str | None:
    start = sentence.index(name)
    span = coordination(parse_many([sentence])[0], start, start + len(name))
    return sentence[span[0]:span[1]] if span else None


def test_a_name_is_shown_with_the_coordination_it_is_a_member_of() -> None:
    sentence = "The duke sent three envoys to the coast—Ada Lind, Piet Vos, and Mara Holt."
    assert _coordination(sentence, "Piet Vos") == "Ada Lind, Piet Vos, and Mara Holt"
    sentence = "The council chose Ada Lind of Orsk and Piet Vos of Vell to draft the charter."
    assert _coordination(sentence, "Ada Lind") == "Ada Lind of Orsk and Piet Vos of Vell"


def test_a_name_alone_has_no_coordination() -> None:
    assert _coordination("The council chose Ada Lind to draft the charter.", "Ada Lind") is None


@pytest.mark.parametrize(("question", "several"), [
    ("Who were the three envoys the duke sent to the coast?", True),
    ("Who were the members of the council?", True),
    ("Apart from the duke, who were the other two signers?", True),
    ("Who was the envoy the duke sent to the coast?", False),
    ("Who sent the envoys to the coast?", False),
])
def test_a_question_asks_several_names(question: str, several: bool) -> None:
    assert analyse(question).several is several


@pytest.fixture
def envoys(tmp_path):
    text = ("In 1790 the duke of Orsk sent three envoys to the court of Vell—Ada Lind, Piet Vos, and Mara Holt. "
            "Between 300 and 2,000 former weavers settled in Vell after the flood, though many of them later went home to Orsk.")
    builder = DocumentBuilder("envoys", "envoys.txt", "text")
    builder.section("A", "The Envoys")
    builder.block("paragraph", [Piece(text, SourceRef(0, len(text), 1))])
    doc = builder.build()
    first = doc.text.index("In 1790")
    second = doc.text.index("Between")
    doc = doc.evolve(sentences=((first, second - 1), (second, first + len(text))))
    write_exhibit(tmp_path / "envoys.db", [("sha-envoys", doc)], [doc], [])
    with contextlib.closing(connect_readonly(tmp_path / "envoys.db")) as conn:
        yield conn


def test_ask_shows_every_member_when_several_are_asked(envoys) -> None:
    result = ask(envoys, "Who were the three envoys the duke of Orsk sent to the court of Vell?", explain=True)
    assert result["candidate"] == "Ada Lind, Piet Vos, and Mara Holt", result["ranked"][:3]


def test_ask_shows_a_count_with_its_range(envoys) -> None:
    result = ask(envoys, "How many former weavers moved to Vell after the flood?", explain=True)
    # the quantity is the range itself since round 35 (extract/quantities keeps both ends)
    assert result["ranked"][0]["text"] == "Between 300 and 2,000 former weavers", result["ranked"][:3]
    assert result["candidate"] == "Between 300 and 2,000 former weavers", result["candidate"]


def test_a_span_that_already_joins_several_is_kept() -> None:
    sentence = "He called them the “Three Wardens”—Orsk, Vell, and the Lower March."
    assert _coordination(sentence, "Orsk, Vell, and the Lower March") is None


def _shown_for(sentence: str, answer: str, question: str, kind: str) -> str:
    from vitrina.ask import _shown
    from vitrina.qa.candidates import Candidate, Sentence

    s = Sentence(1, "doc", None, 100, 100 + len(sentence), sentence, -1.0)
    s.parsed = (parse_many([sentence])[0], frozenset())
    start = 100 + sentence.index(answer)
    return _shown(Candidate(s, start, start + len(answer), answer, kind), analyse(question))


def test_the_text_shown_for_a_member_when_several_are_asked() -> None:
    sentence = "In 1790 the guild sent three envoys to the court of Vell—Ada Lind, Piet Vos, and Mara Holt."
    assert _shown_for(sentence, "Piet Vos", "Who were the three envoys the guild sent to Vell?",
                      "person") == "Ada Lind, Piet Vos, and Mara Holt"
    assert _shown_for(sentence, "Piet Vos", "Who was the second envoy the guild sent to Vell?", "person") == "Piet Vos"


def test_the_text_shown_for_a_count_of_a_range() -> None:
    sentence = "The charter allowed each guild two to three barges on the river."
    assert _shown_for(sentence, "three barges", "How many barges did the charter allow each guild?",
                      "quantity") == "two to three barges"


def _asked_count(question: str, sentence: str, shown: str) -> str | None:
    q, doc = analyse(question), parse_many([sentence])[0]
    aligned = frozenset(t.i for t, _credit in anchors(doc, q))
    start = sentence.index(shown)
    span = asked_count(doc, start, start + len(shown), q, aligned)
    return sentence[span[0]:span[1]] if span else None


@pytest.mark.parametrize(("question", "sentence", "shown", "asked"), [
    # the part of a partitive, not its whole
    ("How many towns flooded in the spring?", "Nine of the twenty towns flooded in the spring.", "twenty", "Nine"),
    ("How many sailors drowned near the cape?",
     "Between two and three hundred out of the twelve hundred sailors drowned near the cape.", "twelve",
     "Between two and three hundred"),
    # the count paired with the question's own name or year
    ("How many acres did the charter grant Varn?",
     "The charter granted the Eastmark guild 400 acres, Varn 250 acres, and the Oslen guild 90 acres.", "400",
     "250 acres"),
    ("How many boats could Tarrow keep?", "The quotas were fixed at 30 for Varn, 20 for Oslen, and 10 for Tarrow.",
     "30", "10"),
    ("How many visitors came to the fair by 1925?",
     "Attendance at the fair climbed from 80 visitors in 1901 to 300 in 1910 and 900 by 1925.", "80", "900"),
    ("How many ships did Varn lose at the cape?", "Oslen lost 12 ships at the cape and Varn 7.", "12", "7"),
    # the count of the clause the question's verb stands for
    ("How many delegates voted for the motion?",
     "Thirty delegates gathered in the hall, and eventually twelve of them voted for it.", "Thirty", "twelve"),
])
def test_the_asked_count_of_a_sentence_holding_several(question: str, sentence: str, shown: str, asked: str) -> None:
    assert _asked_count(question, sentence, shown) == asked


@pytest.mark.parametrize(("question", "sentence", "shown"), [
    ("How many ships did Varn lose at the cape?", "Varn lost 12 ships at the cape in 1801.", "12"),
    ("How many towns flooded in the spring?", "Nine of the twenty towns flooded in the spring.", "Nine"),
    ("How many barges did the charter allow each guild?", "The charter allowed each guild two to three barges.",
     "three"),
])
def test_the_asked_count_stays_when_it_is_the_only_one_or_the_part(question: str, sentence: str, shown: str) -> None:
    assert _asked_count(question, sentence, shown) is None


def test_the_text_shown_for_the_part_of_a_partitive_count() -> None:
    sentence = "Nine of the twenty towns flooded in the spring."
    assert _shown_for(sentence, "twenty towns", "How many towns flooded in the spring?", "quantity") == "Nine"


def _outside(question: str, sentence: str, name: str) -> bool:
    q, doc = analyse(question), parse_many([sentence])[0]
    start = sentence.index(name)
    return outside_asked_role(doc, start, start + len(name), q, frozenset(t.i for t, _c in anchors(doc, q)))


@pytest.mark.parametrize(("question", "sentence", "name", "outside"), [
    ("Who obtained the old map?", "Ada Lind obtained the old map and shared it with Piet Vos.", "Piet Vos", True),
    ("Who obtained the old map?", "Ada Lind obtained the old map and shared it with Piet Vos.", "Ada Lind", False),
    ("Who decoded the letter?", "In May the harbour clerks decoded a letter sent by Piet Vos.", "Piet Vos", True),
    ("Who decoded the letter?", "In May the harbour clerks decoded a letter sent by Piet Vos.", "harbour clerks",
     False),
    # a converse verb: the loser is the object of "defeat"
    ("Who lost the battle of Orsk?", "At the battle of Orsk, Ada Lind defeated the Vell guards.", "Ada Lind", True),
    ("Who lost the battle of Orsk?", "At the battle of Orsk, Ada Lind defeated the Vell guards.", "Vell guards",
     False),
    # a time or place is asked, not a verb's argument
    ("When did Ada Lind obtain the map?", "Ada Lind obtained the old map and shared it with Piet Vos.", "Piet Vos",
     False),
])
def test_a_name_outside_the_asked_role(question: str, sentence: str, name: str, outside: bool) -> None:
    assert _outside(question, sentence, name) is outside


def test_the_text_shown_is_the_name_filling_the_asked_role() -> None:
    from vitrina.ask import _shown
    from vitrina.qa.candidates import Candidate, Sentence

    sentence = "Ada Lind obtained the old map and shared it with Piet Vos."
    q = analyse("Who obtained the old map?")
    doc = parse_many([sentence])[0]
    s = Sentence(1, "doc", None, 100, 100 + len(sentence), sentence, -1.0, aligned=True)
    s.parsed = (doc, frozenset(t.i for t, _c in anchors(doc, q)))
    top = Candidate(s, 100 + sentence.index("Piet Vos"), 100 + sentence.index("Piet Vos") + 8, "Piet Vos", "person",
                    score=2.0)
    filler = Candidate(s, 100, 108, "Ada Lind", "person", score=1.0, in_slot=True)
    assert _shown(top, q, [top, filler]) == "Ada Lind"
    assert _shown(filler, q, [top, filler]) == "Ada Lind"
    assert _shown(top, q, [top]) == "Piet Vos"  # no candidate fills the role, no slot holds a name


def test_a_name_stays_when_the_role_is_filled_by_a_phrase_describing_it() -> None:
    from vitrina.ask import _shown
    from vitrina.qa.candidates import Candidate, Sentence

    sentence = "The port paid its debts with the help of Ada Lind, a banker who assumed the loans."
    q = analyse("Which banker assumed the loans of the port?")
    doc = parse_many([sentence])[0]
    s = Sentence(1, "doc", None, 0, len(sentence), sentence, -1.0, aligned=True)
    s.parsed = (doc, frozenset(t.i for t, _c in anchors(doc, q)))
    top = Candidate(s, sentence.index("Ada Lind"), sentence.index("Ada Lind") + 8, "Ada Lind", "person", score=2.0)
    start = sentence.index("a banker")
    filler = Candidate(s, start, start + 8, "a banker", "named", score=1.0, in_slot=True)
    assert _shown(top, q, [top, filler]) == "Ada Lind"


def test_a_count_of_the_asked_noun_stays_before_a_count_of_another() -> None:
    sentence = "The raiders sank two barges in a storm which led to the deaths of 18 sailors."
    assert _asked_count("How many sailors did the raiders sink?", sentence, "18") is None


def _rate(sentence: str, amount: str) -> str | None:
    start = sentence.index(amount)
    end = with_rate(parse_many([sentence])[0], start + len(amount))
    return None if end is None else sentence[start:end]


@pytest.mark.parametrize(("sentence", "amount", "shown"), [
    ("The mint fixed the price of silver at $12 per ounce in 1880.", "$12", "$12 per ounce"),
    ("Workers on the canal earned $3 a day.", "$3", "$3 a day"),
])
def test_an_amount_is_shown_with_the_unit_of_its_rate(sentence: str, amount: str, shown: str) -> None:
    assert _rate(sentence, amount) == shown


@pytest.mark.parametrize(("sentence", "amount"), [
    ("The mint sold the silver for $12 in 1880.", "$12"),  # no rate after the amount
    ("The guild paid $40 a year later.", "$40"),  # "a year" hangs on "later", not on the amount
])
def test_no_rate_after_an_amount_without_one(sentence: str, amount: str) -> None:
    assert _rate(sentence, amount) is None


def test_the_text_shown_for_an_amount_of_a_rate() -> None:
    sentence = "The mint fixed the price of silver at $12 per ounce in 1880."
    assert _shown_for(sentence, "$12", "At what price did the mint fix silver?", "quantity") == "$12 per ounce"


def test_the_count_paired_with_a_year_of_the_asked_decade() -> None:
    sentence = "Guild membership rose from 40 in 1820 to 90 in 1850 and 160 by 1868."
    assert _asked_count("How large was guild membership by the end of the 1860s?", sentence, "40") == "160"
    assert _asked_count("How large was guild membership in the 1840s?", sentence, "40") is None


def _apposed(question: str, sentence: str, answer: str) -> str | None:
    start = sentence.index(answer)
    span = apposed_name(parse_many([sentence])[0], start, start + len(answer), analyse(question))
    return None if span is None else sentence[span[0]:span[1]]


@pytest.mark.parametrize(("question", "sentence", "answer", "name"), [
    ("Which courier did the envoys exchange for the fishermen?",
     "The envoys exchanged a convicted courier, John Marlow, for two fishermen.", "a convicted courier, John Marlow",
     "John Marlow"),
    ("Who led the fleet?", "The fleet was led by Pieter Hoorn, a retired admiral.", "Pieter Hoorn, a retired admiral",
     "Pieter Hoorn"),
    # the description's own clause goes with the description
    ("Who led the fleet?", "The fleet was led by Pieter Hoorn, a retired admiral who had sailed with the whalers.",
     "Pieter Hoorn, a retired admiral who had sailed with the whalers", "Pieter Hoorn"),
])
def test_a_name_is_shown_without_the_description_in_apposition(question: str, sentence: str, answer: str,
                                                                name: str) -> None:
    assert _apposed(question, sentence, answer) == name
    assert _shown_for(sentence, answer, question, "person") == name


def test_the_description_stays_when_the_name_is_the_questions() -> None:
    sentence = "The fleet was led by Pieter Hoorn, a retired admiral."
    assert _apposed("Who was Pieter Hoorn?", sentence, "Pieter Hoorn, a retired admiral") is None
    assert _apposed("Who led the fleet?", sentence, "Pieter Hoorn") is None  # no apposition in the span


@pytest.mark.parametrize(("question", "sentence", "answer", "shown"), [
    ("Who printed the map?", "The map was made by Ada Lind of the Vell Press, a small print shop near the harbour.",
     "Ada Lind of the Vell Press, a small print shop near the harbour", "Ada Lind of the Vell Press"),
])
def test_a_description_after_a_name_inside_the_answer_is_left_off(question, sentence, answer, shown) -> None:
    assert _applied(without_apposition, sentence, answer, question) == shown


@pytest.mark.parametrize(("question", "sentence", "answer"), [
    ("Who was Ada Lind?", "The plate was cut by Ada Lind, a printer from Orsk.", "Ada Lind, a printer from Orsk"),
    ("Which envoys did the duke send?", "The duke sent Jan Vell, a former mayor of Orsk, and Piet Hoorn.",
     "Jan Vell, a former mayor of Orsk, and Piet Hoorn"),
])
def test_the_description_stays_when_asked_or_in_a_list(question: str, sentence: str, answer: str) -> None:
    assert _applied(without_apposition, sentence, answer, question) is None


def test_a_list_of_names_with_a_description_stays() -> None:
    sentence = "The fleet was led by two captains, Pieter Hoorn and Jan Vell."
    assert _apposed("Who led the fleet?", sentence, "two captains, Pieter Hoorn and Jan Vell") is None


@pytest.mark.parametrize(("sentence", "count", "shown"), [
    ("During the war the raider seized 58 Northern merchant ships.", "58 Northern merchant ships", "58"),
    ("Some 8.7 million Red Army soldiers died.", "8.7 million Red Army soldiers", "8.7 million"),
    ("During the war the raider seized 58 ships.", "58 ships", None),  # the count with its noun stays
    ("The treaty ceded 30,000 square miles.", "30,000 square miles", None),
])
def test_a_count_is_shown_without_the_words_describing_what_it_counts(sentence: str, count: str,
                                                                     shown: str | None) -> None:
    start = sentence.index(count)
    span = bare_count(parse_many([sentence])[0], start, start + len(count))
    assert (None if span is None else sentence[span[0]:span[1]]) == shown


def test_the_text_shown_for_a_count_of_a_described_noun() -> None:
    sentence = "During the war the raider seized 58 Northern merchant ships."
    assert _shown_for(sentence, "58 Northern merchant ships", "How many ships did the raider seize?",
                      "quantity") == "58"


def _of_asked_noun(question: str, sentence: str, shown: str) -> str | None:
    start = sentence.index(shown)
    span = count_of_asked_noun(parse_many([sentence])[0], start, start + len(shown), analyse(question))
    return None if span is None else sentence[span[0]:span[1]]


def test_the_count_of_the_asked_noun_for_a_count_of_another() -> None:
    sentence = "The rebels sank three patrol boats in a fight that led to the deaths of 24 Orsk soldiers."
    assert _of_asked_noun("How many Orsk troops were killed in the fight?", sentence, "three") == "24"
    assert _of_asked_noun("How many boats did the rebels sink?", sentence, "three") is None  # it counts boats
    assert _shown_for(sentence, "three", "How many Orsk troops were killed in the fight?", "quantity") == "24"


def _whole_subject(question: str, sentence: str, answer: str) -> str | None:
    q, doc = analyse(question), parse_many([sentence])[0]
    start = sentence.index(answer)
    span = whole_subject(doc, start, start + len(answer), q, frozenset(t.i for t, _c in anchors(doc, q)))
    return None if span is None else sentence[span[0]:span[1]]


def test_a_what_question_asking_the_subject_is_shown_the_whole_subject() -> None:
    sentence = "Indeed, the economic strain of these long wars compelled the Dutch to sell the islands."
    assert _whole_subject("What compelled the Dutch to sell the islands?", sentence, "these long wars") \
        == "the economic strain of these long wars"
    assert _whole_subject("Which wars compelled the Dutch to sell the islands?", sentence, "these long wars") is None
    assert _whole_subject("What did the Dutch sell?", sentence, "these long wars") is None  # the object is asked


@pytest.mark.parametrize(("question", "sentence", "shown"), [
    # a "by" phrase of means on the clause's verb says how: the phrase, not the whole predicate
    ("How did the guild win the charter?",
     "After a long winter the guild finally obtained the charter by means of a petition to the bishop.",
     "by means of a petition to the bishop"),
    ("How did the weavers answer the new tax?",
     "The weavers answered the tax by closing their looms for a week.",
     "by closing their looms for a week"),
])
def test_a_phrase_of_means_is_the_predicate_shown(question: str, sentence: str, shown: str) -> None:
    assert _predicate(sentence, question) == shown


def test_a_date_or_a_name_after_by_is_no_means() -> None:
    assert _predicate("The guild obtained the charter by 1410 after a long dispute.",
                      "How did the guild win the charter?") == "obtained the charter by 1410 after a long dispute"


@pytest.mark.parametrize(("question", "sentence", "shown"), [
    # the clause about X is an adverbial clause of its own subject; the verdict "as …" and the participle clause
    # after the comma are not the act X responded with
    ("How did the duke respond to the toll plan?",
     "Hopes were fading when, in May, the duke refused the plan as \u201ca costly folly,\u201d adding that the "
     "bridge could wait.",
     "refused the plan"),
    ("How did the abbot react to the charter?",
     "The abbot burned the charter, declaring that no town could tax the abbey.",
     "burned the charter"),
])
def test_a_response_is_the_act_and_its_object(question: str, sentence: str, shown: str) -> None:
    assert _predicate(sentence, question) == shown


@pytest.mark.parametrize(("question", "sentence", "shown"), [
    ("How did the guilds characterize the new toll?",
     "The guilds soon denounced the new toll as a theft from the poor that emptied the markets.",
     "a theft from the poor"),
    ("How did the monks describe the flood?",
     "The monks described the flood as the worst in living memory.",
     "the worst in living memory"),
])
def test_a_characterisation_is_the_as_complement(question: str, sentence: str, shown: str) -> None:
    assert _predicate(sentence, question) == shown


def test_without_an_as_phrase_a_characterisation_keeps_the_predicate() -> None:
    assert _predicate("The guilds soon denounced the new toll in a letter to the king.",
                      "How did the guilds characterize the new toll?") == "denounced the new toll in a letter to the king"


@pytest.mark.parametrize(("question", "asked"), [
    ("What was the aim of the embassy to Orsk?", True),
    ("What was the point of the second canal?", True),
    ("What was the river board supposed to do?", True),
    ("What did the river board do?", False),
    ("What was the cost of the second canal?", False),
    ("Who was the leader of the embassy?", False),
])
def test_a_question_asking_a_purpose(question: str, asked: bool) -> None:
    assert analyse(question).purpose is asked


def _purpose(sentence: str, answer: str) -> str | None:
    start = sentence.index(answer)
    span = purpose_infinitive(parse_many([sentence])[0], start, start + len(answer))
    return sentence[span[0]:span[1]] if span else None


@pytest.mark.parametrize(("sentence", "answer", "shown"), [
    # inside the answer: the infinitive of purpose, not the whole complement
    ("The duke promised the guilds that he would build a second quay to relieve the crowded harbour.",
     "that he would build a second quay to relieve the crowded harbour", "to relieve the crowded harbour"),
    # beside the answer, on the verb governing it
    ("In May the mayor proposed a river board, a council of nine merchants, to manage the locks.",
     "a river board, a council of nine merchants", "to manage the locks"),
])
def test_the_purpose_infinitive_in_or_beside_the_answer(sentence: str, answer: str, shown: str) -> None:
    assert _purpose(sentence, answer) == shown


def test_no_purpose_infinitive_of_another_clause() -> None:
    sentence = "The mayor proposed a river board, and later the guilds met to discuss the tolls."
    assert _purpose(sentence, "a river board") is None


def _value(sentence: str, answer: str, question: str) -> str | None:
    start = sentence.index(answer)
    span = value_of_asked_noun(parse_many([sentence])[0], start, start + len(answer), analyse(question))
    return sentence[span[0]:span[1]] if span else None


def test_the_value_of_the_asked_noun() -> None:
    sentence = "The balloon rose to an altitude of 9,000 feet over the lake."
    assert _value(sentence, "an altitude of 9,000 feet", "To what altitude did the balloon rise?") == "9,000 feet"


def test_no_value_of_another_noun_or_without_a_number() -> None:
    sentence = "The balloon rose to an altitude of 9,000 feet over the lake."
    assert _value(sentence, "an altitude of 9,000 feet", "To what height did the kite rise?") is None
    sentence = "The duke took the title of margrave in the spring."
    assert _value(sentence, "the title of margrave", "What title did the duke take?") is None
    sentence = "The guilds kept the charter of 1410 in the hall."
    assert _value(sentence, "the charter of 1410", "Which charter did the guilds keep?") is None
