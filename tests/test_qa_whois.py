"""qa/whois.py: a person's description read off a sentence naming them (invented sentences)."""

from __future__ import annotations

from vitrina.qa import whois
from vitrina.qa.candidates import Sentence
from vitrina.qa.question import analyse


def _sentence(text: str, sid: int = 1) -> Sentence:
    return Sentence(id=sid, document="d", section=None, start=0, end=len(text), text=text, rank=-1.0)


def _found(text: str, *names: str) -> list[tuple[str, str]]:
    return [(f.kind, f.text) for f in whois.describe([_sentence(text)], [frozenset(names)])]


def test_apposition_with_a_relation_noun_comes_first() -> None:
    found = _found("Ask at the mill for Lena Varga, my cousin, who keeps the accounts there and pays the carters.",
                   "lena", "varga")
    assert found[0] == ("apposition", "my cousin")
    assert ("relative", "who keeps the accounts there") in found


def test_role_noun_before_the_name() -> None:
    found = _found("We lodged with the gardener Tomas Ribar, a native of Brno, for a week.", "tomas", "ribar")
    assert ("role", "the gardener") in found
    assert ("role", "her nephew") in _found("She wrote to her nephew Tomas Ribar at once.", "tomas", "ribar")
    assert found[0] == ("apposition", "a native of Brno")


def test_apposition_with_a_preposition_phrase() -> None:
    found = _found("Agreed: that Mr. Oskar Lind, keeper of the seed store, report next month.", "oskar", "lind")
    assert found[0] == ("apposition", "keeper of the seed store")


def test_another_name_in_a_list_is_no_description() -> None:
    found = _found("Present: Mrs. Ida Holm, Mr. Peter Sand, and the clerk.", "ida", "holm")
    assert all(kind != "apposition" for kind, _text in found)


def test_the_name_must_be_the_asked_one() -> None:
    assert _found("Karl Eber, my uncle, arrived late.", "ida", "holm") == []


def test_asks_identity() -> None:
    assert whois.asks_identity(analyse("Who is Mara Tesch?"))
    assert whois.asks_identity(analyse("Who was Mara Tesch?"))
    assert not whois.asks_identity(analyse("Who met Mara Tesch?"))


def test_a_holder_asked_is_no_identity_question() -> None:
    assert not whois.asks_identity(analyse("Who was the first Warden of Hollin Abbey?"))
    assert not whois.asks_identity(analyse("Who was Mara Tesch in the Kell Affair?"))
    assert not whois.asks_identity(analyse("Who was Tesch's CFO?"))


def test_a_title_opening_the_name() -> None:
    assert ("title", "Colonel") in _found("Colonel Mara Tesch rode ahead.", "mara", "tesch")
    assert _found("Baker Lind rode ahead.", "baker", "lind") == []  # a name's own word is no title


def test_the_complement_of_a_copula() -> None:
    assert ("copula", "a gardener at the abbey") in _found("Anna Weber was a gardener at the abbey.", "anna", "weber")
    assert all(k != "copula" for k, _t in _found("Anna Weber was late.", "anna", "weber"))


def test_asked_role_reads_the_person_whose_role_is_asked() -> None:
    assert whois.asked_role(analyse("What was Mara Tesch's job at the mill?")) == ["mara", "tesch"]
    assert whois.asked_role(analyse("What position did Oskar Lind hold in 1920?")) == ["oskar", "lind"]
    assert whois.asked_role(analyse("In what capacity did Oskar Lind travel to Brno?")) == ["oskar", "lind"]
    assert whois.asked_role(analyse("What did Lind do for a living?")) == ["lind"]
    assert whois.asked_role(analyse("What was Ida Holm-Varga's occupation?")) == ["ida", "holm", "varga"]


def test_asked_role_needs_a_role_noun_and_a_person() -> None:
    assert whois.asked_role(analyse("What did Oskar Lind sell at the fair?")) == []
    assert whois.asked_role(analyse("What position did the army take?")) == []  # no name
    assert whois.asked_role(analyse("What was the role of the treaty?")) == []
    assert whois.asked_role(analyse("Who was Oskar Lind?")) == []


def test_a_title_of_several_words_before_the_name() -> None:
    found = _found("The plan came from Chief Seed Inspector Oskar Lind in May.", "oskar", "lind")
    assert ("title", "Chief Seed Inspector") in found


def test_an_office_of_an_organisation_before_the_name() -> None:
    found = _found("It was signed by the Treasurer of the Valley Water Board Oskar Lind.", "oskar", "lind")
    assert ("role", "the Treasurer of the Valley Water Board") in found


def test_the_holder_of_an_office_in_apposition() -> None:
    # "head": a person in its fourth WordNet sense only; before "of" it names an office's holder
    found = _found("Oskar Lind, the head of the seed store, spoke first.", "oskar", "lind")
    assert found[0] == ("apposition", "the head of the seed store")
    assert all(k != "apposition" for k, _t in _found("Oskar Lind, the head, spoke first.", "oskar", "lind"))


def test_a_hyphenated_name_is_one_run() -> None:
    found = _found("Ida Holm-Varga, the village clerk, kept the book.", "ida", "holm", "varga")
    assert found[0] == ("apposition", "the village clerk")


def test_role_kinds_leave_out_a_clause() -> None:
    text = "Ask for Lena Varga, who keeps the accounts there."
    assert whois.describe([_sentence(text)], [frozenset({"lena", "varga"})], whois.ROLE_KINDS) == []


def _capacities(text: str, *names: str) -> list[str]:
    return [f.text for f in whois.describe([_sentence(text)], [frozenset(names)], whois.CAPACITY_KINDS)
            if f.kind == "capacity"]


def test_the_as_phrase_of_the_persons_verb_is_a_capacity() -> None:
    assert _capacities("In 1820 Lena Moor travelled to Riga as the envoy of the weavers.", "lena", "moor") \
        == ["the envoy of the weavers"]
    text = "The guild sent its old clerk Anton Berg to Riga to speak with the mayor, not as a member but as its agent."
    assert _capacities(text, "anton", "berg") == ["its agent"]
    assert _capacities("Lena Moor, who served as treasurer, kept the books.", "lena", "moor") == ["treasurer"]


def test_an_as_phrase_of_another_persons_verb_or_a_name_is_none() -> None:
    assert _capacities("Lena Moor met the mayor, who spoke as chairman of the board.", "lena", "moor") == []
    assert _capacities("Lena Moor sailed to a port known as Riga.", "lena", "moor") == []
    assert _capacities("Lena Moor kept ledgers such as the mill book.", "lena", "moor") == []
    assert _capacities("Lena Moor kept the ledger as well as the mill book.", "lena", "moor") == []


def test_asks_capacity() -> None:
    assert whois.asks_capacity(analyse("In what capacity did Lena Moor travel to Riga?"))
    assert whois.asks_capacity(analyse("As what did Lena Moor travel to Riga?"))
    assert whois.asked_role(analyse("As what did Lena Moor travel to Riga?")) == ["lena", "moor"]
    assert not whois.asks_capacity(analyse("What was Lena Moor's job?"))


def _office(texts: list[str], *names: str) -> list[tuple[str, str]]:
    sentences = [_sentence(t, i) for i, t in enumerate(texts)]
    return [(f.kind, f.text) for f in whois.describe(sentences, [frozenset(names)], whois.ROLE_KINDS, office=True)]


def test_asked_role_over_a_modifier_of_the_role_noun() -> None:
    assert whois.asked_role(analyse("What was Mara Tesch's diplomatic post in 1920?")) == ["mara", "tesch"]
    assert whois.asked_role(analyse("What diplomatic post did Oskar Lind hold?")) == ["oskar", "lind"]
    # the noun after a possessor says what is held, not that a role is asked
    assert whois.asked_role(analyse("What did the loan do to Oskar Lind's bargaining position?")) == []


def test_a_role_handed_on_is_not_the_givers() -> None:
    assert whois.asked_role(analyse("Which post did Oskar Lind hand to the man from Brno?")) == []
    assert whois.asked_role(analyse("What post did Oskar Lind give up in 1920?")) == ["oskar", "lind"]


def test_a_capitalised_title_names_the_office_asked() -> None:
    texts = ["Among the guests was the Danish weaver Oskar Lind.", "Chief Inspector Oskar Lind signed the seed order."]
    assert _office(texts, "oskar", "lind")[0] == ("title", "Chief Inspector")
    plain = [(f.kind, f.text) for f in whois.describe([_sentence(t, i) for i, t in enumerate(texts)],
                                                       [frozenset({"oskar", "lind"})], whois.ROLE_KINDS)]
    assert plain[0][0] == "role"  # no office asked: the lower-case role noun first, as before


def test_a_titled_as_phrase_names_the_office() -> None:
    found = _office(["In May the board elected Oskar Lind as Treasurer of the Seed Bank."], "oskar", "lind")
    assert ("capacity", "Treasurer of the Seed Bank") in found
    # a part played in lower case is no office
    assert _office(["The board sent Oskar Lind to Riga as its agent."], "oskar", "lind") == []


def test_an_apposed_office_ends_before_a_second_person_noun() -> None:
    found = _office(["Oskar Lind, Minister to Norway and the son of a farmer, spoke first."], "oskar", "lind")
    assert found[0] == ("apposition", "Minister to Norway")
    found = _office(["Oskar Lind, Special Assistant to the Board of Trade, spoke first."], "oskar", "lind")
    assert found[0] == ("apposition", "Special Assistant to the Board of Trade")


def test_the_first_word_of_a_partys_name_is_no_title() -> None:
    found = _office(["It was signed by Secretary of the Farmers Party Oskar Lind."], "oskar", "lind")
    assert ("title", "Farmers") not in found
    assert _office(["Colonel Oskar Lind rode ahead."], "oskar", "lind")[0] == ("title", "Colonel")
