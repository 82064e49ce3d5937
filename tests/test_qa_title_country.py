"""A title's country against the question's (round 40, askwho): "Ruritania's prime minister" is not answered by a
person the sentence calls another country's prime minister."""

from __future__ import annotations

from vitrina.qa.candidates import Candidate, Sentence, asked_country, title_countries
from vitrina.qa.lexical import country_senses, same_country
from vitrina.qa.parse import parse
from vitrina.qa.question import analyse


def _sentence(text: str) -> Sentence:
    s = Sentence(1, "d", None, 0, len(text), text, -1.0)
    doc = parse(text)
    s.parsed = (doc, frozenset(t.i for t in doc if t.dep_ == "ROOT"))
    return s


def _cand(s: Sentence, name: str) -> Candidate:
    start = s.text.index(name)
    return Candidate(s, start, start + len(name), name, "person")


def test_a_possessive_a_demonym_and_of_name_the_questions_country() -> None:
    for text in ("Who was Sweden's prime minister in 1911?", "Who was the Swedish prime minister in 1911?",
                 "Who was the prime minister of Sweden in 1911?"):
        assert asked_country(analyse(text)) == country_senses("Sweden"), text
    assert asked_country(analyse("Who was Harding's secretary of the navy?")) == frozenset()


def test_countries_agree_by_sense_part_or_name() -> None:
    assert same_country(country_senses("British"), country_senses("Britain"))
    assert same_country(country_senses("English"), country_senses("Britain"))
    assert same_country(country_senses("Soviet"), country_senses("USSR"))
    assert not same_country(country_senses("Swedish"), country_senses("Norway"))
    assert same_country(frozenset(), country_senses("Norway"))  # an unknown place never disagrees


def test_the_sentence_names_the_country_of_a_title_before_or_beside_the_name() -> None:
    q = analyse("Who was Sweden's prime minister in 1911?")
    s = _sentence("The Norwegian Prime Minister Halvard Brekke met the king in Oslo.")
    found = title_countries(s, _cand(s, "Halvard Brekke"), q)
    assert found and not any(same_country(asked_country(q), p) for p in found)
    s = _sentence("Halvard Brekke, the Swedish prime minister, met the king in Oslo.")
    found = title_countries(s, _cand(s, "Halvard Brekke"), q)
    assert found and all(same_country(asked_country(q), p) for p in found)


def test_a_name_without_a_qualified_title_has_no_country() -> None:
    q = analyse("Who was Sweden's prime minister in 1911?")
    s = _sentence("Halvard Brekke met the Norwegian king in Oslo.")
    assert title_countries(s, _cand(s, "Halvard Brekke"), q) == []
