"""ask over catalogue records (round 47 red team D3, D6): an identifier is no amount, an amount restating the counted
noun's phrase counts it, and a record's identifier heading its section counts as the sentence's own words."""

from __future__ import annotations

import pytest

from vitrina.qa.candidates import (
    Candidate,
    Facts,
    Sentence,
    _restates_counted,
    candidates,
    identifier,
    quantity_candidates,
)
from vitrina.qa.question import analyse


def _sentence(text: str) -> Sentence:
    return Sentence(1, "d", None, 0, len(text), text, -1.0)


@pytest.mark.parametrize(("text", "number", "expected"), [
    ("The gull was entered as specimen QX-Z 000731 in the ledger.", "000731", True),  # leading zero and a code
    ("The gull was entered as specimen QX-Z 731 in the ledger.", "731", True),  # a hyphenated code before it
    ("Ledger item 0042 lists a gull.", "0042", True),  # a count is never written with a leading zero
    ("The ledger lists 731 gulls.", "731", False),
    ("About 0.5 kg of seed was left.", "0.5", False),  # a decimal fraction is an amount
    ("By 1901 the ledger listed 1,200 gulls.", "1,200", False),
])
def test_an_identifier_is_told_from_an_amount(text: str, number: str, expected: bool) -> None:
    start = text.index(number)
    assert identifier(text, start, start + len(number)) is expected


def test_a_catalogue_number_never_answers_how_many() -> None:
    text = "Hale described the finch in 1902 from specimen QX-Z 000731."
    s = _sentence(text)
    start = text.index("000731")
    facts = Facts(quantities=[(start, start + 6, 731.0, None)])
    q = analyse("How many specimens did Hale describe in 1902?")
    assert not [c for c in candidates(s, facts, q) if "731" in c.text]
    plain = "Hale described 31 specimens of the finch."
    facts = Facts(quantities=[(plain.index("31"), plain.index("31") + 2, 31.0, None)])
    assert any(c.text.startswith("31") for c in candidates(_sentence(plain), facts, q))


def test_an_amount_restating_the_counted_phrase_counts_it() -> None:
    q = analyse("How many pelts did Mr Oduya give to the school?")
    text = "Gift 4: the fox pelts of Mr Oduya, 57 items, given by him in May 1931."
    start = text.index("57")
    facts = Facts(quantities=[(start, start + len("57 items"), 57.0, "items")])
    found: list[Candidate] = quantity_candidates(_sentence(text), facts, q)
    assert [(c.text, c.fit >= 1.0) for c in found] == [("57", True)]
    assert _restates_counted("Gift 4: the fox pelts of Mr Oduya, ", q)
    assert not _restates_counted("Gift 4: the fox pelts of Mr Oduya and ", q)  # no comma: nothing restated
    assert not _restates_counted("Gift 4: the oak chairs of Mr Oduya, ", q)  # another noun heads the phrase


def test_a_record_identifier_heading_counts_as_the_sentences_own_words() -> None:
    from vitrina.ask import _cover

    q = analyse("Who found KV-T 3381?")
    weights = {w: 1.0 for w in dict.fromkeys(q.content + q.names)}
    under_record = _sentence("Found by Ines Varga near the weir.")
    _cover(under_record, q, weights, "KV-T 3381", "")
    under_prose = _sentence("Found by Ines Varga near the weir.")
    _cover(under_prose, q, weights, "Finds of the year KV-T 3381 and others", "")
    assert under_record.coverage == pytest.approx(1.0) and under_record.indirect == 0.0
    assert under_prose.coverage < 1.0 and under_prose.indirect > 0.0  # a heading that says more is only context


@pytest.mark.parametrize(("question", "text", "expected"), [
    ("Where is Kell Rock?", "Kell Rock is a stack off Dunmore Head, seen from the pier.", ["a stack off Dunmore Head"]),
    ("Where was the Old Tannery?", "The Old Tannery was in Brenlow until 1921.", ["in Brenlow"]),
    ("Where is Kell Rock?", "Kell Rock is at risk from the sea.", []),  # no place after the preposition
    ("Where is Kell Rock?", "Kell Rock faces Dunmore Head.", []),  # no copula
])
def test_where_is_x_is_answered_by_the_place_phrase_of_a_copula_about_x(question: str, text: str,
                                                                         expected: list[str]) -> None:
    from vitrina.qa.candidates import copular_locative

    found = copular_locative(_sentence(text), analyse(question))
    assert [c.text for c in found] == expected
    assert all(c.in_slot and c.kind == "place" for c in found)


def test_a_year_heading_is_only_context() -> None:
    from vitrina.ask import _cover

    q = analyse("Who led the march in 1968?")
    weights = {w: 1.0 for w in dict.fromkeys(q.content + q.names)}
    s = _sentence("Ines Varga led the march on the bridge.")
    _cover(s, q, weights, "1968", "")
    assert s.indirect > 0.0 and s.coverage < 1.0  # a year heads a part of the story, not one record
