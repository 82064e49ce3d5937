"""A reported claim the sentence disputes (vitrina.stance). Every sentence is invented."""

from __future__ import annotations

from vitrina.qa.parse import parse_many
from vitrina.stance import disputed, disputed_at


def _disputed_verbs(text: str) -> set[str]:
    return {t.text for t in parse_many([text])[0] if t.pos_ == "VERB" and disputed(t)}


def test_a_report_denied_by_a_clause_of_contrast_is_disputed() -> None:
    assert "rebuilt" in _disputed_verbs("It is said that the abbot rebuilt the chapel in 1230, but there is no record of it.")
    assert "founded" in _disputed_verbs("Some believe that a weaver founded the guild in 1402, but this is untrue.")
    assert "buried" in _disputed_verbs("According to tradition, the pirate buried gold on the island, but he never did.")


def test_a_plain_report_or_an_unrelated_negation_is_not_disputed() -> None:
    assert not _disputed_verbs("It is said that the abbot rebuilt the chapel in 1230.")
    assert not _disputed_verbs("The abbot rebuilt the chapel in 1230, but he did not rebuild the tower.")
    assert not _disputed_verbs("Scholars believe that the abbot rebuilt the chapel, and a charter confirms it.")


def test_a_date_inside_the_disputed_clause_is_disputed() -> None:
    text = "It is claimed that the ferryman drowned in 1788, but there is no evidence that he did."
    doc = parse_many([text])[0]
    at = text.index("1788")
    assert disputed_at(doc, at, at + 4)
    assert not disputed_at(parse_many(["The ferryman drowned in 1788."])[0], 24, 28)
